package id.simak.gold;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;
import id.simak.gold.GoldKey.GoldAcronym;
import id.simak.gold.GoldKey.GoldDate;
import id.simak.gold.GoldKey.GoldList;
import id.simak.gold.GoldKey.GoldNumber;
import id.simak.gold.GoldKey.GoldPerson;
import id.simak.gold.GoldKey.GoldQuote;
import id.simak.gold.GoldKey.GoldVisit;
import id.simak.gold.GoldKey.Moment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tells, for each fact of a {@link GoldKey}, whether at least one generated {@link Question} asks about it.
 *
 * <p>A question "holds" a string when its {@code answer} or {@code items} contain it as whole words
 * (case-insensitive, whitespace-normalised); for TRUE_FALSE questions the prompt counts too, since the
 * statement to judge is there. Rules per fact:
 * <ul>
 *   <li>dates: the question holds the date's text, an answer equals its ISO value, or an answer of two or more
 *       words lies inside the date's text ("6 Juni 2023" for "Selasa, 6 Juni 2023"); when the question has
 *       evidence, the evidence sentence must contain the date's text (so "2022" asked from the wrong
 *       sentence does not count).</li>
 *   <li>numbers: the question holds the number's text or an answer holds its value (Indonesian digits such
 *       as "15.250" or "1,2 triliun"); evidence, when given, must contain the text.</li>
 *   <li>countries, places (regions included), people (full or short name), acronyms (short or long form):
 *       the question holds the name.</li>
 *   <li>visits: a VISIT question holds one of the visit's countries or places, or its date value.</li>
 *   <li>quotes: a QUOTE question holds the speaker (short or full name) and shows the quote: its
 *       {@code starts} or {@code ends} words appear in the prompt, items, answer or evidence.</li>
 *   <li>lists: a LIST question holds at least one item; principles: each principle is a fact, covered by a
 *       LIST question that holds it.</li>
 *   <li>moments: a MATCHING question pairs the country with its moment ({@code answer.get(i)} belongs to
 *       {@code items.get(i)}, in either direction).</li>
 *   <li>roots: the question holds the root and mentions the affixed word in its prompt or items.</li>
 *   <li>synonyms: a SYNONYM question names the word (in «guillemets» when the prompt uses them) and its answer is
 *       one of the words the key accepts in that sentence.</li>
 * </ul>
 */
public final class QuestionCoverage {

    /** One key fact, whether it is covered, and the ids of the questions that cover it. */
    public record FactCoverage(String category, String fact, boolean covered, List<String> questionIds) {}

    private final List<FactCoverage> facts;

    private QuestionCoverage(List<FactCoverage> facts) {
        this.facts = List.copyOf(facts);
    }

    /** Checks every fact of the key against the questions. */
    public static QuestionCoverage of(GoldKey key, List<Question> questions) {
        List<FactCoverage> out = new ArrayList<>();
        for (GoldDate d : key.dates()) {
            add(out, questions, "dates", "date \"" + d.text() + "\" = " + d.value(),
                    q -> (holds(q, d.text()) || answerEquals(q, d.value()) || answerWithin(q, d.text()))
                            && evidenceHas(q, d.text()));
        }
        for (GoldNumber n : key.numbers()) {
            add(out, questions, "numbers", "number \"" + n.text() + "\"",
                    q -> (holds(q, n.text()) || n.hasValue() && answerHasValue(q, n.value())) && evidenceHas(q, n.text()));
        }
        for (String c : key.countries()) {
            add(out, questions, "countries", "country " + c, q -> holdsCountry(q, c));
        }
        List<String> places = new ArrayList<>(key.places());
        places.addAll(key.regions());
        for (String p : places) {
            add(out, questions, "places", "place " + p, q -> holds(q, p) || holds(q, stripAdmin(p)));
        }
        for (GoldPerson p : key.people()) {
            add(out, questions, "people", "person " + p.name(),
                    q -> holds(q, p.name()) || p.shortName() != null && holds(q, p.shortName()));
        }
        for (GoldVisit v : key.visits()) {
            add(out, questions, "visits", "visit " + v.who() + " " + v.countries() + v.places(),
                    q -> q.skill() == Skill.VISIT && (v.countries().stream().anyMatch(c -> holdsCountry(q, c))
                            || v.places().stream().anyMatch(p -> holds(q, p))
                            || v.when() != null && answerEquals(q, v.when())));
        }
        for (GoldQuote k : key.quotes()) {
            add(out, questions, "quotes", "quote by " + k.speaker() + ": \"" + k.starts() + "\"",
                    q -> q.skill() == Skill.QUOTE
                            && (holds(q, k.speaker()) || k.speakerFull() != null && holds(q, k.speakerFull())
                                || Matching.containsWords(q.prompt(), k.speaker()))
                            && showsQuote(q, k));
        }
        for (GoldList l : key.lists()) {
            add(out, questions, "lists", "list " + l.head() + ": " + l.items(),
                    q -> q.skill() == Skill.LIST && l.items().stream().anyMatch(i -> holds(q, Matching.item(i))));
        }
        if (key.principles() != null) {
            for (String p : key.principles().items()) {
                add(out, questions, "principles", "principle " + p, q -> q.skill() == Skill.LIST && holds(q, p));
            }
        }
        for (GoldAcronym a : key.acronyms()) {
            add(out, questions, "acronyms", "acronym " + a.shortForm(),
                    q -> holds(q, a.shortForm()) || holds(q, a.longForm()));
        }
        for (Moment m : key.moments()) {
            add(out, questions, "moments", "moment " + m.country() + ": " + m.moment(), q -> pairs(q, m));
        }
        for (Map.Entry<String, String> r : key.roots().entrySet()) {
            add(out, questions, "roots", "root " + r.getKey() + " → " + r.getValue(),
                    q -> holds(q, r.getValue()) && (Matching.containsWords(q.prompt(), r.getKey())
                            || strings(q.items()).stream().anyMatch(i -> Matching.containsWords(i, r.getKey()))));
        }
        for (Map.Entry<String, List<String>> e : key.synonyms().entrySet()) {
            add(out, questions, "synonyms", "synonym " + e.getKey() + " → one of " + e.getValue(),
                    q -> q.skill() == Skill.SYNONYM && asksAbout(q, e.getKey())
                            && e.getValue().stream().anyMatch(a -> strings(q.answer()).stream()
                                    .anyMatch(ans -> Matching.bare(ans).equals(Matching.bare(a)))));
        }
        return new QuestionCoverage(out);
    }

    /**
     * SYNONYM questions about a word the key has synonyms for, split into those whose answer the key accepts
     * and those whose answer it does not: {accepted, asked}.
     */
    public static int[] synonymAnswers(GoldKey key, List<Question> questions) {
        int[] counts = new int[2];
        for (Question q : questions) {
            if (q.skill() != Skill.SYNONYM) {
                continue;
            }
            for (Map.Entry<String, List<String>> e : key.synonyms().entrySet()) {
                if (asksAbout(q, e.getKey())) {
                    counts[1]++;
                    if (e.getValue().stream().anyMatch(a -> strings(q.answer()).stream()
                            .anyMatch(ans -> Matching.bare(ans).equals(Matching.bare(a))))) {
                        counts[0]++;
                    }
                    break;
                }
            }
        }
        return counts;
    }

    /** Whether a vocabulary question is about this word: its prompt names it in «guillemets» or as a word. */
    private static boolean asksAbout(Question q, String word) {
        String prompt = Matching.norm(q.prompt());
        String w = Matching.norm(word);
        return prompt.contains("«" + w + "»") || !prompt.contains("«") && Matching.containsWords(q.prompt(), word);
    }

    public List<FactCoverage> facts() {
        return facts;
    }

    /** Facts no question asks about. */
    public List<FactCoverage> uncovered() {
        return facts.stream().filter(f -> !f.covered()).toList();
    }

    /** Share of facts covered, 1.0 when the key has none. */
    public double coverage() {
        return facts.isEmpty() ? 1.0 : (double) facts.stream().filter(FactCoverage::covered).count() / facts.size();
    }

    /** Share of covered facts of one category ("dates", "moments", ...), 1.0 when there are none. */
    public double coverage(String category) {
        List<FactCoverage> in = facts.stream().filter(f -> f.category().equals(category)).toList();
        return in.isEmpty() ? 1.0 : (double) in.stream().filter(FactCoverage::covered).count() / in.size();
    }

    private static void add(List<FactCoverage> out, List<Question> questions, String category, String fact,
                            Predicate<Question> asks) {
        List<String> ids = questions.stream().filter(asks).map(Question::id).toList();
        out.add(new FactCoverage(category, fact, !ids.isEmpty(), ids));
    }

    /** The strings a question offers as what it asks about. */
    private static List<String> asked(Question q) {
        List<String> all = new ArrayList<>(strings(q.answer()));
        all.addAll(strings(q.items()));
        if (q.type() == QuestionType.TRUE_FALSE && q.prompt() != null) {
            all.add(q.prompt());
        }
        return all;
    }

    private static boolean holds(Question q, String s) {
        return s != null && !s.isBlank() && asked(q).stream().anyMatch(a -> Matching.containsWords(a, s));
    }

    private static boolean holdsCountry(Question q, String country) {
        if (holds(q, country)) {
            return true;
        }
        // An alias counts: a question about "RRT" asks about the key's "Tiongkok".
        String code = Matching.countryCode(country);
        return code != null && asked(q).stream().anyMatch(a -> code.equals(Matching.countryCode(a)));
    }

    private static boolean answerEquals(Question q, String value) {
        return value != null && strings(q.answer()).stream().anyMatch(a -> Matching.datesMatch(value, a.trim()));
    }

    /**
     * An answer that is the key date's words without the weekday ("6 Juni 2023" for "Selasa, 6 Juni 2023"):
     * at least two words, all of them inside the key's text, so a bare year does not stand for a full date.
     */
    private static boolean answerWithin(Question q, String keyText) {
        return strings(q.answer()).stream().anyMatch(a -> Matching.bare(a).split("[^\\p{L}\\p{N}]+").length >= 2
                && Matching.containsWords(keyText, a));
    }

    private static boolean answerHasValue(Question q, double value) {
        double scale = Math.max(Math.abs(value), 1.0);
        return asked(q).stream().flatMap(a -> Matching.numbersIn(a).stream())
                .anyMatch(v -> Math.abs(v - value) <= 1e-9 * scale);
    }

    private static boolean evidenceHas(Question q, String text) {
        return q.evidence() == null || q.evidence().text() == null
                || Matching.norm(q.evidence().text()).contains(Matching.norm(text));
    }

    private static boolean showsQuote(Question q, GoldQuote k) {
        List<String> shown = new ArrayList<>(asked(q));
        shown.add(q.prompt());
        if (q.evidence() != null) {
            shown.add(q.evidence().text());
        }
        String starts = Matching.bare(k.starts());
        String ends = Matching.bare(k.ends());
        // Prompts often show only the opening or closing words of a long quote.
        String opening = firstWords(starts, 4);
        String closing = lastWords(ends, 4);
        return shown.stream().filter(s -> s != null).map(Matching::norm)
                .anyMatch(s -> s.contains(starts) || s.contains(ends) || s.contains(opening) || s.contains(closing));
    }

    private static String firstWords(String s, int n) {
        String[] w = s.split(" ");
        return String.join(" ", Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }

    private static String lastWords(String s, int n) {
        String[] w = s.split(" ");
        return String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static boolean pairs(Question q, Moment m) {
        if (q.type() != QuestionType.MATCHING) {
            return false;
        }
        List<String> items = strings(q.items());
        List<String> answer = strings(q.answer());
        for (int i = 0; i < Math.min(items.size(), answer.size()); i++) {
            if (isCountry(items.get(i), m.country()) && Matching.containsWords(answer.get(i), m.moment())
                    || isCountry(answer.get(i), m.country()) && Matching.containsWords(items.get(i), m.moment())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountry(String s, String country) {
        return Matching.containsWords(s, country) || Matching.countryMatches(country, s, null);
    }

    private static String stripAdmin(String place) {
        return Matching.stripAdmin(place);
    }

    private static List<String> strings(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null).toList();
    }
}
