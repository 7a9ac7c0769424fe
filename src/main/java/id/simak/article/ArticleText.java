package id.simak.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for an article's text as it is stored and shown: cleaning, counting, a title when none is given,
 * and the layout of paragraphs, headings and photo captions. Pure Java, no framework.
 */
public final class ArticleText {

    /** The longest text accepted, in characters after cleaning. */
    public static final int MAX_CHARS = 100_000;

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\uFEFF\\u200B\\u2028\\u2029]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’ .-]{1,40}(?:,[^()\\n]{0,40})?\\s*\\([^)]{2,30}\\)\\s*[-–—]+\\s*");
    private static final int TITLE_LENGTH = 90;

    private ArticleText() {
    }

    /** One block of the reader: a paragraph, a section heading or a photo caption. */
    public record Block(Kind kind, String text) {

        public enum Kind { PARAGRAPH, HEADING, CAPTION }

        public boolean isHeading() {
            return kind == Kind.HEADING;
        }

        public boolean isCaption() {
            return kind == Kind.CAPTION;
        }
    }

    /** Decodes bytes as UTF-8, refusing malformed input rather than replacing it. */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /**
     * The text as stored: Unicode NFC, one kind of line end, tabs as spaces, no control or invisible
     * characters, no trailing spaces, at most one blank line between paragraphs. HTML stays as it is (text).
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = CONTROL.matcher(s).replaceAll("");
        s = s.replace('\t', ' ');
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Number of words: the word segments of the text that hold a letter or a digit. */
    public static int countWords(String text) {
        BreakIterator it = BreakIterator.getWordInstance(INDONESIAN);
        it.setText(text);
        int count = 0;
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (hasLetterOrDigit(text, start, end)) {
                count++;
            }
        }
        return count;
    }

    /** Number of sentences, headings and captions counted as one each. */
    public static int countSentences(String text) {
        int count = 0;
        for (Block b : blocks(text)) {
            if (b.kind() != Block.Kind.PARAGRAPH) {
                count++;
                continue;
            }
            BreakIterator it = BreakIterator.getSentenceInstance(INDONESIAN);
            it.setText(b.text());
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                if (hasLetterOrDigit(b.text(), start, end)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A title for a text that came without one: its first sentence, without the dateline, shortened. */
    public static String deriveTitle(String text) {
        for (Block b : blocks(text)) {
            if (b.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            String body = DATELINE.matcher(b.text()).replaceFirst("");
            BreakIterator it = BreakIterator.getSentenceInstance(INDONESIAN);
            it.setText(body);
            int end = it.next();
            String first = (end == BreakIterator.DONE ? body : body.substring(0, end)).strip();
            if (!first.isEmpty()) {
                return shorten(first);
            }
        }
        return "Artikel tanpa judul";
    }

    /** The reader's layout: each non-empty line is a paragraph, a heading (in capitals) or a photo caption. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            Block.Kind kind = isHeading(l) ? Block.Kind.HEADING
                    : isCaption(l) ? Block.Kind.CAPTION : Block.Kind.PARAGRAPH;
            blocks.add(new Block(kind, l));
        }
        return blocks;
    }

    /** A line written in capitals, short and not ending a sentence: "KEPERCAYAAN POLITIK TIMBAL BALIK". */
    static boolean isHeading(String line) {
        if (line.length() > 120 || line.endsWith(".") || line.endsWith(",")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    /** A photo caption line: "Foto ..." or "Foto: ...". */
    static boolean isCaption(String line) {
        return line.regionMatches(true, 0, "Foto ", 0, 5) || line.regionMatches(true, 0, "Foto:", 0, 5);
    }

    /** SHA-256 of the cleaned text, hex: tells whether a seed file changed. */
    public static String hash(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String shorten(String s) {
        if (s.length() <= TITLE_LENGTH) {
            return s;
        }
        int cut = s.lastIndexOf(' ', TITLE_LENGTH);
        return (cut > 30 ? s.substring(0, cut) : s.substring(0, TITLE_LENGTH)).replaceAll("[,;:]$", "") + "…";
    }

    private static boolean hasLetterOrDigit(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
