package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds lists the text spells out ("A, B, C, dan D") with the word that introduces them. */
public final class EnumerationExtractor {

    private static final Set<String> CONJUNCTIONS = Set.of("dan", "serta", "atau");
    // Words that end a list item at its edges: prepositions, relatives and the like.
    private static final Set<String> BOUNDARIES = Set.of(
            "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "sebagai", "oleh", "selama", "sejak", "hingga",
            "antara", "bagi", "terhadap", "yang", "adalah", "ialah", "yaitu", "yakni", "seperti", "termasuk",
            "mengenai", "tentang", "karena", "sehingga", "agar", "supaya", "ketika", "saat", "bahwa", "akan",
            "telah", "sudah", "juga", "ini", "itu", "tersebut", "kata", "ujar", "ujarnya", "katanya", "tegas",
            "melalui", "menuju", "atas", "tanpa", "demi", "per", "lalu", "kemudian", "namun", "tetapi", "berupa",
            "meliputi", "lain", "perlu", "harus", "bisa", "dapat", "ingin", "mau",
            // a measure follows a noun phrase, it is not part of the item ("gandum seharga 3,25 dolar")
            "seharga", "sebanyak", "sebesar", "senilai", "setara");
    // Words that stand between a head and its list without being the head ("isu-isu mengenai ...").
    private static final Set<String> LINKS = Set.of("mengenai", "tentang", "yaitu", "yakni", "para", "adalah", "ialah");
    // Nouns after which two items joined by "dan" already make a list ("prinsip A dan B").
    private static final Set<String> LIST_HEADS = Set.of("prinsip", "nilai", "bidang", "sektor", "isu", "isu-isu",
            "aspek", "faktor", "pilar", "komoditas", "program", "langkah", "tujuan", "hal");
    private static final int MAX_ITEM_WORDS = 6;
    // Words of a clause, not of a noun phrase: a segment holding one is no list item ("tidak ada alasan ...").
    private static final Set<String> CLAUSE_WORDS = Set.of("tidak", "bukan", "ada", "adalah", "akan", "telah", "sudah",
            "belum", "bahwa", "jika", "kalau", "karena", "apalagi", "terutama", "akibat", "mulai", "sedang", "masih");
    private static final Set<String> INTRODUCERS = Set.of("yaitu", "yakni", "seperti", "termasuk", "meliputi", "antara",
            "berupa", "misalnya", "contohnya");
    private static final Set<String> PREPOSITIONS = Set.of("di", "ke", "dari", "pada", "bagi", "untuk");

    private static final java.util.regex.Pattern LIST_COMMA = java.util.regex.Pattern.compile("(?<!\\d),|,(?!\\d)");
    // A list item that is only a number fragment ("2", "35") comes from a misread figure, not from a list.
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("[\\d.,]+");

    private EnumerationExtractor() {}

    static List<Enumeration> extract(List<SentenceSplitter.Span> spans, List<QuoteExtractor.Found> quotes) {
        List<Enumeration> out = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isBody()) {
                continue;
            }
            String text = span.sentence().text();
            // Quotation marks, brackets and sentence ends cut the sentence into stretches a list cannot cross.
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "\"“”();:.!?".indexOf(text.charAt(i)) >= 0
                        && !(text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                    if (i > from) {
                        scan(text, from, i, span, quotes, out);
                    }
                    from = i + 1;
                }
            }
        }
        return out;
    }

    private static void scan(String text, int from, int to, SentenceSplitter.Span span,
                             List<QuoteExtractor.Found> quotes, List<Enumeration> out) {
        String stretch = text.substring(from, to);
        // A comma between two digits is a decimal comma ("15,35 miliar"), not a list separator.
        String[] segments = LIST_COMMA.split(stretch, -1);
        if (segments.length == 1) {
            pairAfterHead(words(stretch), from, span, quotes, out);
            return;
        }
        int s = 0;
        while (s < segments.length - 1) {
            s = Math.max(s + 1, tryList(segments, s, from, span, quotes, out));
        }
    }

    /** Tries a list whose first item ends segment {@code s}; returns the segment after it, or s+1. */
    private static int tryList(String[] segments, int s, int from, SentenceSplitter.Span span,
                               List<QuoteExtractor.Found> quotes, List<Enumeration> out) {
        List<List<String>> items = new ArrayList<>();
        int k = s + 1;
        boolean closed = false;
        String[] firstWords = words(segments[s]);
        while (k < segments.length && !closed) {
            String[] w = words(segments[k]);
            if (w.length == 0) {
                break;
            }
            if (CONJUNCTIONS.contains(w[0].toLowerCase(Locale.ROOT))) {
                List<String> last = leadingItem(w, 1);
                // "pos pelayanan di pasar.": a short phrase closing the sentence belongs to the last item.
                int rest = w.length - 1 - last.size();
                if (!last.isEmpty() && rest > 0 && rest <= 3 && k == segments.length - 1
                        || !last.isEmpty() && rest > 0 && rest <= 3 && k == segments.length - 2 && segments[k + 1].isBlank()) {
                    if (PREPOSITIONS.contains(w[1 + last.size()].toLowerCase(Locale.ROOT))) {
                        last = List.of(w).subList(1, w.length);
                    }
                }
                if (!last.isEmpty()) {
                    items.add(last);
                }
                closed = true;
                k++;
                break;
            }
            int conj = indexOfConjunction(w);
            if (conj > 0) {
                List<String> before = List.of(w).subList(0, conj);
                List<String> after = leadingItem(w, conj + 1);
                if (before.size() > MAX_ITEM_WORDS || hasBoundary(before) || after.isEmpty() || clause(before)) {
                    break;
                }
                items.add(before);
                items.add(after);
                k++;
                // The list goes on after "A dan B," only when the next segment is another short item.
                if (after.size() < w.length - conj - 1) {
                    closed = true;
                }
                continue;
            }
            // A clause ("melakukan lawatan ke ...") or an introducer ("yaitu ...") ends the list; a new one may
            // start in it.
            if (w.length > MAX_ITEM_WORDS || INTRODUCERS.contains(w[0].toLowerCase(Locale.ROOT))
                    || java.util.Arrays.stream(w).anyMatch(x -> isVerbLike(x) || CLAUSE_WORDS.contains(x.toLowerCase(Locale.ROOT)))) {
                break;
            }
            items.add(List.of(w));
            k++;
        }
        boolean conjoined = closed || segments.length > 0 && items.size() >= 2 && hasConjunctionSplit(segments, s + 1, k);
        if (items.isEmpty() || !conjoined) {
            return s + 1;
        }
        // Items of a list run parallel: the first is as long as the last at most, and ends at a head or a verb.
        int shortest = items.get(items.size() - 1).size();
        int take = 0;
        int head = firstWords.length;
        boolean relative = false;
        for (int i = firstWords.length - 1; i >= 0 && (take < shortest || relative) && take < MAX_ITEM_WORDS; i--) {
            String lower = firstWords[i].toLowerCase(Locale.ROOT);
            // "interaksi ... yang dinamis": a relative clause belongs to its noun, so the item goes on past "yang".
            if (lower.equals("yang") && take > 0 && !relative) {
                relative = true;
                take++;
                head = i;
                continue;
            }
            // A verb ends the first item unless it is the item's last word ("saling membantu").
            if (BOUNDARIES.contains(lower) || take > 0 && (isVerbLike(firstWords[i]) || LIST_HEADS.contains(lower))) {
                break;
            }
            take++;
            head = i;
        }
        if (relative && head < firstWords.length && firstWords[head].equalsIgnoreCase("yang")) {
            return s + 1;
        }
        if (take == 0) {
            return s + 1;
        }
        List<String> first = List.of(firstWords).subList(head, firstWords.length);
        String headWord = null;
        for (int i = head - 1; i >= 0; i--) {
            if (!LINKS.contains(firstWords[i].toLowerCase(Locale.ROOT))) {
                headWord = firstWords[i];
                break;
            }
        }
        if (headWord == null && s > 0) {
            // "lima bidang kerja sama, yaitu A, B": the head stands before the introducer's comma.
            String[] before = words(segments[s - 1]);
            for (int i = before.length - 1; i >= Math.max(0, before.length - 4) && headWord == null; i--) {
                if (LIST_HEADS.contains(before[i].toLowerCase(Locale.ROOT))) {
                    headWord = before[i];
                }
            }
        }
        List<String> all = new ArrayList<>();
        all.add(String.join(" ", first));
        for (List<String> item : items) {
            all.add(String.join(" ", item));
        }
        // A common noun before names is a clause ending, not a list ("sejarah, China dan ..."); "TNI, Polri,
        // dan relawan" is a list.
        if (!startsCapital(all.get(0)) && all.stream().anyMatch(EnumerationExtractor::startsCapital)) {
            return s + 1;
        }
        boolean twoAfterHead = all.size() == 2 && headWord != null
                && LIST_HEADS.contains(headWord.toLowerCase(Locale.ROOT));
        if (all.size() < 3 && !twoAfterHead) {
            return s + 1;
        }
        // "sekitar 1,7 miliar rupiah, ...": an item cut from behind a figure is the figure's unit, not an item.
        boolean afterFigure = head > 0 && BARE_NUMBER.matcher(firstWords[head - 1]).matches();
        if (afterFigure || all.stream().anyMatch(i -> BARE_NUMBER.matcher(i).matches() && i.length() < 4)) {
            return s + 1;
        }
        int absolute = span.start() + from;
        boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= absolute && absolute < q.end());
        out.add(new Enumeration(List.copyOf(all), span.sentence().index(), headWord, inQuote));
        return k;
    }

    /** "prinsip kejujuran dan keadilan": two items joined by a conjunction right after a list noun. */
    private static void pairAfterHead(String[] w, int from, SentenceSplitter.Span span,
                                      List<QuoteExtractor.Found> quotes, List<Enumeration> out) {
        for (int c = 2; c < w.length - 1; c++) {
            if (!CONJUNCTIONS.contains(w[c].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int h = c - 2; h >= Math.max(0, c - 4); h--) {
                if (!LIST_HEADS.contains(w[h].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                List<String> first = List.of(w).subList(h + 1, c);
                List<String> second = leadingItem(w, c + 1);
                if (!hasBoundary(first) && !second.isEmpty() && second.size() <= first.size() + 2) {
                    int absolute = span.start() + from;
                    boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= absolute && absolute < q.end());
                    out.add(new Enumeration(List.of(String.join(" ", first), String.join(" ", second)),
                            span.sentence().index(), w[h], inQuote));
                    return;
                }
            }
        }
    }

    /** Words of a list item at the start of a segment, up to the first boundary word. */
    private static List<String> leadingItem(String[] w, int from) {
        List<String> item = new ArrayList<>();
        boolean name = from < w.length && startsCapital(w[from]);
        for (int i = from; i < w.length && item.size() < MAX_ITEM_WORDS; i++) {
            String lower = w[i].toLowerCase(Locale.ROOT);
            // A name ends where lower case starts ("Jepang tetap menjadi ..."); a verb ends any item.
            if (BOUNDARIES.contains(lower) || CONJUNCTIONS.contains(lower) || CLAUSE_WORDS.contains(lower)
                    || name && !startsCapital(w[i])
                    || !item.isEmpty() && isVerbLike(w[i])) {
                break;
            }
            item.add(w[i]);
        }
        return item;
    }

    private static boolean startsCapital(String item) {
        return !item.isEmpty() && Character.isUpperCase(item.codePointAt(0));
    }

    /** Whether one of the segments from..to-1 held "A dan B". */
    private static boolean hasConjunctionSplit(String[] segments, int from, int to) {
        for (int k = from; k < to && k < segments.length; k++) {
            if (indexOfConjunction(words(segments[k])) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfConjunction(String[] w) {
        for (int i = 0; i < w.length; i++) {
            if (CONJUNCTIONS.contains(w[i].toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean clause(List<String> words) {
        return words.stream().anyMatch(x -> isVerbLike(x) || CLAUSE_WORDS.contains(x.toLowerCase(Locale.ROOT)));
    }

    private static boolean hasBoundary(List<String> words) {
        return words.stream().anyMatch(w -> BOUNDARIES.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Prefixed verbs ("memerangi", "mendukung") start a clause, so they are heads, not items. */
    private static boolean isVerbLike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 5 && (lower.startsWith("me") || lower.startsWith("di") && !lower.startsWith("dipl"))
                && (!lower.endsWith("an") || lower.endsWith("kan"));
    }

    private static String[] words(String segment) {
        String strip = segment.strip();
        return strip.isEmpty() ? new String[0] : strip.split("\\s+");
    }
}
