package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.srs.Fsrs;
import id.simak.srs.Rating;

/**
 * A learner's own FSRS parameters: nothing is fitted below 400 reviews, the review that reaches 400 starts a fit in
 * the background, the learner's schedule then uses the fitted parameters, and a fit on request says what it did.
 */
@QuarkusTest
class PersonalParametersTest {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewClock clock;

    @Inject
    PersonalParameters personal;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static LearnerParameters stored(long account) {
        return QuarkusTransaction.requiringNew().call(() -> LearnerParameters.<LearnerParameters>findById(account));
    }

    @Test
    void theReviewThatReachesFourHundredFitsTheLearnersParameters() throws InterruptedException {
        String learner = Fixtures.learner("fitri-fsrs");
        long account = ReviewFixtures.accountId(learner);
        List<Long> cards = ReviewFixtures.meet(learner, 40);
        Random random = new Random(7);
        Instant start = Instant.parse("2026-01-05T02:00:00Z");
        int done = 0;
        // Eleven rounds a few days apart: a learner who forgets about one card in six.
        for (int round = 0; round < 11 && done < 399; round++) {
            clock.use(Clock.fixed(start.plus(Duration.ofDays(round * 3L)), ZoneOffset.UTC));
            for (Long card : cards) {
                if (done == 399) {
                    break;
                }
                Rating rating = random.nextInt(6) == 0 ? Rating.AGAIN : random.nextInt(5) == 0 ? Rating.EASY : Rating.GOOD;
                reviews.review(account, card, rating, 4000, null);
                done++;
            }
        }
        assertEquals(399, ReviewFixtures.reviewCount(learner));
        assertNull(stored(account), "no fit below 400 reviews");
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).post("/api/progress/parameters")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("400"));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/progress")
                .then().statusCode(200)
                .body("parameters.personal", equalTo(false))
                .body("parameters.reviews", equalTo(399))
                .body("parameters.needed", equalTo(400));

        clock.use(Clock.fixed(start.plus(Duration.ofDays(34)), ZoneOffset.UTC));
        reviews.review(account, cards.get(0), Rating.GOOD, 3000, null);

        LearnerParameters fitted = null;
        for (int i = 0; i < 100 && fitted == null; i++) {
            Thread.sleep(100);
            fitted = stored(account);
        }
        assertNotNull(fitted, "the 400th review starts a fit in the background");
        assertEquals(400, fitted.reviewsUsed);
        assertEquals(21, fitted.weights().length);
        assertTrue(fitted.itemsUsed > 0);
        assertNotNull(fitted.logLoss);
        assertTrue(fitted.logLoss <= fitted.previousLogLoss + 1e-12, "kept unless better");
        assertEquals(fitted.changed, !Arrays.equals(Fsrs.DEFAULT_PARAMETERS, fitted.weights()));

        double[] used = QuarkusTransaction.requiringNew().call(() -> personal.scheduler(account).model().parameters());
        assertTrue(Arrays.equals(fitted.weights(), used), "the learner's schedule uses their parameters");

        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).post("/api/progress/parameters")
                .then().statusCode(200)
                .body("ran", equalTo(true))
                .body("reviews", equalTo(400))
                .body("items", greaterThanOrEqualTo(1));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/progress")
                .then().statusCode(200)
                .body("parameters.personal", equalTo(true))
                .body("figures.totalReviews", equalTo(400));
    }

    /**
     * A learner who keeps reviewing while the fit started by the 400th review runs (a phone that sends its queued
     * ratings at once, or two app nodes): the fit runs once, not again for every review that came in before it
     * finished (issue 14 item 4; before the fix, six reviews in a row past 400 gave six runs).
     */
    @Test
    void reviewsThatArriveDuringTheFitDoNotStartAnotherOne() {
        String learner = Fixtures.learner("fajar-sekali");
        long account = ReviewFixtures.accountId(learner);
        List<Long> cards = ReviewFixtures.meet(learner, 40);
        Random random = new Random(11);
        Instant start = Instant.parse("2026-02-02T02:00:00Z");
        for (int i = 0; i < 399; i++) {
            clock.use(Clock.fixed(start.plus(Duration.ofDays(i / 40 * 3L)), ZoneOffset.UTC));
            Rating rating = random.nextInt(6) == 0 ? Rating.AGAIN : Rating.GOOD;
            reviews.review(account, cards.get(i % cards.size()), rating, 4000, null);
        }
        personal.awaitBackground();
        double runsBefore = registry.counter("simak.optimizer.runs").count();

        clock.use(Clock.fixed(start.plus(Duration.ofDays(34)), ZoneOffset.UTC));
        for (int i = 0; i < 6; i++) { // the 400th review and five more, before the fit is done
            reviews.review(account, cards.get(i), Rating.GOOD, 3000, null);
        }
        personal.awaitBackground();

        LearnerParameters fitted = stored(account);
        assertNotNull(fitted, "the 400th review starts a fit");
        assertEquals(1.0, registry.counter("simak.optimizer.runs").count() - runsBefore, "one run of the optimizer");
        assertTrue(fitted.reviewsUsed >= 400 && fitted.reviewsUsed <= 405,
                "fitted on the log as it stood when the fit ran: " + fitted.reviewsUsed);
    }

    @Test
    void anotherLearnersScheduleKeepsTheDefaults() {
        String learner = Fixtures.learner("dedi-bawaan");
        long account = ReviewFixtures.accountId(learner);
        assertNull(stored(account));
        double[] used = QuarkusTransaction.requiringNew().call(() -> personal.scheduler(account).model().parameters());
        assertTrue(Arrays.equals(Fsrs.DEFAULT_PARAMETERS, used));
        assertFalse(personal.fitNow(account).ran());
    }
}
