package id.simak.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An assignment's due moment: read from an ISO date (due at the end of that day in the school's time zone) or
 * date-time, and written for people as "Senin, 7 Desember 2026" (with the time when it is not the day's end).
 */
public final class DueDate {

    /** A due date given without a time means the end of that day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private DueDate() {
    }

    /**
     * The moment an ISO date ("2026-12-07"), local date-time ("2026-12-07T10:00", in {@code zone}) or date-time
     * with an offset ("2026-12-07T10:00:00+07:00") stands for.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static Instant parse(String text, ZoneId zone) {
        String t = text.strip();
        if (!t.contains("T")) {
            return LocalDate.parse(t).atTime(END_OF_DAY).atZone(zone).toInstant();
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        }
    }

    /** "Senin, 7 Desember 2026" for the end of a day, "Senin, 7 Desember 2026, 10.00" otherwise. */
    public static String format(Instant due, ZoneId zone, Locale locale) {
        ZonedDateTime at = due.atZone(zone);
        String day = at.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale));
        if (at.toLocalTime().equals(END_OF_DAY)) {
            return day;
        }
        String time = at.format(DateTimeFormatter.ofPattern("id".equals(locale.getLanguage()) ? "HH.mm" : "HH:mm", locale));
        return day + ", " + time;
    }

    /** The day a date input should show for this due moment ("2026-12-07"). */
    public static String isoDay(Instant due, ZoneId zone) {
        return due.atZone(zone).toLocalDate().toString();
    }
}
