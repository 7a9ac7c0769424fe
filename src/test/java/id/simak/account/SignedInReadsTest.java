package id.simak.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.review.ReviewTestAccess;

/**
 * The review loop and the reader read the signed-in account once per request, when the login cookie or the API
 * token is checked (issue 14, item 2): they read the same row three times (security-jpa's identity, the sign-out
 * check and the page), and the reader wrote it on every visit.
 */
@QuarkusTest
class SignedInReadsTest {

    @Inject
    SessionFactory sessions;

    private static String login(String username) {
        return given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("simak-sesi");
    }

    @Test
    void theReviewLoopAndTheReaderLoadNoAccountEntity() {
        String learner = Fixtures.learner("sari-sekali-baca");
        long card = ReviewTestAccess.meet(learner, 2).get(0);
        long article = Fixtures.seedArticleId();
        String cookie = login(learner);
        String token = ApiTokenResourceTest.token(learner);
        given().cookie("simak-sesi", cookie).get("/artikel/" + article).then().statusCode(200);
        cookie = login(learner); // a new cookie: its identity now knows the article last read

        Statistics statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long before = accountLoads(statistics);
            given().cookie("simak-sesi", cookie).redirects().follow(false).get("/ulasan").then().statusCode(200)
                    .body(containsString("Uji " + learner));
            given().cookie("simak-sesi", cookie).redirects().follow(false).get("/artikel/" + article).then()
                    .statusCode(200).body(containsString("Uji " + learner));
            ApiTokenResourceTest.bearer(token).get("/api/reviews/due").then().statusCode(200);
            ApiTokenResourceTest.bearer(token).contentType("application/json")
                    .body(Map.of("cardId", card, "rating", "GOOD")).post("/api/reviews").then().statusCode(200);
            assertEquals(0, accountLoads(statistics) - before,
                    "accounts loaded as entities by /ulasan, the reader, GET /api/reviews/due and POST /api/reviews");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static long accountLoads(Statistics statistics) {
        return statistics.getEntityStatistics(Account.class.getName()).getLoadCount()
                + statistics.getEntityStatistics(Account.class.getName()).getFetchCount();
    }
}
