package id.simak.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Schedules cards with Anki's variant of SM-2 (rslib/src/scheduler/states), the pre-FSRS default. */
public final class Sm2Scheduler implements Scheduler {

    public static final double INITIAL_EASE = 2.5;
    public static final double MINIMUM_EASE = 1.3;
    static final int GRADUATING_INTERVAL = 1;
    static final int EASY_INTERVAL = 4;
    static final double HARD_MULTIPLIER = 1.2;
    static final double EASY_MULTIPLIER = 1.3;
    static final double LAPSE_MULTIPLIER = 0.0;
    static final int MINIMUM_LAPSE_INTERVAL = 1;

    private final SchedulerSettings settings;

    /** Uses the steps, maximum interval, fuzz and day start of {@code settings}; desired retention is unused. */
    public Sm2Scheduler(SchedulerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Sm2Scheduler() {
        this(SchedulerSettings.DEFAULTS);
    }

    @Override
    public CardState schedule(CardState card, Rating rating, Instant now, ZoneId zone) {
        int reps = card.reps() + 1;
        Double fuzz = settings.fuzz() ? ReviewFuzz.factor(card.cardId(), reps) : null;
        int max = settings.maximumIntervalDays();
        double ease = card.ease() > 0 ? card.ease() : INITIAL_EASE;
        switch (card.phase()) {
            case NEW:
            case LEARNING: {
                int current = card.phase() == CardPhase.NEW ? 0 : card.step();
                Duration wait = stepWait(settings.learningSteps(), current, rating);
                if (wait != null) {
                    return new CardState(card.cardId(), CardPhase.LEARNING, nextStepIndex(current, rating),
                            now.plus(wait), 0, 0, ease, 0, reps, card.lapses(), now);
                }
                int days = ReviewFuzz.apply(fuzz, rating == Rating.EASY ? EASY_INTERVAL : GRADUATING_INTERVAL, 1, max);
                return review(card, ease, days, reps, card.lapses(), now);
            }
            case REVIEW:
                return afterReview(card, rating, now, zone, ease, reps, fuzz, max);
            case RELEARNING: {
                Duration wait = stepWait(settings.relearningSteps(), card.step(), rating);
                if (wait != null) {
                    return new CardState(card.cardId(), CardPhase.RELEARNING, nextStepIndex(card.step(), rating),
                            now.plus(wait), 0, 0, ease, card.intervalDays(), reps, card.lapses(), now);
                }
                // Anki gives Easy out of relearning one day more than the lapse interval.
                int days = Math.min(max, card.intervalDays() + (rating == Rating.EASY ? 1 : 0));
                return review(card, ease, Math.max(1, days), reps, card.lapses(), now);
            }
            default:
                throw new IllegalStateException("unknown phase " + card.phase());
        }
    }

    private CardState afterReview(CardState card, Rating rating, Instant now, ZoneId zone, double ease, int reps,
            Double fuzz, int max) {
        int scheduled = Math.max(1, card.intervalDays());
        if (rating == Rating.AGAIN) {
            double lapsedEase = Math.max(MINIMUM_EASE, ease - 0.20);
            // Anki truncates the shortened interval, then applies the minimum lapse interval.
            int days = Math.min(max, Math.max(MINIMUM_LAPSE_INTERVAL, (int) (scheduled * LAPSE_MULTIPLIER)));
            if (settings.relearningSteps().isEmpty()) {
                return review(card, lapsedEase, days, reps, card.lapses() + 1, now);
            }
            return new CardState(card.cardId(), CardPhase.RELEARNING, 0, now.plus(settings.relearningSteps().get(0)),
                    0, 0, lapsedEase, days, reps, card.lapses() + 1, now);
        }
        long elapsed = StudyDay.between(card.lastReview(), now, zone, settings.dayStartHour());
        int[] intervals = passingIntervals(scheduled, elapsed - scheduled, ease, fuzz, max);
        switch (rating) {
            case HARD:
                return review(card, Math.max(MINIMUM_EASE, ease - 0.15), intervals[0], reps, card.lapses(), now);
            case GOOD:
                return review(card, ease, intervals[1], reps, card.lapses(), now);
            default:
                return review(card, ease + 0.15, intervals[2], reps, card.lapses(), now);
        }
    }

    /**
     * Hard, Good and Easy intervals of a review card, each constrained by the previous one as in Anki
     * review.rs passing_nonearly_review_intervals / passing_early_review_intervals.
     */
    static int[] passingIntervals(int scheduled, long daysLate, double ease, Double fuzz, int max) {
        if (daysLate < 0) {
            // Early review: credit only the days that really passed, never shrink Good below the old interval;
            // Anki neither fuzzes nor orders these.
            double passed = scheduled + daysLate;
            int hard = ReviewFuzz.apply(null, Math.max(passed * HARD_MULTIPLIER, scheduled * HARD_MULTIPLIER / 2),
                    1, max);
            int good = ReviewFuzz.apply(null, Math.max(passed * ease, scheduled), 1, max);
            double reducedBonus = EASY_MULTIPLIER - (EASY_MULTIPLIER - 1) / 2;
            int easy = ReviewFuzz.apply(null, Math.max(passed * ease, scheduled) * reducedBonus, 1, max);
            return new int[] {hard, good, easy};
        }
        int hard = ReviewFuzz.apply(fuzz, scheduled * HARD_MULTIPLIER, scheduled + 1, max);
        int good = ReviewFuzz.apply(fuzz, (scheduled + daysLate / 2.0) * ease, hard + 1, max);
        int easy = ReviewFuzz.apply(fuzz, (scheduled + daysLate) * ease * EASY_MULTIPLIER, good + 1, max);
        return new int[] {hard, good, easy};
    }

    private static CardState review(CardState card, double ease, int days, int reps, int lapses, Instant now) {
        return new CardState(card.cardId(), CardPhase.REVIEW, 0, now.plus(Duration.ofDays(days)), 0, 0, ease, days,
                reps, lapses, now);
    }

    private static int nextStepIndex(int current, Rating rating) {
        switch (rating) {
            case AGAIN:
                return 0;
            case GOOD:
                return current + 1;
            default:
                return current;
        }
    }

    /** How long until the next (re)learning step, or null when the card leaves the steps. */
    private static Duration stepWait(List<Duration> steps, int current, Rating rating) {
        if (steps.isEmpty() || rating == Rating.EASY || (current >= steps.size() && rating != Rating.AGAIN)) {
            return null;
        }
        switch (rating) {
            case AGAIN:
                return steps.get(0);
            case HARD:
                if (current == 0 && steps.size() == 1) {
                    // Anki: 1.5 × the only step, but at most one day more than it.
                    Duration longer = Duration.ofMillis(Math.round(steps.get(0).toMillis() * 1.5));
                    Duration cap = steps.get(0).plusDays(1);
                    return longer.compareTo(cap) < 0 ? longer : cap;
                }
                if (current == 0) {
                    return steps.get(0).plus(steps.get(1)).dividedBy(2);
                }
                return steps.get(current);
            case GOOD:
                return current + 1 < steps.size() ? steps.get(current + 1) : null;
            default:
                return null;
        }
    }

    /** SM-2 has no memory model; like srs-benchmark we read its schedule as "90 % recall at the interval". */
    @Override
    public double retrievability(CardState card, Instant now) {
        if (card.lastReview() == null) {
            return 0.0;
        }
        long days = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return Math.pow(0.9, days / (double) Math.max(1, card.intervalDays()));
    }
}
