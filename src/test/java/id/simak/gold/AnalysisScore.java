package id.simak.gold;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Dateline;
import id.simak.analysis.DateMention;
import id.simak.analysis.Enumeration;
import id.simak.analysis.NumberMention;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Quote;
import id.simak.analysis.Visit;
import id.simak.analysis.WordInfo;
import id.simak.gold.GoldKey.GoldAcronym;
import id.simak.gold.GoldKey.GoldDate;
import id.simak.gold.GoldKey.GoldList;
import id.simak.gold.GoldKey.GoldNumber;
import id.simak.gold.GoldKey.GoldPerson;
import id.simak.gold.GoldKey.GoldQuote;
import id.simak.gold.GoldKey.GoldVisit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Recall and precision of an {@link ArticleAnalysis} against a {@link GoldKey}, per category.
 *
 * <p>Recall is key facts found / key facts; precision is reported items that match some key fact / reported
 * items (1.0 when nothing is reported or the key has nothing to find). Matching rules, on top of those in
 * {@link Matching} (case-insensitive, whitespace-normalised):
 * <ul>
 *   <li>DATELINE: place, agency and date value are three facts (those the key gives).</li>
 *   <li>DATES: the value equals and the words agree (one holds the other's words), so a wrongly resolved
 *       relative date does not pass for another date of the key that happens to have its value; a span the key gives
 *       by its first day only ("25-28 Oktober 2018" = 2018-10-25) is found by the span read with the same words.</li>
 *   <li>COUNTRIES: key countries against places of kind COUNTRY, by ISO code or name.</li>
 *   <li>PLACES: key places and regions against places of any other kind.</li>
 *   <li>PEOPLE: by name (one name holds the other's words, so "Xi" does not count as a miss of
 *       "Xi Jinping" but is also not a different person); roles are not scored. The people the page credits
 *       (writer, editor, photographer) count with the story's people: keys name them as people of the text.</li>
 *   <li>VISITS: the visitor matches the key's {@code who}, {@code when} matches when the key gives one, and
 *       every key country and place is among the visit's places.</li>
 *   <li>QUOTES: the text starts with {@code starts} and ends with {@code ends} (ignoring trailing punctuation),
 *       and the reported speaker matches the key's {@code speaker} or {@code speaker_full} as people do (one
 *       name holds the other's words: "Budi" for "Menkes Budi", "Joko Widodo" for "Jokowi" whose full name it is).</li>
 *   <li>LISTS (principles included): the items equal the key's items as a set (order- and case-insensitive, a
 *       leading "dan"/"serta" or "para" dropped, an et-cetera item such as "lainnya" left out); reported lists of fewer than three items are not counted, as keys only
 *       hold lists of three or more.</li>
 *   <li>NUMBERS: on value and unit; a key number without a value ("puluhan warga") on its quantity word and
 *       unit.</li>
 *   <li>ACRONYMS: short form equal and long form equal.</li>
 *   <li>ROOTS: the word and its root equal; precision counts only words the key has a root for, since the
 *       key does not list every affixed word of the text.</li>
 *   <li>SYNONYMS (keys that have them): a keyed word counts as found when at least one of its reported synonyms
 *       is among the words the key accepts in that sentence; precision is over every synonym reported for a
 *       keyed word, so a thesaurus sense that does not fit the sentence counts against it. The key's lists are
 *       not exhaustive, which makes this precision a lower bound.</li>
 * </ul>
 */
public final class AnalysisScore {

    /** The scored categories, in report order. */
    public enum Category {
        DATELINE, DATES, COUNTRIES, PLACES, PEOPLE, VISITS, QUOTES, LISTS, NUMBERS, ACRONYMS, ROOTS, SYNONYMS
    }

    /** The score of one category; {@code missed} and {@code spurious} are readable descriptions. */
    public record CategoryScore(Category category, int keyFacts, int found, int reported, int correct,
                                List<String> missed, List<String> spurious) {

        public double recall() {
            return keyFacts == 0 ? 1.0 : (double) found / keyFacts;
        }

        public double precision() {
            return reported == 0 ? 1.0 : (double) correct / reported;
        }
    }

    private final GoldKey key;
    private final Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);

    private AnalysisScore(GoldKey key) {
        this.key = key;
    }

    /** Scores every category of the analysis against the key. */
    public static AnalysisScore of(ArticleAnalysis analysis, GoldKey key) {
        AnalysisScore s = new AnalysisScore(key);
        s.scoreDateline(analysis.dateline());
        s.put(Category.DATES, key.dates(), orEmpty(analysis.dates()),
                (k, r) -> dateMatches(key, k, r),
                k -> "date \"" + k.text() + "\" = " + k.value(),
                r -> "date \"" + r.text() + "\" = " + r.value() + " (sentence " + r.sentence() + ")");
        List<Place> places = orEmpty(analysis.places());
        s.put(Category.COUNTRIES, key.countries(),
                places.stream().filter(p -> p.kind() == Place.Kind.COUNTRY).toList(),
                (k, r) -> Matching.countryMatches(k, r.text(), r.code()),
                k -> "country " + k,
                r -> "country " + r.text() + " [" + r.code() + "] (sentence " + r.sentence() + ")");
        List<String> keyPlaces = new ArrayList<>(key.places());
        keyPlaces.addAll(key.regions());
        s.put(Category.PLACES, keyPlaces,
                places.stream().filter(p -> p.kind() != Place.Kind.COUNTRY).toList(),
                (k, r) -> Matching.placeMatches(k, r.text()),
                k -> "place " + k,
                r -> "place " + r.text() + " " + r.kind() + " (sentence " + r.sentence() + ")");
        List<Person> people = new ArrayList<>(orEmpty(analysis.people()));
        people.addAll(orEmpty(analysis.credits()));
        s.put(Category.PEOPLE, key.people(), people,
                (GoldPerson k, Person r) -> Matching.personMatches(k.name(), r.name()),
                k -> "person " + k.name() + " (" + k.role() + ")",
                r -> "person " + r.name() + " (" + r.role() + ")");
        s.put(Category.VISITS, key.visits(), orEmpty(analysis.visits()), AnalysisScore::visitMatches,
                k -> "visit " + k.who() + " to " + destinations(k) + (k.when() == null ? "" : " in " + k.when()),
                r -> "visit " + r.visitor() + " to " + r.places() + " in " + r.when() + " (sentence " + r.sentence() + ")");
        s.put(Category.QUOTES, key.quotes(), orEmpty(analysis.quotes()), AnalysisScore::quoteMatches,
                k -> "quote by " + k.speaker() + ": \"" + k.starts() + " … " + k.ends() + "\"",
                r -> "quote by " + r.speaker() + ": \"" + abbreviate(r.text()) + "\" (sentence " + r.sentence() + ")"
                        + (isNotQuote(key, r) ? " — listed in not_quotes" : ""));
        List<GoldList> keyLists = new ArrayList<>(key.lists());
        if (key.principlesAsList() != null) {
            keyLists.add(key.principlesAsList());
        }
        s.put(Category.LISTS, keyLists,
                orEmpty(analysis.lists()).stream().filter(l -> l.items() != null && l.items().size() >= 3).toList(),
                (GoldList k, Enumeration r) -> Matching.itemSet(k.items()).equals(Matching.itemSet(r.items())),
                k -> "list " + k.head() + ": " + k.items(),
                r -> "list " + r.head() + ": " + r.items() + " (sentence " + r.sentence() + ")");
        s.put(Category.NUMBERS, key.numbers(), orEmpty(analysis.numbers()),
                AnalysisScore::numberMatches,
                k -> "number \"" + k.text() + "\" = " + k.value() + " " + k.unit(),
                r -> "number \"" + r.text() + "\" = " + r.value() + " " + r.unit() + " (sentence " + r.sentence() + ")");
        s.put(Category.ACRONYMS, key.acronyms(), orEmpty(analysis.acronyms()),
                (GoldAcronym k, id.simak.analysis.Acronym r) -> Matching.bare(k.shortForm()).equals(Matching.bare(r.shortForm()))
                        && Matching.bare(k.longForm()).equals(Matching.bare(r.longForm())),
                k -> "acronym " + k.shortForm() + " = " + k.longForm(),
                r -> "acronym " + r.shortForm() + " = " + r.longForm());
        List<Map.Entry<String, String>> keyRoots = new ArrayList<>(key.roots().entrySet());
        s.put(Category.ROOTS, keyRoots,
                orEmpty(analysis.words()).stream().filter(w -> rootFor(key, w.word()) != null).toList(),
                (Map.Entry<String, String> k, WordInfo r) -> Matching.bare(k.getKey()).equals(Matching.bare(r.word()))
                        && Matching.bare(k.getValue()).equals(Matching.bare(r.root())),
                k -> "root " + k.getKey() + " → " + k.getValue(),
                r -> "root " + r.word() + " → " + r.root() + " (key: " + rootFor(key, r.word()) + ")");
        List<Map.Entry<String, List<String>>> keySynonyms = new ArrayList<>(key.synonyms().entrySet());
        List<String[]> reportedSynonyms = new ArrayList<>();
        for (WordInfo w : orEmpty(analysis.words())) {
            if (acceptedSynonyms(key, w.word()) != null) {
                orEmpty(w.synonyms()).forEach(syn -> reportedSynonyms.add(new String[] {w.word(), syn}));
            }
        }
        s.put(Category.SYNONYMS, keySynonyms, reportedSynonyms,
                (Map.Entry<String, List<String>> k, String[] r) -> Matching.bare(k.getKey()).equals(Matching.bare(r[0]))
                        && k.getValue().stream().anyMatch(a -> Matching.bare(a).equals(Matching.bare(r[1]))),
                k -> "synonym " + k.getKey() + " → one of " + k.getValue(),
                r -> "synonym " + r[0] + " → " + r[1] + " (key: " + acceptedSynonyms(key, r[0]) + ")");
        return s;
    }

    /** The key this score was computed against. */
    public GoldKey key() {
        return key;
    }

    public CategoryScore category(Category category) {
        return scores.get(category);
    }

    /** All categories in report order. */
    public List<CategoryScore> categories() {
        return List.copyOf(scores.values());
    }

    private void scoreDateline(Dateline reported) {
        // Each field of the dateline is its own fact: getting the place but not the agency is half right.
        List<String[]> keyFields = new ArrayList<>();
        GoldKey.GoldDateline k = key.dateline();
        if (k != null) {
            addField(keyFields, "place", k.place());
            addField(keyFields, "agency", k.agency());
            addField(keyFields, "date", k.value());
        }
        List<String[]> reportedFields = new ArrayList<>();
        if (reported != null) {
            addField(reportedFields, "place", reported.place());
            addField(reportedFields, "agency", reported.agency());
            addField(reportedFields, "date", reported.date());
        }
        put(Category.DATELINE, keyFields, reportedFields,
                (a, b) -> a[0].equals(b[0]) && (a[0].equals("date")
                        ? Matching.datesMatch(a[1], b[1]) : Matching.bare(a[1]).equals(Matching.bare(b[1]))),
                a -> "dateline " + a[0] + " " + a[1],
                b -> "dateline " + b[0] + " " + b[1]);
    }

    private static void addField(List<String[]> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new String[] {name, value});
        }
    }

    private static boolean visitMatches(GoldVisit k, Visit r) {
        if (!Matching.personMatches(k.who(), r.visitor())) {
            return false;
        }
        if (k.when() != null && !Matching.datesMatch(k.when(), r.when())) {
            return false;
        }
        List<String> reportedPlaces = orEmpty(r.places());
        for (String country : k.countries()) {
            if (reportedPlaces.stream().noneMatch(p -> Matching.countryMatches(country, p, null))) {
                return false;
            }
        }
        for (String place : k.places()) {
            if (reportedPlaces.stream().noneMatch(p -> Matching.placeMatches(place, p))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date matches when the values are equal and the words agree (one holds the other's words: "Senin (15/5)"
     * and "15/5"). The words keep one reported date from standing for two key dates of the same value ("Maret
     * 2023" and "bulan sebelumnya") and keep a wrongly resolved relative date ("Tahun ini" read as 1968) from
     * counting as the key's "1968".
     */
    static boolean dateMatches(GoldKey key, GoldDate k, DateMention r) {
        if (r.text() == null || !(Matching.containsWords(r.text(), k.text()) || Matching.containsWords(k.text(), r.text()))) {
            return false;
        }
        // "25-28 Oktober 2018" keyed by its first day only: the span read with the same words starts on the key's day.
        boolean spanFromKeyedDay = k.value() != null && !k.value().contains("/") && r.value() != null
                && r.value().contains("/") && Matching.datesMatch(k.value(), r.value().substring(0, r.value().indexOf('/')))
                && Matching.bare(k.text()).equals(Matching.bare(r.text()));
        return Matching.datesMatch(k.value(), r.value()) || spanFromKeyedDay;
    }

    /**
     * A number matches on value and unit; a quantity without a figure ("ratusan petani") matches a reported
     * number whose words hold the key's quantity word ("ratusan") and whose unit agrees.
     */
    static boolean numberMatches(GoldNumber k, NumberMention r) {
        if (k.hasValue()) {
            return Matching.numbersMatch(k.value(), k.unit(), r.value(), r.unit())
                    || Matching.classifierCount(k.value(), k.unit(), r.value(), r.unit(), r.text());
        }
        String quantityWord = Matching.bare(k.text()).split(" ")[0];
        return r.text() != null && Matching.containsWords(r.text(), quantityWord) && Matching.unitsMatch(k.unit(), r.unit());
    }

    /** Whether a reported quote is the key's quote; shared with {@link QuestionCoverage}. */
    static boolean quoteMatches(GoldQuote k, Quote r) {
        String text = Matching.bare(r.text());
        if (!text.startsWith(Matching.bare(k.starts())) || !text.endsWith(Matching.bare(k.ends()))) {
            return false;
        }
        // The speaker as people are matched: the key's short form ("Menkes Budi", "Jokowi") or its full name.
        return Matching.personMatches(k.speaker(), r.speaker())
                || (k.speakerFull() != null && Matching.personMatches(k.speakerFull(), r.speaker()));
    }

    private static boolean isNotQuote(GoldKey key, Quote r) {
        return key.notQuotes().stream().anyMatch(n -> Matching.bare(n.text()).equals(Matching.bare(r.text())));
    }

    private static String rootFor(GoldKey key, String word) {
        String w = Matching.bare(word);
        return key.roots().entrySet().stream()
                .filter(e -> Matching.bare(e.getKey()).equals(w))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static List<String> acceptedSynonyms(GoldKey key, String word) {
        String w = Matching.bare(word);
        return key.synonyms().entrySet().stream()
                .filter(e -> Matching.bare(e.getKey()).equals(w))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String destinations(GoldVisit k) {
        List<String> all = new ArrayList<>(k.countries());
        all.addAll(k.places());
        return all.toString();
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private <K, R> void put(Category category, List<K> keyFacts, List<R> reported, BiPredicate<K, R> matches,
                            Function<K, String> describeKey, Function<R, String> describeReported) {
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (K k : keyFacts) {
            if (reported.stream().anyMatch(r -> matches.test(k, r))) {
                found++;
            } else {
                missed.add(describeKey.apply(k));
            }
        }
        List<String> spurious = new ArrayList<>();
        int correct = 0;
        for (R r : reported) {
            if (keyFacts.stream().anyMatch(k -> matches.test(k, r))) {
                correct++;
            } else {
                spurious.add(describeReported.apply(r));
            }
        }
        scores.put(category, new CategoryScore(category, keyFacts.size(), found, reported.size(), correct,
                List.copyOf(missed), List.copyOf(spurious)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
