package id.simak.generate;

import id.simak.analysis.DateExtractor;
import id.simak.analysis.DateMention;
import id.simak.analysis.Place;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks when the events of the article happened: a choice of dates written the way the text writes the answer,
 * as "Kapan ...?" when the sentence gives a clear event and otherwise on the sentence with the date left out,
 * and a cloze for the bank. Dates that are part of a name or a number ("UU Nomor 12 Tahun 2011", "Piala Asia
 * 2023", "periode 2014-2019") and relative dates counted from anything but a date the text states are not asked.
 */
final class DateQuestions {

    // A year or date that belongs to a name, a document number or a term, not to an event of the story.
    private static final Pattern NOT_AN_EVENT = Pattern.compile(
            "(?iu)(?:\\b(?:nomor|no\\.?)\\s*\\d+\\s*(?:tahun)?|\\b(?:periode|masa bakti|masa jabatan|tahun sidang|tahun anggaran"
                    + "|tahun ajaran|visi|edisi|versi|musim|angkatan|kelahiran|kurikulum|undang-undang|uu|perpres|pp|permen"
                    + "|perda|keppres|inpres)\\s*"
                    // "mencapai 53.131 orang per tanggal 26 Maret 2024": the day a count was made, not a happening.
                    + "|\\bper\\s+(?:tanggal\\s+)?"
                    // "Dikutip dari Sukamajukini, Jumat (14/6/2024), ...": the day another outlet was quoted, not a happening.
                    + "|\\b(?:dikutip|dilansir|mengutip|melansir|seperti\\s+dikutip|seperti\\s+dilansir)\\s+(?:dari\\s+)?[^,.;]{1,40},?\\s*)$");

    private final ArticleContext ctx;

    DateQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The date as a learner should give it: as written, or the resolved date of a relative one ("tahun berikutnya"). */
    static String answerText(DateMention d) {
        String formatted = IndonesianDates.format(d.value());
        // "Rabu, (8/11/2023)": the stray comma before the bracket is the source's; the choices write "Senin (6/11/2023)".
        if (d.relativeTo() != null && formatted != null) {
            return formatted;
        }
        String written = d.text().replaceFirst("^(\\p{L}+),\\s*\\(", "$1 (");
        // "senin (16/08/21)": a day's name starts with a capital in every choice, whatever the source wrote.
        return LOWER_DAY.matcher(written).lookingAt() ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : written;
    }

    private static final Pattern LOWER_DAY = Pattern.compile("(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\\b");

    // "Budi belum memastikan apakah akan ... dalam laga kedua pada Selasa": the day is the match's, not the doubt's, and
    // "Kapan Budi belum memastikan ...?" asks when nothing happened.
    private static final Pattern UNSETTLED = Pattern.compile("(?iu)\\b(?:belum|tidak|tak)\\s+(?:bisa\\s+|dapat\\s+)?"
            + "(?:memastikan|mengetahui|tahu|yakin|menentukan|memutuskan)\\b|\\bapakah\\b");

    /** What happened at this date, as a clause without the date, or null when the sentence gives no clear event. */
    String event(DateMention d) {
        Sentence s = ctx.analysis.sentence(d.sentence());
        if (s == null || !s.isBody()) {
            return null;
        }
        String e = EventPhrase.of(ctx.readable(d.sentence()), d.text());
        if (e != null) {
            // "Kapan para peserta telah melalui ...?": a question of when asks without "telah"; "menyaksikan pawai
            // yang berlangsung": the date cut from "yang berlangsung pada ..." leaves a clause that says nothing.
            e = PERFECT.matcher(e).replaceFirst(" ");
            // "Kapan fogging pun digencarkan ...?": the particle that ties the sentence to the one before has no place in
            // a question of its own.
            e = PARTICLE_PUN.matcher(e).replaceFirst(" ");
            e = HAPPENING_AFTER.matcher(e).replaceFirst("");
            // "Kapan kirab budaya ... berlangsung cukup meriah?": how well it went is no part of when; "turut membuat"
            // asks the time of a joining in.
            e = MANNER_AT_END.matcher(e).replaceFirst("");
            e = JOINING_IN.matcher(e).replaceFirst(" ");
        }
        // An event that still names a day, a month or a year ("dimulai sejak Kamis") tells part of its own answer, or
        // leaves two dates to choose from.
        // "Muhammad X, warga Y, ditangkap di Medan pada ...": an event cut after its subject ("Kapan ditangkap di
        // Medan?") asks about no one.
        return e != null && EventPhrase.natural(e, ctx.lexicon) && !CALENDAR_WORD.matcher(e).find()
                && !datesRelativeClause(ctx.readable(d.sentence()), d.text())
                && !NO_SUBJECT.matcher(e).lookingAt()
                && !SPEAKING.matcher(e).find() && !UNSETTLED.matcher(e).find() && !ctx.subjectLeftOut(AnswerText.capitalize(e))
                && !opensWithAddressTail(ctx.readable(d.sentence()), e) ? e : null;
    }

    /**
     * "PIN Polio yang telah dimulai sejak 15 Januari 2024 di Kabupaten Sumenep belum mencapai target": the date
     * dates the clause after "yang", while the sentence's own predicate comes after it; an event made of the
     * sentence without the date ("Sejak kapan PIN Polio ... belum mencapai target?") asks what the text never says.
     */
    private boolean datesRelativeClause(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(0, at);
        int yang = before.toLowerCase(Locale.ROOT).lastIndexOf(" yang ");
        if (yang < 0 || before.indexOf(',', yang) >= 0 || EventPhrase.hasVerb(before.substring(0, yang), ctx.lexicon)) {
            return false;
        }
        String after = sentence.substring(at + date.length());
        int comma = after.indexOf(',');
        return EventPhrase.hasVerb(before.substring(yang + " yang ".length()), ctx.lexicon)
                && EventPhrase.hasVerb(comma < 0 ? after : after.substring(0, comma), ctx.lexicon);
    }

    private static final Pattern PARTICLE_PUN = Pattern.compile("(?iu)(?<=\\S)\\s+pun\\s+(?=\\S)");
    private static final Pattern MANNER_AT_END = Pattern.compile("(?iu)\\s+(?:cukup|sangat|begitu|amat|dengan|secara)\\s+"
            + "(?:meriah|lancar|sukses|khidmat|aman|tertib|semarak|antusias|khusyuk)\\s*$");
    private static final Pattern JOINING_IN = Pattern.compile("(?iu)(?<=\\S)\\s+turut\\s+(?=\\p{Ll}+)");
    private static final Pattern PERFECT = Pattern.compile("(?iu)(?<=\\S)\\s+(?:telah|sudah)\\s+(?=\\S)");
    private static final Pattern HAPPENING_AFTER = Pattern.compile(
            "(?iu)\\s+yang\\s+(?:berlangsung|digelar|dilaksanakan|diadakan|diselenggarakan|terjadi|dimulai)\\s*$");

    // "Kapan sekitar pukul 09.30 WITA hangus terbakar ...?", "Kapan turut berpartisipasi ...?": an event that opens
    // with a time of day or an adverb has lost its subject before the date.
    private static final Pattern NO_SUBJECT = Pattern.compile("(?iu)(?:sekitar|pukul|jam|turut|ikut|telah|sudah|akan|juga"
            + "|pun|kemudian|lalu|langsung|sempat|masih|baru|sedang|kembali|pada|sejak|mulai)\\b");

    private static final Pattern ADDRESS_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+,\\s*$");

    /**
     * "Satu kios di Pasar Kliwon, Kabupaten Kudus, Jawa Tengah terbakar ...": an event whose first words are the
     * last place of an address after a comma has lost its subject to the address ("Kapan Jawa Tengah terbakar?").
     */
    private boolean opensWithAddressTail(String sentence, String event) {
        int at = sentence.indexOf(event);
        // The comma must close a place name ("Kabupaten Kudus,"), not a date or a clause ("Senin (3/3), Jakarta ...").
        if (at <= 0 || !ADDRESS_BEFORE.matcher(sentence.substring(0, at)).find()) {
            return false;
        }
        for (Place p : ctx.analysis.places()) {
            if (p.kind() != Place.Kind.OTHER && p.kind() != Place.Kind.COUNTRY
                    && event.startsWith(p.text() + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date may be asked at all: a date of an event of the body, anchored in the text if relative. */
    boolean askable(DateMention d) {
        if (d.value() == null || !ctx.isBody(d.sentence()) || wrongWeekday(d)) {
            return false;
        }
        String sentence = ctx.text(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        if (at < 0 || NOT_AN_EVENT.matcher(sentence.substring(0, at)).find()) {
            return false;
        }
        // "mulai tanggal 26-28 ..., Rabu (26/7/2023)": the rest of the sentence names the day asked.
        if (givesDay(sentence.substring(0, at) + " " + sentence.substring(at + d.text().length()), d.value())) {
            return false;
        }
        if (!ArticleContext.fairGap(sentence, d.text()) && !startsWithDay(d.text())) {
            return false;
        }
        if (PERIOD.matcher(sentence.substring(Math.max(0, at - 20), at)).find() || insideQuote(sentence, at)
                || COMPARED.matcher(sentence.substring(Math.max(0, at - 40), at)).find() || !ctx.standsAlone(d.sentence())) {
            return false;
        }
        // "turun dari 7.786 titik di 2023 menjadi 3.163": the year of one end of a change, not of the change;
        // "Karhutla pada 2024 ini": a gap before "ini" leaves the answer in the words around it.
        String after = sentence.substring(Math.min(sentence.length(), at + d.text().length()));
        String before = sentence.substring(Math.max(0, at - 140), at);
        if (FROM_STATE.matcher(before).find() && TO_STATE.matcher(after).find() || THIS.matcher(after).find()
                // "hingga 5 Mei", "sampai Juli": the end of a span asks "until when", not "when".
                || UNTIL.matcher(before).find()
                // "dari Januari 2022 ... sampai Minggu ke-36": the start of a span of a count.
                || START.matcher(before).find() && sentence.matches("(?isu).*\\b(?:sampai|hingga)\\b.*")
                // "BPS mencatat surplus pada Oktober 2021": the month is that of what was reported, not of the report.
                || REPORTED.matcher(before).find() && !DAY.matcher(d.text()).find()) {
            return false;
        }
        if (pairedDay(d, sentence, at)) {
            return false;
        }
        // "tahun emisi 1991, 1993 dan 1997", "Pilkada 2024": a year listed among years, or one that closes the name
        // of an event, dates nothing the sentence tells.
        if (d.text().matches("(?:19|20)\\d{2}") && (DateExtractor.listedWithYears(sentence, at, at + d.text().length())
                || DateExtractor.closesAName(sentence, at))) {
            return false;
        }
        if (d.relativeTo() != null) {
            // "pekan ini" worked out to "4-10 Januari": a span the text never states is no answer to read.
            if (d.value().contains("/")) {
                return false;
            }
            // Counted from a date the text states ("Pada 2013 ... Tahun berikutnya"), never from the page's date.
            return ctx.analysis.dates().stream().anyMatch(o -> o.relativeTo() == null && d.relativeTo().equals(o.value())
                    && o.sentence() <= d.sentence() && ctx.isBody(o.sentence()));
        }
        return true;
    }

    // Figures keep their separators ("7.786"): only a comma, semicolon or stop between words ends the clause.
    private static final Pattern FROM_STATE = Pattern.compile("(?iu)\\bdari\\b(?:[^,.;]|(?<=\\d)[.,](?=\\d)){0,50}$");
    private static final Pattern TO_STATE = Pattern.compile("(?iu)^[^,.;]{0,20}\\b(?:menjadi|jadi|ke angka|hingga|sampai)\\b");
    // A date that names its day ("Senin (15/11)", "15 November 2021"), not only a month or a year.
    private static final Pattern DAY = Pattern.compile(
            "(?iu)\\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\\b|\\d{1,2}/\\d{1,2}|\\b\\d{1,2}\\s+\\p{L}{3,}");
    private static final Pattern UNTIL = Pattern.compile("(?iu)\\b(?:hingga|sampai|sampai dengan|s\\.d\\.?|s/d)\\s+(?:akhir\\s+|pertengahan\\s+|awal\\s+)?$");
    private static final Pattern START = Pattern.compile("(?iu)\\b(?:dari|sejak|mulai)\\s+(?:tanggal\\s+|hari\\s+)?$");
    private static final Pattern REPORTED = Pattern.compile(
            "(?iu)\\b(?:menyatakan|mencatat|mencatatkan|melaporkan|mengumumkan|menyebutkan|merilis|dilaporkan|tercatat)\\b"
                    + "(?:[^,.;]|(?<=\\d)[.,](?=\\d)){0,110}$|\\b(?:sepanjang|selama)\\s+$");
    // A day, a month, or a year ("32 RSUD dibangun pada 2025 dan 34 RSUD akan dibangun"): a date left in the event.
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?iu)\\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu"
            + "|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
            + "|(?:pada|tahun|sejak|hingga|sampai)\\s+(?:19|20)\\d\\d)\\b");
    private static final Pattern THIS = Pattern.compile("(?iu)^\\s*(?:ini|itu|tersebut)\\b");

    // A year things are compared with or aimed at is no date of an event: "dibandingkan 2023", "target 2024".
    private static final Pattern COMPARED = Pattern.compile(
            "(?iu)\\b(?:dibanding|dibandingkan|ketimbang|daripada|target|sasaran|proyeksi|hingga akhir|periode yang sama)\\b[^,.]{0,25}$");
    // A quarter or a semester names a period of statistics, not the day something happened.
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\b(?:kuartal|triwulan|semester|caturwulan)\\s+[IVX\\d]*\\s*(?:tahun\\s+)?$");
    // "..., ujar Rudi di Jakarta, Kamis (2/3)": the date of a statement, not of what the story reports.
    private static final Pattern SAID = Pattern.compile("(?iu)\\b(?:ujar|kata|ucap|tutur|jelas|ungkap|tegas|imbuh|terang|harap"
            + "|pungkas|tandas|papar|sebut|pinta|ajak|imbau|tambah|sambung|urai|beber)(?:nya)?\\b(?:[^.]|\\.(?=\\S)"
            // "ujar dr. Iswandi kepada awak media, ____": a title's full stop does not end the sentence
            + "|(?<=\\b(?:dr|drg|Dr|Drs|Dra|Ir|Prof|prof|H|Hj|KH|Kh|Mr|Mrs|Ny|Tn|St|Sdr))\\.)*$");

    /** Whether the text position lies between an opening and a closing quotation mark: the speaker's words, not the story's. */
    private static boolean insideQuote(String sentence, int at) {
        int marks = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Whether the date dates the statement the sentence attributes ("ujar Rudi ..., Kamis (2/3)"). */
    boolean datesStatement(DateMention d) {
        String sentence = ctx.text(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        return at > 0 && (SAID.matcher(sentence.substring(0, at)).find()
                || SAYS_BEFORE.matcher(sentence.substring(0, at)).find()
                || RELEASED.matcher(sentence.substring(0, at)).find() || TO_PRESS.matcher(sentence.substring(0, at)).find()
                || SAYS_AFTER.matcher(sentence.substring(at + d.text().length())).lookingAt());
    }

    // "Seperti penuturan Kacabjari ... kepada wartawan, ____ siang, ...": the day someone spoke to the press.
    private static final Pattern TO_PRESS = Pattern.compile(
            "(?iu)\\bkepada\\s+(?:para\\s+)?(?:wartawan|awak media|media|jurnalis|pers)\\b[^.;]{0,30}$");
    // "... dalam keterangan tertulisnya yang diterima Antara di Jakarta, ____": the day a statement went out.
    private static final Pattern RELEASED = Pattern.compile("(?iu)\\b(?:dalam|melalui|lewat)\\s+(?:keterangan|siaran|rilis"
            + "|konferensi|jumpa)\\s+(?:tertulis|pers|resmi)(?:nya)?\\b[^.;]{0,80}$");

    // "target ... di akhir 2021", "akan kembali digelar di 2025": a time aimed at or planned, which has not happened.
    private static final Pattern AIMED = Pattern.compile("(?iu)\\b(?:akan|target|targetnya|ditargetkan|menargetkan|rencana"
            + "|rencananya|direncanakan|dijadwalkan|mendatang|mengejar|diharapkan)\\b");


    // Verbs of saying that take what was said after them, active and passive; "menyampaikan" and "menyebutkan" also
    // take a thing said ("menyampaikan pidato"), so they count only where a date stands between subject and verb.
    private static final String SAYS = "mengatakan|menjelaskan|menuturkan|mengungkapkan|menegaskan|menambahkan|berkata"
            + "|menerangkan";
    private static final String WAS_SAID = "dikatakan|dijelaskan|diungkapkan|ditegaskan|diterangkan";
    // "Kapolres ... mengatakan pada Senin (12/9) bahwa ...": the day someone spoke, written after the verb.
    private static final Pattern SAYS_BEFORE = Pattern.compile("(?iu)\\b(?:" + SAYS + "|" + WAS_SAID + "|menyatakan|mengaku)"
            + "\\s+(?:pada\\s+|kepada\\s+(?:wartawan|media)\\s+(?:pada\\s+)?)?(?:hari\\s+)?$");
    // An event that is someone speaking ("Kapan Kapolres ... mengatakan bahwa ...?") is not worth a question of its own.
    private static final Pattern SPEAKING = Pattern.compile("(?iu)\\b(?:" + SAYS + "|" + WAS_SAID + ")\\b");

    // "Kepala Balai X, Selasa (6/4), mengatakan ...": the day someone spoke, not the day of the story's event.
    private static final Pattern SAYS_AFTER = Pattern.compile("(?iu)(?:\\s+(?:kemarin|lalu|pagi|siang|sore|malam))?\\s*,?\\s*(?:" + SAYS
            + "|menyatakan|menyebutkan|menyampaikan)\\b");

    private static final Pattern DAY_NAMED = Pattern.compile("(?iu)\\b(?:tanggal|tgl\\.?)\\s+(\\d{1,2})(?!\\d)");
    private static final Pattern DATE_VALUE = Pattern.compile("^(?:\\d{4}|-)-\\d{2}-(\\d{2})");

    /** Whether the prompt names the answer's day of the month ("mulai tanggal 26-28 ..., ____" for 26 July). */
    static boolean givesDay(String prompt, String value) {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.find()) {
            return false;
        }
        int day = Integer.parseInt(m.group(1));
        Matcher named = DAY_NAMED.matcher(prompt);
        while (named.find()) {
            if (Integer.parseInt(named.group(1)) == day) {
                return true;
            }
        }
        return false;
    }

    // Words that may stand between two days that follow each other: "Senin (13/7) malam dan Selasa (14/7) dini hari".
    private static final Pattern PAIR_BETWEEN = Pattern.compile("(?iu)^[\\s,]*(?:(?:dini\\s+hari|pagi|siang|sore|malam)\\s*,?\\s*)?"
            + "(?:dan|hingga|sampai(?:\\s+dengan)?|s\\.d\\.?|serta|ke|-|–|—)\\s+(?:hari\\s+|pada\\s+)?$");
    /**
     * Whether the date stands right beside another day of its sentence ("pada ____ malam dan Selasa (14/7) dini
     * hari"): the other day bounds the gap, so a reader rules out the wrong choices without the article.
     */
    private boolean pairedDay(DateMention d, String sentence, int at) {
        if (!DAY.matcher(d.text()).find()) {
            return false;
        }
        for (DateMention o : ctx.analysis.dates()) {
            if (o == d || o.sentence() != d.sentence() || o.value() == null || !DAY.matcher(o.text()).find()) {
                continue;
            }
            int oAt = ArticleContext.find(sentence, o.text());
            if (oAt < 0) {
                continue;
            }
            if (oAt >= at + d.text().length() && PAIR_BETWEEN.matcher(sentence.substring(at + d.text().length(), oAt)).matches()
                    || oAt < at && oAt + o.text().length() <= at
                    && PAIR_BETWEEN.matcher(sentence.substring(oAt + o.text().length(), at)).matches()) {
                return true;
            }
        }
        return false;
    }

    // "sampai dengan Senin, 6 Juli 2020", "pada Sabtu malam, 22 November 2025": the weekday belongs to the answer, or the
    // wrong choices contradict it.
    // The weekdays as a news text writes them, and the times of day written after one.
    static final String WEEKDAY = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)";
    static final String TIME_OF_DAY = "(?:pagi|siang|sore|petang|malam)";
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?iu)\\b(" + WEEKDAY + ")(?:\\s+" + TIME_OF_DAY + ")?\\s*,\\s*$");

    /** The date with the weekday written before it ("Senin, 6 Juli 2020"), as one answer. */
    private DateMention withWeekday(DateMention d) {
        String sentence = ctx.text(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        if (at <= 0 || d.value() == null || !Character.isDigit(d.text().charAt(0)) || !DateForms.plain(d.text())) {
            return d;
        }
        Matcher m = WEEKDAY_BEFORE.matcher(sentence.substring(0, at));
        if (!m.find()) {
            return d;
        }
        return new DateMention(sentence.substring(m.start(1), at) + d.text(), d.value(), d.sentence(), d.relativeTo());
    }

    private static boolean startsWithDay(String text) {
        return Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0));
    }

    private static final String[] WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};
    /** Whether the date closes a span the sentence tells ("dari Jumat hingga Minggu, Minggu (30/6/2024)"). */
    static boolean endsASpan(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        return at > 0 && SPAN_END_BEFORE.matcher(sentence.substring(0, at)).find();
    }

    private static final java.util.regex.Pattern SPAN_END_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:hingga|sampai|s\\.?d\\.?)\\s+(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\\s*,?\\s*)?$");

    /**
     * "Rabu (10/10/2017)" where 10 October 2017 was a Tuesday: the source contradicts itself, and a question would
     * teach one of its slips as the answer, the only day among the choices whose weekday does not fit.
     */
    static boolean wrongWeekday(DateMention d) {
        if (d.value() == null || !d.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        String text = d.text().toLowerCase(java.util.Locale.ROOT).replace("jum'at", "jumat").replace("jum’at", "jumat")
                .replace("ahad", "minggu");
        java.util.List<String> days = java.util.Arrays.asList(WEEKDAYS);
        int named = -1;
        for (String word : text.split("[^\\p{L}]+")) {
            int day = days.indexOf(word);
            if (day >= 0) {
                if (named >= 0 && named != day) {
                    return false; // two weekdays: a span, not one day
                }
                named = day;
            }
        }
        if (named < 0) {
            return false;
        }
        try {
            return java.time.LocalDate.parse(d.value()).getDayOfWeek().getValue() - 1 != named;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DateMention mention : ctx.analysis.dates()) {
            DateMention d = withWeekday(mention);
            if (!askable(d) || stampAfterAnotherDate(d) || !seen.add(d.value())) {
                continue;
            }
            String answer = answerText(d);
            Evidence evidence = ctx.evidence(d.sentence());
            List<String> candidates = candidates(d, answer);
            List<String> distractors = sharedWeekday(answer, ctx.picker.pick(List.of(answer, d.text()), candidates, 3, List.of()),
                    candidates);
            // The day of a statement ("..., kata Budi dalam keterangan tertulisnya, Kamis") is asked, if at all, as the
            // gap of its sentence in the bank, never as the day of what was said ("Kapan pemerintah akan menambah ...?").
            String event = datesStatement(d) ? null : event(d);
            if (distractors.size() == 3) {
                List<String> choices = ctx.picker.choices(List.of(answer), distractors, "date" + d.value());
                if (event != null) {
                    // "Sejak kapan" asks a start: a span ("15-18 Mei") answers "Kapan".
                    String when = d.value().contains("/") ? "Kapan" : since(ctx.text(d.sentence()), d.text());
                    out.add(Drafts.choice(Skill.DATE, when + " " + ctx.decapitalize(event) + "?",
                            choices, answer, explanation(d), evidence, Difficulty.EASY, 0.72));
                } else {
                    String gapped = ArticleContext.blank(ctx.readable(d.sentence()), d.text());
                    // A date standing alone ("Jumat (21/10/2022).") leaves no event to date.
                    // "... dimulai dari Jumat hingga Minggu, ____": the end of a span the sentence tells is no day the
                    // event happened, and the weekday before the gap gives wrong days away.
                    boolean spanEnd = endsASpan(ctx.readable(d.sentence()), d.text());
                    if (gapped != null && !spanEnd && EventPhrase.hasVerb(gapped.replace(ArticleContext.GAP, " "), ctx.lexicon)
                            && gapped.replace(ArticleContext.GAP, " ").split("\\s+").length >= 5) {
                        out.add(Drafts.choice(Skill.DATE, (deadline(ctx.text(d.sentence()), d.text())
                                ? "Menurut berita, apa batas waktu yang disebut pada kalimat berikut? "
                                : AIMED.matcher(ctx.text(d.sentence())).find()
                                ? "Menurut berita, waktu apa yang tepat untuk mengisi bagian kosong? "
                                : "Menurut berita, kapan hal berikut terjadi? ")
                                + ArticleContext.quotedAround(gapped), choices, answer, explanation(d), evidence, Difficulty.EASY,
                                // "sejak sekitar ____" for "3 hari lalu": a day worked out from another puts words in
                                // the quoted sentence that it does not hold, so a teacher words it first
                                datesStatement(d) || d.relativeTo() != null ? 0.45 : 0.62));
                    }
                }
            }
            String gapped = ArticleContext.blank(ctx.readable(d.sentence()), d.text());
            if (gapped != null) {
                // A relative date ("bulan depan") may be typed as written or as the date it stands for.
                List<String> accepted = new ArrayList<>(List.of(d.text()));
                String formatted = IndonesianDates.format(d.value());
                if (formatted != null && !AnswerText.sameAnswer(formatted, d.text())) {
                    accepted.add(formatted);
                }
                out.add(Drafts.cloze(Skill.DATE, "Lengkapi kalimat berikut dengan keterangan waktu yang tepat: "
                        + ArticleContext.quotedAround(gapped), accepted, explanation(d), evidence, Difficulty.MEDIUM, 0.35));
            }
        }
        return out;
    }

    private static final Pattern LEADING_WEEKDAY = Pattern.compile("(?iu)^(" + WEEKDAY + ")\\b");

    /**
     * "Jumat (10/10/2025)" among three Mondays is picked by its weekday, not by reading: where the wrong days share a
     * weekday and none has the answer's, the last gives way to a day of the answer's weekday (a week apart).
     */
    static List<String> sharedWeekday(String answer, List<String> distractors, List<String> candidates) {
        Matcher a = LEADING_WEEKDAY.matcher(answer);
        if (!a.find() || distractors.size() < 3) {
            return distractors;
        }
        String own = a.group(1).toLowerCase(java.util.Locale.ROOT);
        Set<String> others = new HashSet<>();
        for (String c : distractors) {
            Matcher m = LEADING_WEEKDAY.matcher(c);
            if (!m.find()) {
                return distractors;
            }
            others.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        if (others.contains(own) || others.size() > 1) {
            return distractors;
        }
        for (String c : candidates) {
            Matcher m = LEADING_WEEKDAY.matcher(c);
            if (m.find() && m.group(1).equalsIgnoreCase(own) && !AnswerText.sameAnswer(c, answer) && !distractors.contains(c)) {
                List<String> out = new ArrayList<>(distractors);
                out.set(out.size() - 1, c);
                return out;
            }
        }
        return distractors;
    }

    /**
     * "... akibat naiknya harga BBM di awal September 2022, Jumat (9/12/2022).": a day put after a comma at the end of a
     * sentence that already dates its event is the day of the report, not of the event, and no answer to "kapan".
     */
    private boolean stampAfterAnotherDate(DateMention d) {
        String sentence = ctx.readable(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        if (at < 0 || !sentence.substring(at + d.text().length()).matches("\\s*[.!]?\\s*")
                || !sentence.substring(0, at).matches("(?s).*,\\s*(?:pada\\s+)?$")) {
            return false;
        }
        // (another month or day: a year alone, "Bupati Cup 2024", names the event, not its day)
        return d.value().length() >= 7 && ctx.analysis.dates().stream().anyMatch(o -> o.sentence() == d.sentence()
                && o.value() != null && o.value().length() >= 7 && !o.value().contains("/")
                && !o.value().substring(0, 7).equals(d.value().substring(0, 7))
                && ArticleContext.find(sentence, o.text()) >= 0 && ArticleContext.find(sentence, o.text()) < at);
    }

    // "paling lambat 21 November": a deadline, which has not happened when the text is written.
    private static final Pattern DEADLINE = Pattern.compile(
            "(?iu)\\b(?:paling lambat|selambat-lambatnya|batas waktu|tenggat(?: waktu)?|batas akhir|deadline)\\s+(?:pada\\s+|tanggal\\s+)?$");

    private static boolean deadline(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        return at > 0 && DEADLINE.matcher(sentence.substring(0, at)).find();
    }

    /** "Sejak kapan" for a date after "sejak", "Sampai kapan" after "hingga"/"sampai", else "Kapan". */
    private static String since(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        String before = at < 0 ? "" : sentence.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+(?:akhir|awal|pertengahan)$", "");
        if (before.endsWith(" sejak")) {
            return "Sejak kapan";
        }
        if (deadline(sentence, date)) {
            return "Paling lambat kapan";
        }
        return before.endsWith(" hingga") || before.endsWith(" sampai") ? "Sampai kapan" : "Kapan";
    }

    private String explanation(DateMention d) {
        if (d.relativeTo() != null) {
            return "Kalimat bukti menyebut «" + d.text() + "», dihitung dari " + IndonesianDates.format(d.relativeTo())
                    + ", jadi " + answerText(d) + ".";
        }
        return "Kalimat bukti menyebut «" + d.text() + "».";
    }

    /**
     * Other dates of the text of the same shape first (never one of the same sentence, which the evidence would
     * make true too, nor one inside the answer's range), then near dates; all written like the answer.
     */
    private List<String> candidates(DateMention d, String answer) {
        String shape = IndonesianDates.shape(d.value());
        List<String> values = new ArrayList<>();
        Set<String> defensible = new HashSet<>();
        for (DateMention other : ctx.analysis.dates()) {
            if (other.value() != null && !other.value().equals(d.value()) && other.sentence() != d.sentence()
                    && IndonesianDates.shape(other.value()).equals(shape) && !overlaps(d.value(), other.value())) {
                // "Sabtu (11/1)" asked for a visit the text also begins with the arrival on "Jumat (10/1)": a day the
                // text gives next to the answer's is often the same event's other day, and can be defended.
                if (sameHappening(d, other) || dayApart(d.value(), other.value())) {
                    defensible.add(other.value());
                } else {
                    values.add(other.value());
                }
            }
        }
        for (String v : IndonesianDates.near(d.value())) {
            if (!overlaps(d.value(), v) && !defensible.contains(v)) {
                values.add(v);
            }
        }
        // "Selasa (17/11)" beside "Rabu (17/11)" (the source dates one day with two weekdays): written without a year,
        // the same day of another year differs by its weekday alone, and the reader cannot tell which one is meant.
        if (d.value().matches(".*\\d{2}-\\d{2}") && !d.text().matches(".*\\d{4}.*")) {
            String day = d.value().substring(d.value().length() - 5);
            values.removeIf(v -> v.endsWith(day));
        }
        // "Turnamen Bupati Cup 2024 ... ____": the sentence names the answer's year, so a day of another year is
        // ruled out by the prompt, not by reading.
        String year = d.value().length() >= 7 && Character.isDigit(d.value().charAt(0)) ? d.value().substring(0, 4) : null;
        String sentence = ctx.text(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        String rest = at < 0 ? sentence : sentence.substring(0, at) + " " + sentence.substring(at + d.text().length());
        if (year != null && (Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(rest).find() || ctx.storyYear(year))) {
            values.removeIf(v -> !v.startsWith(year));
        }
        // "Minggu (22/6/2025)" on a page dated 22 Mei 2025: a day after the page was published is ruled out by its date.
        String published = publishedOn();
        if (published != null && FULL_DAY.matcher(d.value()).matches() && d.value().compareTo(published) <= 0) {
            values.removeIf(v -> FULL_DAY.matcher(v).matches() && v.compareTo(published) > 0);
        }
        values = onItsSide(d, values);
        String written = d.relativeTo() != null ? answer : d.text();
        if (!DateForms.writable(written)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(DateForms.alike(written, d.value(), values));
        if (d.text().contains(" hingga ") || d.text().contains(" sampai ")) {
            // Written like the answer ("9 hingga 11 Mei"), so the style of a choice does not single it out.
            String joiner = d.text().contains(" hingga ") ? " hingga " : " sampai ";
            out.replaceAll(c -> c == null ? null : c.replaceFirst("^(\\d+)-(\\d+) ", "$1" + joiner + "$2 "));
        }
        return out;
    }

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PAST_AFTER = Pattern.compile("(?iu)\\s+(?:yang\\s+)?lalu\\b");
    private static final Pattern FUTURE_AFTER = Pattern.compile("(?iu)\\s+(?:mendatang|yang\\s+akan\\s+datang)\\b");

    /**
     * The days of {@code values} on the side of the story the words after the date put it: "setelah resmi dilantik pada
     * 20 Februari 2025 lalu" in a story of 4 Maret 2025 is a day before the story's latest day, "pada 8 Maret 2025
     * mendatang" one after it; a wrong day on the other side is ruled out by the words, not by reading.
     */
    List<String> onItsSide(DateMention d, List<String> values) {
        String sentence = ctx.text(d.sentence());
        int at = ArticleContext.find(sentence, d.text());
        String after = at < 0 ? "" : sentence.substring(at + d.text().length());
        boolean past = PAST_AFTER.matcher(after).lookingAt();
        boolean future = FUTURE_AFTER.matcher(after).lookingAt();
        String latest = past || future ? latestOtherDay(d) : null;
        if (latest == null || !FULL_DAY.matcher(d.value()).matches()
                || !(past && d.value().compareTo(latest) < 0 || future && d.value().compareTo(latest) > 0)) {
            return values;
        }
        List<String> out = new ArrayList<>(values);
        out.removeIf(v -> FULL_DAY.matcher(v).matches() && (past ? v.compareTo(latest) >= 0 : v.compareTo(latest) <= 0));
        return out;
    }

    /** The latest full day the text names besides this date and days to come (the end of a span counts), or null. */
    private String latestOtherDay(DateMention d) {
        String latest = null;
        for (DateMention m : ctx.analysis.dates()) {
            if (m == d || m.value() == null || m.sentence() == d.sentence() && m.text().equals(d.text())) {
                continue;
            }
            // a day still to come is no day the story has reached
            String text = ctx.text(m.sentence());
            int at = ArticleContext.find(text, m.text());
            if (at >= 0 && FUTURE_AFTER.matcher(text.substring(at + m.text().length())).lookingAt()) {
                continue;
            }
            String v = m.value().contains("/") ? m.value().substring(m.value().indexOf('/') + 1) : m.value();
            if (FULL_DAY.matcher(v).matches() && (latest == null || v.compareTo(latest) > 0)) {
                latest = v;
            }
        }
        return latest;
    }

    /** The day the page says it was published (its date stamp or the dateline's date), or null. */
    private String publishedOn() {
        String latest = null;
        for (DateMention m : ctx.analysis.dates()) {
            Sentence s = ctx.analysis.sentence(m.sentence());
            if (s != null && s.kind() == Sentence.Kind.BOILERPLATE && m.value() != null && FULL_DAY.matcher(m.value()).matches()
                    && (latest == null || m.value().compareTo(latest) > 0)) {
                latest = m.value();
            }
        }
        String dateline = ctx.analysis.dateline() == null ? null : ctx.analysis.dateline().date();
        if (dateline != null && FULL_DAY.matcher(dateline).matches() && (latest == null || dateline.compareTo(latest) > 0)) {
            latest = dateline;
        }
        return latest;
    }

    /**
     * Whether the other date's sentence tells of the same happening: two or more of its common words, the names
     * aside, stand in the asked sentence ("harga bawang ... mulai merangkak naik" on 27 April, "harga bawang ... naik
     * sejak seminggu lalu", 20 April). Offered as a wrong choice, such a day is one a careful reader can defend.
     */
    private boolean sameHappening(DateMention d, DateMention other) {
        return ArticleContext.sharedWords(commonWords(ctx.text(d.sentence())), commonWords(ctx.text(other.sentence())),
                ArticleContext.COMMON_WORDS) >= 2;
    }

    /** The words of a sentence written in lower case: what it tells, without the names of who and where. */
    private static String commonWords(String sentence) {
        StringBuilder out = new StringBuilder();
        for (String w : sentence.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /** Whether two single days ("2025-01-11", "--01-10") are one day apart. */
    static boolean dayApart(String a, String b) {
        if (a == null || b == null || a.contains("/") || b.contains("/") || !a.matches(".*-\\d{2}-\\d{2}")
                || !b.matches(".*-\\d{2}-\\d{2}")) {
            return false;
        }
        String x = a.substring(a.length() - 5);
        String y = b.substring(b.length() - 5);
        // A leap year, so that 29 February reads; only the distance in days counts.
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse("2000-" + x),
                java.time.LocalDate.parse("2000-" + y));
        return Math.abs(days) == 1;
    }

    /** Whether one date lies within the other ("18 Mei" in "18-19 Mei"): such a distractor would also be true. */
    private static boolean overlaps(String a, String b) {
        return a.contains(b) || b.contains(a) || a.contains("/") && (a.startsWith(b) || a.endsWith(b))
                || b.contains("/") && (b.startsWith(a) || b.endsWith(a));
    }
}
