package id.simak.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Schedules cards with the FSRS-6 memory model plus (re)learning steps, following py-fsrs' state machine. */
public final class FsrsScheduler implements Scheduler {

    private static final List<Rating> PASSING = List.of(Rating.HARD, Rating.GOOD, Rating.EASY);

    private final Fsrs fsrs;
    private final SchedulerSettings settings;

    public FsrsScheduler(Fsrs fsrs, SchedulerSettings settings) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public FsrsScheduler() {
        this(new Fsrs(Fsrs.DEFAULT_PARAMETERS), SchedulerSettings.DEFAULTS);
    }

    public Fsrs model() {
        return fsrs;
    }

    public SchedulerSettings settings() {
        return settings;
    }

    @Override
    public CardState schedule(CardState card, Rating rating, Instant now, ZoneId zone) {
        MemoryState before = card.memory();
        MemoryState after;
        if (before == null) {
            after = fsrs.initial(rating);
        } else {
            long elapsed = StudyDay.between(card.lastReview(), now, zone, settings.dayStartHour());
            after = fsrs.next(before, rating, elapsed);
        }
        int reps = card.reps() + 1;
        int lapses = card.lapses();
        CardPhase phase;
        int step = 0;
        Duration wait = null;
        switch (card.phase()) {
            case NEW:
            case LEARNING: {
                Step next = nextStep(settings.learningSteps(), card.phase() == CardPhase.NEW ? 0 : card.step(),
                        rating);
                phase = next == null ? CardPhase.REVIEW : CardPhase.LEARNING;
                if (next != null) {
                    step = next.index;
                    wait = next.delay;
                }
                break;
            }
            case REVIEW:
                if (rating == Rating.AGAIN) {
                    lapses++;
                    if (!settings.relearningSteps().isEmpty()) {
                        phase = CardPhase.RELEARNING;
                        wait = settings.relearningSteps().get(0);
                        break;
                    }
                }
                phase = CardPhase.REVIEW;
                break;
            case RELEARNING: {
                Step next = nextStep(settings.relearningSteps(), card.step(), rating);
                phase = next == null ? CardPhase.REVIEW : CardPhase.RELEARNING;
                if (next != null) {
                    step = next.index;
                    wait = next.delay;
                }
                break;
            }
            default:
                throw new IllegalStateException("unknown phase " + card.phase());
        }
        int intervalDays = 0;
        Instant due;
        if (wait != null) {
            due = now.plus(wait);
        } else {
            if (card.phase() == CardPhase.REVIEW && rating != Rating.AGAIN) {
                intervalDays = orderedReviewInterval(card, rating, now, zone, reps);
            } else {
                intervalDays = reviewInterval(after, card.cardId(), reps, 1);
            }
            due = now.plus(Duration.ofDays(intervalDays));
        }
        return new CardState(card.cardId(), phase, step, due, after.stability(), after.difficulty(), 0,
                intervalDays, reps, lapses, now);
    }

    /** Whole days for a card in review: rounded, at least 1, at most the maximum, then fuzzed if enabled. */
    int reviewInterval(MemoryState memory, long cardId, int reps, int minimum) {
        double raw = fsrs.interval(memory, settings.desiredRetention());
        Double fuzzFactor = settings.fuzz() ? ReviewFuzz.factor(cardId, reps) : null;
        return ReviewFuzz.apply(fuzzFactor, raw, minimum, settings.maximumIntervalDays());
    }

    /**
     * Anki (review.rs passing_fsrs_review_intervals) keeps Hard < Good < Easy for a card in review, so the
     * answer buttons never offer a longer interval for a worse answer.
     */
    private int orderedReviewInterval(CardState card, Rating rating, Instant now, ZoneId zone, int reps) {
        long elapsed = StudyDay.between(card.lastReview(), now, zone, settings.dayStartHour());
        MemoryState before = card.memory();
        int minimum = 1;
        for (Rating passing : PASSING) {
            int interval = reviewInterval(fsrs.next(before, passing, elapsed), card.cardId(), reps, minimum);
            if (passing == rating) {
                return interval;
            }
            minimum = interval + 1;
        }
        throw new IllegalArgumentException("not a passing rating: " + rating);
    }

    private record Step(int index, Duration delay) {}

    /** The next (re)learning step, or null when the card graduates to review. */
    private static Step nextStep(List<Duration> steps, int current, Rating rating) {
        // A card can sit on a step beyond the current list if the settings shrank since; it graduates on success.
        if (steps.isEmpty() || (current >= steps.size() && rating != Rating.AGAIN)) {
            return null;
        }
        switch (rating) {
            case AGAIN:
                return new Step(0, steps.get(0));
            case HARD:
                if (current == 0 && steps.size() == 1) {
                    return new Step(0, multiply(steps.get(0), 1.5));
                }
                if (current == 0) {
                    return new Step(0, steps.get(0).plus(steps.get(1)).dividedBy(2));
                }
                return new Step(current, steps.get(current));
            case GOOD:
                if (current + 1 >= steps.size()) {
                    return null;
                }
                return new Step(current + 1, steps.get(current + 1));
            case EASY:
            default:
                return null;
        }
    }

    private static Duration multiply(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    @Override
    public double retrievability(CardState card, Instant now) {
        return retrievability(card.memory(), card.lastReview(), now);
    }

    /**
     * The same from the two things it depends on, for a caller that reads only those of a card (the review
     * session orders all due cards by it): the memory ({@link CardState#memory()}, null before the first review)
     * and the last review.
     */
    public double retrievability(MemoryState memory, Instant lastReview, Instant now) {
        if (memory == null || lastReview == null) {
            return 0.0;
        }
        // The elapsed time to the millisecond, in days, as fsrs-rs current_retrievability_seconds. Whole days (as
        // ts-fsrs get_retrievability) made every card reviewed in the last 24 hours read exactly 100 % (issue 13).
        double days = Math.max(0, Duration.between(lastReview, now).toMillis()) / (double) Duration.ofDays(1).toMillis();
        return fsrs.retrievability(memory, days);
    }
}
