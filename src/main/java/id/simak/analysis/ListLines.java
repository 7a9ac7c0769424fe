package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list written as numbered or bulleted items after a sentence that ends in a colon ("... sebagai
 * berikut:" then "1. A", "2. B" on their own lines, or "1. A; 2. B; dan 3. C" run on in one paragraph).
 */
final class ListLines {

    // "sebagai berikut: 1." — the sentence splitter leaves the first number on the introducing sentence.
    private static final Pattern INTRODUCTION = Pattern.compile("(?s)(.*\\S)\\s*:\\s*(?:(\\d{1,2})[.)]+)?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(?s)^(\\d{1,2})[.)]+(?:\\s+(.*))?$");
    // "Nilai rapor; 2." and "Jarak rumah; dan 3).": the next item's number closes this one.
    private static final Pattern TRAILING_NUMBER =
            Pattern.compile("(?s)^(.*?)[;,]?\\s*(?:(?:dan|serta)\\s+)?(\\d{1,2})[.)]+$");
    private static final Pattern BULLET = Pattern.compile("(?s)^[-•*–·]\\s+(.*)$");
    private static final Set<String> CONJUNCTIONS = Set.of("dan", "serta", "atau");

    private ListLines() {}

    /**
     * Reads the list that span {@code i} introduces, if any: adds it to {@code out} and the indices of the spans
     * that hold its items to {@code itemSpans}.
     */
    static void read(List<SentenceSplitter.Span> spans, int i, List<QuoteExtractor.Found> quotes,
                     List<Enumeration> out, Set<Integer> itemSpans) {
        Sentence intro = spans.get(i).sentence();
        Matcher m = INTRODUCTION.matcher(intro.text());
        if (!intro.isBody() || !m.matches() || m.group(2) != null && !m.group(2).equals("1")) {
            return;
        }
        List<String> items = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        int expected = m.group(2) != null ? 2 : 1;
        boolean open = m.group(2) != null;
        boolean bullets = false;
        for (int j = i + 1; j < spans.size(); j++) {
            Sentence s = spans.get(j).sentence();
            if (!s.isBody()) {
                break;
            }
            String text = s.text().strip();
            if (!open) {
                Matcher number = LEADING_NUMBER.matcher(text);
                Matcher bullet = BULLET.matcher(text);
                if (!bullets && number.matches() && Integer.parseInt(number.group(1)) == expected) {
                    expected++;
                    text = number.group(2) == null ? "" : number.group(2).strip();
                } else if (items.isEmpty() && expected == 1 && bullet.matches() || bullets && bullet.matches()) {
                    bullets = true;
                    text = bullet.group(1).strip();
                } else {
                    break;
                }
                open = true;
                if (text.isEmpty()) {
                    used.add(j);
                    continue;
                }
            }
            open = false;
            Matcher next = TRAILING_NUMBER.matcher(text);
            if (!bullets && next.matches() && Integer.parseInt(next.group(2)) == expected) {
                expected++;
                open = true;
                text = next.group(1);
            }
            String item = clean(text);
            if (item.isEmpty()) {
                break;
            }
            items.add(item);
            used.add(j);
        }
        if (items.size() < 2) {
            return;
        }
        itemSpans.addAll(used);
        int start = spans.get(i).start();
        boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= start && start < q.end());
        out.add(new Enumeration(List.copyOf(items), intro.index(), head(m.group(1)), inQuote));
    }

    /** "sebagai berikut" gives "berikut"; otherwise the last word before the colon. */
    private static String head(String before) {
        String[] words = before.strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        return last.isEmpty() ? null : last;
    }

    /** An item without its closing punctuation and without a conjunction at either end. */
    private static String clean(String text) {
        String item = text.strip().replaceAll("[\\s;,.:]+$", "").strip();
        String[] words = item.split("\\s+");
        if (words.length > 1 && CONJUNCTIONS.contains(words[0].toLowerCase(Locale.ROOT))) {
            item = item.substring(words[0].length()).strip();
        }
        return item;
    }
}
