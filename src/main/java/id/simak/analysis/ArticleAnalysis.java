package id.simak.analysis;

import java.util.List;

/**
 * Everything Simak reads out of one Indonesian news text; every {@code sentence} field is an index into
 * {@link #sentences()} and every {@code text} field is the article's own words.
 */
public record ArticleAnalysis(
        List<Sentence> sentences,
        Dateline dateline,
        List<DateMention> dates,
        List<Place> places,
        List<Person> people,
        List<Visit> visits,
        List<Quote> quotes,
        List<Enumeration> lists,
        List<NumberMention> numbers,
        List<Acronym> acronyms,
        List<WordInfo> words) {

    /** The sentence with this index, or {@code null} when out of range. */
    public Sentence sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }
}
