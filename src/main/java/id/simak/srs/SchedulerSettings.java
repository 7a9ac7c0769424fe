package id.simak.srs;

import java.time.Duration;
import java.util.List;

/** The learner's scheduling options, with py-fsrs/Anki defaults. */
public record SchedulerSettings(
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        double desiredRetention,
        int maximumIntervalDays,
        boolean fuzz,
        int dayStartHour) {

    public static final SchedulerSettings DEFAULTS = new SchedulerSettings(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10)),
            0.90, 36500, true, 4);

    public SchedulerSettings {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desiredRetention must be in (0, 1), was " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximumIntervalDays must be >= 1");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("dayStartHour must be 0..23");
        }
    }

    public SchedulerSettings withFuzz(boolean on) {
        return new SchedulerSettings(learningSteps, relearningSteps, desiredRetention, maximumIntervalDays, on,
                dayStartHour);
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(learningSteps, relearningSteps, retention, maximumIntervalDays, fuzz,
                dayStartHour);
    }

    public SchedulerSettings withMaximumInterval(int days) {
        return new SchedulerSettings(learningSteps, relearningSteps, desiredRetention, days, fuzz, dayStartHour);
    }
}
