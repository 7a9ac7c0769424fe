package id.simak.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a signed-in learner has to do today, as the home page shows it. Each part is told by the feature that
 * knows it: {@link Cards} by review, {@link Assignments} by classroom, {@link Streak} by progress. The home page
 * reads them through these interfaces, so it depends on none of those features (and {@code web} on none at all).
 */
public final class LearnerToday {

    private LearnerToday() {
    }

    /**
     * The cards to review now: {@code due} cards learned before, {@code fresh} new cards of today's allowance, and
     * about how many minutes they take at the learner's own pace.
     */
    public record DueCards(int due, int fresh, int minutes) {

        public int total() {
            return due + fresh;
        }
    }

    /** The review feature's part: the cards due now. */
    public interface Cards {
        DueCards dueNow(long accountId);
    }

    /**
     * An assignment of one of the learner's classes: {@code state} is {@code open}, {@code done} (with
     * {@code percent} and {@code doneText}) or {@code withdrawn}; {@code dueText} in the page's language.
     */
    public record Assignment(String title, String className, OffsetDateTime due, String dueText, boolean overdue,
            String state, Integer percent, String doneText, String url) {

        public boolean isDone() {
            return "done".equals(state);
        }
    }

    /** The classroom feature's part: the learner's assignments, soonest due first, withdrawn ones left out. */
    public interface Assignments {
        List<Assignment> of(long accountId, Locale locale);
    }

    /** Days in a row with reviews (today or yesterday the last), and reviews done today. */
    public record Days(int streak, int reviewsToday) {}

    /** The progress feature's part: the streak. */
    public interface Streak {
        Days of(long accountId);
    }
}
