package id.simak.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the sentence around a date into the event it dates ("Jokowi berkunjung ke Hanoi"), for natural "Kapan ...?" prompts. */
final class EventPhrase {

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)(?:\\b(?:pada|sejak|hingga|sampai|tanggal|tahun)\\s+)+$");
    private static final Pattern SAYING = Pattern.compile(
            "^(?:kata|ujar|ucap|tutur|ungkap|jelas)\\s+(.+?)\\s+(?:saat|ketika|sewaktu|waktu)\\s+(.*)$");
    private static final Pattern LOOSE_END = Pattern.compile("(?i)[\\s,;:]*(?:\\b(?:dan|serta)\\s*)*[.!?\"]*$");
    private static final Pattern LOOSE_START = Pattern.compile("(?i)^[\\s,;:\"]*(?:(?:dan|serta|lalu|kemudian)\\s+)*");

    private EventPhrase() {
    }

    /** The event the date belongs to, without the date, or null when no clear clause remains. */
    static String of(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        if (at < 0) {
            return null;
        }
        int start = sentence.lastIndexOf(',', at) + 1;
        int end = sentence.indexOf(',', at + date.length());
        end = end < 0 ? sentence.length() : end;
        String before = PREPOSITION_BEFORE.matcher(sentence.substring(start, at)).replaceAll("");
        String clause = (before + " " + sentence.substring(at + date.length(), end)).replaceAll("\\s+", " ");
        clause = tidy(clause);
        if (words(clause) < 3 && end < sentence.length()) {
            // A date put in front ("Pada 2019, Jokowi berkunjung ...") dates the clause that follows it, together with
            // the short list items that continue it ("ke Vietnam, Thailand, dan Kamboja").
            int next = sentence.indexOf(',', end + 1);
            int stop = next < 0 ? sentence.length() : next;
            while (next >= 0) {
                int after = sentence.indexOf(',', next + 1);
                int to = after < 0 ? sentence.length() : after;
                if (words(sentence.substring(next + 1, to).replaceAll("^\\s*(?:dan|serta)\\s+", "")) > 2) {
                    break;
                }
                stop = to;
                next = after;
            }
            clause = tidy(sentence.substring(end + 1, stop));
        } else if (words(clause) < 3 && start > 0) {
            // A date at the very end ("..., pada 10-11 Maret.") dates everything before it.
            String lead = sentence.substring(0, at);
            int dateline = lead.indexOf("-- ");
            clause = tidy(PREPOSITION_BEFORE.matcher(lead.substring(dateline < 0 ? 0 : dateline + 3)).replaceAll(""));
        } else if (clause.startsWith("yang ") && start > 0) {
            // "..., yang dijadwalkan berlangsung pada ..." describes the noun phrase of the segment before.
            int headStart = sentence.lastIndexOf(',', start - 2) + 1;
            clause = tidy(sentence.substring(headStart, start - 1)) + " " + clause.substring(5);
        }
        Matcher saying = SAYING.matcher(clause);
        if (saying.matches()) {
            clause = saying.group(1) + " " + saying.group(2);
        }
        return words(clause) < 3 ? null : clause;
    }

    private static String tidy(String clause) {
        String c = LOOSE_START.matcher(clause).replaceAll("");
        c = LOOSE_END.matcher(c).replaceAll("");
        return c.strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
