package id.simak.generate;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole numbers in Indonesian words and back ("enam", "tiga puluh", "seribu dua ratus"), and figures as Indonesian
 * writes them ("1.000", "1.250,5"), so a learner may type a quantity either way.
 */
final class IndonesianNumbers {

    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh", "sebelas"};
    private static final String[][] SCALES = {{"triliun", "1000000000000"}, {"miliar", "1000000000"}, {"juta", "1000000"},
            {"ribu", "1000"}};
    // "1.000", "1.250,5", "1000", "2,5"; optionally with a scale word ("2,5 juta").
    private static final Pattern FIGURE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?:\\s+(ribu|juta|miliar|triliun))?$");

    private IndonesianNumbers() {
    }

    /** The number in words for 0..999, else its digits. */
    static String words(long n) {
        if (n < 0 || n > 999) {
            return Long.toString(n);
        }
        if (n < 12) {
            return UNITS[(int) n];
        }
        if (n < 20) {
            return UNITS[(int) n - 10] + " belas";
        }
        if (n < 100) {
            String tens = UNITS[(int) n / 10] + " puluh";
            return n % 10 == 0 ? tens : tens + " " + UNITS[(int) n % 10];
        }
        String hundreds = n / 100 == 1 ? "seratus" : UNITS[(int) n / 100] + " ratus";
        return n % 100 == 0 ? hundreds : hundreds + " " + words(n % 100);
    }

    /** Whether the text writes its number in letters rather than digits. */
    static boolean inWords(String text) {
        return text != null && !text.isEmpty() && text.chars().noneMatch(Character::isDigit);
    }

    /**
     * The value of a quantity typed in figures ("1.000", "1000", "2,5 juta") or in words ("seribu", "dua ribu lima
     * ratus", "tiga puluh"), or empty when the text is no number.
     */
    static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = FIGURE.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            return OptionalDouble.of(v * scale(m.group(3)));
        }
        return t.isEmpty() ? OptionalDouble.empty() : wordsValue(t);
    }

    private static double scale(String word) {
        return word == null ? 1 : sizeOf(word).orElse(1);
    }

    /** What a size word multiplies by ("ribu": 1000), or empty for a word that is no size. */
    static OptionalDouble sizeOf(String word) {
        for (String[] s : SCALES) {
            if (s[0].equalsIgnoreCase(word)) {
                return OptionalDouble.of(Double.parseDouble(s[1]));
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * "dua ribu lima ratus" = 2500: "puluh" and "ratus" multiply the unit just before them, "ribu" what was said
     * since the last larger scale, "juta", "miliar", "triliun" everything before them.
     */
    private static OptionalDouble wordsValue(String t) {
        double total = 0;
        double thousands = 0;
        double below = 0;
        double last = 0;
        boolean any = false;
        for (String w : t.split(" ")) {
            Integer unit = unit(w);
            if (unit != null) {
                below += unit;
                last = unit;
            } else if (w.equals("belas")) {
                below += 10;
                last = 0;
            } else if (w.equals("puluh")) {
                below += last * 9;
                last = 0;
            } else if (w.equals("ratus")) {
                below += last * 99;
                last = 0;
            } else if (w.equals("seratus")) {
                below += 100;
                last = 0;
            } else if (w.equals("seribu")) {
                thousands += 1000;
                last = 0;
            } else if (w.equals("ribu")) {
                thousands += below * 1000;
                below = 0;
                last = 0;
            } else if (w.equals("juta") || w.equals("miliar") || w.equals("triliun")) {
                total += (thousands + below) * scale(w);
                thousands = 0;
                below = 0;
                last = 0;
            } else {
                return OptionalDouble.empty();
            }
            any = true;
        }
        return any ? OptionalDouble.of(total + thousands + below) : OptionalDouble.empty();
    }

    private static Integer unit(String w) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(w)) {
                return i;
            }
        }
        return null;
    }
}
