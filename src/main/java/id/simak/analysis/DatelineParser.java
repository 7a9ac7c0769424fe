package id.simak.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news text ("XI'AN, 16 Mei (Xinhua) --", "Jakarta (ANTARA) -",
 * "JAKARTA, KOMPAS —", "KUALA LUMPUR –"), looking past a title line or two.
 */
public final class DatelineParser {

    /** A dateline and where it starts in the text. */
    record Found(Dateline dateline, int start) {}

    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2})";
    private static final String DAY = "(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?";
    // With the agency in brackets: "XI'AN, 16 Mei (Xinhua) --", "Jakarta (ANTARA) -".
    private static final Pattern BRACKETED = Pattern.compile("^[ \\t]*" + PLACE + "\\s*(?:,\\s*(?<date>[^()\\n,]{1,40}?"
            + DAY + "))?\\s*\\((?<agency>[^()\\n]{2,30})\\)\\s*(?:--|—|–|-)\\s*");
    // Without brackets the dash must be a real dash, not a hyphen: "JAKARTA, KOMPAS —", "Jakarta –".
    private static final Pattern PLAIN = Pattern.compile("^[ \\t]*" + PLACE + "(?:,\\s*(?<second>[^()\\n,–—]{1,40}?"
            + DAY + "))?\\s+(?:--|—|–)\\s*");
    private static final int LINES_TO_LOOK = 4;

    private DatelineParser() {}

    /** The dateline, or null when the text does not open with one. */
    public static Dateline parse(String text) {
        Found found = find(text);
        return found == null ? null : found.dateline();
    }

    /** The dateline at the start of one of the first lines, or null. */
    static Found find(String text) {
        int lineStart = 0;
        for (int line = 0; line < LINES_TO_LOOK && lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String content = text.substring(lineStart, Math.min(lineEnd, lineStart + 300));
            if (!content.isBlank()) {
                Dateline d = atStart(content, text.substring(lineEnd));
                if (d != null) {
                    int indent = 0;
                    while (indent < content.length() && Character.isWhitespace(content.charAt(indent))) {
                        indent++;
                    }
                    return new Found(d, lineStart + indent);
                }
                line++;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static Dateline atStart(String line, String rest) {
        Matcher m = BRACKETED.matcher(line);
        String date = null;
        String agency;
        if (m.find()) {
            agency = m.group("agency").strip();
            if (m.group("date") != null) {
                date = dateOf(m.group("date"));
            }
        } else {
            m = PLAIN.matcher(line);
            if (!m.find() || m.end() >= line.length()) {
                return null;
            }
            String place = m.group("place");
            boolean shouted = place.equals(place.toUpperCase(Locale.ROOT));
            if (!shouted && m.group("second") != null) {
                return null; // "Menurut Rudi, harga –": a title-case place with more after it is prose
            }
            agency = null;
            if (m.group("second") != null) {
                date = dateOf(m.group("second"));
                agency = date == null ? m.group("second").strip() : null;
            }
        }
        String place = m.group("place").strip();
        return new Dateline(properCase(place, line.substring(m.end()) + rest), date, agency, m.group().strip());
    }

    private static String dateOf(String text) {
        var found = DateExtractor.explicit(text, 0, null);
        return found.isEmpty() ? null : found.get(0).value();
    }

    /** "XI'AN" becomes the spelling the article uses elsewhere ("Xi'an"), else title case. */
    private static String properCase(String place, String rest) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        Matcher same = Pattern.compile("\\b" + Pattern.quote(place) + "\\b", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE).matcher(rest);
        while (same.find()) {
            String spelled = same.group();
            if (!spelled.equals(place)) {
                return spelled;
            }
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean startOfWord = true;
        for (char c : place.toCharArray()) {
            out.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
