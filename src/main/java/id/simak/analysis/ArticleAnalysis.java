package id.simak.analysis;

import java.util.List;

/**
 * Everything Simak reads out of one Indonesian news text; every {@code sentence} field is an index into
 * {@link #sentences()} and every {@code text} field is the article's own words. {@code entities} are the names
 * the name finder read in the body and captions, in reading order, each time they occur.
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
        List<WordInfo> words,
        List<Entity> entities) {

    public ArticleAnalysis {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** An analysis without the name finder's entities, as callers built it before there were models. */
    public ArticleAnalysis(List<Sentence> sentences, Dateline dateline, List<DateMention> dates, List<Place> places,
                           List<Person> people, List<Visit> visits, List<Quote> quotes, List<Enumeration> lists,
                           List<NumberMention> numbers, List<Acronym> acronyms, List<WordInfo> words) {
        this(sentences, dateline, dates, places, people, visits, quotes, lists, numbers, acronyms, words, List.of());
    }

    /** The sentence with this index, or {@code null} when out of range. */
    public Sentence sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }
}
