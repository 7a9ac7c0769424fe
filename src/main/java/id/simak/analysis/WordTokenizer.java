package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into the surface tokens {@link PosTagger} and {@link NameFinder} were trained on, with their
 * character offsets so that tags and names can be mapped back onto the text.
 *
 * <p>Rules, in the order they are tried at each position:
 * <ol>
 * <li>whitespace separates and is dropped;</li>
 * <li>letter-period chains stay whole: "A.S.", "S.H.", "Ph.D.", "a.n.";</li>
 * <li>a word is letters and digits, joined by inner hyphens or apostrophes ("negara-negara", "ke-20",
 * "1990-an", "COVID-19", "Jum'at"), and between two digits also by "." "," ":" "/" ("1.250", "0,23", "10:30",
 * "29/10/2013"); a clitic stays on its host ("menurutnya", "apakah"), as in the treebanks' surface words;</li>
 * <li>a word takes the period after it when it is an abbreviation the {@link SentenceSplitter} knows ("Dr.",
 * "Tbk.", "No.") or a single capital (the initial in "Susilo B. Yudhoyono"), unless that period ends the
 * text;</li>
 * <li>any other character is a token of its own ("(", "%", "“", ","), a run of the same one stays together
 * ("...", "--").</li>
 * </ol>
 * These match how the Indonesian UD treebanks and idner-news-2k split words, so the models see at run time
 * the kind of tokens they saw in training.
 */
public final class WordTokenizer {

    private static final Pattern INITIALS = Pattern.compile("\\p{L}{1,2}\\.(?:\\p{L}{1,2}\\.)+");
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:(?:[-'’]|(?<=\\p{N})[.,:/](?=\\p{N}))[\\p{L}\\p{M}\\p{N}]+)*");

    private WordTokenizer() {}

    /** The tokens of one sentence (or any text), in order; never fails, whatever the input. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher initials = INITIALS.matcher(text);
        Matcher word = WORD.matcher(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (initials.region(i, n).lookingAt()) {
                i = add(tokens, text, i, initials.end());
                continue;
            }
            if (word.region(i, n).lookingAt()) {
                int end = word.end();
                if (end < n && text.charAt(end) == '.' && takesPeriod(text, i, end)) {
                    end++;
                }
                i = add(tokens, text, i, end);
                continue;
            }
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < n && text.charAt(end) == c && !Character.isSurrogate(c)) {
                end++;
            }
            i = add(tokens, text, i, end);
        }
        return tokens;
    }

    /** The texts of the tokens, the form {@link PosTagger#tag} and {@link NameFinder#find} take. */
    public static List<String> texts(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text());
        }
        return out;
    }

    private static boolean takesPeriod(String text, int start, int end) {
        int after = end + 1;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after >= text.length()) {
            return false;
        }
        String w = text.substring(start, end);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0))
                || SentenceSplitter.ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static int add(List<Token> tokens, String text, int start, int end) {
        tokens.add(new Token(text.substring(start, end), start, end));
        return end;
    }
}
