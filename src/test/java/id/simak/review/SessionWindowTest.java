package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.srs.CardPhase;

/**
 * The edges of the day's session that the session's reads decide: a learning step due within the learn-ahead limit
 * is shown when nothing else is left (and only then), a card in review due as soon is not, and with nothing to show
 * the session tells when the next card (not a suspended one) is due. The session reads all of it in one statement
 * with the due cards since the fifth pass of the review loop (docs/benchmarks.md); these pin what it answered
 * before.
 */
@QuarkusTest
class SessionWindowTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    @Test
    void aLearningStepDueWithinTheLearnAheadLimitIsShownWhenNothingElseIsLeft() {
        Fixtures.learner("murid-jendela-belajar");
        List<Long> cards = ReviewTestAccess.meet("murid-jendela-belajar", 3);
        Instant now = Instant.now();
        // a learning step due in 10 minutes, a card in review due in 5 (not learn-ahead), and one due next week
        ReviewTestAccess.relearning(cards.get(0), now.minus(Duration.ofHours(1)), 2, now.plus(Duration.ofMinutes(10)));
        ReviewTestAccess.learned(cards.get(1), now.minus(Duration.ofDays(3)), 3, now.plus(Duration.ofMinutes(5)));
        ReviewTestAccess.learned(cards.get(2), now.minus(Duration.ofDays(3)), 9, now.plus(Duration.ofDays(7)));

        as("murid-jendela-belajar").get("/api/reviews/due").then().statusCode(200)
                .body("dueCount", equalTo(1)).body("newCount", equalTo(0)).body("total", equalTo(1))
                .body("cards", hasSize(1)).body("cards[0].id", equalTo(cards.get(0).intValue()))
                .body("nextDue", nullValue());
    }

    @Test
    void aLearningStepWaitsWhileAnotherCardIsDue() {
        Fixtures.learner("murid-jendela-tunggu");
        List<Long> cards = ReviewTestAccess.meet("murid-jendela-tunggu", 2);
        Instant now = Instant.now();
        ReviewTestAccess.relearning(cards.get(0), now.minus(Duration.ofHours(1)), 2, now.plus(Duration.ofMinutes(10)));
        ReviewTestAccess.learned(cards.get(1), now.minus(Duration.ofDays(3)), 3, now.minus(Duration.ofMinutes(1)));

        as("murid-jendela-tunggu").get("/api/reviews/due").then().statusCode(200)
                .body("dueCount", equalTo(1)).body("total", equalTo(1))
                .body("cards[0].id", equalTo(cards.get(1).intValue()));
    }

    @Test
    void withNothingToShowTheSessionTellsWhenTheNextCardIsDueButNotASuspendedOne() {
        Fixtures.learner("murid-jendela-nanti");
        List<Long> cards = ReviewTestAccess.meet("murid-jendela-nanti", 3);
        Instant now = Instant.now();
        Instant soonest = now.plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        ReviewTestAccess.learned(cards.get(0), now.minus(Duration.ofDays(3)), 3, soonest);
        ReviewTestAccess.learned(cards.get(1), now.minus(Duration.ofDays(3)), 9, now.plus(Duration.ofDays(2)));
        // due sooner, but suspended: not the next card
        ReviewTestAccess.learned(cards.get(2), now.minus(Duration.ofDays(3)), 3, now.plus(Duration.ofMinutes(25)));
        ReviewFixtures.change(cards.get(2), c -> c.suspended = true);

        String nextDue = as("murid-jendela-nanti").get("/api/reviews/due").then().statusCode(200)
                .body("total", equalTo(0)).body("cards", hasSize(0)).extract().path("nextDue");
        assertEquals(soonest, Instant.parse(nextDue));
        assertEquals(CardPhase.REVIEW, ReviewTestAccess.phase(cards.get(0)));
    }

    @Test
    void aLearnerWithoutCardsHasNoNextCard() {
        Fixtures.learner("murid-jendela-kosong");
        as("murid-jendela-kosong").get("/api/reviews/due").then().statusCode(200)
                .body("total", equalTo(0)).body("dueCount", equalTo(0)).body("nextDue", nullValue());
    }
}
