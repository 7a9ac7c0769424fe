package id.simak.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The written form of a choice, so that a distractor never stands out from the answer by its form alone: digits
 * as one sign, day and month names as their kind, capitalisation of the first letter. "Selasa (24/9)" and
 * "Rabu (25/9)" share a form; "24 September" does not share it with them.
 */
final class ChoiceShape {

    private static final Set<String> WEEKDAYS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu");
    private static final Set<String> MONTHS = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private ChoiceShape() {
    }

    /** The form of a text: a sign per run of digits, W for a weekday, M for a month, the other words kept only when they hold digits. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip();
        boolean digits = t.chars().anyMatch(Character::isDigit);
        if (!digits) {
            // Words without figures: only whether the first letter is a capital (a name) and whether it is one word.
            boolean upper = Character.isUpperCase(t.codePointAt(0));
            boolean oneWord = !t.contains(" ");
            boolean month = MONTHS.contains(t.toLowerCase(Locale.ROOT));
            // Names and titles may be one word or several ("Presiden", "Menteri Luar Negeri"); common words may not.
            return month ? "M" : upper ? "Aa" : oneWord ? "a1" : "a+";
        }
        StringBuilder out = new StringBuilder();
        for (String word : t.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT).replaceAll("[,.()]", "");
            if (out.length() > 0) {
                out.append(' ');
            }
            if (WEEKDAYS.contains(lower)) {
                out.append(word.endsWith(",") ? "W," : "W");
            } else if (MONTHS.contains(lower)) {
                out.append("M");
            } else {
                out.append(DIGITS.matcher(word).replaceAll("9"));
            }
        }
        return out.toString();
    }

    /** Whether two choices look alike in form. */
    static boolean alike(String a, String b) {
        return of(a).equals(of(b));
    }
}
