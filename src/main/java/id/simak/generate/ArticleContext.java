package id.simak.generate;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.CountryNames;
import id.simak.analysis.Lexicon;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One article's analysis with the text operations every question family needs: evidence, blanks and country names. */
final class ArticleContext {

    static final String GAP = "____";
    private static final int EXCERPT_SIDE = 14;
    static final CountryNames COUNTRY_NAMES = new CountryNames();

    final ArticleAnalysis analysis;
    final Lexicon lexicon;
    final DistractorPicker picker = new DistractorPicker();
    /** Countries the text names, code to the name as the text writes it, in order of first mention. */
    final Map<String, String> countries = new LinkedHashMap<>();
    private final Set<String> properWords = new HashSet<>();

    ArticleContext(ArticleAnalysis analysis, Lexicon lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        for (Place place : analysis.places()) {
            if (place.kind() == Place.Kind.COUNTRY && place.code() != null) {
                countries.putIfAbsent(place.code(), place.text());
            }
            properWords.add(firstWord(place.text()));
        }
        for (Person person : analysis.people()) {
            if (person.role() != null && !person.role().isBlank()) {
                properWords.add(firstWord(person.role()));
            }
            for (String mention : person.mentions()) {
                properWords.add(firstWord(mention));
            }
        }
    }

    Evidence evidence(int sentence) {
        Sentence s = analysis.sentence(sentence);
        return new Evidence(sentence, s == null ? "" : s.text());
    }

    String text(int sentence) {
        Sentence s = analysis.sentence(sentence);
        return s == null ? "" : s.text();
    }

    /** The country name as the text writes it, else as Indonesian writes it. */
    String countryName(String code) {
        String inText = countries.get(code);
        return inText != null ? inText : Regions.indonesianName(code);
    }

    /** ISO code of a country name, or null. */
    static String countryCode(String name) {
        return COUNTRY_NAMES.codeOf(name);
    }

    /**
     * Country candidates for distractors: countries of the text first (in order of mention), then the
     * neighbours of the first answer country, never one of the answers or of the excluded codes.
     */
    List<String> countryCandidates(List<String> answerCodes, Set<String> excluded) {
        List<String> out = new ArrayList<>();
        for (String code : countries.keySet()) {
            if (!answerCodes.contains(code) && !excluded.contains(code)) {
                out.add(countryName(code));
            }
        }
        if (!answerCodes.isEmpty()) {
            for (String code : Regions.neighbours(answerCodes.get(0))) {
                if (!answerCodes.contains(code) && !excluded.contains(code) && !countries.containsKey(code)) {
                    out.add(countryName(code));
                }
            }
        }
        return out;
    }

    /** The sentence with the first whole-word occurrence of {@code phrase} replaced by the gap, or null when absent. */
    static String blank(String sentence, String phrase) {
        int at = find(sentence, phrase);
        return at < 0 ? null : sentence.substring(0, at) + GAP + sentence.substring(at + phrase.length());
    }

    /** Index of the first whole-word, case-insensitive occurrence of {@code phrase}, or -1 (a linear scan, no regex). */
    static int find(String sentence, String phrase) {
        if (sentence == null || phrase == null || phrase.isEmpty()) {
            return -1;
        }
        String text = sentence.toLowerCase(Locale.ROOT);
        String p = phrase.toLowerCase(Locale.ROOT);
        if (text.length() != sentence.length() || p.length() != phrase.length()) {
            return findSlowly(sentence, phrase);
        }
        for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
            if (wordBoundaries(text, i, p.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The same search for the rare texts whose lower case changes length (dotted capital I). */
    private static int findSlowly(String sentence, String phrase) {
        for (int i = 0; i + phrase.length() <= sentence.length(); i++) {
            if (sentence.regionMatches(true, i, phrase, 0, phrase.length()) && wordBoundaries(sentence, i, phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean wordBoundaries(String text, int at, int length) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)));
    }

    /** Lower-cases the first letter unless the text opens with a name of the article or an acronym. */
    String decapitalize(String text) {
        if (text == null || text.length() < 2) {
            return text;
        }
        String first = firstWord(text);
        boolean name = properWords.contains(first)
                || first.length() > 1 && Character.isUpperCase(first.charAt(1))
                || countryCode(first) != null;
        return name ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** A sentence quoted inside a prompt. */
    static String quoted(String text) {
        return "«" + text.strip() + "»";
    }

    /** A sentence quoted inside a prompt, cut to the words around the gap when it is too long to read at a glance. */
    static String quotedAround(String text) {
        return quoted(excerpt(text, GAP));
    }

    /** At most {@code 2 * EXCERPT_SIDE + 1} words of the text, centred on the first word containing {@code anchor}. */
    static String excerpt(String text, String anchor) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= 2 * EXCERPT_SIDE + 4) {
            return text.strip();
        }
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains(anchor)) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, at - EXCERPT_SIDE);
        int to = Math.min(words.length, at + EXCERPT_SIDE + 1);
        return (from > 0 ? "… " : "") + String.join(" ", Arrays.copyOfRange(words, from, to)) + (to < words.length ? " …" : "");
    }

    /** The short name by which the text mostly calls a person ("Jokowi" for "Joko Widodo"), else the full name. */
    String shortName(String fullName) {
        for (Person p : analysis.people()) {
            if (p.name().equals(fullName)) {
                String shortest = p.name();
                for (String m : p.mentions()) {
                    if (m.length() < shortest.length() && shortest.contains(m)) {
                        shortest = m;
                    }
                }
                return shortest;
            }
        }
        return fullName;
    }

    Person person(String name) {
        for (Person p : analysis.people()) {
            if (p.name().equals(name) || p.mentions().contains(name)) {
                return p;
            }
        }
        return null;
    }

    /** Country codes a person belongs to by their role ("Presiden China"): no sense asking whether they visited home. */
    Set<String> homeCountries(String personName) {
        Set<String> out = new HashSet<>();
        Person p = person(personName);
        if (p != null && p.role() != null) {
            for (String code : countries.keySet()) {
                if (find(p.role(), countries.get(code)) >= 0) {
                    out.add(code);
                }
            }
        }
        return out;
    }
}
