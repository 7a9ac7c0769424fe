package id.simak.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Sentence;

/**
 * The reader's text: the article's blocks (paragraphs, headings, captions) cut into the analysis' sentences,
 * and each sentence into words a reader can open and the spaces and signs between them. Pure Java.
 */
public final class ReaderText {

    /** A word: letters, joined by hyphens or apostrophes ("negara-negara", "Jum'at"). */
    static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'\u2019]\\p{L}+)*");

    private ReaderText() {
    }

    /** A block of the reader with its sentences. */
    public record Block(ArticleText.Block.Kind kind, List<Line> sentences) {

        public boolean isHeading() {
            return kind == ArticleText.Block.Kind.HEADING;
        }

        public boolean isCaption() {
            return kind == ArticleText.Block.Kind.CAPTION;
        }
    }

    /**
     * One sentence: its index in the analysis (-1 when the text could not be matched to one), and its pieces.
     */
    public record Line(int index, List<Piece> pieces, boolean evidence) {

        public boolean isNumbered() {
            return index >= 0;
        }
    }

    /** A word (with {@code word} its lower-case form) or the text between words ({@code word} null). */
    public record Piece(String text, String word, boolean marked) {

        public boolean isWord() {
            return word != null;
        }
    }

    /**
     * Lays out the text: block {@code i} holds the sentences of paragraph {@code i} (both count the non-empty
     * lines). {@code marked} words (lower case) are flagged; sentence {@code evidence} is highlighted.
     */
    public static List<Block> layout(String body, ArticleAnalysis analysis, Set<String> marked, Integer evidence) {
        List<ArticleText.Block> blocks = ArticleText.blocks(body);
        List<List<Sentence>> byParagraph = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            byParagraph.add(new ArrayList<>());
        }
        for (Sentence s : analysis.sentences()) {
            if (s.paragraph() >= 0 && s.paragraph() < blocks.size()) {
                byParagraph.get(s.paragraph()).add(s);
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            List<Line> lines = new ArrayList<>();
            List<Sentence> sentences = byParagraph.get(i);
            if (sentences.isEmpty()) {
                lines.add(new Line(-1, pieces(blocks.get(i).text(), marked), false));
            }
            for (Sentence s : sentences) {
                lines.add(new Line(s.index(), pieces(s.text(), marked),
                        evidence != null && evidence == s.index()));
            }
            out.add(new Block(blocks.get(i).kind(), lines));
        }
        return out;
    }

    /** Words and the text between them, in order; joined they give the text back. */
    static List<Piece> pieces(String text, Set<String> marked) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), null, false));
            }
            String lower = m.group().toLowerCase(Locale.ROOT);
            pieces.add(new Piece(m.group(), lower, marked.contains(lower)));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, false));
        }
        return pieces;
    }
}
