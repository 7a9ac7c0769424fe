package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds direct quotes and their speakers; a quoted term that is nobody's words is left out. */
public final class QuoteExtractor {

    /** A quote with its offsets in the whole text, so lists inside it can be marked. */
    record Found(Quote quote, int start, int end) {}

    // Attribution after the quote: ", kata Budi", "ujarnya", "ungkap Sri Mulyani".
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,]*((?iu:kata|ujar|ungkap|tutur|ucap|tegas|jelas|imbuh|tambah|papar|terang|lanjut|sebut|tulis|pungkas))"
                    + "((?iu:nya))?\\b\\s*((?:\\p{Lu}[\\p{L}'’.]*\\s?){0,4})");
    // Attribution before the quote: "Presiden menyatakan, “...”".
    private static final Pattern BEFORE = Pattern.compile(
            "(mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|menambahkan|menuturkan|"
                    + "menyebutkan|mengucapkan|bilang|berujar|menulis|memaparkan|menekankan)\\s*(?:bahwa)?\\s*[,:]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOT_NAMES = Set.of("dalam", "saat", "ketika", "di", "pada", "kepada", "dengan");
    private static final int MAX_QUOTE = 5_000;

    private QuoteExtractor() {}

    static List<Found> extract(String text, List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close = c == '“' ? '”' : c == '"' ? '"' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            int newline = text.indexOf('\n', i + 1);
            if (end < 0 || (newline >= 0 && newline < end) || end - i > MAX_QUOTE) {
                // An unclosed quote: skip just the mark so one stray quote does not swallow the paragraph.
                i++;
                continue;
            }
            Found found = quote(text, i, end, spans, people);
            if (found != null) {
                out.add(found);
            }
            i = end + 1;
        }
        return out;
    }

    private static Found quote(String text, int open, int close, List<SentenceSplitter.Span> spans,
                               PersonExtractor.People people) {
        int sentence = SentenceSplitter.sentenceAt(spans, open);
        if (sentence < 0 || !spans.get(sentence).sentence().isBody()) {
            return null;
        }
        String inner = text.substring(open + 1, close).strip();
        while (!inner.isEmpty() && ",;:".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        if (inner.isEmpty()) {
            return null;
        }
        int words = Token.names(inner).size();
        String speaker = null;
        boolean attributed = false;
        int lineEnd = text.indexOf('\n', close);
        String after = text.substring(close + 1, Math.min(lineEnd < 0 ? text.length() : lineEnd, close + 120));
        Matcher a = AFTER.matcher(after);
        if (a.find()) {
            attributed = true;
            String name = trimName(a.group(3));
            if (a.group(2) != null || name.isEmpty()) {
                int person = people.lastBefore(sentence, open - spans.get(sentence).start());
                speaker = person >= 0 ? people.names.get(person) : null;
            } else {
                int person = people.resolve(name);
                speaker = person >= 0 ? people.names.get(person) : name;
            }
        } else {
            int lineStart = text.lastIndexOf('\n', open) + 1;
            String before = text.substring(Math.max(lineStart, open - 200), open);
            Matcher b = BEFORE.matcher(before);
            if (b.find()) {
                attributed = true;
                int person = people.lastBefore(sentence, open - spans.get(sentence).start());
                speaker = person >= 0 ? people.names.get(person) : null;
            }
        }
        // A short quoted term without attribution ("revolusi warna") is a term, not a quote.
        if (!attributed && (words < 8 || ".!?".indexOf(inner.charAt(inner.length() - 1)) < 0)) {
            return null;
        }
        return new Found(new Quote(inner, speaker, sentence), open + 1, close);
    }

    private static String trimName(String raw) {
        String[] parts = raw.strip().split("\\s+");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            String word = part.replaceAll("[.,]+$", "");
            if (word.isEmpty() || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word);
            if (part.endsWith(",") || part.endsWith(".")) {
                break;
            }
        }
        return name.toString();
    }
}
