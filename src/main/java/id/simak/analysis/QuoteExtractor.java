package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes and their speakers; a quoted term that is nobody's words is left out.
 *
 * <p>The speaker is a person of the text, an organisation the text names as the speaker, or the words for an
 * unnamed group ("sejumlah warga"); when the text does not say beyond doubt who spoke, the speaker is null, since
 * a quote given to the wrong person misleads a reader more than one given to nobody.
 */
public final class QuoteExtractor {

    /** A quote with its offsets in the whole text, so lists inside it can be marked. */
    record Found(Quote quote, int start, int end) {}

    // Verbs of saying written after a quote, bare or with -nya: ", kata Budi", "ujarnya", "sambung dia".
    static final String AFTER_VERBS = "kata|ujar|ungkap|tutur|ucap|tegas|jelas|imbuh|tambah|papar|terang|"
            + "lanjut|sebut|tulis|pungkas|tanya|sahut|kelakar|beber|tandas|imbau|buka|seru|sambung|urai|timpal|"
            + "kilah|pinta|ajak|harap|sergah|cetus|celetuk|tukas|akhir|tutup|jawab|tanggap|nilai|aku|rinci|kisah|pesan";
    static final Pattern AFTER = Pattern.compile(
            "^[\\s,\\\\]*(?:(?iu:demikian)\\s+)?(?iu:(" + AFTER_VERBS + "))((?iu:nya))?(?![\\p{L}-])");
    // Verbs of going on ("imbuhnya", "tambahnya", "lanjutnya", "sambungnya"): the speaker of the quote before speaks.
    private static final Pattern GOES_ON = Pattern.compile("(?iu)imbuh|tambah|lanjut|sambung");
    // "..., demikian Budi": the closing formula names the speaker without a verb.
    private static final Pattern AFTER_DEMIKIAN = Pattern.compile("^[\\s,\\\\]*(?iu:demikian)\\s+(?=\\S)");
    // Reporting verbs after their subject: "Budi menambahkan", "ia menjelaskan", "kata dia".
    static final String REPORTING = "mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|"
            + "menambahkan|menuturkan|menyebutkan|mengucapkan|bilang|berujar|menulis|memaparkan|menekankan|"
            + "melanjutkan|menandaskan|menerangkan|mengimbuhkan|menutup|menjawab|bertanya|menanyakan|berseru|"
            + "menyampaikan|mengingatkan|mengimbau|menyebut|berpesan|mengaku|menilai";
    // Someone else who speaks between the two quotes ("Budi menjelaskan ...", "menurut Budi") is who goes on.
    private static final Pattern SAYING_BETWEEN = Pattern.compile("(?iu)\\b(?:" + REPORTING + "|menurut)\\b");
    // After the quote, subject first: '"...," Budi menambahkan.' / '"...," ia menjelaskan.'
    private static final Pattern AFTER_SUBJECT = Pattern.compile(
            "^[\\s,\\\\]*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5}|(?iu:dia|ia|beliau)\\s+)(?:(?iu:pun|lalu|kemudian|juga)\\s+)?"
                    + "(?iu:" + REPORTING + "|berharap|mengharapkan|meminta|mengajak|mengakui)\\b");
    // Attribution before the quote: "Presiden menyatakan, “...”".
    private static final Pattern BEFORE = Pattern.compile(
            "(?:" + REPORTING + ")\\s*(?:bahwa)?\\s*[,:]?\\s*\\\\?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // A paragraph that opens by saying who speaks: "Ia menjelaskan, ..." / "Budi mengatakan, ...".
    private static final Pattern SUBJECT_SAYS = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5}|(?iu:dia|ia|beliau)\\s+)(?:(?iu:pun|lalu|kemudian|juga|pun)\\s+)?"
                    + "(?iu:" + REPORTING + ")\\b");
    // Where the words that name the speaker end: "kata Budi di Jakarta", "ujar Budi saat ...", "..., Senin".
    private static final Pattern CLAUSE_END = Pattern.compile(
            "\\s(?:saat|ketika|di|dalam|pada|kepada|kpd|melalui|lewat|usai|seusai|selepas|setelah|sebelum|sembari|"
                    + "sambil|dikutip|seperti|dengan|kemarin|terkait|mengenai|tentang|menjawab|menanggapi|soal|"
                    + "saat|sebagaimana|sesuai|sesaat|menurut)\\b|,\\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|"
                    + "Minggu)\\b|[;\\n\"“”]");
    // Words that open the name of an unnamed group or person: "sejumlah warga", "salah seorang petugas".
    private static final Pattern GROUP = Pattern.compile(
            "^((?:salah\\s+(?:seorang|satu)|seorang|sejumlah|seluruh|semua|para|beberapa|sebagian)\\s+"
                    + "[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)");
    private static final Pattern GROUP_ANY = Pattern.compile(
            "(?<![\\p{L}])((?:salah\\s+(?:seorang|satu)|seorang|sejumlah|seluruh|semua|para|beberapa|sebagian)\\s+"
                    + "[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)");
    private static final Pattern ANAPHOR = Pattern.compile(
            "^(?:(mantan|eks|sang|si)\\s+)?([\\p{Ll}-]{4,}|(?<=(?:mantan|eks)\\s)\\p{Lu}[\\p{L}-]{3,})\\b.*\\s(?:itu|ini|tersebut)\\s*$",
            Pattern.DOTALL);
    // Words that make a capitalised run a role or a body rather than a name.
    private static final Set<String> ROLE_START = Set.of("wakil", "kepala", "ketua", "direktur", "kementerian",
            "dinas", "badan", "kabid", "kadis", "kasubag", "kasi", "kabag", "sekretaris", "pelaksana", "juru",
            "penghageng", "jenderal", "departemen", "polisi", "pemerintah", "pemkab", "pemkot", "pemprov", "tim");
    // Words that make the name after them someone else than the speaker: "kata putri X", "ujar kuasa hukum Y".
    private static final List<String> RELATIONS = List.of("putri", "putra", "anak", "istri", "suami", "ayah",
            "adik", "kakak", "cucu", "menantu", "keponakan", "ajudan", "pengacara", "kuasa hukum", "rekan", "teman",
            "sahabat", "kerabat", "keluarga", "orang tua", "pendamping", "asisten", "ibunda", "ayahanda", "kakek",
            "nenek", "paman", "bibi", "mertua", "anggota keluarga", "tim kuasa hukum", "saudara", "murid", "mantan istri",
            "mantan suami", "kekasih", "pacar", "tetangga");
    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau");
    private static final Set<String> NOT_NAMES = Set.of("dalam", "saat", "ketika", "di", "pada", "kepada", "dengan");
    private static final Set<String> GROUP_STOP = Set.of("yang", "di", "dari", "saat", "ketika", "sembari", "sambil");
    private static final int MAX_QUOTE = 5_000;
    private static final int REACH = 200;
    // How many names back a pronoun or a description looks for its person.
    private static final int MAX_WALK = 40;

    private QuoteExtractor() {}

    /** What the text around a quote says of its speaker. */
    private record Attribution(boolean attributed, String speaker) {
        static final Attribution NONE = new Attribution(false, null);
    }

    static List<Found> extract(String source, List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        String text = pairedMarks(source);
        List<Found> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            // A closing mark at the start of a paragraph opens a quote there ("” Sudah dua minggu ...,” kata X").
            boolean openedWithCloser = c == '”' && (i == 0 || text.charAt(i - 1) == '\n');
            if (c != '“' && c != '"' && !openedWithCloser) {
                i++;
                continue;
            }
            // Either closing mark ends the quote: texts mix '"' and '”' ('"Kita menang,” kata Budi').
            int end = closing(text, i + 1);
            int newline = text.indexOf('\n', i + 1);
            if (end < 0 || (newline >= 0 && newline < end) || end - i > MAX_QUOTE) {
                // A paragraph that opens with a mark and never closes it is one quote that goes on in the next
                // paragraph, as news writes long quotes; any other unclosed mark is skipped alone, so one stray
                // quote does not swallow the paragraph.
                Found open = (i == 0 || text.charAt(i - 1) == '\n')
                        ? paragraphQuote(text, i, newline < 0 ? n : newline, spans, people,
                                out.isEmpty() ? null : out.get(out.size() - 1))
                        : null;
                if (open != null) {
                    out.add(open);
                    i = open.end();
                } else {
                    i++;
                }
                continue;
            }
            Found found = quote(text, i, end, spans, people, out.isEmpty() ? null : out.get(out.size() - 1));
            if (found != null) {
                out.add(found);
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * The text with the quotation marks regional pages type in other ways written as the usual ones, each in the same
     * number of characters so that every offset still points into the text: two apostrophes for a mark
     * ("‘’Mulanya kecil,’’ imbuhnya"), an opening mark typed where the quote closes ('melaut,“ kata Sugeng'), and a
     * closing mark typed where a quote opens after a full stop ('... 2017. ”Keempat tim ...,” kata X').
     */
    static String pairedMarks(String text) {
        char[] c = text.toCharArray();
        boolean inside = false;
        for (int i = 0; i < c.length; i++) {
            char here = c[i];
            if (here == '\n') {
                inside = false;
                continue;
            }
            boolean twoApostrophes = i + 1 < c.length && (here == '‘' || here == '’') && (c[i + 1] == '‘' || c[i + 1] == '’');
            if (twoApostrophes) {
                boolean opens = (i == 0 || !Character.isLetterOrDigit(c[i - 1]) && ",;".indexOf(c[i - 1]) < 0)
                        && i + 2 < c.length && Character.isLetterOrDigit(c[i + 2]);
                if (opens && !inside) {
                    c[i] = '“';
                    c[i + 1] = ' ';
                    inside = true;
                } else if (inside) {
                    c[i] = '”';
                    c[i + 1] = ' ';
                    inside = false;
                }
                i++;
                continue;
            }
            if (here == '“') {
                // 'melaut,“ kata Sugeng': after a comma or a stop and before a lower-case word, the quote closes.
                if (inside && i > 0 && ",.!?".indexOf(c[i - 1]) >= 0 && i + 2 < c.length && c[i + 1] == ' '
                        && Character.isLowerCase(c[i + 2])) {
                    c[i] = '”';
                    inside = false;
                } else {
                    inside = true;
                }
            } else if (here == '”') {
                // '... 2017. ”Keempat tim': a closing mark that no quote left open, after a stop, before a capital.
                int prev = i - 1;
                while (prev >= 0 && c[prev] == ' ') {
                    prev--;
                }
                int next = i + 1 < c.length && c[i + 1] == ' ' ? i + 2 : i + 1;
                if (!inside && prev >= 0 && ".!?".indexOf(c[prev]) >= 0 && next < c.length
                        && Character.isUpperCase(c[next])) {
                    c[i] = '“';
                    inside = true;
                } else {
                    inside = false;
                }
            } else if (here == '"') {
                inside = !inside;
            }
        }
        return new String(c);
    }

    /**
     * A quote that opens a paragraph and runs to its end without a closing mark: the paragraph's whole sentences
     * (a sentence cut off when the page was copied is left out), attributed as a quote that goes on from the
     * speaker before it. Null when it holds fewer than eight words or nothing whole.
     */
    private static Found paragraphQuote(String text, int open, int lineEnd, List<SentenceSplitter.Span> spans,
                                        PersonExtractor.People people, Found previous) {
        int end = open + 1;
        for (SentenceSplitter.Span span : spans) {
            if (span.start() > open && span.start() < lineEnd || span.start() <= open && span.end() > open) {
                if (!span.sentence().isBody()) {
                    break;
                }
                end = Math.min(lineEnd, span.end());
            }
        }
        String inner = text.substring(open + 1, end).strip();
        while (!inner.isEmpty() && ",;:\\".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        if (Token.names(inner).size() < 8 || inner.indexOf('"') >= 0 || inner.indexOf('“') >= 0 || inner.indexOf('”') >= 0) {
            return null;
        }
        int sentence = SentenceSplitter.sentenceAt(spans, open + 1);
        if (sentence < 0) {
            return null;
        }
        Attribution attribution = continued(text, open, spans, people, previous);
        return new Found(new Quote(inner, attribution.speaker(), sentence), open + 1, end);
    }

    private static int closing(String text, int from) {
        int straight = text.indexOf('"', from);
        int curly = text.indexOf('”', from);
        return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    }

    private static Found quote(String text, int open, int close, List<SentenceSplitter.Span> spans,
                               PersonExtractor.People people, Found previous) {
        int sentence = SentenceSplitter.sentenceAt(spans, open);
        if (sentence < 0 || !spans.get(sentence).sentence().isBody()) {
            return null;
        }
        String inner = text.substring(open + 1, close).strip();
        while (!inner.isEmpty() && ",;:\\".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        if (inner.isEmpty()) {
            return null;
        }
        int words = Token.names(inner).size();
        Attribution attribution = after(text, open, close, spans, people, previous);
        if (!attribution.attributed()) {
            attribution = before(text, open, spans, people);
        }
        // A quote is one sentence's words, or a few sentences of one paragraph said by someone the words around name
        // ('"A. B," kata Budi.'); other marks paired across sentences are no quote.
        if (!spans.get(sentence).sentence().text().contains(inner) && !severalSentences(text, open, close, spans, attribution)) {
            return null;
        }
        if (!attribution.attributed() && words >= 4) {
            attribution = continued(text, open, spans, people, previous);
        }
        // A short quoted term without attribution ("revolusi warna") is a term, not a quote.
        if (!attribution.attributed() && (words < 8 || ".!?".indexOf(inner.charAt(inner.length() - 1)) < 0)) {
            return null;
        }
        return new Found(new Quote(inner, attribution.speaker(), sentence), open + 1, close);
    }

    // How many sentences one quote in a paragraph may run over.
    private static final int MAX_QUOTED_SENTENCES = 4;

    /** Whether the marks hold a few whole body sentences of one paragraph, attributed to someone. */
    private static boolean severalSentences(String text, int open, int close, List<SentenceSplitter.Span> spans,
                                            Attribution attribution) {
        if (!attribution.attributed() || attribution.speaker() == null || text.substring(open, close).indexOf('\n') >= 0) {
            return false;
        }
        int first = SentenceSplitter.sentenceAt(spans, open);
        int last = SentenceSplitter.sentenceAt(spans, close);
        if (first < 0 || last < first || last - first + 1 > MAX_QUOTED_SENTENCES) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (!spans.get(k).sentence().isBody()) {
                return false;
            }
        }
        String inner = text.substring(open + 1, close);
        return inner.indexOf('“') < 0 && inner.indexOf('"') < 0;
    }

    /**
     * "Kapolsek Budi memimpin razia ... “...,” imbuhnya": a paragraph between that opens with another person as its
     * subject brings in who speaks now, whatever the last quote was.
     */
    private static boolean newSubjectBetween(String text, Found previous, int open, List<SentenceSplitter.Span> spans,
                                             PersonExtractor.People people) {
        int lineStart = text.lastIndexOf('\n', open) + 1;
        int paragraph = text.substring(lineStart, open).isBlank() ? previousLineStart(text, lineStart) : lineStart;
        if (paragraph < 0 || paragraph <= previous.end()) {
            return false;
        }
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= paragraph && at < open && !isPronoun(m.words())) {
                String before = text.substring(paragraph, at);
                return m.person() != people.names.indexOf(previous.quote().speaker())
                        && SUBJECT_OPENING.matcher(before).matches();
            }
        }
        return false;
    }

    /** The attribution right after the closing mark: '," kata Budi', '," ujarnya', '," Budi menambahkan'. */
    private static Attribution after(String text, int open, int close, List<SentenceSplitter.Span> spans,
                                     PersonExtractor.People people, Found previous) {
        int lineEnd = text.indexOf('\n', close);
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, close + 1 + REACH);
        String after = text.substring(close + 1, limit);
        Matcher a = AFTER.matcher(after);
        if (a.find()) {
            if (a.group(2) != null && GOES_ON.matcher(a.group(1)).matches() && previous != null
                    && people.names.contains(previous.quote().speaker())) {
                // "..., imbuhnya": who adds goes on from the last quote, two paragraphs back at most, even when the
                // paragraph between names someone else ("... di hati sang istri Idah Syahidah").
                int lineStart = text.lastIndexOf('\n', open) + 1;
                int one = previousLineStart(text, lineStart);
                int two = one < 0 ? -1 : previousLineStart(text, one);
                String between = text.substring(Math.min(previous.end() + 1, open), open);
                if (previous.end() >= Math.max(0, two < 0 ? one : two) && one >= 0
                        && !SAYING_BETWEEN.matcher(between).find() && !newSubjectBetween(text, previous, open, spans, people)) {
                    return new Attribution(true, previous.quote().speaker());
                }
            }
            if (a.group(2) != null) {
                String speaker = earlier(text, open, spans, people);
                return new Attribution(true, speaker != null ? speaker : following(close, spans, people));
            }
            return new Attribution(true, named(text, close + 1 + a.end(), limit, open, spans, people));
        }
        Matcher d = AFTER_DEMIKIAN.matcher(after);
        if (d.find()) {
            return new Attribution(true, named(text, close + 1 + d.end(), limit, open, spans, people));
        }
        Matcher s = AFTER_SUBJECT.matcher(after);
        if (s.find()) {
            return new Attribution(true, subject(text, close + 1 + s.start(1), close + 1 + s.end(1), open, spans, people));
        }
        return Attribution.NONE;
    }

    /** The attribution before the opening mark: 'Budi mengatakan, "...' or 'Ia menjawab: "...'. */
    private static Attribution before(String text, int open, List<SentenceSplitter.Span> spans,
                                      PersonExtractor.People people) {
        int lineStart = text.lastIndexOf('\n', open) + 1;
        int from = Math.max(lineStart, open - REACH);
        Matcher b = BEFORE.matcher(text.substring(from, open));
        if (!b.find()) {
            return Attribution.NONE;
        }
        int verb = from + b.start();
        int clauseStart = clauseStart(text, spans, verb, lineStart);
        return new Attribution(true, subject(text, clauseStart, verb, open, spans, people));
    }

    /** Where the sentence holding this offset starts, or the line start when later. */
    private static int clauseStart(String text, List<SentenceSplitter.Span> spans, int offset, int lineStart) {
        int s = SentenceSplitter.sentenceAt(spans, offset);
        int start = s >= 0 ? spans.get(s).start() : lineStart;
        // The sentence may start inside an earlier quote of the same paragraph: look only after its closing mark.
        for (int k = offset - 1; k >= Math.max(start, lineStart); k--) {
            char c = text.charAt(k);
            if (c == '”' || c == '"') {
                return k + 1;
            }
        }
        return Math.max(start, lineStart);
    }

    /**
     * A quote with no attribution of its own that goes on from the speaker of the paragraph before or of the
     * quote just before it: '"...," kata Budi. "Lagi pula ..."' or 'Ia menjelaskan, ... \n "..."'.
     */
    private static Attribution continued(String text, int open, List<SentenceSplitter.Span> spans,
                                         PersonExtractor.People people, Found previous) {
        int lineStart = text.lastIndexOf('\n', open) + 1;
        String lead = text.substring(lineStart, open).strip();
        // Only words that open a sentence go on from a speaker; a title in quotes inside a sentence does not.
        if (!lead.isEmpty() && ".!?".indexOf(lead.charAt(lead.length() - 1)) < 0) {
            return Attribution.NONE;
        }
        int previousLineStart = previousLineStart(text, lineStart);
        if (previous != null && people.names.contains(previous.quote().speaker()) && previous.end() >= previousLineStart
                && onlyPerson(people, spans, previous.end(), open, previous.quote().speaker())) {
            return new Attribution(true, previous.quote().speaker());
        }
        if (!text.substring(lineStart, open).isBlank() || previousLineStart < 0) {
            return Attribution.NONE;
        }
        String paragraph = text.substring(previousLineStart, lineStart).strip();
        Matcher m = SUBJECT_SAYS.matcher(paragraph);
        if (!m.find()) {
            return introducedSpeaker(text, paragraph, previousLineStart, open, spans, people);
        }
        int at = text.indexOf(paragraph, previousLineStart);
        String speaker = subject(text, at + m.start(1), at + m.end(1), at, spans, people);
        if (speaker == null || !onlyPerson(people, spans, at + m.end(1), open, speaker)) {
            return Attribution.NONE;
        }
        return new Attribution(true, speaker);
    }

    // "Kepala Pelaksana BPBD Klaten, Sri Winoto, saat ditemui di kantornya mengatakan, ...", "Duta Besar ..., X, dalam
    // sambutan beliau ...": the paragraph before a quote says that one person speaks.
    private static final Pattern SAYS_IN_PARAGRAPH = Pattern.compile(
            "(?iu)\\b(?:" + REPORTING + "|dalam\\s+(?:sambutan|pidato|keterangan|arahan|paparan)(?:nya)?"
                    // "Ansar berharap kunker ini ... \n “Kita berharap ...”": a stance the quote below goes on to say.
                    + "|berharap|mengharapkan|meminta|mengajak|mengakui|mengapresiasi|mengungkap)\\b");

    /**
     * The one person the paragraph before names ahead of its verb of saying, or no attribution when it names none,
     * more than one, or says nothing.
     */
    private static Attribution introducedSpeaker(String text, String paragraph, int previousLineStart, int open,
                                                 List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        Matcher says = SAYS_IN_PARAGRAPH.matcher(paragraph);
        if (!says.find()) {
            return Attribution.NONE;
        }
        int at = text.indexOf(paragraph, previousLineStart);
        int verb = at + says.start();
        int person = -1;
        for (PersonExtractor.Mention m : people.mentions) {
            int mentioned = spans.get(m.sentence()).start() + m.offset();
            if (mentioned >= at && mentioned < verb && !isPronoun(m.words())) {
                if (person >= 0 && person != m.person()) {
                    return Attribution.NONE;
                }
                person = m.person();
            }
        }
        if (person < 0 || !onlyPerson(people, spans, verb, open, people.names.get(person))) {
            return Attribution.NONE;
        }
        return new Attribution(true, people.names.get(person));
    }

    /** The start of the last non-blank line before this line start, or -1. */
    private static int previousLineStart(String text, int lineStart) {
        int k = lineStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        return text.lastIndexOf('\n', k) + 1;
    }

    /** Whether nobody but this speaker is named between the two offsets. */
    private static boolean onlyPerson(PersonExtractor.People people, List<SentenceSplitter.Span> spans, int from,
                                      int to, String speaker) {
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= from && at < to && !people.names.get(m.person()).equals(speaker)) {
                return false;
            }
        }
        return true;
    }

    /** The speaker the subject words between two offsets name: a pronoun, a person, a role, a group; or null. */
    static String subject(String text, int from, int to, int open, List<SentenceSplitter.Span> spans,
                                  PersonExtractor.People people) {
        String words = text.substring(from, to).strip();
        if (words.isEmpty()) {
            return null;
        }
        String first = words.split("\\s+")[0].replaceAll("[,.]+$", "").toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(first)) {
            return earlier(text, open, spans, people);
        }
        int person = firstMention(people, spans, from, to);
        Matcher g = GROUP_ANY.matcher(words);
        boolean group = g.find();
        // "Selain menangkap para pelaku kejahatan, Budi mengaku ...": a group in the clause before the subject's comma
        // is what that clause speaks of; the name after the comma says it.
        int offset = text.indexOf(words, from);
        int named = person < 0 ? -1 : mentionAt(people, spans, from, to);
        boolean leadingClause = group && named >= 0 && offset >= 0 && offset + g.end() <= named
                && text.substring(offset + g.end(), named).contains(",");
        if (group && !leadingClause && (person < 0 || offset + g.start() < named)) {
            return group(g.group(1));
        }
        if (person >= 0) {
            return people.names.get(person);
        }
        return byName(words, people);
    }

    /** The speaker the words from this offset name: "Menteri Budi di ...", "dia", "sejumlah warga", or null. */
    static String named(String text, int from, int limit, int open, List<SentenceSplitter.Span> spans,
                                PersonExtractor.People people) {
        int s = SentenceSplitter.sentenceAt(spans, from);
        int end = limit;
        if (s >= 0 && spans.get(s).end() > from) {
            end = Math.min(end, spans.get(s).end());
        }
        String clause = text.substring(from, end);
        Matcher stop = CLAUSE_END.matcher(clause);
        int to = from + (stop.find() ? stop.start() : clause.length());
        String words = text.substring(from, to).strip().replaceAll("[,.]+$", "");
        if (words.isEmpty()) {
            return null;
        }
        String first = words.split("\\s+")[0].replaceAll("[,.]+$", "").toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(first)) {
            return earlier(text, open, spans, people);
        }
        int person = firstMention(people, spans, from, to);
        if (person >= 0 && !related(text, from, mentionAt(people, spans, from, to))) {
            return people.names.get(person);
        }
        if (person < 0 && Character.isUpperCase(words.charAt(0))) {
            return byName(words, people);
        }
        // "jelas wali kota", "ujar gubernur": an office written small, alone, is the one person the text gave it.
        // ("kata pj. Bupati": the acting office is the office, as the text gave it: "Pj Bupati Inhil")
        String written = words.toLowerCase(Locale.ROOT).replace("walikota", "wali kota").replaceFirst("^(pj|plt|plh|pjs)\\.\\s*", "$1 ");
        String office = written.replaceFirst("^(?:pj|plt|plh|pjs)\\s+", "");
        if (PersonExtractor.ROLES.contains(office)) {
            int holder = written.equals(office) ? people.resolve(office) : people.resolve(written);
            if (holder >= 0) {
                return people.names.get(holder);
            }
        }
        Matcher g = GROUP.matcher(words);
        if (g.find()) {
            return group(g.group(1));
        }
        Matcher anaphor = ANAPHOR.matcher(words);
        if (!anaphor.find()) {
            // "kata orang nomor satu di Sultra ini": the words that point back run past "di" to the sentence's end.
            anaphor = ANAPHOR.matcher(text.substring(from, end).strip().replaceAll("[,.!?]+$", ""));
        }
        if (anaphor.find(0)) {
            String noun = anaphor.group(2).toLowerCase(Locale.ROOT);
            // "pria asal Korea itu", "kata mahasiswa ... tersebut": a noun for a person that says nothing more is
            // the one just spoken of.
            if (PersonNames.isPersonNoun(noun) || noun.equals("sosok") || noun.equals("orang")) {
                return earlier(text, open, spans, people);
            }
            int p = describedBefore(noun, text, open, spans, people);
            // "kata mantan Duta Besar RI untuk Belanda itu": a former post the text did not give as a role still
            // points back to the one just spoken of.
            if (p < 0 && anaphor.group(1) != null && (anaphor.group(1).equals("mantan") || anaphor.group(1).equals("eks"))) {
                return earlier(text, open, spans, people);
            }
            return p >= 0 ? people.names.get(p) : null;
        }
        return null;
    }

    /**
     * Whether the name at this offset is named as someone's kin or aide ("putri kedua Sultan X", "kuasa hukum
     * Y"): then it is not the speaker.
     */
    private static boolean related(String text, int from, int at) {
        String lead = text.substring(from, at).toLowerCase(Locale.ROOT).strip();
        lead = lead.replaceAll("\\s+(?:pertama|kedua|ketiga|keempat|sulung|bungsu|tertua|termuda)$", "");
        for (String word : RELATIONS) {
            if (lead.equals(word) || lead.endsWith(" " + word)) {
                return true;
            }
        }
        return false;
    }

    /** The group's words without what follows them: "seluruh anggota yang hadir" gives "seluruh anggota". */
    private static String group(String words) {
        String[] parts = words.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (GROUP_STOP.contains(part)) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * The person a capitalised name or role names ("Presiden", "Lin Jian", "Kepala BPBD Rudi Hartono"), or the
     * name itself when it is nobody the text's people hold; the last run of capitalised words counts most, since
     * a name follows its role ("Direktur Jenderal ..., Kemenkes RI Maxi Rein"). Null for a bare role or body.
     */
    private static String byName(String words, PersonExtractor.People people) {
        List<String> runs = new ArrayList<>();
        for (String chunk : words.split(",")) {
            String run = trimName(chunk);
            if (!run.isEmpty()) {
                runs.add(run);
            }
            if (!chunk.isBlank() && !Character.isUpperCase(chunk.strip().charAt(0))) {
                break;
            }
        }
        for (int r = runs.size() - 1; r >= 0; r--) {
            String[] parts = runs.get(r).split(" ");
            for (int k = 0; k < parts.length; k++) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
                int person = k == 0 ? people.resolve(suffix) : people.resolveName(suffix);
                if (person >= 0) {
                    return people.names.get(person);
                }
            }
        }
        // "kata Prasetya" for "Prasetyadi", "ujar Fitri" for "Fitrianti Agustinda": one word that is a short or
        // slipped form of one person's name.
        for (int r = runs.size() - 1; r >= 0; r--) {
            if (!runs.get(r).contains(" ")) {
                int person = people.variantOf(runs.get(r));
                if (person >= 0) {
                    return people.names.get(person);
                }
            }
        }
        for (int r = runs.size() - 1; r >= 0; r--) {
            String[] parts = runs.get(r).split(" ");
            boolean plain = true;
            for (String part : parts) {
                String w = part.toLowerCase(Locale.ROOT);
                if (PersonExtractor.ROLES.contains(w) || ROLE_START.contains(w) || (part.length() > 1
                        && part.equals(part.toUpperCase(Locale.ROOT)) && parts.length == 1)) {
                    plain = false;
                    break;
                }
            }
            if (plain) {
                return runs.get(r);
            }
        }
        return null;
    }

    /** The person named last before the quote (for "ujarnya", "kata dia"), or the one the next words name first. */
    static String earlier(String text, int open, List<SentenceSplitter.Span> spans,
                                  PersonExtractor.People people) {
        // "Bupati berharap ..., “...”": the office the sentence opens with, written small after it, is the one person
        // the text gave it, whoever was named last.
        int s = SentenceSplitter.sentenceAt(spans, open);
        if (s >= 0) {
            Matcher office = OFFICE_OPENS.matcher(text.substring(spans.get(s).start(), open));
            // "Gubernur juga menambahkan, ... . “...,” pungkasnya": a quote that opens its sentence goes on from the
            // office that opens the sentence before it in the same paragraph.
            if (!office.lookingAt() && s > 0 && text.substring(spans.get(s).start(), open).isBlank()
                    && text.substring(spans.get(s - 1).start(), spans.get(s).start()).indexOf('\n') < 0) {
                office = OFFICE_OPENS.matcher(text.substring(spans.get(s - 1).start(), spans.get(s - 1).end()));
            }
            if (office.lookingAt()) {
                int holder = people.resolve(office.group(1));
                if (holder >= 0) {
                    return people.names.get(holder);
                }
            }
        }
        int walked = 0;
        for (int k = people.mentions.size() - 1; k >= 0 && walked < MAX_WALK; k--) {
            PersonExtractor.Mention m = people.mentions.get(k);
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at < open) {
                walked++;
            }
            // A name inside someone's words is not who speaks ("..., Munjul dan Lembang," ia menambahkan).
            // Only a name counts: how the people's reading resolved an earlier "dia" is no evidence here.
            // A name in brackets is an aside ("agenda Mendag baru (Agus Suparmanto)"), not the one who goes on.
            String sentenceBefore = text.substring(spans.get(m.sentence()).start(), Math.max(spans.get(m.sentence()).start(), at));
            // "Mereka adalah AM (42) dan KH (39). “...,” jelasnya": a suspect named by initials and age is spoken of;
            // the officer named before goes on.
            boolean suspect = m.words().matches("\\p{Lu}{2,4}")
                    && PersonExtractor.INITIALS_AGE.matcher(text).region(Math.min(text.length(), at + m.words().length()), text.length()).lookingAt();
            if (at < open && !insideQuote(text, at) && !isPronoun(m.words()) && !inBrackets(text, at) && !suspect
                    && !metOrPresent(sentenceBefore)
                    && (!describedOrReported(sentenceBefore) || speaksNext(text, at + m.words().length()))) {
                Integer subject = subjectBefore(m, k, text, open, spans, people);
                int person = subject == null ? m.person() : subject;
                // "“... klien saya tidak mengenal Iskandar ... rekening pacar Sabdi,” jelasnya": who the words speak of
                // by name is not who says them; the one named before goes on.
                if (namedInside(text, open, people.names.get(person))) {
                    continue;
                }
                return people.names.get(person);
            }
        }
        return null;
    }

    /** Whether the quote that opens at {@code open} names this person by a word of the name of four letters or more. */
    private static boolean namedInside(String text, int open, String person) {
        int lineEnd = text.indexOf('\n', open);
        String rest = text.substring(open + 1, lineEnd < 0 ? text.length() : lineEnd);
        int close = -1;
        for (int k = 0; k < rest.length() && close < 0; k++) {
            if (rest.charAt(k) == '”' || rest.charAt(k) == '"') {
                close = k;
            }
        }
        String words = close < 0 ? rest : rest.substring(0, close);
        for (String part : person.split("\\s+")) {
            if (part.length() >= 4 && Pattern.compile("(?<!\\p{L})" + Pattern.quote(part) + "(?!\\p{L})").matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OFFICE_OPENS = Pattern.compile(
            "(?u)^\\s*(Bupati|Gubernur|Wali\\s?[Kk]ota|Walikota|Camat|Lurah|Kades|Kapolres|Kapolsek|Kapolda|Dandim|Danrem|Rektor|Presiden|Wapres|Menteri)"
                    + "\\s+\\p{Ll}");

    // What may stand before a sentence's subject: a linking phrase and the subject's role in capitals
    // ("Sementara itu, Ketua Pengprov Jhon berharap ...").
    private static final Pattern SUBJECT_OPENING = Pattern.compile(
            "(?u)^\\s*(?:(?:Sementara itu|Selain itu|Namun|Kemudian|Lalu|Di sisi lain|(?:Dalam|Pada) (?:kesempatan|acara) (?:tersebut|itu|ini))\\s*,?\\s*)?(?:\\p{Lu}[\\p{L}.()/-]*[\\s,]+){0,8}$");

    /**
     * "Jhon berharap prestasi Aldi akan memacu Emma ... . “...,” ujarnya": when the last name before a quote of a later
     * sentence is an object of that sentence, the one who goes on speaking is the person its sentence opens with.
     */
    private static Integer subjectBefore(PersonExtractor.Mention m, int k, String text, int open,
                                         List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        SentenceSplitter.Span span = spans.get(m.sentence());
        if (span.end() > open || m.offset() < 3) {
            return null; // the quote is in this sentence, or the name opens it
        }
        for (int j = k - 1; j >= 0; j--) {
            PersonExtractor.Mention first = people.mentions.get(j);
            if (first.sentence() != m.sentence()) {
                break;
            }
            if (first.person() == m.person()) {
                continue;
            }
            String before = text.substring(span.start(), span.start() + first.offset());
            // "..., lanjut Budi, juara pertama diraih oleh Ani. “...,” harapnya": the sentence is what Budi said, and he
            // goes on; Ani is spoken of.
            if (!isPronoun(first.words()) && SAID_BEFORE_NAME.matcher(before).find()) {
                return first.person();
            }
            // "Ia menyebut panen raya akan dihadiri Presiden X. “...,” terangnya": the pronoun that opens the sentence
            // is its subject, and the one who goes on; the name after the verb is what was spoken of.
            if (isPronoun(first.words()) && !before.isBlank()) {
                continue;
            }
            String between = text.substring(span.start() + first.offset() + first.words().length(), span.start() + m.offset());
            // The subject says or hopes something of the other: a verb in lower case stands between them.
            // "Kadisdik X, A, melalui Kabid Y, B, menyebutkan ...": who speaks for the subject is B.
            if (SUBJECT_OPENING.matcher(before).matches() && between.matches("(?s).*\\b(?:ber|me|di)\\p{Ll}{3,}\\b.*")
                    && !metOrPresent(between) && !between.matches("(?s).*\\b(?:melalui|lewat|diwakili)\\b.*")) {
                return first.person();
            }
        }
        return null;
    }

    private static final Pattern SAID_BEFORE_NAME = Pattern.compile("(?iu),\\s*(?:" + AFTER_VERBS + ")\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,4}$");

    // "Budi bertemu Presiden Lee dan PM Kim. “...,” ungkapnya": who was met, welcomed or only present is not who
    // goes on speaking; the one who met them is.
    private static final Pattern MET_OR_PRESENT = Pattern.compile(
            "(?iu)(?:\\b(?:bertemu|menemui|menyambut|disambut|didampingi|menerima|diterima|mendampingi|bersama)\\b|^\\s*(?:turut\\s+|tampak\\s+)?hadir\\b)");

    // "Siswa itu bernama Hendi", "Menurut dia, Hendi ...": a name given to describe someone, or inside what another
    // person is reported to say, is not one who goes on speaking.
    private static final Pattern DESCRIBED_OR_REPORTED = Pattern.compile(
            "(?iu)(?:\\bbernama\\s+$|^\\s*menurut\\s+(?:dia|ia|beliau|mereka|\\p{L}+nya)\\s*,)");

    // "pedagang cabai bernama Budi menyampaikan ...": a name given to describe someone who then speaks is the speaker.
    private static final Pattern SPEAKS_NEXT = Pattern.compile("(?iu)\\s*(?:" + REPORTING + ")\\b");

    private static boolean speaksNext(String text, int at) {
        return SPEAKS_NEXT.matcher(text).region(Math.min(at, text.length()), text.length()).lookingAt();
    }

    private static boolean describedOrReported(String sentenceBefore) {
        return DESCRIBED_OR_REPORTED.matcher(sentenceBefore).find() || HONOURED.matcher(sentenceBefore).find();
    }

    // "sesuai amanat Bung Karno", "semangat Kartini": a name whose message or legacy is cited does not speak next.
    private static final Pattern HONOURED = Pattern.compile(
            "(?iu)\\b(?:amanat|ajaran|pesan|semangat|cita-cita|warisan|gagasan|pemikiran|jejak|teladan)\\s+$");

    private static boolean metOrPresent(String sentenceBefore) {
        return MET_OR_PRESENT.matcher(sentenceBefore).find();
    }

    /** Whether the offset lies after an opening bracket its line has not closed yet. */
    private static boolean inBrackets(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int opened = text.lastIndexOf('(', at);
        return opened >= lineStart && text.lastIndexOf(')', at) < opened;
    }

    private static boolean isPronoun(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(w) || PersonExtractor.PRONOUNS.contains(w) || w.endsWith("nya");
    }

    /** Whether the offset lies between an opening and a closing quotation mark of its line. */
    private static boolean insideQuote(String text, int at) {
        int lineStart = Math.max(text.lastIndexOf('\n', at) + 1, at - 3_000);
        boolean inside = false;
        for (int k = lineStart; k < at; k++) {
            char c = text.charAt(k);
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    // "Hal serupa dialami Budi ...", "Senada, ...", "Sementara Budi ...": the next sentence turns to someone else.
    private static final Pattern ANOTHER_ONE = Pattern.compile(
            "(?iu)\\s*(?:hal\\s+(?:serupa|senada|yang\\s+sama)|senada|serupa|berbeda|sementara|lain\\s+halnya|adapun|di\\s+sisi\\s+lain)\\b");

    /**
     * For a quote that opens the story ('"...," ujarnya.' with nobody named before): the person the following
     * sentence names at its start, or null.
     */
    private static String following(int close, List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        int s = SentenceSplitter.sentenceAt(spans, close);
        if (s < 0 || s + 1 >= spans.size() || ANOTHER_ONE.matcher(spans.get(s + 1).sentence().text()).lookingAt()) {
            return null;
        }
        for (PersonExtractor.Mention m : people.mentions) {
            if (m.sentence() == s + 1 && m.offset() < 40) {
                return people.names.get(m.person());
            }
        }
        return null;
    }

    /** The person last named before the quote under this description ("pelatih ... itu"), or -1. */
    private static int describedBefore(String head, String text, int open, List<SentenceSplitter.Span> spans,
                                       PersonExtractor.People people) {
        Pattern word = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(head) + "(?![\\p{L}])");
        // The description right before the name: "Pelatih Timnas Indonesia, " and nothing lowercase after it.
        Pattern leading = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(head)
                + "(?-i)(?:[\\s,]+\\p{Lu}[\\p{L}.()-]*)*[\\s,]*$");
        int found = -1;
        int walked = 0;
        for (int k = people.mentions.size() - 1; k >= 0 && walked < MAX_WALK; k--) {
            PersonExtractor.Mention m = people.mentions.get(k);
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= open) {
                continue;
            }
            walked++;
            String role = people.roles.get(m.person());
            int leadStart = Math.max(spans.get(m.sentence()).start(), at - 60);
            if (k > 0) {
                // Only the words between this name and the one before describe it.
                PersonExtractor.Mention before = people.mentions.get(k - 1);
                leadStart = Math.max(leadStart, Math.min(at,
                        spans.get(before.sentence()).start() + before.offset() + before.words().length()));
            }
            String lead = text.substring(leadStart, at);
            if ((role != null && word.matcher(role).find()) || leading.matcher(lead).find()) {
                // Two people fit the description ("menteri ... itu" with two ministers): it names neither.
                if (found >= 0 && found != m.person()) {
                    return -1;
                }
                found = m.person();
            }
        }
        return found;
    }

    /** Where the first person named between two offsets is named, or {@code to}. */
    private static int mentionAt(PersonExtractor.People people, List<SentenceSplitter.Span> spans, int from, int to) {
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= from && at < to) {
                return at;
            }
        }
        return to;
    }

    /** The person first named between two offsets of the text, or -1. */
    private static int firstMention(PersonExtractor.People people, List<SentenceSplitter.Span> spans, int from, int to) {
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= from && at < to) {
                return m.person();
            }
        }
        return -1;
    }

    private static String trimName(String raw) {
        String[] parts = raw.strip().split("\\s+");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            String word = part.replaceAll("[.,]+$", "");
            if (word.isEmpty() || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word);
            if (part.endsWith(",") || part.endsWith(".") || name.toString().split(" ").length >= 5) {
                break;
            }
        }
        return name.toString();
    }
}
