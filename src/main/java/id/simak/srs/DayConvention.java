package id.simak.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** How two review times are turned into whole elapsed days; the reference libraries disagree here. */
public enum DayConvention {
    /** Whole 24-hour periods, as py-fsrs ({@code (now - last).days}). */
    ELAPSED_24H,
    /** UTC calendar-day difference, as ts-fsrs; the scheduler's study day with zone UTC and day start 00:00. */
    UTC_CALENDAR;

    public long days(Instant earlier, Instant later) {
        if (this == ELAPSED_24H) {
            return Math.max(0, Duration.between(earlier, later).toDays());
        }
        return StudyDay.between(earlier, later, ZoneOffset.UTC, 0);
    }
}
