package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.srs.CardPhase;

@QuarkusTest
class ReviewResourceTest {

    @Inject
    ReviewClock clock;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD);
    }

    private static Map<String, Object> review(long cardId, Object rating, String clientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("cardId", cardId);
        body.put("rating", rating);
        body.put("durationMs", 4200);
        if (clientId != null) {
            body.put("clientReviewId", clientId);
        }
        return body;
    }

    @Test
    void everyCallNeedsALogin() {
        given().get("/api/reviews/due").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(review(1, "GOOD", null)).post("/api/reviews")
                .then().statusCode(401);
        given().post("/api/reviews/undo").then().statusCode(401);
        given().get("/api/cards/1").then().statusCode(401);
        given().post("/api/cards/sets/1").then().statusCode(401);
        given().contentType("application/json").body(Map.of("articleId", 1, "word", "kata"))
                .post("/api/cards/words").then().statusCode(401);
    }

    @Test
    void aQuestionMetTwiceIsOneNewCardWhoseAnswerIsNotInTheSessionList() {
        String learner = Fixtures.learner("ulas-temu");
        long question = ReviewFixtures.seedQuestions().get(0);
        long card = ReviewFixtures.meet(learner, List.of(question, question)).get(0);
        assertEquals(1, ReviewFixtures.cardCount(learner));

        as(learner).get("/api/reviews/due").then().statusCode(200)
                .body("newCount", equalTo(1))
                .body("dueCount", equalTo(0))
                .body("cards", hasSize(1))
                .body("cards[0].id", equalTo((int) card))
                .body("cards[0].kind", equalTo("QUESTION"))
                .body("cards[0].phase", equalTo("NEW"))
                .body("cards[0].prompt", equalTo(ReviewFixtures.question(question).prompt))
                .body("cards[0].intervals.AGAIN", equalTo(60))
                .body("cards[0].back", nullValue());
        as(learner).get("/api/cards/" + card).then().statusCode(200)
                .body("back.answer", equalTo(CardView.answerLines(ReviewFixtures.question(question))))
                .body("back.evidence", notNullValue());
    }

    @Test
    void dueCardsComeFirstTheMostForgottenFirstThenNewCards() {
        String learner = Fixtures.learner("ulas-urutan");
        List<Long> cards = ReviewFixtures.meet(learner, 4);
        Instant now = Instant.now();
        // Card 2 was learned long ago with a short memory (low recall), card 1 recently with a long one.
        ReviewFixtures.change(cards.get(1), c -> learned(c, now.minus(Duration.ofDays(30)), 2.0, now.minusSeconds(60)));
        ReviewFixtures.change(cards.get(2), c -> learned(c, now.minus(Duration.ofDays(3)), 40.0, now.minusSeconds(30)));
        // Card 3 is learned but not due yet: it is not in the session.
        ReviewFixtures.change(cards.get(3), c -> learned(c, now.minus(Duration.ofDays(1)), 10.0, now.plus(Duration.ofDays(5))));

        JsonPath due = as(learner).get("/api/reviews/due").then().statusCode(200)
                .body("dueCount", equalTo(2)).body("newCount", equalTo(1)).extract().jsonPath();
        assertEquals(List.of(cards.get(1).intValue(), cards.get(2).intValue(), cards.get(0).intValue()),
                due.getList("cards.id"));
        assertEquals(List.of("REVIEW", "REVIEW", "NEW"), due.getList("cards.phase"));
        List<Float> recall = due.getList("cards.retrievability", Float.class);
        assertTrue(recall.get(0) < recall.get(1), "lowest retrievability first: " + recall);
    }

    private static void learned(Card c, Instant lastReview, double stability, Instant due) {
        c.phase = CardPhase.REVIEW;
        c.lastReview = lastReview;
        c.stability = stability;
        c.difficulty = 5;
        c.reps = 3;
        c.intervalDays = (int) Math.max(1, Math.round(stability));
        c.due = due;
    }

    @Test
    void atMostTwentyNewCardsADayAndMoreAfterFourInTheMorningInJakarta() {
        String learner = Fixtures.learner("ulas-batas");
        List<Long> cards = ReviewFixtures.meet(learner, 25);
        // 2026-05-16 10:00 in Jakarta (UTC+7).
        Instant morning = Instant.parse("2026-05-16T03:00:00Z");
        clock.use(Clock.fixed(morning, ZoneOffset.UTC));
        JsonPath due = as(learner).get("/api/reviews/due").then().statusCode(200)
                .body("newCount", equalTo(20)).body("newPerDay", equalTo(20)).extract().jsonPath();
        assertEquals(cards.subList(0, 20).stream().map(Long::intValue).toList(), due.getList("cards.id").stream()
                .sorted().toList(), "the oldest twenty");
        for (Object id : due.getList("cards.id")) {
            as(learner).contentType("application/json").body(review(((Integer) id).longValue(), "EASY", null))
                    .post("/api/reviews").then().statusCode(200);
        }
        as(learner).get("/api/reviews/due").then().statusCode(200)
                .body("newCount", equalTo(0)).body("newToday", equalTo(20)).body("cards", hasSize(0));

        // 03:59 the next morning in Jakarta is still the same study day; 04:00 is a new one.
        clock.use(Clock.fixed(Instant.parse("2026-05-16T20:59:00Z"), ZoneOffset.UTC));
        as(learner).get("/api/reviews/due").then().body("newCount", equalTo(0));
        clock.use(Clock.fixed(Instant.parse("2026-05-16T21:00:00Z"), ZoneOffset.UTC));
        as(learner).get("/api/reviews/due").then().body("newCount", equalTo(5)).body("newToday", equalTo(0));
    }

    @Test
    void aReviewMovesTheCardOnAndIsLoggedWithTheStateBeforeAndAfter() {
        String learner = Fixtures.learner("ulas-nilai");
        long card = ReviewFixtures.meet(learner, 1).get(0);
        as(learner).contentType("application/json").body(review(card, "GOOD", "r-1")).post("/api/reviews")
                .then().statusCode(200)
                .body("cardId", equalTo((int) card))
                .body("rating", equalTo("GOOD"))
                .body("durationMs", equalTo(4200))
                .body("before.phase", equalTo("NEW"))
                .body("after.phase", equalTo("LEARNING"))
                .body("after.reps", equalTo(1))
                .body("after.stability", notNullValue());
        Card c = ReviewFixtures.card(card);
        assertEquals(CardPhase.LEARNING, c.phase);
        assertTrue(c.due.isAfter(Instant.now().plusSeconds(9 * 60)), "Good on a new card: the 10-minute step");
        assertEquals(1, ReviewFixtures.reviewCount(learner));
    }

    @Test
    void theSameClientReviewIdTwiceCountsOnceAndAnswersTheFirstResult() {
        String learner = Fixtures.learner("ulas-ganda");
        long card = ReviewFixtures.meet(learner, 1).get(0);
        String first = as(learner).contentType("application/json").body(review(card, "HARD", "sekali-saja"))
                .post("/api/reviews").then().statusCode(200).extract().asString();
        String second = as(learner).contentType("application/json").body(review(card, "EASY", "sekali-saja"))
                .post("/api/reviews").then().statusCode(200).extract().asString();
        assertEquals(first, second);
        assertEquals(1, ReviewFixtures.reviewCount(learner));
        assertEquals(1, ReviewFixtures.card(card).reps);
        // Another id is another review.
        as(learner).contentType("application/json").body(review(card, "GOOD", "lain")).post("/api/reviews")
                .then().statusCode(200).body("before.reps", equalTo(1));
        assertEquals(2, ReviewFixtures.reviewCount(learner));
    }

    @Test
    void ratingsAreNamesInAnyCaseOrOneToFour() {
        String learner = Fixtures.learner("ulas-angka");
        List<Long> cards = ReviewFixtures.meet(learner, 3);
        as(learner).contentType("application/json").body(review(cards.get(0), 1, null)).post("/api/reviews")
                .then().statusCode(200).body("rating", equalTo("AGAIN"));
        as(learner).contentType("application/json").body(review(cards.get(1), "easy", null)).post("/api/reviews")
                .then().statusCode(200).body("rating", equalTo("EASY")).body("after.phase", equalTo("REVIEW"));
        as(learner).contentType("application/json").body(review(cards.get(2), "3", null)).post("/api/reviews")
                .then().statusCode(200).body("rating", equalTo("GOOD"));
    }

    @Test
    void badReviewsAreRefusedWithTheFieldNamedAndNothingIsLogged() {
        String learner = Fixtures.learner("ulas-salah");
        long card = ReviewFixtures.meet(learner, 1).get(0);
        for (Object rating : new Object[] { "PERFECT", 0, 5, 2.5, "" }) {
            as(learner).contentType("application/json").body(review(card, rating, null)).post("/api/reviews")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("rating"));
        }
        Map<String, Object> noRating = review(card, null, null);
        noRating.remove("rating");
        as(learner).contentType("application/json").body(noRating).post("/api/reviews")
                .then().statusCode(400).body("errors.field", hasItem("rating"));
        Map<String, Object> noCard = review(card, "GOOD", null);
        noCard.remove("cardId");
        as(learner).contentType("application/json").body(noCard).post("/api/reviews")
                .then().statusCode(400).body("errors.field", hasItem("cardId"));
        Map<String, Object> negative = review(card, "GOOD", null);
        negative.put("durationMs", -5);
        as(learner).contentType("application/json").body(negative).post("/api/reviews")
                .then().statusCode(400).body("errors.field", hasItem("durationMs"));
        as(learner).contentType("application/json").body(review(card, "GOOD", "x".repeat(65))).post("/api/reviews")
                .then().statusCode(400).body("errors.field", hasItem("clientReviewId"));
        as(learner).contentType("application/json").body("{\"cardId\": ").post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json");
        as(learner).contentType("application/json").body(review(card + 100_000, "GOOD", null)).post("/api/reviews")
                .then().statusCode(404);
        assertEquals(0, ReviewFixtures.reviewCount(learner));
        assertEquals(CardPhase.NEW, ReviewFixtures.card(card).phase);
    }

    @Test
    void anotherLearnersCardIsNotFoundAndStaysAsItWas() {
        String owner = Fixtures.learner("ulas-pemilik");
        String other = Fixtures.learner("ulas-tetangga");
        long card = ReviewFixtures.meet(owner, 1).get(0);
        as(other).contentType("application/json").body(review(card, "EASY", null)).post("/api/reviews")
                .then().statusCode(404).contentType("application/problem+json");
        as(other).get("/api/cards/" + card).then().statusCode(404);
        as(other).get("/api/reviews/due").then().statusCode(200).body("cards.id", org.hamcrest.Matchers.not(hasItem((int) card)));
        assertEquals(0, ReviewFixtures.reviewCount(owner));
        assertEquals(0, ReviewFixtures.card(card).reps);
    }

    @Test
    void undoRestoresTheStateBeforeTheLastReviewAndDeletesItsLog() {
        String learner = Fixtures.learner("ulas-urung");
        List<Long> cards = ReviewFixtures.meet(learner, 2);
        as(learner).post("/api/reviews/undo").then().statusCode(409).contentType("application/problem+json");

        as(learner).contentType("application/json").body(review(cards.get(0), "EASY", null)).post("/api/reviews")
                .then().statusCode(200);
        Card reviewedFirst = ReviewFixtures.card(cards.get(0));
        as(learner).contentType("application/json").body(review(cards.get(1), "AGAIN", null)).post("/api/reviews")
                .then().statusCode(200);
        assertEquals(2, ReviewFixtures.reviewCount(learner));

        as(learner).post("/api/reviews/undo").then().statusCode(200)
                .body("id", equalTo(cards.get(1).intValue())).body("phase", equalTo("NEW"));
        Card undone = ReviewFixtures.card(cards.get(1));
        assertEquals(CardPhase.NEW, undone.phase);
        assertEquals(0, undone.reps);
        assertEquals(null, undone.lastReview);
        assertEquals(1, ReviewFixtures.reviewCount(learner));
        Card stillReviewed = ReviewFixtures.card(cards.get(0));
        assertEquals(reviewedFirst.due, stillReviewed.due, "only the last review is undone");
        assertNotEquals(CardPhase.NEW, stillReviewed.phase);

        as(learner).post("/api/reviews/undo").then().statusCode(200).body("id", equalTo(cards.get(0).intValue()));
        as(learner).post("/api/reviews/undo").then().statusCode(409);
        assertEquals(0, ReviewFixtures.reviewCount(learner));
    }

    @Test
    void twentyUndosAtOnceEachUndoAtMostOneReviewAndNoneFailsWithAServerError() throws Exception {
        String learner = Fixtures.learner("ulas-urung-serentak");
        List<Long> cards = ReviewFixtures.meet(learner, 3);
        for (Long card : cards) {
            as(learner).contentType("application/json").body(review(card, "GOOD", null)).post("/api/reviews")
                    .then().statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> as(learner).post("/api/reviews/undo")));
            }
            int undone = 0;
            for (Future<Response> f : answers) {
                Response r = f.get(60, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 409, "200 or 409, got " + r.statusCode()
                        + ": " + r.asString());
                if (r.statusCode() == 409) {
                    assertEquals("application/problem+json", r.contentType().replaceFirst(";.*", ""));
                    assertEquals(409, r.jsonPath().getInt("status"));
                } else {
                    undone++;
                }
            }
            assertTrue(undone >= 1 && undone <= 3, "at most the three reviews were undone: " + undone);
            assertEquals(3 - undone, ReviewFixtures.reviewCount(learner), "each 200 took back exactly one review");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/reviews/due'.get.summary", notNullValue())
                .body("paths.'/api/reviews'.post.summary", notNullValue())
                .body("paths.'/api/reviews/undo'.post.summary", notNullValue())
                .body("paths.'/api/cards/{id}'.get.summary", notNullValue())
                .body("paths.'/api/cards/sets/{setId}'.post.summary", notNullValue())
                .body("paths.'/api/cards/words'.post.summary", notNullValue());
    }
}
