package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a run of words spells a short form, the way Indonesian abbreviations are made: initials
 * ("Badan Pusat Statistik" → BPS), letters picked from each word ("tuberkulosis" → TB, "Pejabat Sementara" →
 * Pjs) and syllables ("Kementerian Kesehatan" → Kemenkes, "Pendidikan Dasar" → Dikdas, "Taruna Siaga Bencana"
 * → Tagana).
 */
final class Spelling {

    // Small words a long form may hold that give no letter to the short form.
    private static final Set<String> SKIPPED = Set.of("dan", "di", "ke", "dari", "untuk", "yang", "&", "of", "the",
            "and", "for", "bagi", "atas", "se", "on", "serta");
    // Affixes a syllabic abbreviation skips to reach the root ("Pendidikan" gives "dik", "Kebudayaan" "bud").
    private static final List<String> PREFIXES = List.of("peng", "peny", "pem", "pen", "per", "pe", "ke", "ber", "ter",
            "se", "meng", "meny", "mem", "men", "me", "di");
    private static final String VOWELS = "aeiou";
    private static final int MAX_LETTERS = 16;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    // "P2PM" is P, P, PM and "3T" is T, T, T: a digit against a letter repeats it.
    private static final Pattern REPEAT_AFTER = Pattern.compile("(\\p{L})([2-9])");
    private static final Pattern REPEAT_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])([2-9])(\\p{L})");

    /** How freely a word may give its letters. */
    private enum Mode {
        /** One to three first letters of each word, or a whole word in capitals ("APBN" in P2APBN). */
        INITIALS,
        /** The first letter of each word and any later letters of it, in order ("Pejabat" gives "Pj"). */
        LETTERS,
        /** As LETTERS, and a word may start giving letters at its root or at a later syllable ("Siaga" gives "ga"). */
        SYLLABLES
    }

    private Spelling() {}

    /** Whether the words together spell the short form. */
    static boolean spells(String[] words, String shortForm) {
        if (words.length == 0 || SKIPPED.contains(bare(words[0]))) {
            return false;
        }
        List<Part> parts = parts(List.of(words));
        for (Mode mode : modes(shortForm)) {
            if (spells(parts, letters(shortForm), mode)) {
                return true;
            }
        }
        return false;
    }

    /** The shortest run of words at the end of {@code before} that spells the short form, as written; or null. */
    static String runEndingAt(String before, String shortForm) {
        List<int[]> tokens = tokens(before);
        int first = runStart(before, tokens, tokens.size() - 1, shortForm);
        return first < 0 ? null : trimmed(before.substring(tokens.get(first)[0], tokens.get(tokens.size() - 1)[1]));
    }

    /**
     * The first token of the shortest run ending at token {@code last} that spells the short form, or -1. A stricter
     * mode is tried on every run before a looser one, so "Badan Otorita Borobudur (BOB)" is read by initials
     * before "Borobudur" alone could give its letters.
     */
    private static int runStart(String s, List<int[]> tokens, int last, String shortForm) {
        String letters = letters(shortForm);
        if (letters.length() < 2 || last < 0) {
            return -1;
        }
        for (Mode mode : modes(shortForm)) {
            for (int n = 1; n <= Math.min(last + 1, letters.length() + 4); n++) {
                int first = last - n + 1;
                List<String> run = words(s, tokens, first, last);
                if (!SKIPPED.contains(bare(run.get(0))) && startsWithLetter(run.get(0))
                        && spells(parts(run), letters, mode)) {
                    return first;
                }
            }
        }
        return -1;
    }

    /** The shortest run of words at the start of {@code after} that spells the short form; or null. */
    static String runStartingAt(String after, String shortForm) {
        List<int[]> tokens = tokens(after);
        String letters = letters(shortForm);
        if (letters.length() < 2 || tokens.isEmpty() || SKIPPED.contains(bare(after.substring(tokens.get(0)[0],
                tokens.get(0)[1])))) {
            return null;
        }
        for (Mode mode : modes(shortForm)) {
            for (int n = 1; n <= Math.min(tokens.size(), letters.length() + 4); n++) {
                List<String> run = words(after, tokens, 0, n - 1);
                if (!SKIPPED.contains(bare(run.get(run.size() - 1))) && spells(parts(run), letters, mode)) {
                    return trimmed(after.substring(tokens.get(0)[0], tokens.get(n - 1)[1]));
                }
                // A run does not go past the end of a clause.
                String word = run.get(run.size() - 1);
                if (word.endsWith(",") || word.endsWith(".") || word.endsWith(";")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * "Rancangan Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan" for
     * "RUU PPP": the first part spells the first words, the second the last words, with up to {@code maxGap}
     * words (a number, a year, "tentang") between them.
     */
    static String twoPartsEndingAt(String before, String first, String second, int maxGap) {
        List<int[]> tokens = tokens(before);
        int last = tokens.size() - 1;
        int secondStart = runStart(before, tokens, last, second);
        for (int gap = 1; secondStart > 0 && gap <= maxGap && secondStart - gap - 1 >= 0; gap++) {
            String gapText = before.substring(tokens.get(secondStart - gap)[0], tokens.get(secondStart)[0]);
            // The gap stays inside the name: no clause ends in it.
            if (gapText.matches("(?s).*[,.;:()\"“”].*")) {
                return null;
            }
            int firstStart = runStart(before, tokens, secondStart - gap - 1, first);
            if (firstStart >= 0) {
                return trimmed(before.substring(tokens.get(firstStart)[0], tokens.get(last)[1]));
            }
        }
        return null;
    }

    /** The modes a short form may be read in: capitals by initials or letters, a syllabic form also by syllables. */
    private static List<Mode> modes(String shortForm) {
        boolean capitals = shortForm.chars().noneMatch(Character::isLowerCase);
        return capitals ? List.of(Mode.INITIALS, Mode.LETTERS) : List.of(Mode.INITIALS, Mode.LETTERS, Mode.SYLLABLES);
    }

    /** The letters a short form spells, lower case; a digit against a letter repeats it ("P2" is "pp"). */
    static String letters(String shortForm) {
        String s = shortForm;
        Matcher after = REPEAT_AFTER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (after.find()) {
            after.appendReplacement(b, Matcher.quoteReplacement(after.group(1).repeat(after.group(2).charAt(0) - '0')));
        }
        after.appendTail(b);
        s = b.toString();
        Matcher before = REPEAT_BEFORE.matcher(s);
        b = new StringBuilder();
        while (before.find()) {
            String repeated = before.group(2).repeat(before.group(1).charAt(0) - '0');
            before.appendReplacement(b, Matcher.quoteReplacement(repeated));
        }
        before.appendTail(b);
        return b.toString().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    /** A word of a long form, or a part of a hyphenated word; later parts may give none ("Perundang-undangan"). */
    private record Part(String text, boolean capitals, boolean optional, boolean firstWord) {}

    private static List<Part> parts(List<String> words) {
        List<Part> parts = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String[] pieces = words.get(w).split("[-/]");
            boolean firstPiece = true;
            for (String piece : pieces) {
                String letters = piece.replaceAll("[^\\p{L}]", "");
                if (letters.isEmpty() && !firstPiece) {
                    continue;
                }
                boolean capitals = letters.length() >= 2 && letters.chars().noneMatch(Character::isLowerCase);
                parts.add(new Part(letters.toLowerCase(Locale.ROOT), capitals, !firstPiece, w == 0 && firstPiece));
                firstPiece = false;
            }
        }
        return parts;
    }

    private static boolean spells(List<Part> parts, String letters, Mode mode) {
        if (parts.isEmpty() || letters.length() < 2 || letters.length() > MAX_LETTERS) {
            return false;
        }
        return new Search(parts, letters, mode).match(0, 0);
    }

    /** One attempt to spell the letters from the parts in one mode; remembers the states it has ruled out. */
    private static final class Search {
        private final List<Part> parts;
        private final String letters;
        private final Mode mode;
        private final Map<Long, Boolean> memo = new HashMap<>();

        Search(List<Part> parts, String letters, Mode mode) {
            this.parts = parts;
            this.letters = letters;
            this.mode = mode;
        }

        /** Whether parts p.. spell letters l.. . */
        boolean match(int p, int l) {
            if (p == parts.size()) {
                return l == letters.length();
            }
            long key = ((long) p << 20) | l;
            Boolean known = memo.get(key);
            if (known == null) {
                known = matchPart(p, l);
                memo.put(key, known);
            }
            return known;
        }

        private boolean matchPart(int p, int l) {
            Part part = parts.get(p);
            String word = part.text();
            // A small word, a number or a later part of a hyphenated word may give no letter.
            if ((word.isEmpty() || part.optional() || SKIPPED.contains(word)) && !part.firstWord() && match(p + 1, l)) {
                return true;
            }
            if (word.isEmpty() || l == letters.length()) {
                return false;
            }
            if (mode == Mode.INITIALS) {
                if (part.capitals() && letters.startsWith(word, l) && match(p + 1, l + word.length())) {
                    return true;
                }
                for (int take = 1; take <= Math.min(3, word.length()) && l + take <= letters.length(); take++) {
                    if (!word.regionMatches(0, letters, l, take)) {
                        break;
                    }
                    if (match(p + 1, l + take)) {
                        return true;
                    }
                }
                return false;
            }
            for (int start : starts(part, mode)) {
                // A word read from a later syllable gives at least that syllable's two letters.
                if (word.charAt(start) == letters.charAt(l) && picks(p, start, l, start == 0)) {
                    return true;
                }
            }
            return false;
        }

        /** Letter l was taken at position {@code at} of part p: take later letters of the word, or go on. */
        private boolean picks(int p, int at, int l, boolean enough) {
            long key = (1L << 62) | ((long) p << 40) | ((long) at << 20) | ((long) l << 1) | (enough ? 1 : 0);
            Boolean known = memo.get(key);
            if (known != null) {
                return known;
            }
            boolean result = enough && match(p + 1, l + 1);
            String word = parts.get(p).text();
            if (!result && l + 1 < letters.length()) {
                char next = letters.charAt(l + 1);
                for (int i = at + 1; i < word.length() && !result; i++) {
                    result = word.charAt(i) == next && picks(p, i, l + 1, true);
                }
            }
            memo.put(key, result);
            return result;
        }
    }

    /** Where a word may start giving letters: its first letter; in syllables also its root and later syllables. */
    private static List<Integer> starts(Part part, Mode mode) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (mode != Mode.SYLLABLES) {
            return starts;
        }
        String word = part.text();
        for (String prefix : PREFIXES) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 2) {
                starts.add(prefix.length());
                break;
            }
        }
        if (!part.firstWord()) {
            // A later syllable: a consonant followed by a vowel ("Bencana" gives "na").
            for (int i = 1; i + 1 < word.length(); i++) {
                boolean onset = VOWELS.indexOf(word.charAt(i)) < 0 && VOWELS.indexOf(word.charAt(i + 1)) >= 0;
                if (onset && !starts.contains(i)) {
                    starts.add(i);
                }
            }
        }
        return starts;
    }

    private static List<int[]> tokens(String s) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }

    private static List<String> words(String s, List<int[]> tokens, int first, int last) {
        List<String> words = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            words.add(s.substring(tokens.get(i)[0], tokens.get(i)[1]));
        }
        return words;
    }

    private static String bare(String word) {
        return word.replaceAll("[^\\p{L}&]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithLetter(String word) {
        String w = word.replaceAll("^[\"“‘'(]+", "");
        return !w.isEmpty() && Character.isLetter(w.codePointAt(0));
    }

    /** A long form without the quotation marks or punctuation that stand at its edges. */
    private static String trimmed(String s) {
        return s.replaceAll("^[\"“”‘’'(,;:\\s]+", "").replaceAll("[\"“”‘’',;:\\s]+$", "");
    }
}
