package id.simak.generate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes other dates the way the text wrote the answer, so no choice stands out by its form: "Selasa (24/9)" gets
 * "Rabu (25/9)", "Selasa, 24 September 2019" gets "Rabu, 25 September 2019", "24 September" gets "25 September".
 * The day of the week is the true one when the year is known, else it moves with the day.
 */
final class DateForms {

    private static final String[] WEEKDAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String DAY_NAME = "(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)";
    private static final Pattern BRACKETED = Pattern.compile("(?i)" + DAY_NAME + "\\s*,?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\)");
    // "Selasa, 24 September 2019", "Sabtu malam, 22 November 2025": the time of day stays in every choice.
    private static final Pattern NAMED = Pattern.compile("(?i)" + DAY_NAME + "(\\s+(?:pagi|siang|sore|petang|malam))?"
            + "\\s*,\\s*(\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?)");
    private static final Pattern VALUE = Pattern.compile("(?:(\\d{4})|-)-(\\d{2})-(\\d{2})");

    private static final String MONTH = "(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)";
    // The plain forms IndonesianDates.format writes: "24 September 2019", "Mei 2023", "2013", "18-19 Mei".
    private static final Pattern PLAIN = Pattern.compile("(?i)(?:\\d{1,2}(?:-\\d{1,2})?\\s+" + MONTH + "(?:\\s+\\d{4})?"
            + "|" + MONTH + "\\s+\\d{4}|(?:19|20)\\d{2})");

    private DateForms() {
    }

    static boolean plain(String written) {
        return PLAIN.matcher(written.strip()).matches();
    }

    /** Whether a date written this way can be matched by {@link #alike}: a form with figures the learner can compare. */
    static boolean writable(String written) {
        return BRACKETED.matcher(written).matches() || NAMED.matcher(written).matches()
                || plain(written);
    }

    /**
     * The {@code values} (ISO) written like {@code written}, whose ISO value is {@code value}; a value that cannot
     * be written that way is left out.
     */
    static List<String> alike(String written, String value, List<String> values) {
        List<String> out = new ArrayList<>();
        Matcher b = BRACKETED.matcher(written);
        Matcher n = NAMED.matcher(written);
        for (String v : values) {
            String w = null;
            if (b.matches()) {
                w = bracketed(b, value, v);
            } else if (n.matches()) {
                w = named(n, value, v);
            } else if (plain(written)) {
                w = IndonesianDates.format(v);
                if (w != null && written.matches(".*\\d{4}.*") != w.matches(".*\\d{4}.*")) {
                    w = null;
                }
            }
            if (w != null && !AnswerText.sameAnswer(w, written)) {
                out.add(w);
            }
        }
        return out;
    }

    /** "Selasa (24/9)" for another day: the same brackets, the year only if the answer shows one. */
    private static String bracketed(Matcher answer, String answerValue, String other) {
        int[] o = dayMonth(other);
        if (o == null) {
            return null;
        }
        String day = weekday(answer.group(1), answerValue, other);
        if (day == null) {
            return null;
        }
        String year = answer.group(4);
        String y = year == null ? "" : "/" + (year.length() == 2 ? yearOf(other, year).substring(2) : yearOf(other, year));
        // "(18/02)" keeps its zeros in every choice, so the way it is written does not single out the answer.
        boolean zeros = answer.group(2).startsWith("0") || answer.group(3).startsWith("0");
        String dd = zeros && answer.group(2).length() == 2 ? "%02d" : "%d";
        String mm = zeros && answer.group(3).length() == 2 ? "%02d" : "%d";
        return day + " (" + String.format(dd, o[1]) + "/" + String.format(mm, o[0]) + y + ")";
    }

    /** "Selasa, 24 September 2019" for another day. */
    private static String named(Matcher answer, String answerValue, String other) {
        String day = weekday(answer.group(1), answerValue, other);
        String rest = IndonesianDates.format(other);
        if (day == null || rest == null) {
            return null;
        }
        boolean withYear = answer.group(3).matches(".*\\d{4}$");
        if (!withYear) {
            rest = rest.replaceFirst("\\s+\\d{4}$", "");
        }
        return day + (answer.group(2) == null ? "" : answer.group(2)) + ", " + rest;
    }

    private static String yearOf(String value, String fallback) {
        return value.length() >= 4 && Character.isDigit(value.charAt(0)) ? value.substring(0, 4) : fallback;
    }

    /** Month and day of a full or year-less ISO date, or null. */
    private static int[] dayMonth(String value) {
        Matcher m = VALUE.matcher(value);
        return m.matches() ? new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))} : null;
    }

    /** The weekday of {@code other}: from the calendar when it has a year, else the answer's moved by the days between. */
    private static String weekday(String answerDay, String answerValue, String other) {
        // "senin (10/02/2020)" as the source wrote it: every choice writes the day with its capital, as the answer
        // does (DateQuestions.answerText), so the case does not single it out.
        return weekdayName(answerDay, answerValue, other);
    }

    private static String weekdayName(String answerDay, String answerValue, String other) {
        Matcher o = VALUE.matcher(other);
        Matcher a = VALUE.matcher(answerValue);
        if (!o.matches() || !a.matches()) {
            return null;
        }
        try {
            if (o.group(1) != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(o.group(1)), Integer.parseInt(o.group(2)), Integer.parseInt(o.group(3)));
                return name(d.getDayOfWeek());
            }
            // No year: a common year is enough to count the days between two dates of the same year.
            LocalDate from = LocalDate.of(2001, Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
            LocalDate to = LocalDate.of(2001, Integer.parseInt(o.group(2)), Integer.parseInt(o.group(3)));
            int index = indexOf(answerDay);
            if (index < 0) {
                return null;
            }
            long shift = to.toEpochDay() - from.toEpochDay();
            return WEEKDAYS[(int) Math.floorMod(index + shift, 7L)];
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int indexOf(String day) {
        String d = day.toLowerCase(Locale.ROOT).replace("'", "");
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].toLowerCase(Locale.ROOT).equals(d)) {
                return i;
            }
        }
        return -1;
    }

    private static String name(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }
}
