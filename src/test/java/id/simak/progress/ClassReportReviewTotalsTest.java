package id.simak.progress;

import static id.simak.progress.ClassReportResourceTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.simak.Fixtures;
import id.simak.account.Account;
import id.simak.quiz.QuizQuestion;
import id.simak.review.Card;
import id.simak.review.ReviewTestAccess;

/**
 * A teacher sees each learner's reviews in the class report as the review log holds them, whatever the learner did
 * with their cards: the totals now come from a count kept on each card (V24) instead of counting the log
 * (docs/benchmarks.md, issue 14 item 5), so a review, an undo, a card reset to new (its reviews stay) and a
 * deleted card (its reviews go) must each leave the report equal to a count of the log.
 */
@QuarkusTest
class ClassReportReviewTotalsTest {

    @Test
    void reviewTotalsFollowTheLogThroughUndoResetAndDelete() {
        String teacher = Fixtures.teacher("laptotal-guru");
        long article = Fixtures.teacherArticle(teacher, ClassReportResourceTest.ARTICLE);
        long set = ClassReportResourceTest.set(article, teacher, "Laporan total: taman baca");
        List<Long> q = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>list(
                "set.id = ?1 order by position", set).stream().map(x -> x.id).toList());
        long classId = as(teacher).body(Map.of("name", "Kelas total")).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        as(teacher).body(Map.of("setId", set, "due", "2030-12-02")).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201);
        String ani = Fixtures.learner("laptotal-ani");
        String budi = Fixtures.learner("laptotal-budi");
        as(ani).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        as(budi).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        // The attempt makes a card of each of the set's three questions; one more from the seed.
        ClassReportResourceTest.take(ani, set, q, List.of("Bandung"), "Bandung", "Benar", 4000, 5000, 3000);
        ReviewTestAccess.meet(ani, 1);
        long aniId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(ani).id);
        List<Long> cards = QuarkusTransaction.requiringNew().call(() -> Card.<Card>list("ownerId = ?1 order by id",
                aniId).stream().map(c -> c.id).toList());
        assertEquals(4, cards.size());
        rate(ani, cards.get(0), "GOOD");
        rate(ani, cards.get(0), "EASY");
        rate(ani, cards.get(1), "GOOD");
        rate(ani, cards.get(2), "HARD");
        rate(ani, cards.get(3), "GOOD");
        as(ani).post("/api/reviews/undo").then().statusCode(200); // takes back the review of cards[3]
        as(ani).post("/api/cards/" + cards.get(2) + "/reset").then().statusCode(204); // new again, its review stays
        as(ani).delete("/api/cards/" + cards.get(1)).then().statusCode(204); // the card and its review go
        ReviewTestAccess.backdateFirstReview(ani, 10); // one of cards[0]'s reviews is from last week
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);

        JsonPath r = as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200).extract().jsonPath();
        String row = "learners.find { it.username == '" + ani + "' }";
        assertEquals(3, ReviewTestAccess.reviews(ani), "the log: two of cards[0], one of the reset card");
        assertEquals(3, r.getLong(row + ".reviewsTotal"), "as many reviews as the log holds");
        assertEquals(ReviewTestAccess.reviewsSince(ani, weekAgo), r.getLong(row + ".reviewsLast7Days"));
        assertEquals(2, r.getLong(row + ".reviewsLast7Days"), "the backdated review is not from this week");
        assertEquals(1, r.getInt(row + ".reviewedCards"), "the reset and the undone card are new again");
        assertNotNull(r.get(row + ".predictedRetention"));
        assertEquals("ON_TIME", r.getString(row + ".sets[0].status"));
        assertEquals(3, r.getInt(row + ".sets[0].bestCorrect"));

        String other = "learners.find { it.username == '" + budi + "' }";
        assertEquals(0, r.getLong(other + ".reviewsTotal"));
        assertEquals(0, r.getLong(other + ".reviewsLast7Days"));
        assertEquals(0, r.getInt(other + ".reviewedCards"));
        assertNull(r.get(other + ".predictedRetention"));
        assertEquals("NOT_STARTED", r.getString(other + ".sets[0].status"));

    }

    private static void rate(String learner, long card, String rating) {
        as(learner).body(Map.of("cardId", card, "rating", rating)).post("/api/reviews").then().statusCode(200);
    }
}
