package id.simak.gold;

import id.simak.analysis.Acronym;
import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.DateMention;
import id.simak.analysis.Dateline;
import id.simak.analysis.Enumeration;
import id.simak.analysis.NumberMention;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Quote;
import id.simak.analysis.Sentence;
import id.simak.analysis.Visit;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the analysis a perfect analyzer would report for a key, so scorer tests start from a known 1.0. */
final class GoldFixtures {

    private GoldFixtures() {}

    static ArticleAnalysis perfect(GoldKey key) {
        List<Sentence> sentences = List.of(new Sentence(0, key.articleText(), Sentence.Kind.BODY, 0));
        Dateline dateline = key.dateline() == null ? null
                : new Dateline(key.dateline().place(), key.dateline().value(), key.dateline().agency(), key.dateline().text());
        List<DateMention> dates = key.dates().stream()
                .map(d -> new DateMention(d.text(), d.value(), 0, d.relativeTo())).toList();
        List<Place> places = new ArrayList<>();
        key.countries().forEach(c -> places.add(new Place(c, Place.Kind.COUNTRY, Matching.countryCode(c), 0)));
        key.regions().forEach(r -> places.add(new Place(r, Place.Kind.REGION, null, 0)));
        key.places().forEach(p -> places.add(new Place(p, Place.Kind.CITY, null, 0)));
        List<Person> people = key.people().stream()
                .map(p -> new Person(p.name(), p.role(), p.shortName() == null ? List.of(p.name()) : List.of(p.name(), p.shortName())))
                .toList();
        List<Visit> visits = key.visits().stream().map(v -> {
            List<String> to = new ArrayList<>(v.countries());
            to.addAll(v.places());
            return new Visit(v.who(), to, v.when(), 0, v.kind());
        }).toList();
        List<Quote> quotes = key.quotes().stream()
                .map(q -> new Quote(q.starts() + " ... " + q.ends() + ".",
                        q.speakerFull() != null ? q.speakerFull() : fullName(key, q.speaker()), 0))
                .toList();
        List<Enumeration> lists = new ArrayList<>();
        key.lists().forEach(l -> lists.add(new Enumeration(l.items(), 0, l.head(), false)));
        if (key.principlesAsList() != null) {
            lists.add(new Enumeration(key.principlesAsList().items(), 0, "prinsip", true));
        }
        List<NumberMention> numbers = key.numbers().stream()
                .map(n -> new NumberMention(n.text(), n.hasValue() ? n.value() : Double.NaN, n.unit(), 0)).toList();
        List<Acronym> acronyms = key.acronyms().stream()
                .map(a -> new Acronym(a.shortForm(), a.longForm(), 0)).toList();
        // Every keyed word once: its root from the key (null when only its synonyms are keyed), its accepted synonyms.
        Set<String> keyed = new LinkedHashSet<>(key.roots().keySet());
        keyed.addAll(key.synonyms().keySet());
        List<WordInfo> words = keyed.stream()
                .map(w -> new WordInfo(w, key.roots().get(w), key.synonyms().getOrDefault(w, List.of()), 0, 0.5))
                .toList();
        return new ArticleAnalysis(sentences, dateline, dates, places, people, visits, quotes, lists, numbers,
                acronyms, words);
    }

    /** The full name of the person the key knows by this short name (the seed key has no speaker_full). */
    static String fullName(GoldKey key, String shortName) {
        return key.people().stream()
                .filter(p -> Matching.personMatches(p.name(), shortName))
                .map(GoldKey.GoldPerson::name)
                .findFirst().orElse(shortName);
    }
}
