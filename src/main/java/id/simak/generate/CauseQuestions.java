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
    // The cause opens the sentence: "Karena C, E." / "Akibat C, E."
    private static final Pattern CAUSE_OPENS = Pattern.compile("(?iu)^(karena|akibat|lantaran|gara-gara)\\s+([^,]+),\\s*(.+)$");
    // What the text says about who said it, to be left out of an effect or a cause.
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu),\\s*(?:kata|ujar|jelas|tutur|ungkap|tegas|imbuh|terang|lanjut|sebut)(?:nya)?(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*,?");
    private static final Pattern REPORTED = Pattern.compile(
            "(?iu)^.{0,80}?\\b(?:mengatakan|menyatakan|menjelaskan|mencatat|menyebutkan|menuturkan|mengungkapkan|menegaskan|menilai"
                    + "|merinci|memaparkan|menerangkan|menyampaikan|melaporkan|mengingatkan|ingatkan|menambahkan"
                    + "|menyebut|membenarkan|menduga|memperkirakan|mengungkap)"
                    + "(?:\\s+bahwa)?\\s*,?\\s+");
    private static final Pattern ACCORDING = Pattern.compile("(?iu)^(?:menurut|dari|berdasarkan|dilihat dari|mengutip)\\s+[^,]{1,60},\\s*");
    private static final Set<String> POINTING = Set.of("ini", "itu");
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
                if (other != f && !overlapping(other.cause(), f.cause()) && !shareContent(other.effect(), f.effect())
                        && !inside(other.cause(), f.effect())) {
                    candidates.add(AnswerText.capitalize(other.cause()));
                }
            }
            List<String> otherCauses = List.copyOf(candidates);
            candidates.addAll(otherReports(f));
            String answer = AnswerText.capitalize(f.cause());
            List<String> distractors = ctx.picker.pick(List.of(answer), candidates, 3, List.of());
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
        text = ATTRIBUTION.matcher(text).replaceAll(",").replaceAll("\\s*,\\s*,", ",").replaceAll("[.!]$", "").strip();
        Matcher opens = CAUSE_OPENS.matcher(text);
        if (opens.matches()) {
            return checked(s.index(), opens.group(3), opens.group(2), false);
        }
        Matcher m = EFFECT_FIRST.matcher(text);
        if (m.find() && m.start() > 0) {
            String connective = m.group(1).toLowerCase(Locale.ROOT);
            boolean nominal = connective.startsWith("dipicu") || connective.startsWith("disebabkan");
            return checked(s.index(), text.substring(0, m.start()), text.substring(m.end()), nominal);
        }
        Matcher c = CAUSE_FIRST.matcher(text);
        if (c.find() && c.start() > 0) {
            return checked(s.index(), text.substring(c.end()), text.substring(0, c.start()), false);
        }
        return null;
    }

    private Found checked(int sentence, String effect, String cause, boolean nominal) {
        String e = clean(effect);
        String c = clean(cause);
        // The cause ends where the next clause of the sentence begins (", Sabtu (19/6)", ", kata ...").
        int comma = c.indexOf(", ");
        if (comma > 0 && c.substring(0, comma).split("\\s+").length >= MIN_WORDS) {
            c = c.substring(0, comma);
        }
        if (nominal) {
            e = e.replaceFirst("(?iu)\\s+(?:ini|itu|tersebut)$", "");
        }
        if (!readable(e, MAX_EFFECT) || !readable(c, MAX_CAUSE) || NOT_AN_EFFECT.matcher(e).find()
                || INTENTION.matcher(ctx.text(sentence)).find() || !EventPhrase.opensWell(e) || !EventPhrase.endsWell(e)
                || !EventPhrase.endsWell(c)
                || !nominal && !EventPhrase.hasVerb(e)) {
            return null;
        }
        return new Found(sentence, e, c, nominal);
    }

    // An effect that is two clauses, a definition, a purpose or a question cannot be asked "mengapa ...?".
    static final Pattern NOT_AN_EFFECT = Pattern.compile(
            "(?iu)\\b(?:karena|sehingga|akibat|sementara|sedangkan|adalah|merupakan|agar|supaya|yakni|yaitu|bahwa)\\b|--| - |–|—|\\?");
    // "... berharap ... sehingga ...": a hope or an aim, not a cause.
    private static final Pattern INTENTION = Pattern.compile("(?iu)\\b(?:berharap|harapan|ingin|mau|akan|hendak|bertujuan|berupaya)\\b");

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
        for (String w : words) {
            if (POINTING.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                return false;
            }
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
            if (text == null || s.index() == f.sentence() || EFFECT_FIRST.matcher(text).find() || CAUSE_FIRST.matcher(text).find()
                    || CAUSAL.matcher(text).find()) {
                continue;
            }
            for (String chunk : text.replaceAll("[.!?]$", "").split(",\\s+|\\s+(?:dan|serta|yang|namun|tetapi)\\s+")) {
                String c = clean(chunk);
                if (EventPhrase.natural(c) && readable(c, MAX_CAUSE) && !NOT_AN_EFFECT.matcher(c).find() && !restates(c, f.cause())
                        && !SPEECH_FRAME.matcher(c).find() && !inside(c, f.effect())
                        && Math.abs(c.split("\\s+").length - f.cause().split("\\s+").length) <= 8) {
                    int overlap = 0;
                    for (String w : c.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        overlap += topic.contains(w) ? 1 : 0;
                    }
                    scored.add(new String[] {AnswerText.capitalize(ctx.decapitalize(c)), Integer.toString(overlap)});
                }
            }
        }
        scored.sort(Comparator.comparingInt((String[] a) -> -Integer.parseInt(a[1])));
        return scored.stream().map(a -> a[0]).toList();
    }

    // "Bambang Supiyat mengatakan": who said something is no cause of anything.
    private static final Pattern SPEECH_FRAME = Pattern.compile("(?iu)\\b(?:mengatakan|menyatakan|menjelaskan|menyebut|menyebutkan"
            + "|menuturkan|mengungkapkan|menegaskan|menambahkan|menerangkan|menyampaikan|kata|ujar|ungkap|jelas)(?:nya)?$");

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
        return shareWord(a, b, ArticleContext.COMMON_WORDS);
    }

    private static boolean overlapping(String a, String b) {
        return DistractorPicker.overlaps(a, b);
    }
}
