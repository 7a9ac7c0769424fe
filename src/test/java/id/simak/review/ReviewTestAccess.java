package id.simak.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.srs.CardPhase;

/** What the browser tests (another package) need of the review feature's data. */
public final class ReviewTestAccess {

    private ReviewTestAccess() {
    }

    public static List<Long> meet(String username, int n) {
        return ReviewFixtures.meet(username, n);
    }

    /** Makes the card one learned before, with this memory, due at {@code due}. */
    public static void learned(long cardId, Instant lastReview, double stability, Instant due) {
        ReviewFixtures.change(cardId, c -> {
            c.phase = CardPhase.REVIEW;
            c.lastReview = lastReview;
            c.stability = stability;
            c.difficulty = 5;
            c.reps = 3;
            c.intervalDays = (int) Math.max(1, Math.round(stability));
            c.due = due;
        });
    }

    /** Makes the card one just forgotten ("Lagi" in review): relearning, with this memory, due at {@code due}. */
    public static void relearning(long cardId, Instant lastReview, double stability, Instant due) {
        ReviewFixtures.change(cardId, c -> {
            c.phase = CardPhase.RELEARNING;
            c.lastReview = lastReview;
            c.stability = stability;
            c.difficulty = 6;
            c.reps = 4;
            c.lapses = 1;
            c.intervalDays = 0;
            c.due = due;
        });
    }

    public static long reviews(String username) {
        return ReviewFixtures.reviewCount(username);
    }

    /** The learner's reviews in the log since {@code since}. */
    public static long reviewsSince(String username, Instant since) {
        long account = ReviewFixtures.accountId(username);
        return QuarkusTransaction.requiringNew().call(
                () -> CardReview.count("ownerId = ?1 and reviewedAt >= ?2", account, since));
    }

    /** Moves the learner's first review (by time) back by {@code days} days, as if it had been made then. */
    public static void backdateFirstReview(String username, int days) {
        long account = ReviewFixtures.accountId(username);
        QuarkusTransaction.requiringNew().run(() -> {
            CardReview first = CardReview.<CardReview>find("ownerId = ?1 order by reviewedAt, id", account)
                    .firstResult();
            first.reviewedAt = first.reviewedAt.minus(Duration.ofDays(days));
        });
    }

    public static CardPhase phase(long cardId) {
        return ReviewFixtures.card(cardId).phase;
    }

    public static int reps(long cardId) {
        return ReviewFixtures.card(cardId).reps;
    }

    /** Call inside a transaction. */
    public static boolean hasWordCard(String username, String word) {
        return Card.forWord(ReviewFixtures.accountId(username), word) != null;
    }
}
