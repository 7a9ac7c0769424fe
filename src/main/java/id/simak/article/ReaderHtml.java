package id.simak.article;

import java.util.List;
import java.util.Set;

import io.quarkus.qute.RawString;

import id.simak.analysis.ArticleAnalysis;

/**
 * The reader's text as HTML, written in Java from a layout made once per article text: rendering every word as a
 * button through a Qute tag was most of the reader's time (docs/benchmarks.md, "Review loop, fourth pass"). The
 * markup is the one the tag {@code readerSentences} wrote, escaped as Qute escapes; a request adds only what is
 * its own, the words the reader keeps as cards and the sentence to highlight. Pure Java but for Qute's
 * {@link RawString}.
 */
public final class ReaderHtml {

    /**
     * One sentence laid out: its number (-1 if none) and its pieces: the escaped text of each, and of each word its
     * lower-case form, plain and escaped (null for the text between words).
     */
    private record Line(int index, String[] texts, String[] words, String[] wordsHtml) {}

    /** A block laid out once: its kind and sentences. */
    private record Laid(ArticleText.Block.Kind kind, Line[] lines) {}

    private final Laid[] blocks;

    private ReaderHtml(Laid[] blocks) {
        this.blocks = blocks;
    }

    /** Lays out the text of an article with its analysis, as {@link ReaderText#layout} does, once. */
    public static ReaderHtml of(String body, ArticleAnalysis analysis) {
        List<ReaderText.Block> laid = ReaderText.layout(body, analysis, Set.of(), null);
        Laid[] blocks = new Laid[laid.size()];
        for (int b = 0; b < blocks.length; b++) {
            List<ReaderText.Line> sentences = laid.get(b).sentences();
            Line[] lines = new Line[sentences.size()];
            for (int s = 0; s < lines.length; s++) {
                List<ReaderText.Piece> pieces = sentences.get(s).pieces();
                String[] texts = new String[pieces.size()];
                String[] words = new String[pieces.size()];
                String[] wordsHtml = new String[pieces.size()];
                for (int p = 0; p < texts.length; p++) {
                    texts[p] = escape(pieces.get(p).text());
                    words[p] = pieces.get(p).word();
                    wordsHtml[p] = words[p] == null ? null : escape(words[p]);
                }
                lines[s] = new Line(sentences.get(s).index(), texts, words, wordsHtml);
            }
            blocks[b] = new Laid(laid.get(b).kind(), lines);
        }
        return new ReaderHtml(blocks);
    }

    /**
     * The blocks for one request: {@code marked} words (lower case) are shown as kept in cards, sentence
     * {@code evidence} (or none) is highlighted.
     */
    public List<Block> blocks(Set<String> marked, Integer evidence) {
        Block[] out = new Block[blocks.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = new Block(blocks[b], marked, evidence);
        }
        return List.of(out);
    }

    /** A block of the reader as the template shows it. */
    public static final class Block {

        private final Laid laid;
        private final Set<String> marked;
        private final Integer evidence;

        private Block(Laid laid, Set<String> marked, Integer evidence) {
            this.laid = laid;
            this.marked = marked;
            this.evidence = evidence;
        }

        public boolean isHeading() {
            return laid.kind() == ArticleText.Block.Kind.HEADING;
        }

        public boolean isCaption() {
            return laid.kind() == ArticleText.Block.Kind.CAPTION;
        }

        /** The block's sentences as HTML; {@code inCards} is the hidden note of a word kept in cards. */
        public RawString html(String inCards) {
            StringBuilder out = new StringBuilder(1024);
            String note = "<span class=\"visually-hidden\"> (" + escape(inCards) + ")</span>";
            Line[] lines = laid.lines();
            for (int s = 0; s < lines.length; s++) {
                Line line = lines[s];
                if (s > 0) {
                    out.append(' ');
                }
                boolean numbered = line.index() >= 0;
                boolean shown = numbered && evidence != null && evidence == line.index();
                if (numbered) {
                    out.append("<span class=\"sentence").append(shown ? " evidence" : "").append("\" id=\"kalimat-")
                            .append(line.index()).append("\" data-sentence=\"").append(line.index()).append('"');
                    if (shown) {
                        out.append(" tabindex=\"-1\" data-testid=\"evidence-sentence\"");
                    }
                    out.append('>');
                }
                String[] texts = line.texts();
                String[] words = line.words();
                for (int p = 0; p < texts.length; p++) {
                    String word = words[p];
                    if (word == null) {
                        out.append(texts[p]);
                        continue;
                    }
                    boolean kept = marked.contains(word);
                    out.append("<button type=\"button\" class=\"word").append(kept ? " in-cards" : "")
                            .append("\" data-word=\"").append(line.wordsHtml()[p]).append("\">").append(texts[p]);
                    if (kept) {
                        out.append(note);
                    }
                    out.append("</button>");
                }
                if (numbered) {
                    out.append("</span>");
                }
            }
            return new RawString(out.toString());
        }
    }

    /** As Qute escapes HTML: the five characters that matter. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
