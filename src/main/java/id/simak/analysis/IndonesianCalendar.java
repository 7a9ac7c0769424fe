package id.simak.analysis;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Month and day names in Indonesian, taken from the JDK's CLDR data rather than a table of our own. */
final class IndonesianCalendar {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final java.util.Set<String> DAYS = new java.util.HashSet<>();
    /** Regex alternation of the full month names ("Januari|Februari|..."). */
    static final String MONTH_NAMES;
    /** Regex alternation of the day names ("Senin|Selasa|..."). */
    static final String DAY_NAMES;

    static {
        StringJoiner months = new StringJoiner("|");
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, INDONESIAN);
            MONTHS.put(name.toLowerCase(Locale.ROOT), m.getValue());
            months.add(name);
        }
        MONTH_NAMES = months.toString();
        StringJoiner days = new StringJoiner("|");
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(d.getDisplayName(TextStyle.FULL, INDONESIAN));
            DAYS.add(d.getDisplayName(TextStyle.FULL, INDONESIAN).toLowerCase(Locale.ROOT));
        }
        DAY_NAMES = days.toString();
    }

    private IndonesianCalendar() {}

    /** Whether the word names a day or a month ("Kamis", "Mei"), which is no place nor person. */
    static boolean isCalendarWord(String word) {
        return month(word) > 0 || DAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Month number of an Indonesian month name in any case, or 0. */
    static int month(String name) {
        return name == null ? 0 : MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
