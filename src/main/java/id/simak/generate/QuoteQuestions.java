package id.simak.generate;

import id.simak.analysis.Person;
import id.simak.analysis.Quote;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks who said what: "Siapa yang mengatakan ...?" among the other people of the article (only with three or
 * more, so the choice is no coin toss), a true/false attribution with exactly two, one matching of speakers to
 * their quotes when two or more people speak, and, for the bank, a cloze of a quote's key word. When only one
 * person speaks in the whole article, "who said it" asks only who speaks at all: those questions wait in the bank.
 */
final class QuoteQuestions {

    private static final int SHOWN_WORDS = 18;
    private static final int MATCHED_WORDS = 12;
    private static final int MAX_MATCHED = 4;

    private final ArticleContext ctx;

    QuoteQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        List<String> people = new ArrayList<>();
        // Plausible speakers: people who speak in the article or hold a role in it; a victim or a child named in
        // passing is no one a reader would take for a speaker.
        java.util.Set<String> plausible = new java.util.HashSet<>();
        for (Person p : ctx.persons()) {
            people.add(p.name());
            if (p.role() != null && !p.role().isBlank()) {
                plausible.add(p.name());
            }
        }
        for (Quote q : ctx.analysis.quotes()) {
            if (q.speaker() != null) {
                plausible.add(q.speaker());
            }
        }
        // With one speaker in the whole article, "who said it" asks only who speaks at all: to the bank.
        long speakers = ctx.analysis.quotes().stream().filter(q -> spoken(q, people)).map(Quote::speaker).distinct().count();
        boolean oneSpeaker = speakers < 2;
        for (Quote quote : ctx.analysis.directQuotes()) {
            if (!spoken(quote, people)) {
                continue;
            }
            Evidence evidence = ctx.evidence(quote.sentence());
            String shown = opening(quote.text());
            // "..., ujarnya.": when the evidence names the speaker only by a pronoun, the explanation says where the text
            // names him rather than claiming the sentence shows it.
            String why = mentioned(evidence.text(), quote.speaker())
                    ? "Kalimat bukti menunjukkan bahwa " + quote.speaker() + " yang mengatakan «" + shown + "»."
                    : "Menurut berita, " + quote.speaker() + " yang mengatakan «" + shown + "»: kalimat bukti menyebutnya"
                            + " dengan " + pointer(evidence.text()) + ", dan namanya ada di kalimat lain.";
            // Nobody the quote itself names is offered as its speaker ("kata Presiden Jokowi ..." inside the quote).
            List<String> candidates = new ArrayList<>(people);
            candidates.removeIf(n -> named(quote.text(), n));
            List<String> likely = candidates.stream().filter(plausible::contains).toList();
            List<String> others = ctx.picker.pick(quote.speaker(), likely, 3);
            boolean allPlausible = true;
            if (others.size() < 2) {
                // Too few people who speak or hold a role: the others make a weaker question for the bank.
                candidates.sort(java.util.Comparator.comparing((String n) -> !plausible.contains(n)));
                others = ctx.picker.pick(quote.speaker(), candidates, 3);
                allPlausible = false;
            }
            if (others.size() >= 2) {
                out.add(Drafts.choice(Skill.QUOTE, "Siapa yang mengatakan kutipan berikut? " + ArticleContext.quoted(shown),
                        ctx.picker.choices(List.of(quote.speaker()), others, "quote" + quote.text()), quote.speaker(), why,
                        evidence, Difficulty.MEDIUM, oneSpeaker ? 0.35 : !allPlausible ? 0.45 : others.size() == 3 ? 0.72 : 0.66));
            } else if (others.size() == 1) {
                // Two speakers: a choice between two names is a coin toss, a statement to judge is a reading check (kept
                // by judges, five of five, when two or more people speak in the article).
                boolean truth = (StableHash.of(quote.text()) & 1) == 0;
                out.add(Drafts.trueFalse(Skill.QUOTE, "Kutipan " + ArticleContext.quoted(shown) + " diucapkan oleh "
                        + (truth ? quote.speaker() : others.get(0)) + ".", truth, why, evidence, Difficulty.MEDIUM,
                        oneSpeaker ? 0.35 : 0.55));
            }
            String word = keyWord(quote);
            if (word != null) {
                String said = EDITORS_NOTE.matcher(quote.text()).replaceAll("");
                String gapped = ArticleContext.blank(said, word);
                out.add(Drafts.cloze(Skill.QUOTE, "Lengkapi kutipan " + ctx.shortName(quote.speaker()) + " berikut: "
                        + ArticleContext.quotedAround(gapped), List.of(word), "Kutipan aslinya: «" + said + "».",
                        evidence, Difficulty.MEDIUM, 0.3));
            }
        }
        out.addAll(reportedSpeech(people, plausible));
        Question matching = speakersToQuotes(people);
        if (matching != null) {
            out.add(matching);
        }
        return out;
    }

    // Words of a reported clause that point back to its speaker or to what came before: the shown words would not
    // stand alone ("pihaknya akan ...", "proyek itu ...").
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:pihaknya|dirinya|ia|dia|beliau|mereka|kami|kita|saya|itu|ini|tersebut|begitu|"
                    + "demikian)(?![\\p{L}])");
    // A clause that opens by linking to the sentence before ("namun ...", "sehingga ...") is no statement of its own.
    private static final Pattern LINKED = Pattern.compile(
            "(?iu)^(?:namun|tetapi|tapi|sehingga|karena|sebab|maka|dan|serta|atau|jika|kalau|meski|meskipun|walaupun)\\b");
    private static final int MIN_REPORTED_WORDS = 6;

    /**
     * "Menurut berita, siapa yang menyampaikan hal berikut? «...»": what someone is reported to have said, among the
     * other people of the article who speak or hold a role. Only where two or more people speak in the article does
     * it go to the draft, and only the words of a clause that stands alone are shown.
     */
    private List<Question> reportedSpeech(List<String> people, java.util.Set<String> plausible) {
        List<Question> out = new ArrayList<>();
        long speakers = ctx.analysis.quotes().stream().filter(q -> spoken(q, people)).map(Quote::speaker).distinct().count();
        // One question a speaker: a second with the same answer teaches nothing new.
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Quote quote : ctx.analysis.quotes()) {
            if (!quote.reported() || !spoken(quote, people) || asked.contains(quote.speaker())) {
                continue;
            }
            String text = quote.text();
            if (text.split("\\s+").length < MIN_REPORTED_WORDS || POINTS_BACK.matcher(text).find() || LINKED.matcher(text).find()
                    || named(text, quote.speaker())) {
                continue;
            }
            String shown = opening(text);
            List<String> candidates = new ArrayList<>(people);
            candidates.removeIf(n -> named(text, n));
            List<String> others = ctx.picker.pick(quote.speaker(), candidates.stream().filter(plausible::contains).toList(), 3);
            if (others.size() < 2) {
                continue;
            }
            Evidence evidence = ctx.evidence(quote.sentence());
            String why = mentioned(evidence.text(), quote.speaker())
                    ? "Kalimat bukti menyebutkan bahwa " + quote.speaker() + " yang menyampaikan «" + shown + "»."
                    : "Menurut berita, " + quote.speaker() + " yang menyampaikan «" + shown + "»: kalimat bukti menyebutnya"
                            + " dengan kata ganti (misalnya «ia» atau «menurutnya»), dan namanya ada di kalimat lain.";
            double score = speakers < 2 ? 0.35 : others.size() == 3 ? 0.6 : 0.55;
            asked.add(quote.speaker());
            out.add(Drafts.choice(Skill.QUOTE, "Menurut berita, siapa yang menyampaikan hal berikut? "
                            + ArticleContext.quoted(shown), ctx.picker.choices(List.of(quote.speaker()), others, "reported" + text),
                    quote.speaker(), why, evidence, Difficulty.MEDIUM, score));
        }
        return out;
    }

    // The words after a quote that point back to its speaker: "pungkasnya", "kata dia", "ujar beliau".
    private static final Pattern POINTER = Pattern.compile(
            "(?iu)[”\"]\\s*,?\\s*((?:\\p{Ll}+nya)|(?:kata|ujar|ucap|tutur|tambah|jelas|ungkap)\\s+(?:dia|ia|beliau))(?![\\p{L}])");

    /** "kata ganti «pungkasnya»" as the evidence writes it, or "kata ganti" when it shows none after a quote. */
    private static String pointer(String evidence) {
        Matcher m = POINTER.matcher(evidence);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found == null ? "kata ganti" : "kata ganti «" + found + "»";
    }

    /** Whether the text names the person, by the whole name or by its last word. */
    /** Whether the text names the person by any part of the name ("kata Rina" for Rina Wulandari). */
    private static boolean mentioned(String text, String name) {
        List<String> parts = List.of(name.split("\\s+"));
        for (String part : parts) {
            if (part.length() <= 2) {
                continue;
            }
            // "RSUD Budi Rahayu" does not mention Budi Santoso: a name word another capitalised word goes on from is
            // part of another name.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(part)
                    + "(?![\\p{L}\\p{N}])(\\s+(\\p{Lu}\\p{L}*))?").matcher(text);
            while (m.find()) {
                if (m.group(2) == null || parts.contains(m.group(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean named(String text, String name) {
        String[] words = name.split("\\s+");
        return ArticleContext.find(text, name) >= 0 || words.length > 1 && words[words.length - 1].length() > 3
                && ArticleContext.find(text, words[words.length - 1]) >= 0;
    }

    /** A quote of a sentence of the body whose speaker is one of the article's people, beyond doubt. */
    private boolean spoken(Quote quote, List<String> people) {
        return quote.speaker() != null && people.contains(quote.speaker()) && ctx.isBody(quote.sentence())
                && quote.text().split("\\s+").length >= 4 && speakerBeyondDoubt(quote);
    }

    // Two capitalised words in a row: a name the analysis may not know as a person's.
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+");

    /**
     * Whether the quote is surely the speaker's: the sentence names them, or it says only "ujarnya"/"katanya" and
     * the sentence before names them last, with no other name after them that the words could point to. A quote
     * given to the wrong person is the worst question there is.
     */
    private boolean speakerBeyondDoubt(Quote quote) {
        Person speaker = ctx.person(quote.speaker());
        if (speaker == null) {
            return false;
        }
        // Only names count: "ujarnya" and "katanya" are how the text points back, not who is meant.
        List<String> names = speaker.mentions().stream().filter(m -> Character.isUpperCase(m.codePointAt(0))).toList();
        String sentence = ctx.text(quote.sentence());
        String outside = sentence.replace(quote.text(), " ");
        if (names.stream().anyMatch(m -> ArticleContext.find(outside, m) >= 0)) {
            return true;
        }
        String before = "";
        for (int i = quote.sentence() - 1; i >= 0; i--) {
            if (ctx.isBody(i)) {
                before = ctx.text(i);
                break;
            }
        }
        int last = -1;
        for (String m : names) {
            int at = before.lastIndexOf(m);
            if (at >= 0 && ArticleContext.find(before.substring(at), m) == 0) {
                last = Math.max(last, at + m.length());
            }
        }
        if (last < 0) {
            return false;
        }
        Matcher other = NAME.matcher(before.substring(last) + " " + outside);
        while (other.find()) {
            String name = other.group();
            if (names.stream().noneMatch(m -> m.contains(name) || name.contains(m))
                    && ctx.analysis.places().stream().noneMatch(p -> p.text().equals(name))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Cocokkan setiap kutipan dengan orang yang mengatakannya": three or four quotes of two or more speakers, each
     * speaker offered once (a speaker may have said two of them).
     */
    private Question speakersToQuotes(List<String> people) {
        List<Quote> quotes = new ArrayList<>();
        Map<String, Integer> perSpeaker = new LinkedHashMap<>();
        for (Quote quote : ctx.analysis.directQuotes()) {
            if (spoken(quote, people) && quotes.size() < MAX_MATCHED && perSpeaker.getOrDefault(quote.speaker(), 0) < 2) {
                quotes.add(quote);
                perSpeaker.merge(quote.speaker(), 1, Integer::sum);
            }
        }
        if (perSpeaker.size() < 2 || quotes.size() < 3) {
            return null;
        }
        List<String> items = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        StringBuilder why = new StringBuilder("Menurut teks: ");
        for (Quote q : quotes) {
            String shown = "«" + opening(q.text(), MATCHED_WORDS) + "»";
            items.add(shown);
            answers.add(q.speaker());
            why.append(items.size() == 1 ? "" : "; ").append(shown).append(" — ").append(q.speaker());
        }
        why.append('.');
        List<String> speakers = new ArrayList<>(perSpeaker.keySet());
        return Drafts.of(QuestionType.MATCHING, Skill.QUOTE, "Cocokkan setiap kutipan dengan orang yang mengatakannya.",
                items, ctx.picker.shuffle(speakers, "speakers" + speakers), answers, why.toString(),
                ctx.evidence(quotes.get(0).sentence()), Difficulty.MEDIUM, perSpeaker.size() >= 3 ? 0.66 : 0.6);
    }

    /** The first words of a long quote, enough to recognise it. */
    static String opening(String text) {
        return opening(EDITORS_NOTE.matcher(text).replaceAll(""), SHOWN_WORDS);
    }

    // "siap (akreditasi, Red)": what the editor added inside the quote is not what the speaker said.
    private static final java.util.regex.Pattern EDITORS_NOTE = java.util.regex.Pattern.compile(
            "\\s*\\((?:[^()]{1,40},\\s*)?(?:Red|red|RED)\\.?\\)");

    private static String opening(String text, int words) {
        String[] w = text.split("\\s+");
        if (w.length <= words) {
            return text;
        }
        // "Ini gotong …": cut where the quote pauses rather than inside a phrase: after its first sentence when that
        // is long enough to know it by, else at a comma or a stop a few words on.
        int cut = -1;
        for (int i = words; i >= words / 2 && cut < 0; i--) {
            if (w[i - 1].matches(".*[.!?]$")) {
                cut = i;
            }
        }
        for (int i = words; cut < 0 && i <= Math.min(w.length, words + PAUSE_REACH); i++) {
            if (w[i - 1].matches(".*[,;:.!?]$")) {
                cut = i;
            }
        }
        // ("... yang mencapai Rp560.000 untuk per satu …": a quote a few words longer than the shown length is shown whole
        // rather than cut inside its last phrase.)
        if (cut < 0) {
            cut = w.length <= words + PAUSE_REACH ? w.length : words;
        }
        if (cut == w.length) {
            return text;
        }
        String shown = String.join(" ", Arrays.copyOf(w, cut));
        return shown.matches("(?s).*[.!?]$") ? shown + " …" : shown.replaceAll("[,;:]$", "") + " …";
    }

    // How many words past the shown length a pause in the quote may be sought.
    private static final int PAUSE_REACH = 4;

    /** The hardest affixed word the quote uses once, the one worth recalling. */
    private String keyWord(Quote quote) {
        WordInfo best = null;
        for (WordInfo w : ctx.analysis.words()) {
            int at = ArticleContext.find(quote.text(), w.word());
            if (at >= 0 && ArticleContext.find(quote.text().substring(at + w.word().length()), w.word()) < 0
                    && (best == null || w.difficulty() > best.difficulty())) {
                best = w;
            }
        }
        return best == null ? null : best.word();
    }
}
