package id.simak.analysis;

/** One sentence (or heading, or photo caption) of the article, in reading order. */
public record Sentence(int index, String text, Kind kind, int paragraph) {

    /** What a reader sees the line as. */
    public enum Kind { BODY, HEADING, CAPTION }
}
