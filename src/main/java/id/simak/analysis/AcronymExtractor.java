package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviations the text spells out: "Badan Pusat Statistik (BPS)", "BPS (Badan Pusat Statistik)",
 * "Penerimaan Peserta Didik Baru atau PPDB", "(year-on-year/yoy)", and syllabic ones such as
 * "Kementerian Kesehatan (Kemenkes)" or "kebakaran hutan dan lahan (karhutla)".
 */
public final class AcronymExtractor {

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,120})\\)");
    // One short form, or two ("RUU PPP", "Menko Marves"): letters, digits and inner hyphens, no sentence words.
    private static final Pattern SHORT_FORM = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}&]*(?:-[\\p{L}\\p{N}]+)*(?: \\p{Lu}[\\p{L}\\p{N}]*)?");
    private static final Pattern SHORT_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}&]{1,9}|\\p{Lu}\\p{Ll}{2,11})$");
    // "Long Form atau PPDB" and "PPDB atau Long Form": a short form written in capitals after or before "atau".
    private static final Pattern OR_SHORT = Pattern.compile(
            "\\batau\\s+(\\p{Lu}[\\p{Lu}\\p{N}]*\\p{Lu}[\\p{Lu}\\p{N}]*(?:-\\p{N}+)?)\\b");
    private static final Pattern SHORT_OR = Pattern.compile(
            "\\b(\\p{Lu}[\\p{Lu}\\p{N}]*\\p{Lu}[\\p{Lu}\\p{N}]*)\\s+atau\\s+");
    private static final int MAX_GAP_WORDS = 6;

    private AcronymExtractor() {}

    static List<Acronym> extract(List<SentenceSplitter.Span> spans) {
        List<Found> found = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            if (span.sentence().isReadable()) {
                read(span.sentence(), found);
            }
        }
        spelledElsewhere(spans, found);
        return distinct(found);
    }

    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{3,6})(?![\\p{L}\\p{N}])");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){2,5}(?![\\p{L}\\p{N}])");

    /**
     * "di SUGBK, Senayan" and, in another sentence, "di Stadion Utama Gelora Bung Karno": a short form in capitals the
     * text never spells out in brackets, whose letters are exactly the initials of one run of capitalised words of the
     * text, stands for that run.
     */
    private static void spelledElsewhere(List<SentenceSplitter.Span> spans, List<Found> found) {
        Set<String> defined = new HashSet<>();
        for (Found f : found) {
            defined.add(f.acronym().shortForm());
        }
        Map<String, Set<String>> runsByInitials = new LinkedHashMap<>();
        Map<String, Integer> runSentence = new java.util.HashMap<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable()) {
                continue;
            }
            Matcher run = CAPITALISED_RUN.matcher(span.sentence().text());
            while (run.find()) {
                String[] w = run.group().split(" ");
                // every tail of the run too: "di Stadion Utama ..." may open with a word of the sentence before it
                for (int from = 0; from + 3 <= w.length; from++) {
                    StringBuilder initials = new StringBuilder();
                    for (int k = from; k < w.length; k++) {
                        initials.append(w[k].charAt(0));
                    }
                    String tail = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
                    runsByInitials.computeIfAbsent(initials.toString(), x -> new java.util.LinkedHashSet<>()).add(tail);
                    runSentence.putIfAbsent(tail, span.sentence().index());
                }
            }
        }
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable()) {
                continue;
            }
            Matcher caps = CAPITALS.matcher(span.sentence().text());
            while (caps.find()) {
                String shortForm = caps.group(1);
                Set<String> runs = runsByInitials.get(shortForm);
                if (!defined.contains(shortForm) && runs != null && runs.size() == 1) {
                    defined.add(shortForm);
                    // The fact stands where the long form is written; no one sentence shows both, so it is known,
                    // not asked (a question's evidence must show the short form spelled out).
                    String longForm = runs.iterator().next();
                    found.add(new Found(new Acronym(shortForm, longForm, runSentence.get(longForm)), span.sentence().isBody()));
                }
            }
        }
    }

    private record Found(Acronym acronym, boolean body) {}

    private static final java.util.regex.Pattern EDITOR_MARK = java.util.regex.Pattern.compile("(?i)(?<=\\p{L})\\s*[.,-]\\s*red\\.?$");

    private static void read(Sentence sentence, List<Found> out) {
        String text = sentence.text();
        int index = sentence.index();
        boolean body = sentence.isBody();
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            // "(Forum Komunikasi Pimpinan Daerah.red)": the editor's mark is no part of the long form.
            String inside = EDITOR_MARK.matcher(m.group(1).strip()).replaceFirst("");
            String before = text.substring(Math.max(0, m.start() - 200), m.start());
            if (SHORT_FORM.matcher(inside).matches()) {
                for (Acronym a : endingAt(before, inside, index)) {
                    out.add(new Found(a, body));
                }
            } else if (inside.contains("/")) {
                // "(year-on-year/yoy)": the long form and its short form side by side in one bracket.
                int slash = inside.lastIndexOf('/');
                String longForm = inside.substring(0, slash).strip();
                String shortForm = inside.substring(slash + 1).strip();
                if (SHORT_FORM.matcher(shortForm).matches() && !shortForm.contains(" ")
                        && Spelling.spells(words(longForm), shortForm)) {
                    out.add(new Found(new Acronym(shortForm, longForm, index), body));
                }
            }
            // "BPS (Badan Pusat Statistik)": the short form stands before the bracket that spells it out.
            Matcher s = SHORT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()).stripTrailing());
            if (s.find() && !SHORT_FORM.matcher(inside).matches() && !inside.contains("/")
                    && Spelling.spells(words(inside), s.group(1))) {
                out.add(new Found(new Acronym(s.group(1), inside, index), body));
            }
        }
        Matcher or = OR_SHORT.matcher(text);
        while (or.find()) {
            String before = text.substring(Math.max(0, or.start() - 200), or.start());
            String longForm = Spelling.runEndingAt(before, or.group(1));
            if (longForm != null) {
                out.add(new Found(new Acronym(or.group(1), longForm, index), body));
            }
        }
        Matcher so = SHORT_OR.matcher(text);
        while (so.find()) {
            String longForm = Spelling.runStartingAt(text.substring(so.end(), Math.min(text.length(), so.end() + 200)),
                    so.group(1));
            if (longForm != null) {
                // "... dengan nama WKW atau Warta Kalipucang Wetan.": the sentence's stop is no part of the name.
                longForm = longForm.replaceAll("[.,;:]+$", "");
                out.add(new Found(new Acronym(so.group(1), longForm, index), body));
            }
        }
    }

    /**
     * The abbreviations a bracket after {@code before} spells out: one, or two when the bracket joins two short
     * forms ("Koalisi A dan Koalisi B (KA-KB)").
     */
    private static List<Acronym> endingAt(String before, String shortForm, int index) {
        String[] pair = shortForm.split("-");
        if (pair.length == 2 && isCapitalShort(pair[0]) && isCapitalShort(pair[1])) {
            String second = Spelling.runEndingAt(before, pair[1]);
            if (second != null) {
                String rest = before.substring(0, Math.max(0, before.lastIndexOf(second))).stripTrailing();
                String lower = rest.toLowerCase(Locale.ROOT);
                if (lower.endsWith(" dan") || lower.endsWith(" serta")) {
                    String first = Spelling.runEndingAt(rest.substring(0, rest.lastIndexOf(' ')), pair[0]);
                    if (first != null) {
                        return List.of(new Acronym(pair[0], first, index), new Acronym(pair[1], second, index));
                    }
                }
            }
        }
        String longForm = Spelling.runEndingAt(before, shortForm);
        if (longForm == null && shortForm.contains(" ")) {
            // "Rancangan Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan ... (RUU PPP)": each part of a
            // two-part short form spells its own words, with the law's number and year between them.
            String[] parts = shortForm.split(" ");
            longForm = Spelling.twoPartsEndingAt(before, parts[0], parts[1], MAX_GAP_WORDS);
        }
        if (longForm == null || longForm.equalsIgnoreCase(shortForm)) {
            return List.of();
        }
        return List.of(new Acronym(shortForm, byInitials(before, shortForm, longForm), index));
    }

    /**
     * "Interventi Active in Atmosfera (IAA)" read as "in Atmosfera" (letters inside words spell it too): a long form that
     * opens with a lower-case word takes the capitalised words before it when their initials, with its own capitalised
     * words', spell the short form exactly.
     */
    private static String byInitials(String before, String shortForm, String longForm) {
        if (longForm.isEmpty() || !Character.isLowerCase(longForm.codePointAt(0))) {
            return longForm;
        }
        int at = before.lastIndexOf(longForm);
        if (at <= 0) {
            return longForm;
        }
        String[] prefix = before.substring(0, at).strip().split("\\s+");
        StringBuilder words = new StringBuilder(longForm);
        for (int k = prefix.length - 1; k >= 0 && prefix.length - k <= shortForm.length(); k--) {
            String w = prefix[k];
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                break;
            }
            words.insert(0, w + " ");
            StringBuilder initials = new StringBuilder();
            for (String x : words.toString().split("\\s+")) {
                if (Character.isUpperCase(x.codePointAt(0))) {
                    initials.appendCodePoint(x.codePointAt(0));
                }
            }
            if (initials.toString().equals(shortForm)) {
                return words.toString();
            }
        }
        return longForm;
    }

    private static boolean isCapitalShort(String s) {
        return s.length() >= 2 && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static String[] words(String s) {
        return s.strip().split("\\s+");
    }

    /**
     * One entry per short form and long form; when the body spells a short form out, a photo caption's other
     * spelling of it (often a typo in a pasted caption) is not kept as a second meaning.
     */
    private static List<Acronym> distinct(List<Found> found) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            byKey.putIfAbsent(f.acronym().shortForm() + "=" + f.acronym().longForm().toLowerCase(Locale.ROOT), f);
        }
        Set<String> spelledInBody = new HashSet<>();
        for (Found f : byKey.values()) {
            if (f.body()) {
                spelledInBody.add(f.acronym().shortForm());
            }
        }
        List<Acronym> out = new ArrayList<>();
        for (Found f : byKey.values()) {
            if (f.body() || !spelledInBody.contains(f.acronym().shortForm())) {
                out.add(f.acronym());
            }
        }
        return out;
    }
}
