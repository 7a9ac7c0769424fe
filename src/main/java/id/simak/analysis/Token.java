package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a sentence with its character offsets, and the tokenisers the extractors share; public because
 * {@link WordTokenizer} hands tokens to callers outside the package so they can map tags back onto the text.
 */
public record Token(String text, int start, int end) {

    // Apostrophes stay inside names ("Jum'at") while hyphens split ("Indonesia-Australia") so places inside compounds are seen.
    // "Seok-yeol": a lower-case tail after a hyphen is part of the name ("-nya" is not a name's).
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*(?:-(?!nya\\b)\\p{Ll}+)?");
    // Vocabulary keeps reduplications and hyphenated compounds whole ("negara-negara", "antarmasyarakat").
    private static final Pattern LEXICAL_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    static List<Token> names(String text) {
        return scan(NAME_WORD, text);
    }

    static List<Token> lexical(String text) {
        return scan(LEXICAL_WORD, text);
    }

    private static List<Token> scan(Pattern pattern, String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
