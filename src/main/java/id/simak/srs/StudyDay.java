package id.simak.srs;

import java.time.Instant;
import java.time.ZoneId;

/** The learner's calendar day, which starts at a configurable hour (Anki: 04:00) in their time zone. */
public final class StudyDay {

    private StudyDay() {
    }

    /** Day number (days since 1970-01-01) of the study day containing {@code instant}. */
    public static long of(Instant instant, ZoneId zone, int dayStartHour) {
        // the local date of the shifted instant, as atZone(zone).toLocalDate().toEpochDay() gives it, without the
        // objects: the review queue asks this four times for every card it previews
        long seconds = instant.getEpochSecond() - dayStartHour * 3600L;
        int offset = zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return Math.floorDiv(seconds + offset, 86_400L);
    }

    /** Whole study days from {@code earlier} to {@code later}; 0 means the same study day. */
    public static long between(Instant earlier, Instant later, ZoneId zone, int dayStartHour) {
        return Math.max(0, of(later, zone, dayStartHour) - of(earlier, zone, dayStartHour));
    }
}
