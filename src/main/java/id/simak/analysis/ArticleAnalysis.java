package id.simak.analysis;

import java.util.List;

/**
 * Everything Simak reads out of one Indonesian news text; every {@code sentence} field is an index into
 * {@link #sentences()} and every {@code text} field is the article's own words. {@code entities} are the names
 * the name finder read in the body and captions, in reading order, each time they occur. {@code credits} are the
 * people the page credits around the article (writer, editor, photographer): named, but not people of the story.
 * {@code quotes} holds direct quotes and reported speech in reading order; {@link #directQuotes()} only the former.
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
        List<Entity> entities,
        List<Person> credits) {

    public ArticleAnalysis {
        entities = entities == null ? List.of() : List.copyOf(entities);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** An analysis without credited people. */
    public ArticleAnalysis(List<Sentence> sentences, Dateline dateline, List<DateMention> dates, List<Place> places,
                           List<Person> people, List<Visit> visits, List<Quote> quotes, List<Enumeration> lists,
                           List<NumberMention> numbers, List<Acronym> acronyms, List<WordInfo> words,
                           List<Entity> entities) {
        this(sentences, dateline, dates, places, people, visits, quotes, lists, numbers, acronyms, words, entities,
                List.of());
    }

    /** An analysis without the name finder's entities, as callers built it before there were models. */
    public ArticleAnalysis(List<Sentence> sentences, Dateline dateline, List<DateMention> dates, List<Place> places,
                           List<Person> people, List<Visit> visits, List<Quote> quotes, List<Enumeration> lists,
                           List<NumberMention> numbers, List<Acronym> acronyms, List<WordInfo> words) {
        this(sentences, dateline, dates, places, people, visits, quotes, lists, numbers, acronyms, words, List.of(), List.of());
    }

    /** The quotes in quotation marks, the words as the speaker said them; reported speech left out. */
    public List<Quote> directQuotes() {
        return quotes.stream().filter(q -> !q.reported()).toList();
    }

    /** The sentence with this index, or {@code null} when out of range. */
    public Sentence sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }
}
