package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported speech, what a sentence without quotation marks says someone said: "Budi mengatakan, ...", "Ia
 * menjelaskan bahwa ...", "Menurut Budi, ...", "Menurutnya, ...", "..., kata Budi." and "Selain itu, kata Budi,
 * ...". The clause is kept without the words that attribute it, and only when the text says beyond doubt who spoke
 * (the speaker is found as for a direct quote); a sentence that holds a quotation mark is left to
 * {@link QuoteExtractor}.
 */
final class ReportedSpeech {

    // Words that link a sentence to the one before and stand ahead of its subject: "Sementara itu, Budi mengatakan".
    private static final Pattern OPENING = Pattern.compile(
            "(?iu)^(?:(?:sementara\\s+itu|selain\\s+itu|di\\s+sisi\\s+lain|di\\s+samping\\s+itu|namun|adapun|pasalnya|"
                    + "sementara|lebih\\s+lanjut|kemudian|lalu|sedangkan|oleh\\s+karena\\s+itu|karena\\s+itu|"
                    + "dalam\\s+kesempatan\\s+(?:itu|tersebut)|pada\\s+kesempatan\\s+(?:itu|tersebut))\\s*,?\\s+)+");
    // Verbs that report a clause after their subject; "merinci" lists what the clause says.
    private static final Pattern VERB = Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + QuoteExtractor.REPORTING
            + "|merinci|mengungkap|membeberkan|mengakui)(?![\\p{L}-])");
    // Of those, the verbs that as often take a thing as their object ("menyampaikan terima kasih", "menyebut nama",
    // "menutup acara"): a clause follows them only after a comma, "bahwa" or "agar".
    private static final Set<String> TAKES_OBJECTS = Set.of("menyampaikan", "menyebut", "mengingatkan", "menjawab",
            "menutup", "menulis", "mengucapkan", "bertanya", "menanyakan", "mengimbau", "memaparkan", "mengungkap",
            "membeberkan", "menyebutkan", "menilai", "mengaku", "berpesan", "melanjutkan", "menekankan", "mengakui");
    // What may follow the verb before the clause: "juga", a comma, "bahwa", a colon.
    private static final Pattern AFTER_VERB = Pattern.compile("(?iu)^(?:\\s+(?:pula|juga|pun))?\\s*([,:])?\\s*(bahwa\\b\\s*,?)?\\s*");
    // A clause that is only a thing said, not what was said: "mengatakan hal itu", "menyampaikan terima kasih".
    private static final Pattern NOT_A_CLAUSE = Pattern.compile(
            "(?iu)^(?:hal\\s+(?:itu|ini|tersebut|serupa|senada|yang\\s+sama)|itu|ini|demikian|begitu|terima\\s+kasih|"
                    + "selamat|apresiasi|permohonan|permintaan\\s+maaf|sambutan|pidato|kata\\s+sambutan|salam)\\b");
    // "Menurut Budi, ...", "Menurutnya, ...", "menurut dia, ...".
    private static final Pattern MENURUT = Pattern.compile("(?iu)(?<![\\p{L}-])menurut(nya)?(?![\\p{L}-])");
    // The attribution after the clause: "..., kata Budi.", "..., ujarnya.", "..., tutur Kepala Dinas itu."
    private static final Pattern SAID_AFTER = Pattern.compile(
            "(?u),\\s*(?:(?iu:demikian)\\s+)?(?iu:(" + QuoteExtractor.AFTER_VERBS + "))((?iu:nya))?(?![\\p{L}-])");
    // "Selain itu, kata Budi, ...", "Masih kata Budi, ...": the attribution opens the sentence.
    private static final Pattern SAID_FIRST = Pattern.compile(
            "(?iu)^(?:masih\\s+)?(?:kata|ujar|tutur|ungkap|lanjut|tambah|jelas|imbuh)(nya)?(?![\\p{L}-])");
    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau");
    private static final int MIN_WORDS = 5;
    // How far into a sentence its verb of saying may stand: a subject with its role and where it was said.
    private static final int SUBJECT_REACH = 220;
    // How many words may follow "..., kata" and still only name the speaker, where and when.
    private static final int ATTRIBUTION_WORDS = 22;

    private ReportedSpeech() {}

    /** Reported speech in body sentences that hold no quotation mark and no direct quote. */
    static List<QuoteExtractor.Found> extract(String text, List<SentenceSplitter.Span> spans,
                                              PersonExtractor.People people, List<QuoteExtractor.Found> direct) {
        List<QuoteExtractor.Found> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            if (!span.sentence().isBody() || hasMarks(text, span) || overlaps(direct, span)) {
                continue;
            }
            QuoteExtractor.Found found = read(text, span, i, spans, people);
            // Without quotation marks nothing but the attribution sets the speaker apart: only one of the text's
            // people or a group the text names ("sejumlah warga"), never a capitalised word taken for a name.
            String speaker = found == null ? null : found.quote().speaker();
            if (speaker != null && (people.names.contains(speaker) || Character.isLowerCase(speaker.charAt(0)))) {
                out.add(found);
            }
        }
        return out;
    }

    private static QuoteExtractor.Found read(String text, SentenceSplitter.Span span, int index,
                                             List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        String sentence = text.substring(span.start(), span.end());
        Matcher opening = OPENING.matcher(sentence);
        int from = span.start() + (opening.lookingAt() ? opening.end() : 0);
        QuoteExtractor.Found found = according(text, span, from, index, spans, people);
        if (found == null) {
            found = saidFirst(text, span, from, index, spans, people);
        }
        if (found == null) {
            found = subjectSays(text, span, from, index, spans, people);
        }
        if (found == null) {
            found = saidAfter(text, span, from, index, spans, people);
        }
        return found;
    }

    /** "Menurut Budi, ..." at the start, or "..., tapi menurut Budi, ..." / "... menurutnya ..." inside. */
    private static QuoteExtractor.Found according(String text, SentenceSplitter.Span span, int from, int index,
                                                  List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        String rest = text.substring(from, span.end());
        Matcher m = MENURUT.matcher(rest);
        if (!m.find()) {
            return null;
        }
        int at = from + m.start();
        int after = from + m.end();
        String speaker;
        int phraseEnd;
        if (m.group(1) != null) {
            speaker = QuoteExtractor.earlier(text, span.start(), spans, people);
            phraseEnd = after;
        } else {
            String next = text.substring(after, span.end()).stripLeading();
            String first = next.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
            int nameStart = span.end() - next.length();
            if (PRONOUNS.contains(first)) {
                speaker = QuoteExtractor.earlier(text, span.start(), spans, people);
                phraseEnd = nameStart + first.length();
            } else {
                PersonExtractor.Mention mention = mentionAt(people, spans, nameStart, at);
                if (at == from) {
                    // "Menurut Kepala Pusat Data, Informasi dan Komunikasi BNPB, Budi, ...": the role and the name run to
                    // the comma that opens the clause.
                    int comma = attributionEnd(text, nameStart, span.end());
                    if (comma < 0) {
                        return null;
                    }
                    speaker = QuoteExtractor.subject(text, nameStart, comma, span.start(), spans, people);
                    phraseEnd = comma;
                } else if (mention != null) {
                    // "... disalurkan menurut Budi berupa ...": only a name follows "menurut" inside a sentence.
                    speaker = people.names.get(mention.person());
                    phraseEnd = spans.get(mention.sentence()).start() + mention.offset() + mention.words().length();
                } else {
                    return null;
                }
            }
        }
        if (speaker == null) {
            return null;
        }
        // "Meski ..., tapi menurut Budi, sepertinya ...": the sentence without the words that attribute it.
        String before = text.substring(from, at).strip().replaceAll(",$", "");
        String tail = text.substring(phraseEnd, span.end()).replaceFirst("^\\s*,?\\s*", "");
        String clause = before.isEmpty() ? tail : before + " " + tail;
        return found(clause, speaker, index, from, span.end());
    }

    /** "Selain itu, kata Budi, ...": the attribution opens the sentence and a comma closes it. */
    private static QuoteExtractor.Found saidFirst(String text, SentenceSplitter.Span span, int from, int index,
                                                  List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        // ("Masih kata Budi, ...": "masih" links the sentence to Budi's words before as a linking phrase does)
        if (from == span.start() && !text.regionMatches(true, from, "masih ", 0, 6)) {
            return null; // without a linking phrase first, "Kata Budi, ..." is rare and "Lanjut Budi ..." is a name
        }
        Matcher m = SAID_FIRST.matcher(text.substring(from, span.end()));
        if (!m.find()) {
            return null;
        }
        int nameStart = from + m.end();
        int comma = text.indexOf(',', nameStart);
        if (comma < 0 || comma >= span.end() || comma - nameStart > 100) {
            return null;
        }
        String speaker = m.group(1) != null ? QuoteExtractor.earlier(text, span.start(), spans, people)
                : QuoteExtractor.named(text, nameStart, comma, span.start(), spans, people);
        if (speaker == null) {
            return null;
        }
        return found(text.substring(comma + 1, span.end()), speaker, index, from, span.end());
    }

    /** "Budi mengatakan, ...", "Kepala Dinas X, Budi, menjelaskan bahwa ...", "Ia menambahkan, ...". */
    private static QuoteExtractor.Found subjectSays(String text, SentenceSplitter.Span span, int from, int index,
                                                    List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        String rest = text.substring(from, Math.min(span.end(), from + SUBJECT_REACH));
        Matcher verb = VERB.matcher(rest);
        if (!verb.find() || verb.start() == 0) {
            return null;
        }
        String subjectWords = rest.substring(0, verb.start());
        // The subject names who speaks: no clause of its own before the verb ("Setelah rapat, Budi ...").
        if (subjectWords.contains(";") || subjectWords.matches("(?s).*[.!?]\\s.*")) {
            return null;
        }
        String verbWord = verb.group().toLowerCase(Locale.ROOT);
        Matcher link = AFTER_VERB.matcher(rest.substring(verb.end()));
        link.lookingAt();
        boolean marked = link.group(1) != null || link.group(2) != null;
        int clauseStart = from + verb.end() + link.end();
        String clause = text.substring(clauseStart, span.end());
        if (TAKES_OBJECTS.contains(verbWord) && !marked && !clause.matches("(?isu)^(?:agar|supaya|untuk\\s+tidak)\\b.*")) {
            return null;
        }
        if (NOT_A_CLAUSE.matcher(clause).lookingAt()) {
            return null;
        }
        String speaker = subjectOf(text, from, from + verb.start(), span, spans, people);
        if (speaker == null) {
            return null;
        }
        return found(clause, speaker, index, from, span.end());
    }

    // Words that put two people side by side in a subject: who of them speaks is not said.
    private static final Pattern TOGETHER = Pattern.compile("(?iu)(?<![\\p{L}])(?:bersama|didampingi|dan|serta|dengan|beserta)(?![\\p{L}])");

    /**
     * Who the subject before a verb of saying names: one person; of two, the one nearest the verb when the words
     * before describe them ("Juru bicara Budi, Ahmad Darmawan, mengatakan"), nobody when they are side by side ("Budi
     * bersama Ahmad mengatakan"); else a pronoun's person, a group, a name as {@link QuoteExtractor} reads them.
     */
    private static String subjectOf(String text, int from, int verb, SentenceSplitter.Span span,
                                    List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        int first = -1;
        int last = -1;
        int firstAt = -1;
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at >= from && at < verb && !PRONOUNS.contains(m.words().toLowerCase(Locale.ROOT))) {
                if (first < 0) {
                    first = m.person();
                    firstAt = at;
                }
                last = m.person();
            }
        }
        if (first >= 0 && last != first) {
            return TOGETHER.matcher(text.substring(firstAt, verb)).find() ? null : people.names.get(last);
        }
        return QuoteExtractor.subject(text, from, verb, span.start(), spans, people);
    }

    /** "..., kata Budi.", "..., ujarnya.", with no quotation marks around the clause. */
    private static QuoteExtractor.Found saidAfter(String text, SentenceSplitter.Span span, int from, int index,
                                                  List<SentenceSplitter.Span> spans, PersonExtractor.People people) {
        String rest = text.substring(from, span.end());
        Matcher m = SAID_AFTER.matcher(rest);
        while (m.find()) {
            String tail = rest.substring(m.end());
            if (Token.names(tail).size() <= ATTRIBUTION_WORDS) {
                String speaker = m.group(2) != null
                        ? QuoteExtractor.earlier(text, span.start(), spans, people)
                        : QuoteExtractor.named(text, from + m.end(), span.end(), span.start(), spans, people);
                if (speaker == null) {
                    return null;
                }
                return found(rest.substring(0, m.start()), speaker, index, from, span.end());
            }
        }
        return null;
    }

    private static QuoteExtractor.Found found(String clause, String speaker, int index, int start, int end) {
        String c = clause.strip().replaceAll("[\\s.,;:!?]+$", "").strip();
        if (Token.names(c).size() < MIN_WORDS) {
            return null;
        }
        return new QuoteExtractor.Found(new Quote(c, speaker, index, true), start, end);
    }

    /**
     * The comma that ends the words naming a speaker from this offset: the first one whose next part, up to the
     * following comma, is no run of capitalised words of a name or a role ("Kepala Pusat Data, Informasi dan
     * Komunikasi BNPB, Budi, ..."); -1 when the sentence holds none within reach.
     */
    private static int attributionEnd(String text, int from, int end) {
        int comma = text.indexOf(',', from);
        while (comma > 0 && comma < end && comma - from <= 160) {
            int next = text.indexOf(',', comma + 1);
            String part = text.substring(comma + 1, next < 0 || next > end ? end : next).strip();
            if (next < 0 || next >= end || !NAME_PART.matcher(part).matches()) {
                return comma;
            }
            comma = next;
        }
        return -1;
    }

    // A part of a name or a role: capitalised words with the small words of offices between them.
    private static final Pattern NAME_PART = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}.'’()/-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’()/-]*|dan|untuk|pada|di|dari|bidang|se-?\\p{L}+|\\d+))*");

    /** The person mention that starts at this offset (spaces aside) and lies after {@code after}, or null. */
    private static PersonExtractor.Mention mentionAt(PersonExtractor.People people, List<SentenceSplitter.Span> spans,
                                                     int offset, int after) {
        for (PersonExtractor.Mention m : people.mentions) {
            int at = spans.get(m.sentence()).start() + m.offset();
            if (at == offset && at > after && !PRONOUNS.contains(m.words().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasMarks(String text, SentenceSplitter.Span span) {
        for (int k = span.start(); k < span.end(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '“' || c == '”' || c == '‘' && k + 1 < span.end() && text.charAt(k + 1) == '‘'
                    || c == '’' && k + 1 < span.end() && text.charAt(k + 1) == '’') {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<QuoteExtractor.Found> direct, SentenceSplitter.Span span) {
        for (QuoteExtractor.Found f : direct) {
            if (f.start() < span.end() && f.end() > span.start()) {
                return true;
            }
        }
        return false;
    }
}
