package id.simak.generate;

import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks why: where a sentence joins an effect to its cause ("... karena ...", "... akibat ...", "... lantaran ...",
 * "... sehingga ...", "... dipicu oleh ..."), "Menurut berita, mengapa <effect>?" with the cause to choose among
 * other causes the article gives and other things it reports, each a phrase of the article and none the reason.
 */
final class CauseQuestions {

    // The effect comes first: "E karena C", "E akibat C", "E dipicu oleh C".
    private static final Pattern EFFECT_FIRST = Pattern.compile(
            "(?iu)(?<=\\s|,)(karena|lantaran|sebab|akibat|gara-gara|berkat|disebabkan oleh|disebabkan|dipicu oleh|dipicu dari|dipicu)\\s+");
    // The cause comes first: "C sehingga E".
    private static final Pattern CAUSE_FIRST = Pattern.compile("(?iu),?\\s+(sehingga|hingga menyebabkan|yang menyebabkan)\\s+");
    // The cause opens the sentence: "Karena C, E." / "Akibat C, E." / "Berkat C, E."
    private static final Pattern CAUSE_OPENS = Pattern.compile("(?iu)^(karena|akibat|lantaran|gara-gara|berkat)\\s+([^,]+),\\s*(.+)$");
    // The cause is the subject of a verb of causing: "C membuat E", "C mengakibatkan E".
    private static final Pattern CAUSE_VERB = Pattern.compile("(?iu),?\\s+(membuat|menyebabkan|mengakibatkan)\\s+");
    private static final Pattern SOURCE = Pattern.compile("(?iu),?\\s+(?:berdasarkan|menurut|sesuai dengan|sesuai)\\s+");
    // "Sejumlah faktor", "beberapa hal": a cause that names none.
    private static final Pattern VAGUE_CAUSE = Pattern.compile(
            "(?iu)(?:sejumlah|beberapa|berbagai|banyak|sebuah|suatu)\\s+(?:faktor|hal|alasan|sebab|penyebab|kendala)(?:\\s+\\p{L}+)?");
    // Where an effect told after a verb of causing ends: the next clause joined by a conjunction.
    private static final Pattern EFFECT_END = Pattern.compile(
            "(?iu),\\s*(?:dan|serta|namun|tetapi|sedangkan|sementara|sehingga|hingga|karena|yang"
                    + "|senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|pada)\\b|;");
    // Words that join a clause to the sentence before and are no part of what it says: "Hanya saja", "Alhasil".
    private static final Pattern OPENERS = Pattern.compile("(?iu)^(?:(?:hanya saja|termasuk|namun|tetapi|tapi|alhasil|apalagi"
            + "|bahkan|selain itu|sementara itu|sementara|tak ayal|pasalnya|beruntungnya|untungnya|padahal|karena|akibat"
            + "|lantaran)\\b[\\s,]*)+");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)\\b(?:bagaimana|apa|siapa|mengapa|kenapa|kapan)\\b");
    // "Risikonya sangat tinggi", "harganya pun ...": a "-nya" that points to a thing of the sentence before.
    private static final Pattern POSSESSIVE_OPENING = Pattern.compile(
            "(?iu)^\\p{L}+nya\\s+(?:sangat|pun|juga|mulai|tidak|tak|sudah|masih|akan|bisa|dapat|cukup|lebih|makin|semakin|kini)\\b");
    // What the text says about who said it, to be left out of an effect or a cause.
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu),\\s*(?:kata|ujar|jelas|tutur|ungkap|tegas|imbuh|terang|lanjut|sebut)(?:nya)?(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*,?");
    private static final Pattern REPORTED = Pattern.compile(
            "(?iu)^.{0,80}?\\b(?:mengatakan|menyatakan|menjelaskan|mencatat|menyebutkan|menuturkan|mengungkapkan|menegaskan|menilai"
                    + "|merinci|memaparkan|menerangkan|menyampaikan|melaporkan|mengingatkan|ingatkan|menambahkan"
                    + "|menyebut|membenarkan|menduga|memperkirakan|mengungkap)"
                    + "(?:\\s+bahwa)?\\s*,?\\s+");
    private static final Pattern ACCORDING = Pattern.compile("(?iu)^(?:menurut|dari|berdasarkan|dilihat dari|mengutip)\\s+[^,]{1,60},\\s*");
    private static final Pattern POINTER = Pattern.compile("(?iu)\\b(?:ini|itu|tersebut)\\b");
    private static final Pattern TIME_HERE = Pattern.compile(
            "(?iu)\\b(?:hari|saat|tahun|bulan|pekan|minggu|seminggu|sepekan|kali|sekarang|musim|malam|pagi|siang|sore|waktu)\\s+ini\\b");
    private static final int MIN_WORDS = 2;
    private static final int MAX_EFFECT = 20;
    private static final int MAX_CAUSE = 18;

    private record Found(int sentence, String effect, String cause, boolean nominal) {}

    private final ArticleContext ctx;

    CauseQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Found> found = new ArrayList<>();
        for (Sentence s : ctx.analysis.sentences()) {
            Found f = find(s);
            if (f != null) {
                found.add(f);
            }
        }
        List<Question> out = new ArrayList<>();
        for (Found f : found) {
            List<String> candidates = new ArrayList<>();
            for (Found other : found) {
                // A cause of a neighbouring effect ("cuaca buruk" for "tangkapan merosot" beside "nelayan enggan melaut
                // karena berisiko") or one the question itself names is a cause a reader would defend: no wrong choice.
                if (other != f && Math.abs(other.sentence() - f.sentence()) > 1
                        && !overlapping(other.cause(), f.cause()) && !shareContent(other.effect(), f.effect())
                        && !shareContent(other.cause(), f.cause())
                        && !inside(other.cause(), f.effect())) {
                    candidates.add(AnswerText.capitalize(other.cause()));
                }
            }
            List<String> otherCauses = List.copyOf(candidates);
            candidates.addAll(otherReports(f));
            String answer = AnswerText.capitalize(f.cause());
            List<String> distractors = new ArrayList<>();
            for (String d : ctx.picker.pick(List.of(answer), candidates, candidates.size(), List.of())) {
                // "Sedang hamil tua" beside "Sedang hamil tua mengajar di enam kelas": one choice told twice.
                if (distractors.size() < 3 && distractors.stream().noneMatch(t -> overlapping(t, d))) {
                    distractors.add(d);
                }
            }
            if (distractors.size() < 2) {
                continue;
            }
            String prompt = f.nominal()
                    ? "Menurut berita, apa penyebab " + ctx.decapitalize(f.effect()) + "?"
                    : "Menurut berita, mengapa " + ctx.decapitalize(f.effect()) + "?";
            out.add(Drafts.choice(Skill.CAUSE, prompt, ctx.picker.choices(List.of(answer), distractors, "cause" + f.effect()),
                    answer, "Kalimat bukti menyebut bahwa " + ctx.decapitalize(f.effect()) + " karena " + f.cause() + ".",
                    ctx.evidence(f.sentence()), Difficulty.HARD, prior(f, distractors, otherCauses)));
        }
        return out;
    }

    /**
     * Confident when the effect opens with its subject and holds a verb, the cause is a short clause of its own,
     * and at least two of the three wrong choices are causes the text gives of other things (reasons, not scraps of
     * other sentences); otherwise the question waits in the bank.
     */
    private static double prior(Found f, List<String> distractors, List<String> otherCauses) {
        int causeWords = f.cause().split("\\s+").length;
        long causes = distractors.stream().filter(otherCauses::contains).count();
        boolean clear = (f.nominal() || EventPhrase.hasVerb(f.effect())) && causeWords >= 3 && causeWords <= 15
                && distractors.size() == 3 && causes >= 2;
        return clear ? 0.62 : 0.45;
    }

    /** The effect and cause a body sentence joins, cleaned to stand in a question, or null. */
    private Found find(Sentence s) {
        String text = ctx.statementLike(s.index());
        if (text == null) {
            return null;
        }
        text = withoutAttribution(text);
        Matcher opens = CAUSE_OPENS.matcher(text);
        if (opens.matches()) {
            return checked(s.index(), opens.group(3), opens.group(2), false);
        }
        Matcher m = EFFECT_FIRST.matcher(text);
        if (m.find() && m.start() > 0) {
            String connective = m.group(1).toLowerCase(Locale.ROOT);
            boolean nominal = connective.startsWith("dipicu") || connective.startsWith("disebabkan");
            String effect = text.substring(0, m.start());
            String cause = text.substring(m.end());
            Found f = checked(s.index(), effect, cause, nominal);
            // "Alhasil, sampah ... bertebaran lantaran ...", "Diungkapkan Mujiadi, saat ini kondisi jalan ... parah
            // lantaran ...": what opens the sentence before the effect's own clause is no part of it.
            String own = afterShortOpening(effect);
            return f != null || own == null ? f : checked(s.index(), own, cause, nominal);
        }
        Matcher c = CAUSE_FIRST.matcher(text);
        if (c.find() && c.start() > 0) {
            // The cause is the clause next to "sehingga", not what opens the sentence ("Kata Direktur, ...").
            return checked(s.index(), text.substring(c.end()), lastClause(text.substring(0, c.start())), false);
        }
        Matcher v = CAUSE_VERB.matcher(text);
        if (v.find() && v.start() > 0) {
            // "Ramainya pembeli membuat harga daging sapi meroket": the subject is the cause, a thing or a state.
            String cause = firstClause(withoutOpeners(clean(text.substring(0, v.start()))));
            String effect = EFFECT_END.split(text.substring(v.end()), 2)[0];
            return nominalPhrase(cause) ? checked(s.index(), effect, cause, false) : null;
        }
        return null;
    }

    /** The clause of a text next to what follows it: the part after its last comma. */
    private static String lastClause(String text) {
        String t = text.strip().replaceAll("[,;\\s]+$", "");
        int comma = t.lastIndexOf(", ");
        return comma < 0 ? t : t.substring(comma + 2);
    }

    private static String firstClause(String text) {
        int comma = text.indexOf(", ");
        return comma < 0 ? text : text.substring(0, comma);
    }

    /**
     * The effect's own clause when short openings stand before it ("Alhasil, ...", "Diungkapkan Mujiadi, ..."): each
     * segment before the last at most four words; null when there is none or a longer one.
     */
    private static String afterShortOpening(String effect) {
        String[] parts = effect.strip().split(",\\s+");
        if (parts.length < 2) {
            return null;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].split("\\s+").length > 4) {
                return null;
            }
        }
        return parts[parts.length - 1];
    }

    // "Pelaku bernama Agus (40)", "Abdul Waris bersama jajaran teknis": who someone is, not what happened.
    private static final Set<String> NOT_AN_EVENT = Set.of("bernama", "berusia", "beralamat", "bersama", "berasal",
            "berjumlah", "bertempat", "berstatus", "berinisial");

    /** Whether the clause's first verb says who or what someone is rather than what happened. */
    private boolean notAnEvent(String clause) {
        for (String w : clause.split("\\s+")) {
            if (EventPhrase.hasVerb(w, ctx.lexicon)) {
                return NOT_AN_EVENT.contains(w.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
    // Where the predicate of a clause has ended: what follows is a purpose, a manner or a relative clause.
    private static final Pattern AFTER_PREDICATE = Pattern.compile(
            "(?iu)\\s(?:yang|untuk|dalam|guna|demi|agar|supaya|dengan|bagi|terhadap)\\s");

    /**
     * Whether the clause holds a verb before any "yang", "untuk", "dengan" ... ("Tenda pengungsian untuk membantu
     * warga" and "banjir dengan ketinggian air mencapai dua meter" name things; nothing happens in them).
     */
    private boolean predicate(String clause) {
        return EventPhrase.hasVerb(AFTER_PREDICATE.split(clause, 2)[0], ctx.lexicon);
    }

    /** Whether the phrase names a thing or a state ("ramainya pembeli", "cuaca buruk yang melanda ..."), not an act. */
    private boolean nominalPhrase(String phrase) {
        String main = phrase.split("\\s+yang\\s+", 2)[0];
        // "Menurunnya harga jagung": a word made a noun by "-nya" is no verb.
        String withoutNya = main.replaceAll("\\b\\p{L}+nya\\b", "hal");
        return !phrase.isBlank() && !EventPhrase.hasVerb(withoutNya, ctx.lexicon);
    }

    private Found checked(int sentence, String effect, String cause, boolean nominal) {
        String e = withoutOpeners(clean(effect)).replaceAll("(?iu)\\s+pun\\b", "");
        // "Perbuatan terdakwa berdasarkan hasil audit ...": where the figure comes from is no part of the cause.
        String c = SOURCE.split(withoutOpeners(clean(cause)), 2)[0];
        // The cause ends where the next clause of the sentence begins (", Sabtu (19/6)", ", kata ...").
        int comma = c.indexOf(", ");
        if (comma > 0 && c.substring(0, comma).split("\\s+").length >= MIN_WORDS) {
            c = c.substring(0, comma);
        }
        if (nominal) {
            e = e.replaceFirst("(?iu)\\s+(?:ini|itu|tersebut)$", "");
        }
        if (!readable(e, MAX_EFFECT) || !readable(c, MAX_CAUSE) || NOT_AN_EFFECT.matcher(e).find()
                || QUESTION_WORD.matcher(e + " " + c).find() || possessiveOpening(e) || possessiveOpening(c)
                || SPEECH_ANY.matcher(e).find() || subjectless(e) || NOT_AN_EFFECT.matcher(c).find()
                || INTENTION.matcher(ctx.text(sentence)).find() || !EventPhrase.opensWell(e) || !EventPhrase.endsWell(e)
                || !EventPhrase.endsWell(c)
                || !nominal && !EventPhrase.hasVerb(e) || !nominal && !predicate(e) || VAGUE_CAUSE.matcher(c).matches()) {
            return null;
        }
        return new Found(sentence, e, c, nominal);
    }

    // An effect that is two clauses, a definition, a purpose or a question cannot be asked "mengapa ...?".
    static final Pattern NOT_AN_EFFECT = Pattern.compile(
            "(?iu)\\b(?:karena|sehingga|akibat|sementara|sedangkan|namun|tetapi|tapi|adalah|merupakan|agar|supaya|yakni|yaitu|bahwa)\\b"
                    + "|--| - |–|—|\\?|\\. |['‘’]");
    // "... berharap ... sehingga ...": a hope or an aim, not a cause.
    private static final Pattern INTENTION = Pattern.compile("(?iu)\\b(?:berharap|harapan|ingin|mau|akan|hendak|bertujuan|berupaya)\\b");

    private static boolean possessiveOpening(String clause) {
        return POSSESSIVE_OPENING.matcher(clause).find();
    }

    private static String withoutOpeners(String clause) {
        return OPENERS.matcher(clause.strip()).replaceFirst("");
    }

    /** A sentence without its "kata X" and its closing stop. */
    static String withoutAttribution(String text) {
        return ATTRIBUTION.matcher(text).replaceAll(",").replaceAll("\\s*,\\s*,", ",").replaceAll("[.!]$", "").strip();
    }

    /** A clause without what opens a report ("Menurut X,", "Y mengatakan bahwa") or trailing commas. */
    static String clean(String clause) {
        String c = clause.strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
        c = ACCORDING.matcher(c).replaceFirst("");
        c = REPORTED.matcher(c).replaceFirst("");
        return c.strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
    }

    /** Whether a clause can stand in a question: a few to {@code max} words, not opened by a word that points back. */
    static boolean readable(String clause, int max) {
        if (clause.isEmpty()) {
            return false;
        }
        String[] words = clause.split("\\s+");
        if (words.length < MIN_WORDS || words.length > max) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        // "Saat ini", "tahun ini", "kali ini" name a time; "jalan ini", "hal itu" point into another sentence.
        if (POINTER.matcher(TIME_HERE.matcher(clause).replaceAll(" ")).find()) {
            return false;
        }
        return !ArticleContext.leansBack(first);
    }

    /**
     * Things the article reports elsewhere, as phrases of its own sentences: clauses that open with their subject
     * and hold a verb, from sentences that give no cause, those sharing the most words with the question first.
     */
    private List<String> otherReports(Found f) {
        Set<String> topic = new HashSet<>();
        for (String w : (f.effect() + " " + f.cause()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3) {
                topic.add(w);
            }
        }
        List<String[]> scored = new ArrayList<>();
        for (Sentence s : ctx.analysis.sentences()) {
            String text = ctx.statementLike(s.index());
            // A neighbouring sentence often tells a step of the same chain ("... air memasuki rumah", then "warga
            // dievakuasi"): a reader may defend it as the reason.
            if (text == null || Math.abs(s.index() - f.sentence()) <= 1 || EFFECT_FIRST.matcher(text).find() || CAUSE_FIRST.matcher(text).find()
                    || CAUSE_OPENS.matcher(text).find() || CAUSE_VERB.matcher(text).find()
                    || CAUSAL.matcher(text).find()) {
                continue;
            }
            // Only a sentence's first clause, after what opens it and who said it, has its own subject; the later ones
            // lean on it ("tiba-tiba memasuki rumah", "..., Sumatera Utara melonjak").
            String body = clean(withoutOpeners(text.replaceAll("[.!?]$", "")));
            String c = withoutOpeners(body.split(",\\s+|\\s+(?:dan|serta|yang|namun|tetapi)\\s+")[0]);
            if (EventPhrase.natural(c, ctx.lexicon) && readable(c, MAX_CAUSE) && !NOT_AN_EFFECT.matcher(c).find() && !restates(c, f.cause())
                    && !SPEECH_ANY.matcher(c).find() && !QUESTION_WORD.matcher(c).find() && !subjectless(c)
                    && !possessiveOpening(c)
                    && predicate(c) && !notAnEvent(c)
                    && !inside(c, f.effect())
                    && Math.abs(c.split("\\s+").length - f.cause().split("\\s+").length) <= 8) {
                int overlap = 0;
                for (String w : c.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    overlap += topic.contains(w) ? 1 : 0;
                }
                scored.add(new String[] {AnswerText.capitalize(ctx.decapitalize(c)), Integer.toString(overlap)});
            }
        }
        scored.sort(Comparator.comparingInt((String[] a) -> -Integer.parseInt(a[1])));
        return scored.stream().map(a -> a[0]).toList();
    }

    // "Lebih jauh Dirut RSU mengaku", "Kata Direktur": who said something, or what someone hopes, is no cause.
    private static final Pattern SPEECH_ANY = Pattern.compile("(?iu)\\b(?:mengatakan|menyatakan|menjelaskan|menyebut|menyebutkan"
            + "|menuturkan|mengungkapkan|menegaskan|menambahkan|menerangkan|menyampaikan|mengaku|kata|ujar|ungkap|tutur"
            + "|menurut|menilai|berharap|mengimbau|meminta|diharapkan|menduga|mengira|memperkirakan|diduga|jelas(?=nya))"
            + "(?:nya)?\\b");

    /**
     * Whether the phrase opens with its verb ("Meningkat hingga dua kali lipat", "Ditandai curah hujan") or with a
     * word that goes on from another clause ("Sembari ...", "Kini Rp100 ribu saja ..."): no subject of its own.
     */
    private boolean subjectless(String phrase) {
        String first = phrase.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        return first.isEmpty() || ADVERBIAL_OPENERS.contains(first) || EventPhrase.hasVerb(first, ctx.lexicon);
    }

    private static final Set<String> ADVERBIAL_OPENERS = Set.of("sembari", "seraya", "seiring", "sambil", "mau", "kini",
            "sekarang", "hanya", "rutin", "terus", "sempat", "baru", "pernah", "selalu", "sering", "biasanya", "cukup", "sangat",
            "semakin", "makin", "lebih", "paling", "tetap", "masih", "sudah", "telah", "akan", "bisa", "dapat", "harus",
            "perlu", "ingin", "mulai", "langsung", "segera", "hampir", "sekitar",
            "namun", "tetapi", "tapi", "dan", "serta", "atau", "saat", "ketika", "setelah", "sebelum", "usai", "sejak",
            "selama", "dalam", "pada", "di", "ke", "dari", "untuk", "bagi", "oleh", "secara", "dengan", "tidak", "tak",
            "belum", "bukan", "juga", "pun", "lalu", "kemudian", "agar", "supaya", "jika", "kalau", "meski", "walau");

    // Sentences that tell a cause in other words ("menyebabkan", "memicu", "setelah hujan"): no wrong choice comes from them.
    private static final Pattern CAUSAL = Pattern.compile(
            "(?iu)\\b(?:menyebabkan|mengakibatkan|memicu|dipicu|berdampak|berakibat|setelah|usai|pasca|gara-gara)\\b");

    /** Whether a phrase shares a content word with the cause: it may be the cause told again, so no wrong choice. */
    private static boolean restates(String phrase, String cause) {
        return shareWord(phrase, cause, Set.of());
    }

    /** Whether the two phrases share a word of more than three letters that is not in {@code except}. */
    private static boolean shareWord(String a, String b, Set<String> except) {
        return ArticleContext.sharedWords(a, b, except) > 0;
    }

    /** Whether the phrase stands word for word in the effect the question names ("Cuaca buruk" in "cuaca buruk membuat ..."). */
    private static boolean inside(String phrase, String effect) {
        return (" " + AnswerText.normalize(effect) + " ").contains(" " + AnswerText.normalize(phrase) + " ");
    }

    /** Whether two effects share a content word: effects of one topic, whose causes a reader may each defend. */
    private static boolean shareContent(String a, String b) {
        return shareWord(a, b, GENERIC_WORDS);
    }

    // Words of time and quantity that any two clauses of an article may share without being about one thing.
    private static final Set<String> GENERIC_WORDS = generic();

    private static Set<String> generic() {
        Set<String> words = new HashSet<>(ArticleContext.COMMON_WORDS);
        words.addAll(List.of("baru", "mulai", "tahun", "hari", "bulan", "pekan", "minggu", "saat", "kini", "para", "bagi",
                "dari", "pada", "setiap", "semua", "seluruh", "lagi", "masing-masing", "masing", "sekitar", "sebanyak"));
        return Set.copyOf(words);
    }

    private static boolean overlapping(String a, String b) {
        return DistractorPicker.overlaps(a, b);
    }
}
