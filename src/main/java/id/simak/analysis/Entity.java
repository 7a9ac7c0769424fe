package id.simak.analysis;

/**
 * A name of a person, organisation or place that the name finder read in a body or caption sentence:
 * {@code text} is the article's own words, {@code probability} the finder's confidence (see the precision per
 * threshold in {@code models/README.md}).
 */
public record Entity(String text, Kind kind, int sentence, double probability) {

    /** What a name names. */
    public enum Kind { PERSON, ORGANIZATION, PLACE }
}
