package id.simak.generate;

import id.simak.analysis.NumberMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks for the quantities of the article: how many, with nearby numbers as distractors, and a cloze in the sentence. */
final class NumberQuestions {

    private final ArticleContext ctx;

    NumberQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    // Words the analysis may take for a unit that count nothing: "2018 sebesar", "7,48 secara", "16 besar".
    private static final Set<String> NOT_UNITS = Set.of("sebesar", "secara", "besar", "lewat", "usai", "dari", "di", "ke",
            "pada", "yang", "dan", "atau", "hingga", "sampai", "menjadi", "untuk", "dengan", "oleh", "per", "lebih",
            "kurang", "sekitar", "lalu", "lagi", "saja", "pun", "juga", "sebanyak", "mencapai", "naik", "turun",
            "tersebut", "ini", "itu", "sisi", "hal", "pihak", "satunya", "sama", "lain", "sebagai", "tahap", "jadi");
    private static final Set<String> TIME_UNITS = Set.of("detik", "menit", "jam", "hari", "pekan", "minggu", "bulan",
            "tahun", "dekade", "dasawarsa", "abad", "windu", "semester", "kuartal");
    // Small counts in words ("dua", "tiga", "empat") are guessed, not read.
    private static final int SMALL_WORD_COUNT = 4;
    // A figure with the noun it counts ("82 medali", "105 orang"), not an amount of money or a scale ("Rp200 ribu").
    private static final Pattern COUNTED_NOUN = Pattern.compile(
            "(?u)\\d[\\d.,]*\\s+(?!(?:ribu|juta|miliar|triliun|persen)\\b)\\p{Ll}+(?:\\s+\\p{Ll}+)?");
    // The counted things named right after the number: "yakni A, B ...", ": A, B", "di antaranya ...".
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "(?iu)^[^.]{0,40}?(?::|\\b(?:yakni|yaitu|antara lain|di antaranya|diantaranya|adalah|meliputi|terdiri|masing-masing|seperti)\\b)");
    // A number that names a thing rather than counts it: "Nomor 12", "SK 1637", "kode 45", "ke-10", "program 1000 jembatan".
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?iu)(?:\\b(?:nomor|no\\.?|nomer|kode|sk|keputusan|pasal|ayat|lantai|km|jalur|gate|pintu|seri|tanggal|tgl\\.?"
            + "|zona|blok|tahap|gelombang|sesi|grup|kelas|ruang|rt|rw"
            // "program 1000 jembatan gantung", "Gerakan 1.000 Startup": a figure that names a programme
            + "|program|gerakan)\\s*|ke-)$");
    // "satu tahun sekali", "dua minggu sekali": how often, an idiom of frequency rather than a count.
    private static final Pattern FREQUENCY = Pattern.compile("(?iu)\\s+(?:kali\\s+)?\\p{L}+\\s+sekali?\\b");
    // "24 jam", "1 x 24 jam": round the clock, not a count of hours.
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("(?iu)(?:\\d\\s*x\\s*)?24\\s+jam\\b");
    // Number words that are idioms rather than quantities: "salah satu", "satu sisi", "dua belah pihak".
    private static final Pattern IDIOM = Pattern.compile("(?iu)\\b(?:salah|se)\\s*$");

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberMention n : ctx.analysis.numbers()) {
            String numeral = numeral(n);
            String sentence = ctx.readable(n.sentence());
            if (numeral == null || !ctx.standsAlone(n.sentence()) || !countable(n, numeral, sentence)
                    || countedInSentence(n, numeral, sentence)) {
                continue;
            }
            String gapped = ArticleContext.blank(sentence, numeral);
            if (gapped == null || !ArticleContext.fairGap(sentence, numeral) || tooShort(gapped) || derivable(sentence, numeral)
                    || !seen.add(AnswerText.key(n.text()))) {
                continue;
            }
            Written inWeeks = "hari".equalsIgnoreCase(n.unit()) ? weeks(numeral, n.value()) : null;
            Written written = inWeeks != null ? inWeeks : written(numeral, n.value());
            if (written == null) {
                continue;
            }
            Evidence evidence = ctx.evidence(n.sentence());
            String why = "Kalimat bukti menyebut «" + n.text() + "».";
            out.add(Drafts.cloze(Skill.NUMBER, "Lengkapi kalimat berikut dengan bilangan yang tepat: "
                    + ArticleContext.quotedAround(gapped), written.accepted(), why, evidence, Difficulty.MEDIUM, 0.4));
            List<String> candidates = new ArrayList<>(sameUnit(n, written));
            candidates.addAll(written.near());
            // A figure the sentence itself shows is no fair wrong choice ("semula 20 persen menjadi ____").
            // So is its figure with another noun ("98 medali" beside "98 perunggu").
            // Written another way counts too: "Rp. 4.000,00" beside the sentence's "Rp 4.000,00".
            Set<Double> shown = figuresIn(sentence);
            candidates.removeIf(c -> ArticleContext.find(sentence, c) >= 0
                    || Character.isDigit(c.charAt(0)) && ArticleContext.find(sentence, c.split("\\s+")[0]) >= 0
                    || !IndonesianNumbers.inWords(c) && shown.contains(figureOf(c)) && sameSize(c, written.answer()));
            // A figure the sentence rules out is no choice a reader weighs: above 100 % for a share, or below the
            // runner-up for "the highest".
            candidates.removeIf(c -> ruledOut(n, sentence, c));
            // An age ("Panut, 67 tahun"): a wrong age a reader would believe, not "101".
            if (isAge(n)) {
                candidates.removeIf(c -> !(figureOf(c) >= 1 && figureOf(c) <= MAX_AGE));
            }
            List<String> distractors = ctx.picker.pick(written.accepted(), candidates, 3, List.of());
            // "Rp125.000" among "Rp25.000", "Rp30.000", "Rp36.000": the one figure of its own size is picked by size,
            // not by reading; then the wrong figures are made near the answer instead.
            boolean bySiblings = closestToShown(written.answer(), distractors, gapped);
            if (outlier(written.answer(), distractors) || bySiblings) {
                List<String> near = new ArrayList<>(written.near());
                double a = figureOf(written.answer());
                near.removeIf(c -> ArticleContext.find(sentence, c) >= 0 || ruledOut(n, sentence, c)
                        || isAge(n) && !(figureOf(c) >= 1 && figureOf(c) <= MAX_AGE)
                        // beside the figures the sentence shows, only close ones: the siblings' neighbourhood
                        || bySiblings && Math.abs(figureOf(c) - a) > a * 0.2);
                distractors = ctx.picker.pick(written.accepted(), near, 3, List.of());
            }
            // A small count in words ("dua", "tiga") is easily guessed: such a question waits in the bank.
            boolean small = IndonesianNumbers.inWords(numeral) && n.value() <= SMALL_WORD_COUNT;
            // So is one the sentence's other figures give by adding or subtracting: a sum, not a reading.
            boolean worked = sumOfOthers(n) || insideMonotoneRow(n) || toldTwice(n) || repeated(n) || countedAgain(n, numeral)
                    || extremeAsTold(sentence, numeral, written.answer(), distractors)
                    // "lebih dari ____ orang": a smaller figure is true as well, and a larger one the text gives for a
                    // part ("1.092 di Jawa Tengah") can be defended; a bound is asked in the bank.
                    || BOUND_BEFORE.matcher(gapped.substring(0, Math.max(0, gapped.indexOf(ArticleContext.GAP)))).find();
            if (distractors.size() == 3) {
                // "82 medali" asked as "Angka berapa ...?" is more than a figure: the choice, not the number, fills the gap.
                String ask = COUNTED_NOUN.matcher(written.answer()).matches()
                        ? "Pilihan mana yang tepat untuk mengisi bagian kosong? " : "Angka berapa yang tepat untuk mengisi bagian kosong? ";
                out.add(Drafts.choice(Skill.NUMBER, ask + ArticleContext.quotedAround(gapped),
                        ctx.picker.choices(List.of(written.answer()), distractors, "number" + n.text() + n.sentence()),
                        written.answer(), why, evidence, Difficulty.EASY, small || worked ? 0.35 : 0.68));
            }
        }
        return out;
    }

    private static final Pattern BOUND_BEFORE = Pattern.compile("(?iu)\\b(?:lebih\\s+dari|kurang\\s+dari|hampir|di\\s+atas"
            + "|di\\s+bawah|setidaknya|sedikitnya|paling\\s+sedikit|tak\\s+kurang\\s+dari|tidak\\s+kurang\\s+dari)\\s*$");
    private static final int MAX_AGE = 95;

    /** A person's age: whole years after a name ("Panut, 67 tahun", "Agus (40)"). */
    static boolean isAge(NumberMention n) {
        return "tahun".equals(n.unit()) && n.value() == Math.rint(n.value()) && n.value() > 0 && n.value() <= 110
                && AGE_AFTER_NAME.matcher(n.text()).find();
    }

    private static final Pattern AGE_AFTER_NAME = Pattern.compile("^\\(?\\d{1,3}\\)?(?:\\s+tahun)?$");

    private static final int MIN_GAP_WORDS = 6;

    /** "Sekitar ____ detik.": a sentence this short says too little to read a figure from. */
    private static boolean tooShort(String gapped) {
        return gapped.replace(ArticleContext.GAP, " x ").strip().split("\\s+").length < MIN_GAP_WORDS;
    }

    // "90 persen, yaitu ____": the gap restates a share the sentence gives; "unggul ____ poin, 33-22": a margin the
    // score beside it gives by subtraction.
    private static final Pattern RESTATES_SHARE = Pattern.compile(
            "(?iu)\\d(?:[.,]\\d+)?\\s*(?:%|persen)\\s*,?\\s*(?:yaitu|yakni|atau|sebanyak|sejumlah|setara(?:\\s+dengan)?|sekitar)\\s*$");
    private static final Pattern MARGIN = Pattern.compile("(?iu)\\b(?:unggul|selisih|menang|kalah|tertinggal)\\s*$");
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b");

    /** Whether the sentence lets a reader work the answer out from its other figures instead of reading it. */
    private static final Pattern WORKED_OUT = Pattern.compile("\\d\\S*\\s*[×x*]\\s*\\S*\\d\\S*\\s*=\\s*(?:±\\s*)?$");

    private static boolean derivable(String sentence, String numeral) {
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + numeral.length());
        return RESTATES_SHARE.matcher(before).find() || MARGIN.matcher(before).find() && SCORE.matcher(sentence).find()
                // "54m² × Rp1.500.000/m² = ± ____": the result of a sum the sentence writes out; and a factor of it
                || WORKED_OUT.matcher(before).find() || before.matches("(?s).*\\d\\S*\\s*[×x*]\\s*$") && after.matches("(?s)\\s*(?:/\\S+)?\\s*=.*")
                // "Kisaran Rp 130-150 ribu ... saya jual yang biasa ____": the figure stands in the sentence elsewhere
                || shownElsewhere(before + " " + after, numeral)
                // "per 100.000 penduduk": the base of a rate is a convention, not a fact of the story
                || RATE_BASE.matcher(before).find()
                // "selama 20 hari, dari 26 Juni hingga 15 Juli": a length the span beside it gives by counting
                || DURATION.matcher(after).lookingAt() && SPAN.matcher(sentence).find()
                // "turun dari ____ persen menjadi 25 persen, ... penurunan sebanyak 17 persen": two ends and the change
                // between them, so any one is the others' sum or difference
                || changeWithItsSize(sentence, numeral)
                // "mencapai ____ atau Rp 1,03 triliun (kurs US $ 1=Rp 13.558)": one amount in two currencies, the one
                // worked out from the other
                || converted(sentence, numeral);
    }

    /** Whether the amount is written beside the same amount in another currency ("US$ 76 juta atau Rp 1,03 triliun"). */
    static boolean converted(String sentence, String amount) {
        int at = ArticleContext.find(sentence, amount);
        return at >= 0 && (CONVERTED_BEFORE_GAP.matcher(sentence.substring(0, at)).find()
                || CONVERTED_AFTER_GAP.matcher(sentence.substring(at + amount.length())).lookingAt()
                // the numeral without its currency: "US$ ____ juta atau Rp ..."
                || CONVERTED_AFTER_GAP.matcher(sentence.substring(at).replaceFirst("^\\S*\\d[\\d.,]*", "")).lookingAt());
    }

    private static final String MONEY = "(?:US\\s?\\$|USD|Rp\\.?|\\$|€|EUR|SGD|RM)";
    private static final Pattern CONVERTED_BEFORE_GAP = Pattern.compile(
            "(?iu)" + MONEY + "\\s?\\d[\\d.,]*(?:\\s*(?:ribu|juta|miliar|triliun))?\\s+(?:atau|setara(?:\\s+dengan)?)\\s+(?:" + MONEY + "\\s?)?$");
    private static final Pattern CONVERTED_AFTER_GAP = Pattern.compile(
            "(?iu)^(?:\\s*(?:ribu|juta|miliar|triliun))?\\s+(?:atau|setara(?:\\s+dengan)?)\\s+" + MONEY + "\\s?\\d");

    private static final Pattern FROM_TO = Pattern.compile("(?iu)\\bdari\\b[^.;]{0,40}?\\b(?:menjadi|jadi|ke)\\b");
    private static final Pattern SIZE_OF_CHANGE = Pattern.compile(
            "(?iu)\\b(?:penurunan|kenaikan|peningkatan|pertambahan|pengurangan|selisih|turun|naik|meningkat|menurun|berkurang|bertambah)\\b");

    /** Whether the numeral is one of three figures of the sentence, two ends of a change and its size, that add up. */
    private static boolean changeWithItsSize(String sentence, String numeral) {
        if (!FROM_TO.matcher(sentence).find() || !SIZE_OF_CHANGE.matcher(sentence).find()) {
            return false;
        }
        double answer = figureOf(numeral);
        if (Double.isNaN(answer)) {
            return false;
        }
        Set<Double> figures = figuresIn(sentence);
        for (double a : figures) {
            for (double b : figures) {
                if (a == b || a == answer || b == answer) {
                    continue;
                }
                // the answer is a sum or a difference of the two others, within a unit of rounding
                if (Math.abs(answer - (a + b)) <= 1 || Math.abs(answer - Math.abs(a - b)) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the numeral's figure ("130" of "Rp 130 ribu") stands as a figure of its own in the rest of the sentence. */
    private static boolean shownElsewhere(String rest, String numeral) {
        Matcher m = FIGURE.matcher(numeral.strip());
        if (!m.matches() || m.group(2).length() < 2) {
            return false;
        }
        String figure = m.group(2) + (m.group(3) == null ? "" : "," + m.group(3));
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure) + "(?![\\d]|[.,]\\d)").matcher(rest).find();
    }

    private static final Pattern RATE_BASE = Pattern.compile("(?iu)\\b(?:per|setiap|tiap)\\s*$");
    private static final Pattern DURATION = Pattern.compile("(?iu)\\s*(?:hari|pekan|minggu|bulan|tahun)\\b");
    private static final String DAY_WORDS = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)";
    private static final String MONTH_WORDS = "(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|desember)";
    // "26 Juni hingga 15 Juli 2025", "September 2024 - September 2025": two ends of a span of the calendar;
    // "dari Tanggal 17 hingga 24 September 2018", "17-24 September": two days of one month.
    private static final Pattern SPAN = Pattern.compile("(?iu)\\b" + MONTH_WORDS
            + "\\b[^.;]{0,20}?(?:\\bhingga\\b|\\bsampai\\b|\\bs\\.d\\.?|\\s[-–]\\s)[^.;]{0,25}?\\b" + MONTH_WORDS + "\\b"
            + "|(?<![\\d.,])\\d{1,2}\\s*(?:\\bhingga\\b|\\bsampai\\b|\\bs\\.d\\.?|[-–])\\s*\\d{1,2}\\s+" + MONTH_WORDS + "\\b"
            // "selama lima hari, dari Rabu hingga Minggu": two days of one week
            + "|\\b" + DAY_WORDS + "\\s*(?:\\bhingga\\b|\\bsampai\\b|\\bs\\.d\\.?|[-–])\\s*" + DAY_WORDS + "\\b");

    private static final int MAX_TERMS = 10;

    /**
     * Whether the other figures of the sentence add up to the answer, or the answer is what a total leaves after
     * the sentence's other parts ("481 orang: TK 15, SD 340 dan SMP ____"): the reader can count it out.
     */
    private boolean sumOfOthers(NumberMention n) {
        List<Double> others = new ArrayList<>();
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o != n && o.sentence() == n.sentence() && o.value() > 0 && o.value() != n.value()) {
                others.add(o.value());
            }
        }
        if (others.size() < 2 || others.size() > MAX_TERMS) {
            return false;
        }
        int k = others.size();
        for (int mask = 1; mask < 1 << k; mask++) {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                if ((mask & 1 << i) != 0) {
                    sum += others.get(i);
                }
            }
            boolean severalTerms = Integer.bitCount(mask) >= 2;
            if (severalTerms && Math.abs(sum - n.value()) < 1e-9) {
                return true;
            }
            // the answer and the parts in the mask make up one other figure, the total
            for (int t = 0; t < k; t++) {
                if ((mask & 1 << t) == 0 && Math.abs(sum + n.value() - others.get(t)) < 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern HIGHEST = Pattern.compile(
            "(?iu)\\b(?:tertinggi|terbesar|terbanyak|teratas|paling (?:tinggi|besar|banyak))\\b");
    private static final int SUPERLATIVE_REACH = 60;
    private static final Pattern LOWEST = Pattern.compile(
            "(?iu)\\b(?:terendah|terkecil|tersedikit|terbawah|paling (?:rendah|kecil|sedikit))\\b");

    /**
     * Whether the sentence itself rules the candidate out: a share above 100 % where the answer is a share
     * within it, or, in a sentence about the highest (lowest) of several figures of one unit where the answer is
     * that highest (lowest), a candidate not above (below) the others.
     */
    private boolean ruledOut(NumberMention n, String sentence, String candidate) {
        double value = valueOf(candidate);
        if (Double.isNaN(value)) {
            return false;
        }
        // "Empat dari ____ fraksi": the whole is more than the part the sentence gives; "405 dari total ____": the
        // same. A choice on the wrong side is ruled out by reading the sentence.
        double[] bounds = bounds(n, sentence);
        if (value <= bounds[0] || value >= bounds[1]) {
            return true;
        }
        boolean share = "%".equals(n.unit()) || "persen".equalsIgnoreCase(n.unit()) || numeral(n).endsWith("%");
        if (share && n.value() <= 100 && value > 100) {
            return true;
        }
        if (againstChange(sentence, numeral(n), candidate) || alsoTrue(sentence, numeral(n), candidate)
                || otherRemainder(n, sentence, value)) {
            return true;
        }
        // The superlative that governs the answer is the last one before it in its clause ("tertinggi sebesar ____").
        int at = ArticleContext.find(sentence, numeral(n));
        String lead = at < 0 ? "" : sentence.substring(Math.max(0, at - SUPERLATIVE_REACH), at);
        lead = lead.substring(lead.lastIndexOf(',') + 1);
        boolean highest = HIGHEST.matcher(lead).find();
        boolean lowest = LOWEST.matcher(lead).find();
        if (highest == lowest) {
            return false;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o != n && o.sentence() == n.sentence() && java.util.Objects.equals(o.unit(), n.unit())) {
                max = Math.max(max, o.value());
                min = Math.min(min, o.value());
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return false;
        }
        return highest && n.value() > max && value <= max || lowest && n.value() < min && value >= min;
    }

    // "Dari 85 orang tersisa ____ warga": what is left of a whole the sentence gives.
    private static final Pattern REMAINDER = Pattern.compile(
            "(?iu)\\bdari\\s+(\\d[\\d.]*)\\b[^.;]{0,40}?\\b(?:tersisa|sisa|sisanya|tinggal|masih)\\s+$");

    /**
     * "Dari 85 orang tersisa ____ warga" in a text that also says 79 of them went home: 85 - 79 = 6 is as defensible
     * as the 7 the sentence gives, so a wrong choice that the whole minus another figure of the text makes is none.
     */
    private boolean otherRemainder(NumberMention n, String sentence, double value) {
        int at = ArticleContext.find(sentence, numeral(n));
        if (at < 0) {
            return false;
        }
        Matcher m = REMAINDER.matcher(sentence.substring(0, at));
        if (!m.find()) {
            return false;
        }
        double whole = valueOf(m.group(1));
        if (Double.isNaN(whole)) {
            return false;
        }
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o.value() != n.value() && o.value() != whole && Math.abs(whole - o.value() - value) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    // "turun dari Rp42.500 menjadi ____", "naik dari 80 ton ke ____", "sebelumnya Rp10.400 kini naik menjadi ____":
    // where a change starts, and which way it goes.
    private static final String RISE = "naik|meningkat|bertambah|melonjak|melambung|tumbuh|menguat|menambah(?:nya)?|ditambah";
    private static final String CHANGE = "(" + RISE + "|turun|menurun|berkurang|merosot|anjlok|susut|menyusut|melemah"
            + "|mengurangi(?:nya)?|dikurangi)";
    // A figure as a change's end is written: "Rp5.004", "US$ 62,20 juta", "18 persen".
    private static final String AMOUNT = "((?:rp\\.?\\s?|us\\$\\s?)?\\d[\\d.]*(?:,\\d+)?(?:\\s*(?:%|persen|ribu|juta|miliar|triliun))?)";
    private static final String TO = "\\b(?:menjadi|jadi|ke|ke angka|ke level|hingga)\\s+";
    private static final Pattern CHANGE_FROM = Pattern.compile("(?iu)\\b" + CHANGE + "\\b[^.;]{0,60}?\\bdari\\s+" + AMOUNT
            + "[^.;]{0,40}?" + TO + "$");
    private static final Pattern RISES = Pattern.compile("(?iu)" + RISE);
    private static final Pattern FIGURE_THEN_CHANGE = Pattern.compile("(?iu)(?:sebesar|sebanyak|mencapai|yakni|yaitu|hanya)\\s+"
            + AMOUNT.replace("((", "(?<a>(") + "\\s+\\p{L}+\\s*,\\s*(?:jumlah|angka|nilai)\\s+(?:ini|itu|tersebut)\\s+"
            + "(?<change>" + CHANGE.substring(1, CHANGE.length() - 1) + ")\\b[^.;]{0,30}?\\b(?:yaitu|yakni|menjadi|sebesar|mencapai)\\s+$");
    private static final Pattern CHANGE_END = Pattern.compile("(?iu)\\b" + CHANGE + "\\b\\s+(?:\\p{L}+\\s+)?" + TO + "$");
    private static final Pattern START_AFTER = Pattern.compile("(?iu)^[^.;]{0,40}?\\bdari\\s+(?:sebelumnya\\s+|semula\\s+)?"
            + "(?:sebesar\\s+|sebanyak\\s+|hanya\\s+)?" + AMOUNT);
    private static final Pattern CHANGE_FROM_AFTER = Pattern.compile("(?iu)^[^.;\\d]{0,25}?\\b" + CHANGE
            + "\\s+dari\\s+(?:\\p{L}+\\s+){0,3}?(?:yakni\\s+|yaitu\\s+|sebesar\\s+|sebanyak\\s+)?" + AMOUNT);
    private static final Pattern END_THEN_FROM = Pattern.compile("(?iu)(?<![\\d.,])" + AMOUNT + "[^.;\\d]{0,25}?\\b" + CHANGE
            + "\\s+dari\\s+(?:\\p{L}+\\s+){0,3}?(?:yakni\\s+|yaitu\\s+|sebesar\\s+|sebanyak\\s+)?$");
    private static final Pattern END_THEN_START = Pattern.compile("(?iu)\\b" + CHANGE + "\\b\\s+(?:\\p{L}+\\s+)?" + TO + AMOUNT
            + "[^.;]{0,40}?\\bdari\\s+(?:sebelumnya\\s+|semula\\s+)?(?:sebesar\\s+|sebanyak\\s+|hanya\\s+)?$");
    private static final Pattern START_GAP = Pattern.compile("(?iu)\\b(?:sebelumnya|semula|awalnya|tadinya)\\b[^.;\\d]{0,60}$");
    private static final Pattern END_AFTER = Pattern.compile("(?iu)^[^.;\\d]{0,60}?\\b" + CHANGE + "\\b\\s+(?:\\p{L}+\\s+)?" + TO
            + AMOUNT);
    private static final Pattern START_BEFORE = Pattern.compile("(?iu)\\b(?:sebelumnya|semula|awalnya|tadinya)\\b[^.;]{0,60}?"
            + "(?<![\\d.,])" + AMOUNT + "(?![\\d.,]*\\d)");

    /**
     * Whether a wrong choice goes against the change its sentence tells: a fall that ends above where it started
     * ("turun dari Rp42.500 menjadi Rp44.000"), a rise that ends below. Compared only when both are written with the
     * same word of size.
     */
    static boolean againstChange(String sentence, String numeral, String candidate) {
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + numeral.length());
        Matcher m = CHANGE_FROM.matcher(before);
        if (m.find()) {
            return wrongSide(m.group(1), m.group(2), candidate, true);
        }
        // "tadinya sekitar Rp 4.000,00 per kilogram, kini hanya ____": "hanya" tells a fall without a verb.
        Matcher only = ONLY_NOW.matcher(before);
        if (only.find()) {
            return wrongSide("turun", only.group("a"), candidate, true);
        }
        // "sebelumnya Rp10.400 kini naik menjadi ____": the figure before, then the change.
        // "Tahun 2016 ... sebesar 143.180 ton, jumlah ini meningkat di tahun 2017 yaitu ____ ton": the figure before,
        // then what became of it.
        Matcher grew = FIGURE_THEN_CHANGE.matcher(before);
        if (grew.find()) {
            return wrongSide(grew.group("change"), grew.group("a"), candidate, true);
        }
        Matcher then = BEFORE_THEN.matcher(before);
        if (then.find()) {
            return wrongSide(then.group(3), then.group("a") != null ? then.group("a") : then.group("b"), candidate, true);
        }
        // "sebelumnya ____ kini naik menjadi Rp11.900", "turun dari ____ menjadi Rp4.607": the start of a change.
        Matcher to = THEN_TO.matcher(after);
        // "Beras yang biasa dijual ____ naik menjadi Rp10.500": the figure right before a change and its end is where
        // the change started, even with no "sebelumnya".
        if ((BEFORE_GAP.matcher(before).find() || RIGHT_BEFORE_CHANGE.matcher(after).lookingAt()) && to.lookingAt()) {
            return wrongSide(to.group(1), to.group(2), candidate, false);
        }
        Matcher verb = CHANGE_AT_START.matcher(before);
        to = CHANGE_TO.matcher(after);
        if (verb.find() && to.lookingAt()) {
            return wrongSide(verb.group(1), to.group(1), candidate, false);
        }
        // "naik menjadi ____ per rak dari sebelumnya Rp 45.000", "sebelumnya ... sebanyak 20 kali, ... kini
        // menguranginya menjadi ____ kali": the end of a change whose start the sentence gives after it or earlier.
        Matcher end = CHANGE_END.matcher(before);
        if (end.find()) {
            Matcher start = START_AFTER.matcher(after);
            if (start.lookingAt()) {
                return wrongSide(end.group(1), start.group(1), candidate, true);
            }
            Matcher earlier = START_BEFORE.matcher(before.substring(0, end.start()));
            String reference = null;
            while (earlier.find()) {
                reference = earlier.group(1);
            }
            if (reference != null) {
                return wrongSide(end.group(1), reference, candidate, true);
            }
        }
        // "dibanderol ____ per kg, naik dari harga sebelumnya yakni Rp120 ribu": the end of a change told after it.
        Matcher fromAfter = CHANGE_FROM_AFTER.matcher(after);
        if (fromAfter.lookingAt()) {
            return wrongSide(fromAfter.group(1), fromAfter.group(2), candidate, true);
        }
        // "dibanderol Rp150 ribu per kg, naik dari harga sebelumnya yakni ____": the start of a change whose end stands
        // before it.
        Matcher endThenFrom = END_THEN_FROM.matcher(before);
        if (endThenFrom.find()) {
            return wrongSide(endThenFrom.group(2), endThenFrom.group(1), candidate, false);
        }
        // "naik menjadi Rp 48.000 per rak dari sebelumnya ____", "sebelumnya ... sebanyak ____ kali, ... kini
        // menguranginya menjadi 15 kali": the start of a change whose end the sentence gives.
        Matcher endFirst = END_THEN_START.matcher(before);
        if (endFirst.find()) {
            return wrongSide(endFirst.group(1), endFirst.group(2), candidate, false);
        }
        Matcher endLater = END_AFTER.matcher(after);
        if (START_GAP.matcher(before).find() && endLater.lookingAt()) {
            return wrongSide(endLater.group(1), endLater.group(2), candidate, false);
        }
        // "Beras yang mengalami kenaikan ... harga semula ____ menjadi Rp. 11.500": the change is named earlier in
        // the sentence, the start of it is gapped.
        Matcher named = CHANGE_NAMED.matcher(before);
        String last = null;
        while (named.find()) {
            last = named.group(1).toLowerCase(Locale.ROOT);
        }
        if (last != null && BEFORE_GAP.matcher(before).find() && to.lookingAt()) {
            return wrongSide(last.startsWith("ke") || last.startsWith("pe") && last.contains("ingkat") ? "naik"
                    : last.startsWith("pe") ? "turun" : last, to.group(1), candidate, false);
        }
        // No change named: "Rp 50 ribu hingga Rp 60 ribu": a range runs from the lower figure up to the higher, so a wrong start lies
        // below its end and a wrong end above its start.
        Matcher rangeEnd = RANGE_END_AFTER.matcher(after);
        if (rangeEnd.lookingAt()) {
            return wrongSide("naik", rangeEnd.group(1), candidate, false);
        }
        Matcher rangeStart = RANGE_START_BEFORE.matcher(before);
        if (rangeStart.find()) {
            return wrongSide("naik", rangeStart.group(1), candidate, true);
        }
        return false;
    }

    /**
     * Whether {@code candidate} lies where the change cannot take it from {@code other}, the figure at its other end: a
     * rise ends above its start, a fall below; {@code gapEnds} when the gap is the change's end. Compared only when
     * both are written with the same word of size.
     */
    private static boolean wrongSide(String change, String other, String candidate, boolean gapEnds) {
        double reference = figureOf(other);
        double value = figureOf(candidate);
        if (Double.isNaN(reference) || Double.isNaN(value)) {
            return false;
        }
        if (!sizeWord(other).equals(sizeWord(candidate))) {
            // "Rp10 ribu" beside "Rp10.500": compared as amounts, with their size words
            reference = scaled(other, reference);
            value = scaled(candidate, value);
            if (Double.isNaN(reference) || Double.isNaN(value)) {
                return false;
            }
        }
        return gapEnds == RISES.matcher(change).matches() ? value <= reference : value >= reference;
    }

    // "sebelumnya Rp10.400 kini naik menjadi", "Rp9.800 kini naik menjadi": the figure before, then the change.
    private static final Pattern BEFORE_THEN = Pattern.compile("(?iu)(?:\\b(?:sebelumnya|semula|awalnya)\\s+(?:sebesar\\s+|hanya\\s+)?"
            + AMOUNT.replace("((", "(?<a>(") + "[^.;]{0,20}?\\b(?:kini\\s+|sekarang\\s+|lalu\\s+)?|"
            + AMOUNT.replace("((", "(?<b>(") + "\\s+(?:kini|sekarang)\\s+)" + CHANGE + "\\s+" + TO + "$");
    private static final Pattern ONLY_NOW = Pattern.compile("(?iu)\\b(?:tadinya|sebelumnya|semula|awalnya)\\s+(?:sekitar\\s+|sebesar\\s+)?"
            + AMOUNT.replace("((", "(?<a>(") + "[^.;]{0,30}?\\b(?:kini|sekarang)\\s+(?:hanya|tinggal)\\s+$");
    private static final Pattern BEFORE_GAP = Pattern.compile(
            "(?iu)\\b(?:sebelumnya|semula|awalnya)\\s+(?:harganya\\s+|harga\\s+|sebesar\\s+|hanya\\s+)?$");
    private static final Pattern THEN_TO = Pattern.compile("(?iu)^[^.;]{0,20}?\\b(?:kini\\s+|sekarang\\s+|lalu\\s+)?" + CHANGE
            + "\\s+" + TO + AMOUNT);
    private static final Pattern RIGHT_BEFORE_CHANGE = Pattern.compile("(?iu)^\\s*(?:per\\s+\\p{L}+\\s+|\\p{L}+\\s+)?" + CHANGE
            + "\\s+" + TO);
    private static final Pattern CHANGE_AT_START = Pattern.compile("(?iu)\\b" + CHANGE + "\\b[^.;]{0,60}?\\bdari\\s+$");
    private static final Pattern CHANGE_TO = Pattern.compile("(?iu)^[^.;]{0,25}?" + TO + AMOUNT);
    private static final Pattern RANGE_END_AFTER = Pattern.compile("(?iu)^(?:\\s*per\\s+\\p{L}+)?\\s*(?:hingga|sampai|s\\.d\\.?|-|–)\\s*"
            + AMOUNT);
    private static final Pattern RANGE_START_BEFORE = Pattern.compile("(?iu)" + AMOUNT
            + "(?:\\s*per\\s+\\p{L}+)?\\s*(?:hingga|sampai|s\\.d\\.?|-|–)\\s*$");
    private static final Pattern CHANGE_NAMED = Pattern.compile("(?iu)\\b(kenaikan|peningkatan|penurunan|" + RISE
            + "|turun|menurun)\\b");

    // "lebih dari ____ festival": a smaller figure is true as well; "kurang dari ____": a larger one.
    private static final Pattern AT_LEAST = Pattern.compile("(?iu)\\b(?:tidak kurang dari|lebih dari|sedikitnya|setidaknya"
            + "|minimal|paling sedikit|di atas)\\s+(?:rp\\.?\\s?)?$");
    private static final Pattern AT_MOST = Pattern.compile("(?iu)\\b(?:tidak lebih dari|kurang dari|maksimal|paling banyak"
            + "|di bawah)\\s+(?:rp\\.?\\s?)?$");

    /** Whether a wrong choice would make the sentence true as well: a smaller figure after "lebih dari", a larger after "kurang dari". */
    static boolean alsoTrue(String sentence, String numeral, String candidate) {
        int at = ArticleContext.find(sentence, numeral);
        double answer = figureOf(numeral);
        double value = figureOf(candidate);
        if (at < 0 || Double.isNaN(answer) || Double.isNaN(value) || !sizeWord(numeral).equals(sizeWord(candidate))) {
            return false;
        }
        String lead = sentence.substring(Math.max(0, at - 30), at);
        Matcher most = AT_MOST.matcher(lead);
        if (most.find() && !lead.substring(0, most.start()).toLowerCase(Locale.ROOT).endsWith("tidak ")) {
            return value > answer;
        }
        return AT_LEAST.matcher(lead).find() && value < answer;
    }

    private static String sizeWord(String written) {
        Matcher m = FIGURE.matcher(written.strip());
        return m.matches() ? m.group(4).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}%]", "") : "";
    }

    private static final Pattern PART_BEFORE = Pattern.compile("(?iu)(?:^|\\s)(\\d[\\d.,]*|\\p{L}+)\\s+dari\\s+(?:total\\s+|jumlah\\s+)?$");
    private static final Pattern WHOLE_AFTER = Pattern.compile(
            "(?iu)\\s*(?:\\p{L}+\\s+)?dari\\s+(?:total\\s+|jumlah\\s+|sebanyak\\s+)?(\\d[\\d.]*(?:,\\d+)?|\\p{L}+)\\b");

    // The near end of a range before the gap, its unit allowed between ("100 ton sampai "), and the
    // far end after it ("____ hingga 24 jam", "____ ton sampai 120 ton").
    private static final Pattern RANGE_FROM = Pattern.compile(
            "(?iu)(?:^|\\s)(\\d[\\d.]*(?:,\\d+)?)(?:\\s*%|\\s+(?!(?:dan|atau|yang|di|ke|lalu)\\b)\\p{L}+(?:\\s+(?!(?:dan|atau|yang|di|ke|lalu)\\b)\\p{L}+)?)?"
            + "\\s*(?:-|–|hingga|sampai|s\\.d\\.?)\\s*(?:Rp\\.?\\s?)?$");
    private static final Pattern RANGE_TO = Pattern.compile(
            "(?iu)(?:\\s*%|\\s+\\p{L}+)?\\s*(?:-|–|hingga|sampai|s\\.d\\.?)\\s*(?:Rp\\.?\\s?)?(\\d[\\d.]*(?:,\\d+)?)(?!\\d)");

    private NumberMention boundsOf;
    private double[] bounds;

    /** The part the sentence gives before the answer and the whole after it ("Empat dari ____"), else ±infinity. */
    private double[] bounds(NumberMention n, String sentence) {
        if (n == boundsOf) {
            return bounds;
        }
        double below = Double.NEGATIVE_INFINITY;
        double above = Double.POSITIVE_INFINITY;
        int gap = ArticleContext.find(sentence, numeral(n));
        if (gap >= 0) {
            Matcher part = PART_BEFORE.matcher(sentence.substring(0, gap));
            if (part.find() && !Double.isNaN(valueOf(part.group(1)))) {
                below = valueOf(part.group(1));
            }
            Matcher whole = WHOLE_AFTER.matcher(sentence.substring(gap + numeral(n).length()));
            if (whole.lookingAt() && !Double.isNaN(valueOf(whole.group(1)))) {
                above = valueOf(whole.group(1));
            }
            // "berkisar 100 ton sampai ____ ton": the far end of a range lies beyond its near end, "____ hingga 24
            // jam" below it; a choice on the wrong side is ruled out by reading the sentence.
            Matcher from = RANGE_FROM.matcher(sentence.substring(0, gap));
            if (from.find() && !Double.isNaN(valueOf(from.group(1))) && valueOf(from.group(1)) < n.value()) {
                below = Math.max(below, valueOf(from.group(1)));
            }
            Matcher to = RANGE_TO.matcher(sentence.substring(gap + numeral(n).length()));
            if (to.lookingAt() && !Double.isNaN(valueOf(to.group(1))) && valueOf(to.group(1)) > n.value()) {
                above = Math.min(above, valueOf(to.group(1)));
            }
        }
        // "6 kasus pada November, meningkat menjadi ____ kasus pada Desember, dan kembali naik menjadi 11 kasus",
        // "pakai combine laku ____/kg, sedangkan pakai threser hanya Rp4.800": a rise or a fall told between the gap and
        // another figure of the same unit puts the answer on one side of it.
        if (gap >= 0) {
            for (NumberMention o : ctx.analysis.numbers()) {
                if (o == n || o.sentence() != n.sentence() || !java.util.Objects.equals(o.unit(), n.unit())) {
                    continue;
                }
                int at = ArticleContext.find(sentence, o.text());
                if (at < 0 || at == gap) {
                    continue;
                }
                boolean later = at > gap;
                String between = later ? sentence.substring(Math.min(at, gap + numeral(n).length()), at)
                        : sentence.substring(Math.min(gap, at + o.text().length()), gap);
                int side = changeBetween(between, later);
                if (side > 0 && o.value() < n.value()) {
                    below = Math.max(below, o.value());
                } else if (side < 0 && o.value() > n.value()) {
                    above = Math.min(above, o.value());
                }
            }
        }
        boundsOf = n;
        bounds = new double[] {below, above};
        return bounds;
    }

    private static final Pattern RISE_BETWEEN = Pattern.compile("(?iu)(?<!tidak\\s)(?<!tak\\s)\\b(?:" + RISE + ")\\b");
    private static final Pattern FALL_BETWEEN = Pattern.compile(
            "(?iu)(?<!tidak\\s)(?<!tak\\s)\\b(?:turun|menurun|berkurang|merosot|anjlok|susut|menyusut|melemah)\\b");
    private static final Pattern ONLY_OTHER = Pattern.compile("(?iu)\\b(?:sedangkan|sementara)\\b.*\\b(?:hanya|cuma)\\s+(?:\\S+\\s+){0,1}$");

    /**
     * Which side of another figure the gap's figure lies on by the words between them: 1 above it, -1 below it, 0
     * unknown. {@code later} tells whether the other figure comes after the gap.
     */
    private static int changeBetween(String between, boolean later) {
        if (between.length() > 120 || between.contains(";")) {
            return 0;
        }
        boolean rise = RISE_BETWEEN.matcher(between).find();
        boolean fall = FALL_BETWEEN.matcher(between).find();
        if (rise == fall) {
            // "laku ____/kg, sedangkan pakai threser hanya Rp4.800": the other figure, "only", is the lower one.
            return later && ONLY_OTHER.matcher(between).find() ? 1 : 0;
        }
        // A rise after the gap leads to a larger figure; a rise before it came from a smaller one.
        return rise == later ? -1 : 1;
    }

    /** A figure times its size word ("10 ribu" is 10000); NaN for a word that is no size ("ton"). */
    private static double scaled(String written, double figure) {
        String size = sizeWord(written);
        return size.isEmpty() ? figure : IndonesianNumbers.sizeOf(size).orElse(Double.NaN) * figure;
    }

    /** A figure ("1.060.000", "7,27%") or a number in words ("tujuh"), or NaN. */
    private static double valueOf(String written) {
        double figure = figureOf(written);
        if (!Double.isNaN(figure)) {
            return figure;
        }
        java.util.OptionalDouble words = IndonesianNumbers.parse(written.strip().toLowerCase(Locale.ROOT));
        return IndonesianNumbers.inWords(written.strip()) && words.isPresent() ? words.getAsDouble() : Double.NaN;
    }

    private static final Pattern SHOWN_FIGURE = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");

    /** The figures a sentence shows, as values ("Rp 4.000,00" is 4000). */
    static Set<Double> figuresIn(String sentence) {
        Set<Double> out = new HashSet<>();
        Matcher m = SHOWN_FIGURE.matcher(sentence);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(".", "").replace(',', '.')));
        }
        return out;
    }

    /** Whether two amounts are of one size word ("15 ribu" and "4 ribu", not "15 ribu" and "15 juta"). */
    private static boolean sameSize(String a, String b) {
        return java.util.Objects.equals(magnitude(a), magnitude(b));
    }

    private static final Pattern MAGNITUDE = Pattern.compile("(?iu)\\b(ribu|juta|miliar|triliun)\\b");

    private static String magnitude(String written) {
        Matcher m = MAGNITUDE.matcher(written);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The value of a figure written the Indonesian way ("7,27%", "1.060.000", "Rp 45 juta" gives 45), or NaN. */
    private static double figureOf(String written) {
        Matcher m = FIGURE.matcher(written.strip());
        if (!m.matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(m.group(2).replace(".", "") + (m.group(3) == null ? "" : "." + m.group(3)));
    }

    private static final Pattern DECIMALS_APART = Pattern.compile("(?<![\\d.,])\\d{1,3},\\s$");

    private static final Pattern CONVERTED_AFTER = Pattern.compile("(?u)(?:\\s+\\p{L}{1,12}\\.?)?\\s*\\(\\s*(?:sekitar\\s+|setara\\s+|±\\s*)?\\d");
    private static final Pattern CONVERTED_BEFORE = Pattern.compile("(?u)\\d\\s*\\p{L}{0,12}\\.?\\s*\\(\\s*(?:sekitar\\s+|setara\\s+|±\\s*)?$");

    /** Whether the mention is a quantity worth asking: a figure with a unit it counts, not a year, an idiom or a label. */
    private boolean countable(NumberMention n, String numeral, String sentence) {
        if (IndonesianNumbers.inWords(numeral) && n.value() < 2 && (n.unit() == null || !TIME_UNITS.contains(n.unit()))) {
            return false; // "satu sisi", "satu kendala": an idiom, while "satu dekade" is a span of time
        }
        int at = ArticleContext.find(sentence, numeral);
        // "lahan seluas 212, 35 hektare": the decimals of a figure the source typed with a space are no figure.
        if (at >= 0 && numeral.matches("\\d{1,2}(?:\\s.*)?") && DECIMALS_APART.matcher(sentence.substring(0, at)).find()) {
            return false;
        }
        if (at < 0 || IDIOM.matcher(sentence.substring(0, at)).find() || IDENTIFIER.matcher(sentence.substring(0, at)).find()
                || inRange(sentence, at, numeral.length()) || ROUND_THE_CLOCK.matcher(sentence.substring(at)).lookingAt()
                || FREQUENCY.matcher(sentence.substring(at + numeral.length())).lookingAt()
                // "sebanyak 28.003,32 gram (28 Kg) sabu": the same quantity in another unit beside it gives the answer
                || CONVERTED_AFTER.matcher(sentence.substring(at + numeral.length())).lookingAt()
                || CONVERTED_BEFORE.matcher(sentence.substring(0, at)).find()) {
            return false;
        }
        boolean money = numeral.matches("(?i)^(?:rp|us\\$|\\$|usd|idr).*");
        String unit = n.unit() == null ? null : n.unit().toLowerCase(Locale.ROOT);
        if (unit == null || unit.isBlank()) {
            return money || numeral.endsWith("%");
        }
        if (NOT_UNITS.contains(unit.split(" ")[0])) {
            return false;
        }
        // A four-digit figure from 1900 to 2100 is a year unless it counts something named ("2013 orang").
        boolean yearLike = numeral.matches("(?:19|20)\\d{2}");
        return !yearLike || ctx.lexicon.knows(unit.split(" ")[0]) && !NOT_UNITS.contains(unit);
    }

    /**
     * Whether the sentence lets the reader count or add up the answer without reading: the counted things follow
     * ("____ provinsi, di antaranya ...", "____ orang ... adalah A, B, C") or the other figures sum to it.
     */
    private boolean countedInSentence(NumberMention n, String numeral, String sentence) {
        int at = ArticleContext.find(sentence, numeral);
        String after = sentence.substring(Math.min(sentence.length(), at + numeral.length()));
        if (LISTED_AFTER.matcher(after.length() > 80 ? after.substring(0, 80) : after).find()) {
            return true;
        }
        double others = 0;
        int count = 0;
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o.sentence() == n.sentence() && o != n && o.unit() != null && o.unit().equals(n.unit())) {
                others += o.value();
                count++;
            }
        }
        return count >= 2 && Math.abs(others - n.value()) < 1e-9;
    }

    /** Whether the figure is one end of a range ("6% – 7%", "5-7 persen", "antara 5 dan 7"): half a range is no fact. */
    private static boolean inRange(String sentence, int at, int length) {
        // "Rp 8 ribu hingga Rp 12 ribu": a word of size or the currency may stand between the figure and the dash.
        String before = sentence.substring(Math.max(0, at - 30), at);
        String after = sentence.substring(at + length, Math.min(sentence.length(), at + length + 30));
        return before.matches("(?s).*\\d\\s*(?:%|persen|ribu|juta|miliar|triliun)?\\s*(?:-|–|—|hingga|sampai(?:\\s+dengan)?"
                + "|s\\.d\\.?)\\s*(?:Rp\\.?\\s?)?$")
                || after.matches("(?s)^\\s*(?:%|persen)?\\s*(?:-|–|—|hingga|sampai(?:\\s+dengan)?|s\\.d\\.?)\\s*(?:Rp\\.?\\s?)?\\d.*");
    }

    /** Other figures of the article with the same unit (real and plausible), from other sentences, written like the answer. */
    private List<String> sameUnit(NumberMention n, Written written) {
        List<String> out = new ArrayList<>();
        Set<String> measured = measuredBy(ctx.readable(n.sentence()), numeral(n));
        for (NumberMention other : ctx.analysis.numbers()) {
            if (other.sentence() == n.sentence() || other.unit() == null || !other.unit().equals(n.unit())
                    || other.value() == n.value()) {
                continue;
            }
            String otherNumeral = numeral(other);
            // "ekspor ... mengalami peningkatan 18,06 persen" elsewhere, for the gap of "ekspor ... mengalami
            // peningkatan ____ persen": a figure said of the same thing is a second answer, not a wrong one.
            if (otherNumeral == null || !java.util.Collections.disjoint(measured,
                    measuredBy(ctx.readable(other.sentence()), otherNumeral))
                    || rangeHolds(ctx.readable(other.sentence()), otherNumeral, other.value(), n.value())) {
                continue;
            }
            // "40.000" beside "889.133": a figure of another order of size is no choice a reader would weigh.
            double ratio = other.value() / n.value();
            if (otherNumeral != null && ChoiceShape.alike(otherNumeral, written.answer()) && ratio <= MAX_RATIO
                    && ratio >= 1 / MAX_RATIO) {
                out.add(otherNumeral);
            }
        }
        return out;
    }

    private static final int SAME_MEASURE = 2;

    /**
     * Whether the article gives another figure of the same unit for the same thing in another sentence ("imunisasi
     * dasar baru menyentuh angka 69 persen" and, in a quote, "imunisasi dasar diangka 67 persen"): a reader may give
     * either, so the question waits in the bank.
     */
    private boolean toldTwice(NumberMention n) {
        String numeral = numeral(n);
        if (numeral == null) {
            return false;
        }
        Set<String> measured = measured(n);
        if (measured.size() < SAME_MEASURE) {
            return false;
        }
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o.sentence() == n.sentence() || o.value() == n.value() || !java.util.Objects.equals(o.unit(), n.unit())
                    || numeral(o) == null) {
                continue;
            }
            Set<String> shared = new HashSet<>(measured(o));
            shared.retainAll(measured);
            if (shared.size() >= SAME_MEASURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another body sentence states the same figure ("mengamankan 202 orang pelaku" in the lead, "mengamankan
     * 202 pelaku" in the quote after it): the article's most repeated figure is found without reading the gapped
     * sentence, so the question waits in the bank. Small figures (under 10) repeat for different things: they need
     * three sentences.
     */
    /**
     * Whether the sentence calls the answer the lowest or the highest and the choices agree: "Inflasi terendah ...
     * sebesar ____ persen" with every wrong figure above the answer (the other cities' rates) is found by picking the
     * smallest, without reading.
     */
    static boolean extremeAsTold(String sentence, String numeral, String answer, List<String> distractors) {
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0 || distractors.isEmpty()) {
            return false;
        }
        String before = sentence.substring(Math.max(0, at - SUPERLATIVE_REACH), at);
        before = before.substring(before.lastIndexOf(',') + 1);
        boolean lowest = LOWEST.matcher(before).find();
        boolean highest = HIGHEST.matcher(before).find();
        if (!lowest && !highest) {
            return false;
        }
        double a = figureOf(answer);
        boolean allAbove = distractors.stream().allMatch(d -> figureOf(d) > a);
        boolean allBelow = distractors.stream().allMatch(d -> figureOf(d) < a);
        return lowest && allAbove || highest && allBelow;
    }

    /**
     * Whether another body sentence counts the same things again as a whole ("Lima pelajar ..." and then "Kelima
     * pelajar itu ..."): "ke-" and the figure's word before the same noun tells the figure without the sentence.
     */
    private boolean countedAgain(NumberMention n, String numeral) {
        if (n.value() < 2 || n.value() > 20 || n.value() != Math.rint(n.value())) {
            return false;
        }
        String sentence = ctx.text(n.sentence());
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0) {
            return false;
        }
        String[] after = sentence.substring(at + numeral.length()).strip().split("[^\\p{L}-]+", 2);
        String word = IndonesianNumbers.words((long) n.value());
        if (after.length == 0 || after[0].isEmpty() || word == null || word.contains(" ")) {
            return false;
        }
        Pattern whole = Pattern.compile("(?iu)\\bke" + Pattern.quote(word.replace("satu", "se")) + "\\s+"
                + Pattern.quote(after[0]) + "\\b");
        for (id.simak.analysis.Sentence s : ctx.analysis.sentences()) {
            if (s.index() != n.sentence() && ctx.isBody(s.index()) && whole.matcher(s.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean repeated(NumberMention n) {
        Set<Integer> others = new HashSet<>();
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o.sentence() != n.sentence() && o.value() == n.value() && ctx.isBody(o.sentence()) && numeral(o) != null) {
                others.add(o.sentence());
            }
        }
        // A small figure told in three sentences or more ("enam rumah" four times) is the story's, not a reading.
        return others.size() >= (n.value() < 10 ? 2 : 1);
    }

    private final java.util.Map<NumberMention, Set<String>> measuredOf = new java.util.IdentityHashMap<>();

    /** {@link #measuredBy} of a mention in its own sentence, worked out once. */
    private Set<String> measured(NumberMention n) {
        return measuredOf.computeIfAbsent(n, m -> numeral(m) == null ? Set.of() : measuredBy(ctx.text(m.sentence()), numeral(m)));
    }

    private static final int MEASURED_WORDS = 6;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    // Words around a figure that say nothing of what it measures.
    private static final Set<String> NOT_MEASURES = Set.of("sebanyak", "sejumlah", "sebesar", "mencapai", "sekitar",
            "hanya", "lebih", "kurang", "dengan", "untuk", "yang", "pada", "dari", "dalam", "atau", "sampai", "hingga",
            "menjadi", "tersebut", "adalah", "yakni", "yaitu", "sementara", "sedangkan", "kini", "saat", "tahun",
            "bulan", "hari", "tercatat", "terdapat", "total", "jumlah", "para", "oleh", "akan", "telah", "sudah",
            "masih", "juga", "bahwa", "kata", "ujar", "mengatakan", "menyebut", "menyebutkan", "antara");

    /**
     * The words that say what a figure measures: the content words of the few words before it in its sentence
     * ("nilai ekspor ... mengalami peningkatan" for "16,31 persen"), in lower case.
     */
    static Set<String> measuredBy(String sentence, String numeral) {
        Set<String> out = new HashSet<>();
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0) {
            return out;
        }
        String[] before = NOT_LETTERS.split(sentence.substring(0, at));
        for (int i = before.length - 1, taken = 0; i >= 0 && taken < MEASURED_WORDS; i--) {
            String w = before[i].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 6 && w.endsWith("nya")) {
                w = w.substring(0, w.length() - 3); // "harganya" measures what "harga" does
            }
            taken++;
            if (w.length() >= 4 && !NOT_MEASURES.contains(w) && !Character.isUpperCase(before[i].codePointAt(0))) {
                out.add(w);
            }
        }
        return out;
    }

    // "Rp1.500-2.200": the other end of a range written right after a figure.
    private static final Pattern RANGE_END = Pattern.compile("^\\s*(?:-|–|hingga|sampai)\\s*(?:Rp\\s?)?(\\d[\\d.,]*)");
    private static final Pattern RANGE_START = Pattern.compile("(\\d[\\d.,]*)\\s*(?:-|–|hingga|sampai)\\s*(?:Rp\\s?)?$");

    /**
     * Whether the figure is one end of a range that holds the answer ("cabai hijau Rp1.500-2.200" when the answer is
     * Rp2.200): a reader would defend it.
     */
    static boolean rangeHolds(String sentence, String numeral, double value, double answer) {
        int at = ArticleContext.find(sentence, numeral);
        if (at < 0) {
            return false;
        }
        Matcher end = RANGE_END.matcher(sentence.substring(at + numeral.length()));
        if (end.find()) {
            java.util.OptionalDouble upper = IndonesianNumbers.parse(end.group(1).replaceAll("[.,]$", ""));
            if (upper.isPresent() && answer >= value && answer <= upper.getAsDouble()) {
                return true;
            }
        }
        Matcher start = RANGE_START.matcher(sentence.substring(0, at));
        if (start.find()) {
            java.util.OptionalDouble lower = IndonesianNumbers.parse(start.group(1).replaceAll("[.,]$", ""));
            return lower.isPresent() && answer >= lower.getAsDouble() && answer <= value;
        }
        return false;
    }

    private static final int MIN_ROW = 4;

    /**
     * Whether the figure belongs to a row of at least four figures of its unit that rise or fall in the sentence's
     * order ("umur 6 tahun Rp 1.395,71, umur 7 tahun ____, umur 8 tahun Rp 1.494,25"; "umur 3, 4, ... ____ tahun"):
     * its neighbours bound it, or the row's step gives it, so the row gives the answer away.
     */
    private boolean insideMonotoneRow(NumberMention n) {
        List<Double> row = new ArrayList<>();
        int index = -1;
        for (NumberMention o : ctx.analysis.numbers()) {
            if (o.sentence() == n.sentence() && java.util.Objects.equals(o.unit(), n.unit())) {
                if (o == n) {
                    index = row.size();
                }
                row.add(o.value());
            }
        }
        if (row.size() < MIN_ROW || index < 0) {
            return false;
        }
        boolean rising = true;
        boolean falling = true;
        for (int i = 1; i < row.size(); i++) {
            rising &= row.get(i) > row.get(i - 1);
            falling &= row.get(i) < row.get(i - 1);
        }
        return rising || falling;
    }

    /**
     * Whether the answer is the one choice near the figures the gapped sentence still shows ("cabai merah Rp 66 ribu,
     * rawit Rp 64 ribu, hijau ____": "Rp 67 ribu" among "Rp 43 ribu", "Rp 50 ribu", "Rp 56 ribu"): picked by its
     * neighbours, not by reading. Then the wrong figures are made near the answer instead.
     */
    static boolean closestToShown(String answer, List<String> distractors, String gapped) {
        double a = figureOf(answer);
        Set<Double> shown = figuresIn(gapped);
        if (Double.isNaN(a) || a <= 0 || shown.isEmpty() || distractors.isEmpty()) {
            return false;
        }
        double answerGap = nearest(a, shown);
        if (answerGap == 0 || answerGap > a * 0.2) {
            return false;
        }
        for (String d : distractors) {
            double v = figureOf(d);
            if (Double.isNaN(v) || !sameSize(d, answer) || nearest(v, shown) < answerGap * OUTLIER_RATIO) {
                return false;
            }
        }
        return true;
    }

    private static double nearest(double value, Set<Double> figures) {
        double best = Double.MAX_VALUE;
        for (double f : figures) {
            best = Math.min(best, Math.abs(value - f));
        }
        return best;
    }

    private static final double OUTLIER_RATIO = 2;

    /** Whether the answer stands alone on one side of every wrong figure, at more than twice the nearest. */
    static boolean outlier(String answer, List<String> distractors) {
        double a = figureOf(answer);
        if (Double.isNaN(a) || a <= 0 || distractors.isEmpty()) {
            return false;
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        for (String d : distractors) {
            double v = figureOf(d);
            // "Rp1,5 triliun" and "Rp500 miliar" are not compared by their figures alone
            if (Double.isNaN(v) || v <= 0 || !scaleOf(d).equals(scaleOf(answer))) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return a > max * OUTLIER_RATIO || a * OUTLIER_RATIO < min;
    }

    /** The words after a figure ("juta", "triliun per tahun"), lower case. */
    private static String scaleOf(String written) {
        Matcher m = FIGURE.matcher(written.strip());
        return m.matches() ? m.group(4).strip().toLowerCase(Locale.ROOT) : "";
    }

    /** A quantity as the text writes it, the other ways a learner may type it, and near quantities written alike. */
    private record Written(String answer, List<String> accepted, List<String> near) {}

    // A leading currency or sign, an Indonesian number (dots group thousands, a comma starts decimals), then words.
    private static final Pattern FIGURE = Pattern.compile("^(\\D*?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(.*)$");
    private static final double MAX_RATIO = 3;
    // Near figures for the wrong choices, in four orders: they put the answer first, second, third or last by size,
    // so a reader cannot take "the one between the others"; the close ones at the end serve when the sentence rules
    // out one side ("turun dari Rp42.500 menjadi ____"). No factor is a simple ratio of another: with 1.5 and 2 a
    // reader saw 99 and 132 beside 66 (and 303, 404 beside 202) and took the figure the others are multiples of.
    private static final double[][] NEAR_FACTORS = {
            {1.18, 1.37, 1.62, 1.09, 1.27, 0.83, 0.91, 0.64, 1.04, 0.96},
            {0.83, 1.18, 1.37, 0.91, 1.09, 1.62, 0.64, 1.04, 0.96},
            {0.64, 0.83, 1.18, 0.91, 0.74, 1.09, 1.37, 1.62, 1.04, 0.96},
            {0.64, 0.74, 0.83, 0.91, 1.18, 1.37, 1.62, 1.04, 0.96}};
    private static final long[][] NEAR_STEPS = {{1, 2, 3, 5}, {-1, 1, 2, 3}, {-2, -1, 1, 2}, {-3, -2, -1, 1}};

    /** Where the answer stands by size among its near choices: decided by its digits, the same on every run. */
    private static int place(String numeral) {
        return Math.floorMod(numeral.hashCode(), NEAR_FACTORS.length);
    }

    /**
     * "berlaku hingga 14 hari ke depan" among "11", "12", "13": two weeks stands out. Days counted in whole weeks (7 to
     * 56, in digits) get other whole weeks as wrong choices; null for any other figure.
     */
    private static Written weeks(String numeral, double value) {
        if (!numeral.matches("\\d{1,2}") || value % 7 != 0 || value < 7 || value > 56) {
            return null;
        }
        List<String> near = new ArrayList<>();
        for (double other : new double[] {value + 7, value - 7, value + 14, value - 14, value + 21}) {
            if (other > 0 && near.size() < 4) {
                near.add(Long.toString((long) other));
            }
        }
        return new Written(numeral, List.of(numeral, IndonesianNumbers.words((long) value)), near);
    }

    private static Written written(String numeral, double value) {
        if (IndonesianNumbers.inWords(numeral)) {
            if (value != Math.rint(value) || value < 0 || value > 999) {
                return null;
            }
            long v = (long) value;
            String answer = numeral.toLowerCase(Locale.ROOT);
            List<String> near = new ArrayList<>();
            // "lima belas" among "enam belas", "tujuh belas", "delapan belas": the one round number is the answer a
            // reader picks without reading; a round count gets round neighbours.
            long step = v >= 10 && v % 10 == 0 ? 10 : v >= 10 && v % 5 == 0 ? 5 : Math.max(1, v / 10);
            for (long shift : NEAR_STEPS[place(numeral)]) {
                long w = v + shift * step;
                if (w > 0) {
                    near.add(IndonesianNumbers.words(w));
                }
            }
            return new Written(answer, List.of(answer, Long.toString(v)), near);
        }
        Matcher m = FIGURE.matcher(numeral);
        if (!m.matches() || RANGE_REST.matcher(m.group(4)).lookingAt()) {
            return null; // "70-80": near figures would change one end only ("84-80"), and which ends a learner types is open
        }
        boolean grouped = m.group(2).contains(".");
        int decimals = m.group(3) == null ? 0 : m.group(3).length();
        double figure = Double.parseDouble(m.group(2).replace(".", "") + (decimals > 0 ? "." + m.group(3) : ""));
        List<String> accepted = new ArrayList<>(List.of(numeral));
        if (m.group(1).isEmpty() && m.group(4).isBlank() && decimals == 0) {
            accepted.add(Long.toString((long) figure));
            if (figure <= 999) {
                accepted.add(IndonesianNumbers.words((long) figure));
            }
        }
        List<String> near = new ArrayList<>();
        List<Boolean> sameDigits = new ArrayList<>();
        boolean fraction = decimals > 0 && !wholeAtDecimals(figure, decimals);
        // "Rp 3.600,00" is a whole price too: its wrong choices are as round as it ("Rp 4.200,00", not "Rp 4.248,00").
        double step = fraction ? 0 : roundness(figure);
        // A measure with decimals ("7,65 meter") or a count under a hundred ("33 provinsi") is known to a reader within
        // a narrower band: wrong choices half as far off read as real rivals (judges marked "9,72 meter" beside a
        // long jump of 7,65, and 53 provinces, as guessable).
        // A figure of two digits ("2,5 meter") has no narrower neighbours than a run of tenths ("2,1", "2,2", "2,3")
        // that sets the answer apart: its wrong choices stay as far off as a whole figure's.
        boolean fine = fraction && (m.group(2).replace(".", "") + m.group(3)).replaceFirst("^0+", "").length() >= 3;
        boolean narrow = fine || m.group(1).isEmpty() && figure >= 10 && figure < 100 && decimals == 0;
        for (double wide : NEAR_FACTORS[place(numeral)]) {
            double f = narrow ? 1 + (wide - 1) / 2 : wide;
            double other = step > 0 ? Math.rint(figure * f / step) * step : figure * f;
            if (!fraction && Math.rint(other) == figure || other <= 0 || fraction && wholeAtDecimals(other, decimals)) {
                continue;
            }
            String written = naturally(m.group(1), other, decimals, grouped, m.group(4));
            if (!near.contains(written)) {
                near.add(written);
                sameDigits.add(digits(other) == digits(figure));
            }
        }
        // "943" among "1113", "1292" and "1528" is the one figure of three digits: keep the answer's count of digits
        // when three wrong figures have it.
        List<String> alike = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            if (sameDigits.get(i)) {
                alike.add(near.get(i));
            }
        }
        return new Written(numeral, accepted.stream().distinct().toList(), alike.size() >= 3 ? alike : near);
    }

    /**
     * The step a whole figure is rounded to, so its wrong choices are as round as it is: 200 among 150, 250 and 300,
     * not 236; 1.500 among 1.200 and 1.800; 202 among 168 and 238. A round figure of one significant digit steps by
     * half its last place (500 → 50) or a fifth of it (100 → 20), else its neighbours would all round to itself; a
     * figure of three digits or more that ends in 5 steps by 5 (315 among 345 and 285).
     */
    static double roundness(double figure) {
        long whole = (long) figure;
        if (whole != figure || whole < 10) {
            return 1;
        }
        long step = 1;
        while (whole % (step * 10) == 0) {
            step *= 10;
        }
        long significant = whole / step;
        if (step == 1 && whole >= 100 && whole % 5 == 0) {
            return 5; // "Rp315 ribu" among "Rp345 ribu" and "Rp285 ribu", not "Rp343 ribu"
        }
        return step == 1 || significant >= 10 ? step : significant < 3 ? step / 5.0 : step / 2.0;
    }

    /** How many digits the whole part of a figure has (943: 3, 1.113: 4). */
    private static int digits(double value) {
        return Long.toString((long) Math.floor(Math.abs(value))).length();
    }

    /** Whether a figure shown with decimals would end in zeros only ("46,00" beside "65,71"): the odd one out. */
    private static boolean wholeAtDecimals(double value, int decimals) {
        double scaled = value * Math.pow(10, decimals);
        return Math.rint(scaled) % Math.pow(10, decimals) == 0;
    }

    // The rest of a range after its first figure: "-80", " hingga 150".
    private static final Pattern RANGE_REST = Pattern.compile("(?iu)\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*\\d");

    private static final List<String> SIZES = List.of("ribu", "juta", "miliar", "triliun");

    /**
     * A near figure as a writer would put it: "Rp700 juta", not "Rp0,7 miliar"; "Rp1 miliar", not "Rp1,0 miliar".
     * Other figures keep the answer's decimals, so the way a choice is written does not single out the answer.
     */
    static String naturally(String lead, double value, int decimals, boolean grouped, String tail) {
        Matcher size = Pattern.compile("^(\\s*)(ribu|juta|miliar|triliun)\\b(.*)$", Pattern.DOTALL).matcher(tail);
        if (size.matches()) {
            int level = SIZES.indexOf(size.group(2));
            double v = value;
            int d = decimals;
            if (v < 1 && level > 0) {
                v *= 1000;
                level--;
                d = 0;
            }
            String figure = format(v, d, grouped || v >= 1000);
            if (figure.matches(".*,0+$")) {
                figure = figure.replaceFirst(",0+$", "");
            }
            return lead + figure + size.group(1) + SIZES.get(level) + size.group(3);
        }
        return lead + format(value, decimals, grouped) + tail;
    }

    /** Writes a figure the Indonesian way with the given decimals, grouping thousands with dots when the text did. */
    private static String format(double value, int decimals, boolean grouped) {
        String s = String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", value);
        return s.replace(',', '#').replace('.', ',').replace('#', '.');
    }

    /** The number word(s) of the mention without the unit and what follows ("enam" of "enam kali"). */
    private static String numeral(NumberMention n) {
        String text = n.text();
        if (n.unit() != null) {
            int at = ArticleContext.find(text, n.unit());
            if (at > 0) {
                return text.substring(0, at).strip();
            }
        }
        return text;
    }
}
