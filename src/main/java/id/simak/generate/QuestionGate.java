package id.simak.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every candidate question before a teacher sees it and says why one fails: the evidence must be a whole
 * sentence of the article's body; the question well formed; the answer found again in its evidence; no answer
 * given away by the prompt or a headline; no distractor also true in the evidence; every choice of the answer's
 * form; vocabulary choices real words; the prompt tidy. A candidate that fails is dropped, never repaired.
 */
final class QuestionGate {

    // "Apa jabatan X menurut berita?": the person whose office is asked.
    private static final java.util.regex.Pattern ROLE_OF = java.util.regex.Pattern.compile("Apa jabatan (.+) menurut berita\\?");
    // The words a prompt quotes.
    private static final java.util.regex.Pattern QUOTED_WORDS = java.util.regex.Pattern.compile("«([^»]+)»");
    // Skills whose answer is one fact of the article: a headline that says it gives it away.
    private static final Set<Skill> FACTS = Set.of(Skill.DATE, Skill.PLACE, Skill.VISIT, Skill.PERSON, Skill.AGENT, Skill.LIST,
            Skill.NUMBER, Skill.ACRONYM);

    private static final java.util.regex.Pattern NARROWING = java.util.regex.Pattern.compile(
            "(?iu)^[\"“]?(?:khususnya|terutama|utamanya|termasuk|yakni|yaitu)\\b(?!\\s*,)");
    private static final java.util.regex.Pattern ASKED_IN_TEXT = java.util.regex.Pattern.compile(
            "(?iu)^[\"“]?\\s*benar\\s+atau\\s+salah\\b|\\?[\"”]?$");

    private static final java.util.regex.Pattern QUOTED_GAP = java.util.regex.Pattern.compile("«([^«»]*____[^«»]*)»");

    private final ArticleContext ctx;

    QuestionGate(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** Null when the question passes, else the reason it fails (for tests and for the teacher's curiosity). */
    String rejection(Question q) {
        if (!ctx.isBody(q.evidence().sentence())) {
            return "evidence is not a sentence of the article's body";
        }
        // "didampingi Kasi ..., Sabtu (20/9/2025).": a line that opens in lower case is the tail of a sentence the page
        // broke, with its subject on another line; what it says cannot be asked.
        if (ctx.brokenTail(q.evidence().sentence())) {
            return "the evidence is the tail of a broken sentence";
        }
        // "Benar atau salah, sebelah utara Hongaria berbatasan dengan Slovakia.": a quiz item or a question the
        // article quotes states nothing the article claims, so no fact is read from it.
        if (FACTS.contains(q.skill()) && ASKED_IN_TEXT.matcher(ctx.text(q.evidence().sentence()).strip()).find()) {
            return "the evidence is a question the article quotes, not a statement";
        }
        // "Khususnya dalam hal menyatukan visi ... di 2045.": a sentence that only narrows the one before has no subject
        // of its own; a fact read from it, as a gap, a statement or a date, reads as a fragment.
        if (FACTS.contains(q.skill()) && NARROWING.matcher(ctx.text(q.evidence().sentence()).strip()).lookingAt()) {
            return "the evidence only narrows the sentence before it";
        }
        if (!QuestionGenerator.wellFormed(q)) {
            return "not well formed";
        }
        if (QuestionGenerator.givesAway(q)) {
            return "the prompt gives the answer away";
        }
        String tidy = untidy(q.prompt());
        if (tidy != null) {
            return tidy;
        }
        // "Lengkapi kalimat berikut ...: «____.»": a line that is only the date leaves nothing to read.
        java.util.regex.Matcher quoted = QUOTED_GAP.matcher(q.prompt());
        if (quoted.find() && java.util.Arrays.stream(quoted.group(1).replace(ArticleContext.GAP, " ")
                .split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count() < 3) {
            return "the quoted sentence is hardly more than its gap";
        }
        boolean single = q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.CLOZE;
        if (FACTS.contains(q.skill()) && single && ctx.inHeadline(q.answer().get(0))) {
            return "a headline or caption gives the answer away";
        }
        // "Lawatan Perdana Presiden Santoso ke Luar Negeri" over "siapa yang memulai perjalanan perdana ke luar
        // negeri?" answered "Budi Santoso": the headline names the one asked by one of their names.
        if ((q.skill() == Skill.AGENT || q.skill() == Skill.PERSON) && single && ctx.personInHeadline(q.answer().get(0))) {
            return "a headline names the person asked";
        }
        // "Temu Kangen Dubes Budi Santoso" over "Apa jabatan Budi Santoso menurut berita?" answered "Duta Besar".
        java.util.regex.Matcher roleOf = ROLE_OF.matcher(q.prompt());
        if (q.skill() == Skill.PERSON && single && roleOf.matches() && ctx.roleInHeadline(roleOf.group(1), q.answer().get(0))) {
            return "a headline gives the office asked";
        }
        // "Prof Budi Ajak Lulusan Tidak Bermimpi Jadi Pegawai" over who said «Jangan pernah bermimpi jadi pegawai ...».
        java.util.regex.Matcher quoted2 = QUOTED_WORDS.matcher(q.prompt());
        if (q.skill() == Skill.QUOTE && q.type() != QuestionType.MATCHING && quoted2.find() && ctx.quoteInHeadline(quoted2.group(1))) {
            return "a headline tells who said the quote";
        }
        // "3 Guru Berhenti, 1 Guru Mengajar Enam Kelas" over "Benar atau salah? ... kini tiga orang guru honorer ...
        // mengajar di enam kelas": a statement about a figure the headline gives is judged by the headline.
        if (q.skill() == Skill.NUMBER && q.type() == QuestionType.TRUE_FALSE && ctx.figureInHeadline(q.evidence().text())) {
            return "a headline gives the figure of the statement";
        }
        // "Diketahui, ____ fraksi yang setuju ... yakni PDI Perjuangan, Golkar, Nasdem, ...": the prompt lists the
        // things it asks to count.
        if (q.skill() == Skill.NUMBER && single && countsItsOwnList(q)) {
            return "the prompt lists what it counts";
        }
        // "Mulai 1 Desember PT KAI Tambah Perjalanan" over a question whose answer is "Minggu (1/12/2019)".
        String day = q.skill() == Skill.DATE && single ? DraftPlan.dayOf(q.answer().get(0)) : null;
        if (day != null && ctx.headlineDays().contains(day)) {
            return "a headline gives the day asked";
        }
        if (q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE) {
            String choices = choiceProblem(q);
            if (choices != null) {
                return choices;
            }
        }
        return null;
    }

    private String choiceProblem(Question q) {
        String evidence = q.evidence().text();
        String answerShape = ChoiceShape.of(q.answer().get(0));
        for (String c : q.choices()) {
            boolean correct = q.answer().stream().anyMatch(a -> AnswerText.sameAnswer(a, c));
            if (correct) {
                continue;
            }
            if (q.skill() != Skill.MAIN_IDEA && q.skill() != Skill.CAUSE && q.skill() != Skill.QUOTE
                    && ArticleContext.find(evidence, c) >= 0 && ArticleContext.find(q.prompt(), c) < 0) {
                return "the distractor «" + c + "» is in the evidence sentence too";
            }
            // "Jumat (17/6)" offered for an arrest the text dates "Jumat (17/8)" and, in its lead, "Jumat (17/6)": a wrong
            // day the text itself gives, on the answer's day of the week, can be defended from the text.
            if (q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE && aDayOfTheText(q, c)) {
                return "the distractor «" + c + "» is a day the text gives";
            }
            boolean clauses = q.skill() == Skill.CAUSE || q.skill() == Skill.MAIN_IDEA;
            if (q.type() == QuestionType.MULTIPLE_CHOICE && !clauses && !ChoiceShape.of(c).equals(answerShape)) {
                return "the distractor «" + c + "» is not written like the answer";
            }
            if (q.skill().isVocabulary() && !c.contains(" ") && !ctx.lexicon.knows(c.toLowerCase(Locale.ROOT))) {
                return "the distractor «" + c + "» is not a word";
            }
        }
        return null;
    }

    /** A reason the prompt reads badly, or null. */
    static String untidy(String prompt) {
        if (prompt.contains("  ") || prompt.contains(" ,") || prompt.contains(" .") || prompt.contains("( )")
                || prompt.contains("()")) {
            return "the prompt has stray spaces or empty brackets";
        }
        if (!Character.isUpperCase(prompt.codePointAt(0))) {
            return "the prompt does not open with a capital";
        }
        long open = prompt.chars().filter(c -> c == '«').count();
        long close = prompt.chars().filter(c -> c == '»').count();
        if (open != close) {
            return "the prompt's quotation is not closed";
        }
        // "Sehari sebelumnya (____, harga ...": a gap after a bracket that nothing closes
        int gap = prompt.indexOf("(" + ArticleContext.GAP);
        if (gap >= 0 && !prompt.startsWith(")", gap + 1 + ArticleContext.GAP.length())) {
            return "the gap opens a bracket that nothing closes";
        }
        return null;
    }

    /** The questions that pass, in the order given. */
    List<Question> passing(List<Question> candidates) {
        return candidates.stream().filter(q -> rejection(q) == null).toList();
    }

    /** Whether a count's gap stands in a prompt that shows a list of the text with exactly that many items. */
    private boolean countsItsOwnList(Question q) {
        java.util.OptionalDouble count = IndonesianNumbers.parse(q.answer().get(0).strip().split("\\s+")[0]);
        if (count.isEmpty() || count.getAsDouble() < 2 || count.getAsDouble() > 12 || count.getAsDouble() != Math.rint(count.getAsDouble())) {
            return false;
        }
        String prompt = q.prompt();
        for (id.simak.analysis.Enumeration list : ctx.analysis.lists()) {
            if (list.sentence() == q.evidence().sentence() && list.items().size() == (int) count.getAsDouble()
                    && list.items().stream().allMatch(item -> ArticleContext.find(prompt, item) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a wrong choice is written with the answer's day of the week and names a day another date of the text
     * names: the text gives two days for one thing ("Jumat (17/6)" and "Jumat (17/8)"), and either can be defended.
     */
    private boolean aDayOfTheText(Question q, String choice) {
        String answer = q.answer().get(0);
        String weekday = answer.split("[\\s(,]+")[0];
        if (weekday.isEmpty() || !Character.isUpperCase(weekday.codePointAt(0))
                || !choice.startsWith(weekday + " ") && !choice.startsWith(weekday + ",")) {
            return false;
        }
        String day = DraftPlan.dayOf(choice);
        if (day == null) {
            return false;
        }
        for (id.simak.analysis.DateMention d : ctx.analysis.dates()) {
            String other = DraftPlan.dayOf(d.text());
            if (day.equals(other) && !AnswerText.sameAnswer(d.text(), answer)) {
                return true;
            }
        }
        return false;
    }
}
