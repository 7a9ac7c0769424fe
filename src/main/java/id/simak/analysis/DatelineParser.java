package id.simak.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the opening "PLACE, date (Agency) --" of a news text. */
public final class DatelineParser {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2})\\s*(?:,\\s*(?<date>[^()\\n,]{1,40}?(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?))?\\s*"
                    + "\\((?<agency>[^()\\n]{2,30})\\)\\s*(?:--|—|–|-)\\s*");

    private DatelineParser() {}

    /** The dateline, or null when the text does not open with one. */
    public static Dateline parse(String text) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find()) {
            return null;
        }
        String place = m.group("place").strip();
        String date = null;
        if (m.group("date") != null) {
            var found = DateExtractor.explicit(m.group("date"), 0, null);
            date = found.isEmpty() ? null : found.get(0).value();
        }
        return new Dateline(properCase(place, text.substring(m.end())), date, m.group("agency").strip(),
                m.group().strip());
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
