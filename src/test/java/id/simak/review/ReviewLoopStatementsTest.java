package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.QueryStatistics;

/**
 * The review loop's reads stay few (issue 14, item 2): {@code /ulasan} and {@code GET /api/reviews/due} ran nine to
 * eleven SQL statements a request through Hibernate, and a learner with more due cards must not cost more of them.
 * Counts every statement the database runs (H2's query statistics: the identity's plain JDBC read too, which
 * Hibernate's statistics would not see), so it runs on H2 only.
 */
@QuarkusTest
class ReviewLoopStatementsTest {

    /**
     * The login cookie's account; the learner's standing, the due and new cards, the shown card; no commit (the
     * session only reads, in auto-commit mode). Eleven in the third pass, six in the fourth (docs/benchmarks.md,
     * "Review loop, fifth pass").
     */
    static final int REVIEW_PAGE_STATEMENTS = 4;
    /** The same, with the token's account instead of the cookie's; eleven, then six before. */
    static final int DUE_API_STATEMENTS = 4;
    /**
     * A learner without cards: the account, the standing (with the next due time) and the due cards. Six before
     * (the learn-ahead cards and the next due time were read apart, the latter through Hibernate, and committed).
     */
    static final int NO_CARDS_STATEMENTS = 3;

    @Inject
    DataSource dataSource;

    @Test
    void theReviewPageAndTheDueQueueRunAFixedFewStatements() throws SQLException {
        Assumptions.assumeTrue(isH2(), "counts statements with H2's query statistics");
        Learner few = learnerWithDueCards("baca-hemat-sedikit", 3);
        Learner many = learnerWithDueCards("baca-hemat-banyak", 12);

        long pageFew = statementsOf(() -> page(few, 2));
        long pageMany = statementsOf(() -> page(many, 11));
        long apiFew = statementsOf(() -> due(few, 2));
        long apiMany = statementsOf(() -> due(many, 11));

        assertEquals(pageFew, pageMany, "statements of /ulasan with 2 and with 11 due cards");
        assertEquals(apiFew, apiMany, "statements of GET /api/reviews/due with 2 and with 11 due cards");
        assertTrue(pageMany <= REVIEW_PAGE_STATEMENTS, "/ulasan ran " + pageMany + " statements, at most "
                + REVIEW_PAGE_STATEMENTS + " expected");
        assertTrue(apiMany <= DUE_API_STATEMENTS, "GET /api/reviews/due ran " + apiMany + " statements, at most "
                + DUE_API_STATEMENTS + " expected");
    }

    @Test
    void aLearnerWithoutCardsCostsThreeStatements() throws SQLException {
        Assumptions.assumeTrue(isH2(), "counts statements with H2's query statistics");
        Fixtures.learner("baca-hemat-kosong");
        String token = given().contentType("application/json")
                .body(Map.of("username", "baca-hemat-kosong", "password", Fixtures.PASSWORD, "name", "uji"))
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        String cookie = given().redirects().follow(false).formParam("j_username", "baca-hemat-kosong")
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("simak-sesi");

        long page = statementsOf(() -> given().cookie("simak-sesi", cookie).redirects().follow(false).get("/ulasan")
                .then().statusCode(200).body(containsString("Uji baca-hemat-kosong"))
                .body(not(containsString("data-testid=\"review-card\""))));
        long api = statementsOf(() -> given().header("Authorization", "Bearer " + token).get("/api/reviews/due")
                .then().statusCode(200).body("dueCount", equalTo(0)).body("newCount", equalTo(0))
                .body("cards", hasSize(0)).body("total", equalTo(0)));

        assertTrue(page <= NO_CARDS_STATEMENTS, "/ulasan without cards ran " + page + " statements, at most "
                + NO_CARDS_STATEMENTS + " expected");
        assertTrue(api <= NO_CARDS_STATEMENTS, "GET /api/reviews/due without cards ran " + api
                + " statements, at most " + NO_CARDS_STATEMENTS + " expected");
    }

    private record Learner(String username, String cookie, String token) {
    }

    /**
     * A learner with {@code n} cards of which {@code n - 1} are learned and due, and one new card met, reviewed
     * once through the API (so the session has a last review, and a new card reviewed today).
     */
    private static Learner learnerWithDueCards(String username, int n) {
        Fixtures.learner(username);
        List<Long> cards = ReviewTestAccess.meet(username, n + 1);
        Instant now = Instant.now();
        for (Long card : cards.subList(1, n)) {
            ReviewTestAccess.learned(card, now.minus(Duration.ofDays(10)), 3, now.minus(Duration.ofHours(1)));
        }
        String token = given().contentType("application/json")
                .body(Map.of("username", username, "password", Fixtures.PASSWORD, "name", "uji"))
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("cardId", cards.get(n), "rating", "GOOD")).post("/api/reviews").then().statusCode(200);
        String cookie = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("simak-sesi");
        return new Learner(username, cookie, token);
    }

    private static void page(Learner learner, int due) {
        given().cookie("simak-sesi", learner.cookie()).redirects().follow(false).get("/ulasan").then().statusCode(200)
                .body(containsString("Uji " + learner.username()))
                .body(containsString("data-testid=\"review-card\""))
                .body(containsString("Jatuh tempo: " + due + " · Baru: 1"));
    }

    private static void due(Learner learner, int due) {
        given().header("Authorization", "Bearer " + learner.token()).get("/api/reviews/due").then().statusCode(200)
                .body("dueCount", equalTo(due)).body("newCount", equalTo(1)).body("cards", hasSize(due + 1));
    }

    /**
     * The statements the database ran for the request, the fewest of three runs (the app's own background work may
     * add one now and then); the message of a failed count names them.
     */
    private long statementsOf(Runnable request) throws SQLException {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Map<String, Long> before = executed();
            request.run();
            Map<String, Long> after = executed();
            long n = 0;
            StringBuilder which = new StringBuilder();
            for (Map.Entry<String, Long> e : after.entrySet()) {
                long times = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                if (times > 0) {
                    n += times;
                    which.append('\n').append(times).append("× ").append(e.getKey());
                }
            }
            System.out.println("ReviewLoopStatementsTest: " + n + " statements:" + which);
            fewest = Math.min(fewest, n);
        }
        return fewest;
    }

    /** Each statement the database ran since the statistics were turned on, with how often. */
    private Map<String, Long> executed() throws SQLException {
        return QueryStatistics.executed(dataSource);
    }

    private boolean isH2() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("H2");
        }
    }
}
