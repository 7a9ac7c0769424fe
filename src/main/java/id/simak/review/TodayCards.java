package id.simak.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.web.LearnerToday;

/** The home page's count of cards to review now, with the minutes they take at the learner's recent pace. */
@ApplicationScoped
public class TodayCards implements LearnerToday.Cards {

    /** The pace assumed before a learner has reviewed anything. */
    static final long DEFAULT_MS_PER_CARD = 10_000;
    /** Reviews over this are a learner who left the card open, not their pace. */
    static final long LONGEST_COUNTED_MS = 120_000;

    private final ReviewService reviews;

    TodayCards(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public LearnerToday.DueCards dueNow(long accountId) {
        ReviewService.Session s = reviews.session(accountId);
        int due = s.dueCount();
        int fresh = s.newCount();
        return new LearnerToday.DueCards(due, fresh, minutes(due + fresh, pace(accountId)));
    }

    /** The learner's median time per card over their last 50 reviews. */
    static long pace(long accountId) {
        List<Long> times = CardReview.<CardReview>find("ownerId = ?1 order by reviewedAt desc", accountId).page(0, 50)
                .list().stream().map(r -> Math.min(r.durationMs, LONGEST_COUNTED_MS)).filter(t -> t > 0).sorted()
                .toList();
        return times.isEmpty() ? DEFAULT_MS_PER_CARD : times.get(times.size() / 2);
    }

    /** Whole minutes, at least one when there is anything to do. */
    static int minutes(int cards, long msPerCard) {
        if (cards == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(cards * msPerCard / 60_000.0));
    }
}
