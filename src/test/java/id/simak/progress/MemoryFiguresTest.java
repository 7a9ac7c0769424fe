package id.simak.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.review.ReviewClock;
import id.simak.review.ReviewTestAccess;

/**
 * Issue 13, item 3: the predicted recall shown is the FSRS-6 retrievability at the moment shown,
 * R = (1 + factor·t/S)^(−decay) with each card's stability and the time since its last review, the same in the
 * progress page and the class report; a card just rated "Lagi" never reads "Peluang ingat 100 %". Expected values
 * computed apart from Simak with the default parameters (decay 0.1542).
 */
@QuarkusTest
class MemoryFiguresTest {

    /** 10:00 in Jakarta, far from the 04:00 day boundary. */
    private static final Instant NOW = Instant.parse("2026-03-18T03:00:00Z");

    @Inject
    ReviewClock clock;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD).contentType("application/json");
    }

    @Test
    void progressAndReportShowRetrievabilityAtTheMomentShown() {
        String teacher = Fixtures.teacher("guru-ingatan");
        String learner = Fixtures.learner("murid-ingatan");
        long classId = as(teacher).body(Map.of("name", "Kelas Ingatan")).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        List<Long> cards = ReviewTestAccess.meet(learner, 3);
        // S = 10 days, 5 days ago: R = 0.9403443. S = 2 days, 12 hours ago: R = 0.9667635 (whole days read 1).
        ReviewTestAccess.learned(cards.get(0), NOW.minus(Duration.ofDays(5)), 10, NOW.plus(Duration.ofDays(9)));
        ReviewTestAccess.learned(cards.get(1), NOW.minus(Duration.ofHours(12)), 2, NOW.plus(Duration.ofDays(1)));
        // Rated "Lagi" two minutes ago: S = 1 day, R = 0.9997902, in its relearning step.
        ReviewTestAccess.relearning(cards.get(2), NOW.minus(Duration.ofMinutes(2)), 1, NOW.plus(Duration.ofMinutes(8)));

        var progress = as(learner).get("/api/progress").then().statusCode(200)
                .body("weakest[0].cardId", equalTo(cards.get(2).intValue()))
                .body("weakest[0].relearning", equalTo(true))
                .body("weakest[1].cardId", equalTo(cards.get(0).intValue()))
                .extract().jsonPath();
        assertEquals(0.9403443, progress.getDouble("weakest[1].recall"), 1e-6);
        assertEquals(0.9667635, progress.getDouble("weakest[2].recall"), 1e-6);
        String page = as(learner).accept("text/html").get("/kemajuan").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("94 %") && page.contains("97 %"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Baru terlupa"), "the lapsed card is shown as such");

        double retention = as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200).extract()
                .jsonPath().getDouble("learners.find { it.username == '" + learner + "' }.predictedRetention");
        assertEquals((0.9403443 + 0.9667635 + 0.9997902) / 3, retention, 1e-6);
    }

    @Test
    void aCardJustRatedAgainDoesNotReadOneHundredPercent() {
        String learner = Fixtures.learner("murid-lagi");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        long card = ReviewTestAccess.meet(learner, 1).get(0);
        // Learned three days ago with S = 3 days: due now, R = 0.9.
        ReviewTestAccess.learned(card, NOW.minus(Duration.ofDays(3)), 3, NOW.minus(Duration.ofMinutes(1)));
        as(learner).accept("text/html").get("/ulasan").then().statusCode(200)
                .body(containsString("Peluang ingat 90 %"));

        as(learner).body(Map.of("cardId", card, "rating", "AGAIN", "durationMs", 4000)).post("/api/reviews")
                .then().statusCode(200);
        clock.use(Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC));
        as(learner).accept("text/html").get("/ulasan").then().statusCode(200)
                .body(containsString("Sedang dipelajari ulang"))
                .body(not(containsString("Peluang ingat 100 %")));
    }
}
