package id.simak.generate;

import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes ISO 8601 date values the way Indonesian news does and proposes near dates of the same shape as distractors. */
final class IndonesianDates {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY = Pattern.compile("--(\\d{2})-(\\d{2})");
    private static final Pattern DAY_RANGE = Pattern.compile("--(\\d{2})-(\\d{2})/--(\\d{2})-(\\d{2})");
    private static final Pattern FULL_RANGE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})/(\\d{4})-(\\d{2})-(\\d{2})");

    private IndonesianDates() {
    }

    /** "2020-10-27" as "27 Oktober 2020", "--05-18/--05-19" as "18-19 Mei"; null for a value it cannot write. */
    static String format(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DAY_RANGE.matcher(value);
        if (m.matches()) {
            int d1 = Integer.parseInt(m.group(2));
            int d2 = Integer.parseInt(m.group(4));
            return m.group(1).equals(m.group(3))
                    ? d1 + "-" + d2 + " " + month(m.group(1))
                    : d1 + " " + month(m.group(1)) + " - " + d2 + " " + month(m.group(3));
        }
        if ((m = FULL_RANGE.matcher(value)).matches() && m.group(1).equals(m.group(4)) && m.group(2).equals(m.group(5))) {
            return Integer.parseInt(m.group(3)) + "-" + Integer.parseInt(m.group(6)) + " " + month(m.group(2)) + " " + m.group(1);
        }
        if ((m = FULL.matcher(value)).matches()) {
            return Integer.parseInt(m.group(3)) + " " + month(m.group(2)) + " " + m.group(1);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            return month(m.group(2)) + " " + m.group(1);
        }
        if ((m = DAY.matcher(value)).matches()) {
            return Integer.parseInt(m.group(2)) + " " + month(m.group(1));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return value;
        }
        return null;
    }

    /** A key that sorts values with a year in time order, or null when the value has no year. */
    static String sortKey(String value) {
        if (value == null || value.startsWith("--") || !YEAR.matcher(value.substring(0, Math.min(4, value.length()))).matches()) {
            return null;
        }
        return value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
    }

    /** The shape of a value (year, month, day, range...), so that distractors look like the answer. */
    static String shape(String value) {
        return value == null ? "" : value.replaceAll("\\d", "9");
    }

    /**
     * Values near this one and of its shape, nearest first. The first three change two of the date's parts each
     * (day, month, year; or the two a shape has), so that among the four choices every part of the answer is
     * shared by exactly one wrong choice and none is shared by all of them: the answer cannot be told as the one
     * whose parts the others have in common. Single-part neighbours follow in case a corner does not exist.
     */
    static List<String> near(String value) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m;
        if ((m = DAY_RANGE.matcher(value)).matches() && m.group(1).equals(m.group(3))) {
            int mo = Integer.parseInt(m.group(1));
            int d1 = Integer.parseInt(m.group(2));
            int d2 = Integer.parseInt(m.group(4));
            int other = mo % 12 + 1;
            int s = d2 + 7 <= 28 ? 7 : -7;
            if (d1 + s >= 1) {
                out.add(String.format("--%02d-%02d/--%02d-%02d", mo, d1 + s, mo, d2 + s));
                out.add(String.format("--%02d-%02d/--%02d-%02d", other, d1, other, d2));
                out.add(String.format("--%02d-%02d/--%02d-%02d", other, d1 + s, other, d2 + s));
            }
            for (int shift : new int[] {-1, 1, -2, 2, 10, -10}) {
                if (d1 + shift >= 1 && d2 + shift <= 28) {
                    out.add(String.format("--%02d-%02d/--%02d-%02d", mo, d1 + shift, mo, d2 + shift));
                }
            }
            out.add(String.format("--%02d-%02d/--%02d-%02d", other, d1, other, d2));
        } else if ((m = FULL_RANGE.matcher(value)).matches() && m.group(1).equals(m.group(4)) && m.group(2).equals(m.group(5))) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            int d1 = Integer.parseInt(m.group(3));
            int d2 = Integer.parseInt(m.group(6));
            int other = mo % 12 + 1;
            int s = d2 + 7 <= 28 ? 7 : -7;
            if (d1 + s >= 1) {
                out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y, other, d1 + s, y, other, d2 + s));
                out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y - 1, mo, d1 + s, y - 1, mo, d2 + s));
                out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y - 1, other, d1, y - 1, other, d2));
            }
            for (int shift : new int[] {-1, 1, -2, 2}) {
                if (d1 + shift >= 1 && d2 + shift <= 28) {
                    out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y, mo, d1 + shift, y, mo, d2 + shift));
                }
            }
            out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y - 1, mo, d1, y - 1, mo, d2));
            out.add(String.format("%04d-%02d-%02d/%04d-%02d-%02d", y, other, d1, y, other, d2));
        } else if ((m = FULL.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(3));
            int other = otherMonth(mo, d);
            int day = weekAway(mo, d);
            out.add(String.format("%04d-%02d-%02d", y, other, day));
            out.add(String.format("%04d-%02d-%02d", y - 1, mo, day));
            out.add(String.format("%04d-%02d-%02d", y - 1, other, d));
            out.add(String.format("%04d-%02d-%02d", y - 1, mo, d));
            out.add(String.format("%04d-%02d-%02d", y, other, d));
            out.add(String.format("%04d-%02d-%02d", y + 1, mo, d));
            out.add(String.format("%04d-%02d-%02d", y, mo, day));
            // Days of the same week, last: enough wrong days of the story's year when others are ruled out.
            for (int shift : new int[] {-2, 2, -1, 1}) {
                if (d + shift >= 1 && d + shift <= 28) {
                    out.add(String.format("%04d-%02d-%02d", y, mo, d + shift));
                }
            }
        } else if ((m = MONTH.matcher(value)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            int other = (mo + 5) % 12 + 1;
            out.add(String.format("%04d-%02d", y, other));
            out.add(String.format("%04d-%02d", y - 1, mo));
            out.add(String.format("%04d-%02d", y - 1, other));
            out.add(String.format("%04d-%02d", y + 1, mo));
            out.add(String.format("%04d-%02d", y, mo % 12 + 1));
        } else if ((m = DAY.matcher(value)).matches()) {
            int mo = Integer.parseInt(m.group(1));
            int d = Integer.parseInt(m.group(2));
            int other = otherMonth(mo, d);
            int day = weekAway(mo, d);
            out.add(String.format("--%02d-%02d", mo, day));
            out.add(String.format("--%02d-%02d", other, d));
            out.add(String.format("--%02d-%02d", other, day));
            for (int shift : new int[] {-1, 1, -2, 2}) {
                if (d + shift >= 1 && d + shift <= 28) {
                    out.add(String.format("--%02d-%02d", mo, d + shift));
                }
            }
        } else if (YEAR.matcher(value).matches()) {
            // Four years in a row with the answer at a place its value decides, so it is not always the middle one.
            int y = Integer.parseInt(value);
            int first = y - Math.floorMod(y, 4);
            for (int i = 0; i < 4; i++) {
                out.add(Integer.toString(first + i));
            }
            for (int shift : new int[] {-1, 1, -2, 2, 3}) {
                out.add(Integer.toString(y + shift));
            }
        }
        out.remove(value);
        out.removeIf(v -> !exists(v));
        return new ArrayList<>(out);
    }

    /** The next month that has day {@code d} in every year (the one before when the next has not: 31 Januari). */
    private static int otherMonth(int mo, int d) {
        // The month after or the one before, as the day decides: always the month after would leave the answer in the
        // earliest month offered, a cue a pupil learns.
        // January's neighbour is February and December's November: a month across the turn of the year, written with the
        // answer's year, would lie eleven months away.
        int[] steps = mo == 1 ? new int[] {1, 2} : mo == 12 ? new int[] {-1, -2}
                : Math.floorMod(mo + d, 2) == 0 ? new int[] {1, -1, 2, -2} : new int[] {-1, 1, -2, 2};
        for (int step : steps) {
            int other = Math.floorMod(mo - 1 + step, 12) + 1;
            if (d <= Month.of(other).minLength()) {
                return other;
            }
        }
        return mo % 12 + 1;
    }

    /** A day a week later or a week earlier in the same month, as the day decides (so the answer is not always first). */
    private static int weekAway(int mo, int d) {
        if (d <= 7) {
            return d + 7;
        }
        if (d > 21) {
            return d - 7;
        }
        return Math.floorMod(mo + d, 2) == 0 ? d - 7 : d + 7;
    }

    /** Whether every day a value names is on the calendar: "31 Februari" and "31 April" are not. */
    static boolean exists(String value) {
        for (String part : value.split("/")) {
            Matcher day = DAY_OF_MONTH.matcher(part);
            if (day.matches()) {
                int year = day.group(1) == null ? 2024 : Integer.parseInt(day.group(1));
                try {
                    java.time.LocalDate.of(year, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
                } catch (java.time.DateTimeException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?:(\\d{4})|-)-(\\d{2})-(\\d{2})");

    private static String month(String twoDigits) {
        int m = Integer.parseInt(twoDigits);
        return m >= 1 && m <= 12 ? MONTHS[m - 1] : twoDigits;
    }
}
