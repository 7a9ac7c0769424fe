package id.simak.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.review.ReviewClock;
import id.simak.review.ReviewTestAccess;

/**
 * The progress figures keep the learner's review log summed up between requests (issue 14, item 2): they must
 * still show every change of the log at once, also one made by another app node sharing the database (written here
 * straight into the table, as that node's commit would leave it), and a repeat request must not read the log again.
 */
@QuarkusTest
class ProgressReviewLogTest {

    /** 10:00 in Jakarta, far from the 04:00 day boundary. */
    private static final Instant NOW = Instant.parse("2026-03-11T03:00:00Z");

    @Inject
    ReviewClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD);
    }

    @Test
    void reviewsWrittenOrTakenBackByAnotherNodeShowAtOnce() throws SQLException {
        String learner = Fixtures.learner("rina-dua-node");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        List<Long> cards = ReviewTestAccess.meet(learner, 2);
        for (Long card : cards) {
            as(learner).contentType("application/json").body(Map.of("cardId", card, "rating", "GOOD"))
                    .post("/api/reviews").then().statusCode(200);
        }
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(2)).body("figures.doneToday", equalTo(2));

        // Another node writes a review of today.
        long written = insertReview(cards.get(0), NOW.minus(Duration.ofMinutes(5)));
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(3))
                .body("figures.doneToday", equalTo(3))
                .body("figures.reviewsPerDay[29].count", equalTo(3))
                .body("parameters.reviews", equalTo(3));

        // Another node takes that review back and writes one three days ago: as many reviews as before, on other days.
        delete(written);
        insertReview(cards.get(1), NOW.minus(Duration.ofDays(3)));
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(3))
                .body("figures.doneToday", equalTo(2))
                .body("figures.reviewsPerDay[29].count", equalTo(2))
                .body("figures.reviewsPerDay[26].count", equalTo(1));

        // A review taken back, no other written.
        delete(written + 1);
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(2))
                .body("figures.reviewsPerDay[26].count", equalTo(0));
    }

    /**
     * A learner's second look at their progress reads no review of their log: the rows the database returns do not
     * grow with the reviews (3 against 15 reviews of the same 3 cards). The page read all 20,000 reviews of a busy
     * learner on every request before (docs/benchmarks.md, "Review loop, fourth pass").
     */
    @Test
    void aRepeatedLookReadsNoReviewOfTheLog() throws SQLException {
        Assumptions.assumeTrue(isH2(), "counts rows with H2's query statistics");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        long few = rowsOfRepeatedLook(Fixtures.learner("sari-ulang-sedikit"), 1);
        long many = rowsOfRepeatedLook(Fixtures.learner("sari-ulang-banyak"), 5);
        assertEquals(few, many, "rows read by a repeated GET /api/progress with 3 and with 15 reviews");
    }

    private long rowsOfRepeatedLook(String learner, int reviewsPerCard) throws SQLException {
        List<Long> cards = ReviewTestAccess.meet(learner, 3);
        for (int i = 0; i < reviewsPerCard; i++) {
            for (Long card : cards) {
                as(learner).contentType("application/json").body(Map.of("cardId", card, "rating", "GOOD"))
                        .post("/api/reviews").then().statusCode(200);
            }
        }
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(3 * reviewsPerCard));
        long before = rowsReturned();
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(3 * reviewsPerCard));
        return rowsReturned() - before;
    }

    /** Rows returned by all statements since H2's query statistics were turned on. */
    private long rowsReturned() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            s.execute("SET QUERY_STATISTICS TRUE");
            try (ResultSet r = s.executeQuery("select coalesce(sum(CUMULATIVE_ROW_COUNT), 0) "
                    + "from INFORMATION_SCHEMA.QUERY_STATISTICS where SQL_STATEMENT not like '%QUERY_STATISTICS%'")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long nextId = 970_000_000L;

    /** A review of the card as a review written on another node leaves it in the log (the card itself untouched). */
    private long insertReview(long cardId, Instant at) throws SQLException {
        long id = nextId++;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into review_log "
                + "(id, card_id, owner_id, rating, reviewed_at, duration_ms, retrievability, phase_before, step_before, "
                + "due_before, stability_before, difficulty_before, ease_before, interval_before, reps_before, "
                + "lapses_before, phase_after, step_after, due_after, stability_after, difficulty_after, ease_after, "
                + "interval_after, reps_after, lapses_after) select ?, id, owner_id, 3, ?, 1000, 0.9, 'REVIEW', 0, ?, "
                + "3, 5, 2.5, 3, 1, 0, 'REVIEW', 0, ?, 9, 5, 2.5, 9, 2, 0 from card where id = ?")) {
            OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
            s.setLong(1, id);
            s.setObject(2, t);
            s.setObject(3, t);
            s.setObject(4, t.plusDays(9));
            s.setLong(5, cardId);
            assertEquals(1, s.executeUpdate());
        }
        return id;
    }

    private void delete(long reviewId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from review_log where id = ?")) {
            s.setLong(1, reviewId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private boolean isH2() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("H2");
        }
    }
}
