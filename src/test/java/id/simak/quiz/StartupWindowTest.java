package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import id.simak.Fixtures;
import id.simak.StartupWorkDone;
import id.simak.article.Article;
import id.simak.article.HeldSeedImport;

/**
 * Issue 14, item 6: the start-up work (the {@code seeds/} import, the {@code quizzes/} import, the seed's draft) runs
 * after start, as in production; readiness is down until it is done, and a request in that window gets what is
 * there or "sedang disiapkan" (409 with {@code Retry-After}), never a 5xx. The seed import is held (by
 * {@link HeldSeedImport}, enabled by this class's profile only) between looking the seed file up and storing it, so
 * the window stays open for as long as the test needs it.
 */
@QuarkusTest
@TestProfile(StartupWindowTest.HeldStart.class)
@StartupWorkDone.NotAwaited
class StartupWindowTest {

    private static final String SEED = "seeds/xinhua-ktt-china-asia-tengah.txt";

    public static class HeldStart implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldSeedImport.class);
        }
    }

    @Inject
    DraftWorker worker;

    private static long seedArticles() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("source", SEED));
    }

    @Test
    void readinessIsDownUntilTheSeedIsStoredAndNoPageFailsMeanwhile() throws Exception {
        try {
            assertTrue(HeldSeedImport.awaitHeld(120), "the start-up work did not reach the seed import");
            // The HTTP server is up ("started in" was logged) while the seed is not stored yet.
            assertEquals(0, seedArticles(), "the seed was stored before the test looked");
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'start-up work' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'start-up work' }.data.'seed files pending'", equalTo(true));
            assertFalse(worker.idle());

            String teacher = Fixtures.teacher("guru-jendela-mulai");
            QuestionPagesTest.Session s = QuestionPagesTest.loggedIn(teacher);
            for (String page : new String[] { "/", "/masuk", "/daftar", "/artikel", "/kuis", "/guru", "/ulasan",
                    "/kemajuan", "/akun", "/artikel/1", "/guru/artikel/1/soal" }) {
                s.request().get(page).then().statusCode(lessThan(500));
            }
            s.request().get("/artikel").then().statusCode(200)
                    .body(containsString("data-testid=\"articles-preparing\""))
                    .body(containsString("Belum ada artikel."));
            s.request().get("/kuis").then().statusCode(200).body(containsString("data-testid=\"quiz-preparing\""));
            // An article not stored yet is "being prepared", not missing: the page in Indonesian, the API as problem JSON.
            s.request().get("/artikel/1").then().statusCode(409).header("Retry-After", "2")
                    .body(containsString("Artikel sedang disiapkan"));
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/1")
                    .then().statusCode(409).contentType("application/problem+json").header("Retry-After", "2")
                    .body("title", equalTo("Artikel sedang disiapkan"));
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/1/questions")
                    .then().statusCode(409).header("Retry-After", "2");
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles")
                    .then().statusCode(200);
        } finally {
            HeldSeedImport.release();
        }

        worker.awaitIdle(Duration.ofMinutes(2));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'start-up work' }.status", equalTo("UP"));
        assertEquals(1, seedArticles(), "the seed is stored once");
        long seed = QuarkusTransaction.requiringNew().call(() ->
                Article.<Article>find("source", SEED).firstResult().id);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.count("key", "seed-ktt-china-asia-tengah")), "the shipped set is imported");
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.generatedDraftOf(Article.findById(seed)).questions.size()) > 0, "the seed is drafted");

        String teacher = Fixtures.teacher("guru-jendela-mulai");
        QuestionPagesTest.Session s = QuestionPagesTest.loggedIn(teacher);
        s.request().get("/artikel").then().statusCode(200)
                .body(not(containsString("articles-preparing")));
        s.request().get("/artikel/" + seed).then().statusCode(200);
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + (seed + 1000))
                .then().statusCode(404);
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + seed + "/questions")
                .then().statusCode(200);
    }
}
