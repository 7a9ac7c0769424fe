package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import id.simak.Fixtures;

/**
 * Issue 14, item 6: a fresh start (empty database, the shipped {@code seeds/} and {@code quizzes/}) runs no query of
 * Simak's and loads no dictionary on its start path. The seed article and the shipped set, whose evidence sentences
 * need the article's analysis, are imported once right after start by the worker, readiness waits for them, and a
 * second start imports nothing. ({@link StartupWindowTest}: readiness and the pages before the work is done.)
 */
@QuarkusTest
@TestProfile(StartupWorkTest.LoggedStart.class)
class StartupWorkTest {

    /** Each line of this start's log with the thread that wrote it. */
    static final Path LOG = Path.of("target", "startup-work-" + ProcessHandle.current().pid() + ".log");

    public static class LoggedStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.format", "%t|%m%n");
        }
    }

    @Inject
    DraftWorker worker;

    @Inject
    QuizFileImporter importer;

    private static List<String> log() throws IOException {
        return Files.readAllLines(LOG);
    }

    private static String threadOf(List<String> log, String text) {
        List<String> lines = log.stream().filter(l -> l.contains(text)).toList();
        assertEquals(1, lines.size(), () -> "one log line with \"" + text + "\": " + lines);
        return lines.get(0).substring(0, lines.get(0).indexOf('|'));
    }

    @Test
    void theStartLoadsNoDictionaryAndTheShippedSetFollowsOnce() throws IOException {
        List<String> log = log();
        String start = threadOf(log, "started in");
        // The dictionaries were loaded (the shipped set's evidence and the seed's draft need them), by the worker:
        // not by the thread that ran the start-up observers and then logged "started in".
        assertNotEquals(start, threadOf(log, "thesaurus loaded"), "the dictionaries were loaded on the start path");
        assertNotEquals(start, threadOf(log, "Question set seed-ktt-china-asia-tengah.yaml: added"),
                "the shipped set was imported on the start path");
        // Nor the seed article: the first queries of the process run on the worker too, after the start's observers.
        assertNotEquals(start, threadOf(log, "Imported 1 seed article(s)"), "the seed was imported on the start path");
        String firstDone = log.stream().filter(l -> l.contains("Start-up work done in")).findFirst().orElseThrow();
        assertEquals(threadOf(log, "Imported 1 seed article(s)"), firstDone.substring(0, firstDone.indexOf('|')));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.count("key", "seed-ktt-china-asia-tengah")));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'start-up work' }.status", equalTo("UP"));
    }

    @Test
    void aSecondStartImportsNothing() throws Exception {
        long sets = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count());
        long questions = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count());
        int lines = log().size();
        worker.startUp().get(2, TimeUnit.MINUTES);
        assertEquals(sets, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count()));
        assertEquals(questions, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count()));
        List<String> after = log().subList(lines, log().size());
        assertTrue(after.stream().noneMatch(l -> l.contains("Question set ") || l.contains("made after start")),
                () -> "a second start imported or drafted something: " + after);
    }

    @Test
    void whileTheShippedSetIsPreparedTheQuizListAndTheExportSaySo() {
        String teacher = Fixtures.teacher("guru-mulai");
        QuestionPagesTest.Session s = QuestionPagesTest.loggedIn(teacher);
        worker.holdFiles();
        try {
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/export/set-bawaan-lain?format=simak")
                    .then().statusCode(409).contentType("application/problem+json").header("Retry-After", "2")
                    .body("title", equalTo("Set soal sedang disiapkan"));
            s.request().get("/kuis").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("data-testid=\"quiz-preparing\""));
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            worker.releaseFiles();
        }
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/export/set-bawaan-lain?format=simak")
                .then().statusCode(404);
        assertFalse(s.request().get("/kuis").asString().contains("quiz-preparing"));
    }
}
