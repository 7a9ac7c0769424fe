package id.simak.analysis;

/** One sentence (or heading, or photo caption, or line of the page around the article) of the text, in reading order. */
public record Sentence(int index, String text, Kind kind, int paragraph) {

    /**
     * What a reader sees the line as: the article's body, a title or heading, a photo caption, the page around
     * the article (cross-links, credits, date stamps, share buttons, teasers), or a body sentence cut off when
     * the page was copied.
     */
    public enum Kind { BODY, HEADING, CAPTION, BOILERPLATE, FRAGMENT }

    /** Whether this is a whole sentence of the article itself, the only kind a question may be built on. */
    public boolean isBody() {
        return kind == Kind.BODY;
    }

    /** Whether facts may be read from it: the body, and photo captions as the article's metadata. */
    public boolean isReadable() {
        return kind == Kind.BODY || kind == Kind.CAPTION;
    }
}
