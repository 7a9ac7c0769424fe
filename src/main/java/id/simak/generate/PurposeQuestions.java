package id.simak.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.simak.analysis.Sentence;

/**
 * Asks what something was done for: where a sentence joins an action to its purpose ("BPBD mengirim air bersih
 * untuk membantu warga ...", "Pengawasan itu bertujuan menyeragamkan ...", "..., agar warga tidak panik"),
 * "Menurut berita, untuk apa <action>?" or "apa tujuan <noun phrase>?", with the purposes of the article's other
 * actions, written the same way, as the wrong choices: each is a real purpose of the text, none that of this action.
 */
final class PurposeQuestions {

    // The purpose after the action: "E untuk P", "E guna P", "E bertujuan (untuk) P", "E agar P".
    private static final Pattern MARKER = Pattern.compile("(?iu),?\\s+(bertujuan untuk|bertujuan|dengan tujuan untuk|dengan tujuan"
            + "|guna|demi|agar|supaya|untuk)\\s+");
    // A purpose told with a verb ("untuk membantu ..."), not a beneficiary or a time ("untuk warga", "untuk tahun ini").
    private static final Pattern ACTIVE_VERB = Pattern.compile("(?iu)^(?:me|ber|memper|diper)\\p{L}{3,}$");
    // "yang akan menjadi pusat koordinasi untuk ...": a purpose inside a relative clause is the clause's, not the action's.
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?iu)\\byang\\s+(?:\\p{L}+\\s+){0,4}$");
    // An aim that fits almost any action ("membantu warga", "meningkatkan pelayanan"): as a wrong choice it may be true
    // of this action too, and as an answer it is no detail a reader must find.
    private static final Pattern BROAD = Pattern.compile("(?iu)(?:agar\\s+)?(?:membantu|meringankan|meningkatkan|mendukung"
            + "|menyejahterakan|memudahkan|mempermudah|memperlancar|melayani|mewujudkan|mempercepat|memenuhi|menjaga)\\b");
    private static final int MAX_EVENT = 18;
    private static final int MAX_PURPOSE = 14;
    private static final int MIN_PURPOSE = 3;
    private static final int CHOICES = 3;

    private record Found(int sentence, String event, String purpose, boolean clause, boolean nominal) {}

    private final ArticleContext ctx;

    PurposeQuestions(ArticleContext ctx) {
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
            String answer = written(f);
            List<String> candidates = new ArrayList<>();
            for (Found other : found) {
                // Wrong choices are written like the answer: a verb phrase among verb phrases, "Agar ..." among "Agar ...".
                if (other != f && other.clause() == f.clause() && other.sentence() != f.sentence()
                        && !DistractorPicker.overlaps(other.purpose(), f.purpose()) && !sameAction(other.event(), f.event())
                        && !BROAD.matcher(other.purpose()).lookingAt()) {
                    candidates.add(written(other));
                }
            }
            List<String> distractors = ctx.picker.pick(List.of(answer), candidates, CHOICES, List.of());
            if (distractors.size() < CHOICES) {
                continue;
            }
            String prompt = f.nominal()
                    ? "Menurut berita, apa tujuan " + ctx.decapitalize(f.event()) + "?"
                    : "Menurut berita, untuk apa " + ctx.decapitalize(f.event()) + "?";
            out.add(Drafts.choice(Skill.CAUSE, prompt, ctx.picker.choices(List.of(answer), distractors, "purpose" + f.event()),
                    answer, "Kalimat bukti menyebut bahwa " + ctx.decapitalize(f.event()) + " "
                            + (f.clause() ? "" : "untuk ") + ctx.decapitalize(answer) + ".",
                    ctx.evidence(f.sentence()), Difficulty.MEDIUM, BROAD.matcher(f.purpose()).lookingAt() ? 0.45 : 0.6));
        }
        return out;
    }

    // Words that name no action of their own: "warga", "desa" and "pemerintah" stand in many sentences.
    private static final java.util.Set<String> GENERIC = java.util.Set.of("yang", "dan", "juga", "akan", "telah", "sudah",
            "para", "warga", "desa", "kabupaten", "kota", "provinsi", "pemerintah", "daerah", "tahun", "hari", "ini", "itu",
            "tersebut", "dengan", "dari", "pada", "untuk", "oleh", "dalam", "kepada", "masyarakat");

    /**
     * Whether two actions share a word's root ("mengirim ... air" and "pengiriman air"): the purpose of one may be
     * said of the other too, so it is no wrong choice.
     */
    private boolean sameAction(String a, String b) {
        java.util.Set<String> roots = roots(a);
        roots.retainAll(roots(b));
        return !roots.isEmpty();
    }

    private java.util.Set<String> roots(String phrase) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 3 || GENERIC.contains(w)) {
                continue;
            }
            List<String> r = ctx.lexicon.roots(w);
            String root = r.isEmpty() ? w : r.get(0);
            if (!GENERIC.contains(root)) {
                out.add(root);
            }
        }
        return out;
    }

    private static String written(Found f) {
        return f.clause() ? "Agar " + f.purpose() : AnswerText.capitalize(f.purpose());
    }

    /** The action and purpose a body sentence joins, cleaned to stand in a question, or null. */
    private Found find(Sentence s) {
        String text = ctx.statementLike(s.index());
        if (text == null || !ctx.standsAlone(s.index())) {
            return null;
        }
        text = CauseQuestions.withoutAttribution(text);
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            if (m.start() == 0 || RELATIVE_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            String connective = m.group(1).toLowerCase(Locale.ROOT);
            boolean clause = connective.equals("agar") || connective.equals("supaya");
            boolean nominal = connective.startsWith("bertujuan");
            String event = CauseQuestions.clean(text.substring(0, m.start()));
            String purpose = CauseQuestions.clean(text.substring(m.end()));
            int comma = purpose.indexOf(", ");
            if (comma > 0) {
                purpose = purpose.substring(0, comma);
            }
            purpose = purpose.replaceAll("[.!]$", "").strip();
            String first = purpose.split("\\s+")[0];
            boolean verbFirst = ACTIVE_VERB.matcher(first).matches();
            if (clause ? !EventPhrase.hasVerb(purpose) : !verbFirst) {
                return null;
            }
            int purposeWords = purpose.split("\\s+").length;
            if (purposeWords < MIN_PURPOSE || purposeWords > MAX_PURPOSE || !CauseQuestions.readable(event, MAX_EVENT)
                    || !CauseQuestions.readable(purpose, MAX_PURPOSE) || !EventPhrase.opensWell(event)
                    || !EventPhrase.endsWell(event) || !EventPhrase.endsWell(purpose)
                    || CauseQuestions.NOT_AN_EFFECT.matcher(event).find()
                    || !nominal && !EventPhrase.hasVerb(event, ctx.lexicon)) {
                return null;
            }
            return new Found(s.index(), event, purpose, clause, nominal);
        }
        return null;
    }
}
