package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a news text into paragraphs (lines) and sentences, and tells headings and photo captions from body text.
 * The JDK's sentence BreakIterator does not know Indonesian abbreviations nor keeps a quote together with
 * its attribution, so the rules are written here.
 */
public final class SentenceSplitter {

    /** A sentence with its offsets in the whole text, so extractors can map positions back to sentences. */
    record Span(Sentence sentence, int start, int end) {}

    // Words that end with a period without ending the sentence; WordTokenizer keeps their period too.
    static final Set<String> ABBREVIATIONS = Set.of(
            "prof", "dr", "drs", "dra", "ir", "jl", "jln", "pt", "no", "nomor", "st", "h", "hj", "kh", "sdr", "bpk",
            "yth", "tbk", "cv", "ud", "mr", "mrs", "ms", "jend", "kol", "letjen", "mayjen", "brigjen", "irjen",
            "kapt", "serka", "kec", "kab", "prov", "kel", "ds", "tel", "telp", "hlm", "vol", "sd", "s.d", "a.n",
            "u.p", "m.si", "s.h", "s.e", "s.t", "m.a", "ph.d", "dkk", "vs", "rp", "sen", "inc",
            "ltd", "co", "corp", "bros", "plt", "plh", "pj", "pjs", "akbp", "kompol", "ipda", "iptu", "aiptu",
            "bripka", "brigadir", "gkr", "kgph", "drg", "apt", "ns", "mt", "msc", "ssi", "skom", "spd", "mpd",
            // the army corps after a rank ("Letkol Kav. Fulan", "Kapten Inf. ..."), more ranks, and "TP. PKK"
            "kav", "inf", "czi", "arh", "pnb", "cpm", "chb", "ckm", "cba", "letkol", "serda", "sertu", "pelda",
            "kopda", "praka", "bripda", "aipda", "tp",
            // a ship's captain, a pastor, a monsignor, an ustaz; police and navy or air force ranks ("Kombes Pol.")
            "capt", "pdt", "mgr", "ust", "pol", "kombes", "laksda", "laksma", "marsda", "marsma",
            // Mrs, Mr and Miss in Indonesian: "Ny. Sumirah"
            "ny", "tn", "nn");
    // Abbreviations that may also close a sentence: they end one only when a capital follows.
    // Units too: "Rp 67 ribu per Kg. Mengacu ..." ends where a capital follows.
    private static final Set<String> CLOSING_ABBREVIATIONS = Set.of("dll", "dsb", "dst", "etc", "kg", "km");

    private SentenceSplitter() {}

    // A line cut mid-sentence by the page ("... menetapkan harga pokok penjualan (HPP)" / "gabah sebesar Rp5000 ..."):
    // the line ends on a lower-case word, a bracket or a comma, and the next goes on with a lower-case word.
    private static final Pattern WRAPPED_END = Pattern.compile("[\\p{Ll},)]\\s*$");
    private static final Pattern GOES_ON = Pattern.compile("^\\p{Ll}+[,.\"”]*(?:\\s|$)");
    private static final int MIN_WRAPPED_WORDS = 6;

    /**
     * The text with every newline that only wraps a sentence turned into a space, at the same length, so offsets into
     * either are offsets into both. A line that ends a paragraph ends with a stop; a page's clutter (a byline, a date
     * and hour, a web address or a file name on the next line) is no sentence cut in two. The line before a wrap has
     * six words or more, unless it is itself the end of a wrapped line.
     */
    public static String joinSoftWraps(String text) {
        StringBuilder out = new StringBuilder(text);
        int lineStart = 0;
        boolean continued = false;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0 || newline + 1 >= text.length()) {
                break;
            }
            String line = text.substring(lineStart, newline);
            int nextEnd = text.indexOf('\n', newline + 1);
            String next = text.substring(newline + 1, nextEnd < 0 ? text.length() : nextEnd);
            boolean wraps = !line.isBlank() && WRAPPED_END.matcher(line).find() && GOES_ON.matcher(next).find()
                    && (continued || line.strip().split("\\s+").length >= MIN_WRAPPED_WORDS);
            if (wraps) {
                out.setCharAt(newline, ' ');
            }
            continued = wraps;
            lineStart = newline + 1;
        }
        return out.toString();
    }

    /** Splits the text; never fails, whatever the input. */
    public static List<Span> split(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Sentence.Kind> kinds = PageLines.classify(lines);
        List<Span> spans = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        for (int l = 0; l < lines.size(); l++) {
            int lineEnd = lineStart + lines.get(l).length();
            Sentence.Kind kind = kinds.get(l);
            if (kind != null) {
                if (kind == Sentence.Kind.BODY || kind == Sentence.Kind.CAPTION) {
                    splitLine(text, lineStart, lineEnd, kind, paragraph, spans);
                } else {
                    addTrimmed(spans, text, lineStart, lineEnd, kind, paragraph);
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return markUnfinished(spans);
    }

    /**
     * A body sentence that opens with "(*)" is the site's sign-off; the last body sentence without a closing stop
     * was cut off when the page was copied ("... sebagai tanda di"), and so is one whose words run into the next
     * story's headline ("Lantaran itBanjir Melanda ..."): none of them may be read as a sentence of the article.
     */
    private static List<Span> markUnfinished(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        int lastBody = -1;
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).sentence().kind() == Sentence.Kind.BODY) {
                lastBody = i;
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Sentence s = span.sentence();
            Sentence.Kind kind = s.kind();
            if (kind == Sentence.Kind.BODY) {
                String t = s.text();
                if (t.startsWith("(*)")) {
                    kind = Sentence.Kind.BOILERPLATE;
                } else if (i == lastBody && (!closed(t) || CUT_FIGURE.matcher(t).find()) || GLUED.matcher(t).find() || t.endsWith("...")
                        || t.endsWith("…")) {
                    kind = Sentence.Kind.FRAGMENT;
                }
            }
            out.add(kind == s.kind() ? span
                    : new Span(new Sentence(s.index(), s.text(), kind, s.paragraph()), span.start(), span.end()));
        }
        return out;
    }

    // "... = ± Rp81.": the page cut inside a figure, at the point that groups its thousands.
    private static final Pattern CUT_FIGURE = Pattern.compile("(?i)(?:rp|us\\$)\\s?\\d{1,3}\\.$");
    static final Pattern SIGN_OFF = Pattern.compile("\\s*(?:\\(\\*+\\)|\\*{2,})\\s*$");
    // A lower-case letter run straight into a capitalised word, as two pages glued together leave it.
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}-]*){2,}");

    private static boolean closed(String sentence) {
        // "... roti 100 kotak.***", "... warga. (***)": the site's sign-off after the stop
        String t = SIGN_OFF.matcher(sentence).replaceFirst("");
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’')".indexOf(last) >= 0;
    }

    /** The kind of a line taken on its own (no neighbours): see {@link PageLines}. */
    /**
     * The opening marks between {@code from} and {@code to} that no mark after them closes. Pages mix their marks
     * ('"Kita harus ...,” tegas X', '“Di Kabupaten ...," kata Y'), so any closing mark closes any open one.
     */
    private static java.util.Set<Integer> unclosedQuotes(String text, int from, int to) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open.push(i);
            } else if (c == '”' && !open.isEmpty()) {
                open.pop();
            } else if (c == '"') {
                if (open.isEmpty()) {
                    open.push(i);
                } else {
                    open.pop();
                }
            }
        }
        return new java.util.HashSet<>(open);
    }

    static Sentence.Kind kindOf(String line) {
        return line.isBlank() ? null : PageLines.kindOf(line.strip(), false);
    }

    private static void splitLine(String text, int from, int to, Sentence.Kind kind, int paragraph, List<Span> out) {
        int start = from;
        boolean inStraight = false;
        int curlyDepth = 0;
        // A quote the paragraph opens and never closes (a page cut mid-quote, a quote that runs on into the next
        // paragraph) holds its sentences apart all the same: its mark keeps none of them together.
        java.util.Set<Integer> unclosed = unclosedQuotes(text, from, to);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (unclosed.contains(i)) {
                continue;
            }
            if (c == '"') {
                inStraight = !inStraight;
                continue;
            }
            if (c == '“') {
                curlyDepth++;
                continue;
            }
            if (c == '”') {
                curlyDepth = Math.max(0, curlyDepth - 1);
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int dot = i;
            int end = i + 1;
            while (end < to && ".!?".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            // Closing quotes and brackets belong to the sentence they close.
            boolean straight = inStraight;
            int depth = curlyDepth;
            boolean closedQuote = false;
            while (end < to) {
                char q = text.charAt(end);
                if (q == '"' && straight) {
                    straight = false;
                    closedQuote = true;
                } else if (q == '”' && depth > 0) {
                    depth--;
                    closedQuote = true;
                } else if (q != ')' && q != ']' && q != '’') {
                    break;
                }
                end++;
            }
            if (straight || depth > 0) {
                continue; // a sentence inside a quote does not end the sentence that carries the quote
            }
            inStraight = false;
            curlyDepth = 0;
            i = end - 1;
            // "... kedua kota.“Saya bersyukur ...": an opening quote typed against the stop starts the next sentence.
            boolean quoteAgainst = end + 1 < to && text.charAt(end) == '“' && Character.isUpperCase(text.charAt(end + 1))
                    && Character.isLowerCase(text.charAt(dot - 1));
            // "... di Kampung Rakyat.Seorang pria ...": a stop typed against the next sentence's first word.
            boolean gluedStop = !quoteAgainst && gluedSentence(text, from, dot, end, to);
            if (end < to && !Character.isWhitespace(text.charAt(end)) && !quoteAgainst && !gluedStop) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to) {
                break;
            }
            if (c == '.' && !closedQuote && isAbbreviation(text, from, dot, text.charAt(next)) && !degreeEndsSentence(text, from, dot, next)) {
                continue;
            }
            // "(Sumateranewstv. Com) –": an outlet's address typed with a space after its stop.
            if (c == '.' && !closedQuote && end == dot + 1 && dot > 0 && Character.isLetter(text.charAt(dot - 1))
                    && SPACED_DOMAIN_END.matcher(text).region(next, to).lookingAt()) {
                continue;
            }
            // "Rp 72. 500 per Kg": a thousands stop typed with a space, three digits and a lower-case word after it.
            if (c == '.' && end == dot + 1 && dot > 0 && Character.isDigit(text.charAt(dot - 1))
                    && SPACED_THOUSANDS.matcher(text).region(next, to).lookingAt()) {
                continue;
            }
            int nextChar = text.codePointAt(next);
            // A lower-case word after the quote is its attribution ("...!" kata Presiden.), so the sentence goes on.
            // "... isi 30 butir. ”Harga telur ...": a closing mark typed for an opening one, before a capital, opens a quote.
            boolean openedBackwards = nextChar == '”' && next + 1 < to && Character.isUpperCase(text.charAt(next + 1));
            if (!Character.isUpperCase(nextChar) && !Character.isDigit(nextChar) && "\"“'‘(".indexOf(nextChar) < 0
                    && !openedBackwards) {
                continue;
            }
            addTrimmed(out, text, start, end, kind, paragraph);
            start = next;
            i = next - 1;
        }
        addTrimmed(out, text, start, to, kind, paragraph);
    }

    private static final java.util.regex.Pattern SPACED_THOUSANDS = java.util.regex.Pattern.compile("\\d{3}(?![\\d.,])\\s+\\p{Ll}");
    private static final java.util.regex.Pattern SPACED_DOMAIN_END = java.util.regex.Pattern.compile(
            "(?i)(?:com|co|id|net|org)(?:\\.id)?(?=[)\\]]|\\s+(?:--|—|–|-|\\|)\\s)");

    // A stop between two words typed without a space: the next sentence's first word starts right after it.
    private static final java.util.regex.Pattern GLUED_NEXT = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\b");

    /**
     * Whether a single stop right after a word of three or more lower-case letters (or a closing bracket) and right
     * before a capitalised word ends a sentence: "Rakyat.Seorang", "ponsel.Dari", "(FMEF).Sumbar". Not an
     * abbreviation ("Kab.Bandung", "H.Muhammad"), and not an outlet's address ("Kompas.Com").
     */
    private static final Pattern ADDRESS_THEN_DASH = Pattern.compile("\\p{Lu}\\p{Ll}{1,6}\\s?(?:--|—|–|-)\\s*\\p{Lu}");

    private static boolean gluedSentence(String text, int lineStart, int dot, int end, int to) {
        if (text.charAt(dot) != '.' || end != dot + 1 || end >= to || dot < 3
                || !GLUED_NEXT.matcher(text).region(end, to).lookingAt()
                || SPACED_DOMAIN_END.matcher(text).region(end, to).lookingAt()
                || text.regionMatches(true, end, "Com", 0, 3) || text.regionMatches(true, end, "Co.", 0, 3)
                // "Wajo – Celoteh.Online– Kepala ...": an outlet's address with its dash against it
                || ADDRESS_THEN_DASH.matcher(text).region(end, to).lookingAt()) {
            return false;
        }
        char before = text.charAt(dot - 1);
        if (before == ')') {
            return true;
        }
        int w = dot;
        while (w > lineStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.length() >= 3 && word.substring(1).chars().allMatch(Character::isLowerCase)
                && (w == lineStart || !(text.charAt(w - 1) == '.' || Character.isLetterOrDigit(text.charAt(w - 1))))
                && !isAbbreviation(text, lineStart, dot, text.charAt(end));
    }

    // Words that open a sentence and never a name: after a degree closing a name ("..., S.H. Turut hadir ...") they start
    // the next sentence.
    private static final Set<String> SENTENCE_OPENERS = Set.of("turut", "hadir", "tampak", "dalam", "pada", "kegiatan",
            "acara", "selain", "sementara", "menurut", "usai", "setelah", "sebelumnya", "kemudian", "selanjutnya",
            "adapun", "ia", "dia", "beliau", "mereka", "hal", "untuk", "saat", "sedangkan", "namun", "dengan", "ini");
    private static final Pattern DEGREE = Pattern.compile("(?i)[a-z]{1,4}(?:\\.[a-z]{1,4})+");

    /** "Kolonel Budi Santoso, S.H. Turut hadir ...": a degree after a name's comma, then a word that opens a sentence. */
    private static boolean degreeEndsSentence(String text, int lineStart, int dot, int next) {
        int w = dot;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        if (!DEGREE.matcher(text.substring(w, dot)).matches() || !text.substring(Math.max(lineStart, w - 2), w).equals(", ")) {
            return false;
        }
        int e = next;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return Character.isUpperCase(text.charAt(next)) && SENTENCE_OPENERS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
    }

    private static boolean isAbbreviation(String text, int lineStart, int dot, char next) {
        int w = dot;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (CLOSING_ABBREVIATIONS.contains(word)) {
            return !Character.isUpperCase(next);
        }
        // A single capital is an initial ("Susilo B. Yudhoyono").
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(w)))
                || word.contains(".");
    }

    private static void addTrimmed(List<Span> out, String text, int start, int end, Sentence.Kind kind, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(new Sentence(out.size(), text.substring(start, end), kind, paragraph), start, end));
        }
    }

    /** Index of the sentence holding this text offset, or -1. */
    static int sentenceAt(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return lo > 0 && lo - 1 < spans.size() ? lo - 1 : -1;
    }
}
