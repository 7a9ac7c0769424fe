package id.simak.home;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.classroom.Assignment;
import id.simak.quiz.QuestionSet;

/**
 * Issue 13, the home page of a signed-in user: a learner finds the article she last read; a teacher finds her
 * drafts with questions to check, her classes' assignments due this week and the classes with late learners.
 */
@QuarkusTest
class HomePageTest {

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD).contentType("application/json");
    }

    private static String home(String username) {
        return as(username).accept("text/html").get("/").then().statusCode(200).extract().asString();
    }

    /** The items of a page marked with this data-testid, as their HTML, in order. */
    private static List<String> items(String html, String testId) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-testid=\"" + testId + "\"(.*?)</(li|section)>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aLearnersHomeOffersTheArticleLastRead() {
        String learner = Fixtures.learner("beranda-baca");
        assertTrue(items(home(learner), "today-last-read").isEmpty(), "nothing read yet");
        long seed = Fixtures.seedArticleId();
        as(learner).accept("text/html").get("/artikel/" + seed).then().statusCode(200);
        List<String> lastRead = items(home(learner), "today-last-read");
        assertEquals(1, lastRead.size());
        assertTrue(lastRead.get(0).contains("<a href=\"/artikel/" + seed + "\">"), lastRead.get(0));
    }

    @Test
    void aTeachersHomeShowsDraftsToCheckAssignmentsDueThisWeekAndLateLearners() {
        String teacher = Fixtures.teacher("beranda-guru");
        String onTime = Fixtures.learner("beranda-murid-rajin");
        String late = Fixtures.learner("beranda-murid-telat");
        long article = Fixtures.seedArticleId();
        Fixtures.questionSet(article, teacher, "Rancangan beranda", QuestionSet.Status.DRAFT);
        long soon = Fixtures.publishedSet(article, teacher, "Tugas minggu ini");
        long past = Fixtures.publishedSet(article, teacher, "Tugas lewat tenggat");

        long classId = as(teacher).body(Map.of("name", "Kelas Beranda")).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        for (String learner : List.of(onTime, late)) {
            as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        }
        String inThreeDays = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).toString();
        as(teacher).body(Map.of("setId", soon, "due", inThreeDays)).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201);
        as(teacher).body(Map.of("setId", past, "due", "2030-12-02")).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201);
        // One learner finishes the set before its due date passes; then it passes.
        id.simak.classroom.AssignmentLifecycleTestAccess.finishRightly(onTime, past);
        QuarkusTransaction.requiringNew().run(() -> Assignment.update("dueAt = ?1 where set.id = ?2",
                Instant.now().minus(Duration.ofHours(1)), past));

        String page = home(teacher);
        List<String> drafts = items(page, "today-draft");
        assertTrue(drafts.stream().anyMatch(d -> d.contains("Rancangan beranda")
                && d.contains("3 dari 3 soal belum diperiksa")), drafts.toString());
        List<String> week = items(page, "today-week-assignment");
        assertEquals(1, week.size(), week.toString());
        assertTrue(week.get(0).contains("Tugas minggu ini") && week.get(0).contains("Kelas Beranda"), week.get(0));
        List<String> lateClasses = items(page, "today-late-class");
        assertEquals(List.of("><a href=\"/guru/kelas/" + classId + "/laporan\">Kelas Beranda</a>: "
                + "1 murid belum menyelesaikan tugas yang lewat tenggat"), lateClasses);
        assertFalse(page.contains("data-testid=\"today-assignments\""), "a teacher has no learner's assignments");
    }
}
