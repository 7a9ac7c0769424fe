package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds abbreviations the text spells out: "Badan Pusat Statistik (BPS)" or "BPS (Badan Pusat Statistik)". */
public final class AcronymExtractor {

    private static final Pattern SHORT_IN_BRACKETS = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}|\\p{Lu}[\\p{L}]{1,8})\\)");
    private static final Pattern LONG_IN_BRACKETS = Pattern.compile("\\b(\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\s*\\(([^()]{3,120})\\)");
    // Small words a long form may hold that give no letter to the short form.
    private static final Set<String> SKIPPED = Set.of("dan", "di", "ke", "dari", "untuk", "yang", "&", "of", "the",
            "and", "for", "bagi", "atas", "se");

    private AcronymExtractor() {}

    static List<Acronym> extract(List<SentenceSplitter.Span> spans) {
        List<Acronym> out = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable()) {
                continue;
            }
            String text = span.sentence().text();
            int index = span.sentence().index();
            Matcher m = SHORT_IN_BRACKETS.matcher(text);
            while (m.find()) {
                String shortForm = m.group(1);
                String before = text.substring(Math.max(0, m.start() - 150), m.start());
                String longForm = longFormEndingAt(before, letters(shortForm));
                if (longForm != null) {
                    out.add(new Acronym(shortForm, longForm, index));
                }
            }
            m = LONG_IN_BRACKETS.matcher(text);
            while (m.find()) {
                String inside = m.group(2).strip();
                if (initialsMatch(inside.split("\\s+"), letters(m.group(1)))) {
                    out.add(new Acronym(m.group(1), inside, index));
                }
            }
        }
        return out;
    }

    private static String letters(String shortForm) {
        return shortForm.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    /** The shortest run of words just before the bracket whose initials spell the short form. */
    private static String longFormEndingAt(String before, String letters) {
        String trimmed = before.stripTrailing();
        String[] words = trimmed.split("\\s+");
        for (int n = 1; n <= Math.min(words.length, letters.length() + 4); n++) {
            String[] candidate = java.util.Arrays.copyOfRange(words, words.length - n, words.length);
            if (initialsMatch(candidate, letters)) {
                int start = trimmed.length();
                for (int k = 0; k < n; k++) {
                    start = trimmed.lastIndexOf(words[words.length - 1 - k], start - 1);
                }
                return start < 0 ? null : trimmed.substring(start);
            }
        }
        return null;
    }

    /**
     * Whether the words spell the letters: each word gives its first letter, or a few first letters
     * ("Bappenas"), and small words may give none.
     */
    static boolean initialsMatch(String[] words, String letters) {
        if (words.length == 0 || letters.length() < 2 || SKIPPED.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return match(words, 0, letters, 0);
    }

    private static boolean match(String[] words, int w, String letters, int l) {
        if (w == words.length) {
            return l == letters.length();
        }
        String word = words[w].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (word.isEmpty() || SKIPPED.contains(word)) {
            if (match(words, w + 1, letters, l)) {
                return true;
            }
            if (word.isEmpty()) {
                return false;
            }
        }
        // A word gives 1 to 3 of its first letters, and must give at least one.
        for (int take = 1; take <= Math.min(3, word.length()) && l + take <= letters.length(); take++) {
            if (!word.regionMatches(0, letters, l, take)) {
                break;
            }
            if (match(words, w + 1, letters, l + take)) {
                return true;
            }
        }
        return false;
    }
}
