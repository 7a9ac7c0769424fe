package id.simak.generate;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the analysis of one article into quiz questions: facts first (dates, places, visits, people, quotes, lists,
 * numbers, acronyms), then vocabulary hardest first; the same analysis always gives the same questions and ids.
 */
public final class QuestionGenerator {

    private final Lexicon lexicon;

    public QuestionGenerator(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public List<Question> generate(ArticleAnalysis analysis) {
        ArticleContext ctx = new ArticleContext(analysis, lexicon);
        DateQuestions dates = new DateQuestions(ctx);
        List<Question> drafts = new ArrayList<>();
        drafts.addAll(dates.generate());
        drafts.addAll(new TimelineQuestions(ctx, dates).generate());
        drafts.addAll(new PlaceQuestions(ctx).generate());
        drafts.addAll(new MatchingQuestions(ctx).generate());
        drafts.addAll(new VisitQuestions(ctx).generate());
        drafts.addAll(new PersonQuestions(ctx).generate());
        drafts.addAll(new QuoteQuestions(ctx).generate());
        drafts.addAll(new ListQuestions(ctx).generate());
        drafts.addAll(new NumberQuestions(ctx).generate());
        drafts.addAll(new AcronymQuestions(ctx).generate());
        drafts.addAll(new VocabularyQuestions(ctx).generate());

        List<Question> out = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Question q : drafts) {
            if (!wellFormed(q) || givesAway(q) || asked.contains(samePrompt(q)) || asked.contains(sameFact(q))) {
                continue;
            }
            asked.add(samePrompt(q));
            asked.add(sameFact(q));
            String base = q.skill().name().toLowerCase(Locale.ROOT) + "-" + q.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + StableHash.hex(q.prompt() + "|" + q.answer());
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(new Question(id, q.type(), q.skill(), q.prompt(), q.items(), q.choices(), q.answer(),
                    q.explanation(), q.evidence()));
        }
        return out;
    }

    /** Two questions ask the same thing when they have the same type, skill and prompt ... */
    private static String samePrompt(Question q) {
        // Not the skill: "Kapan ...?" asked as a date and again as a visit is one question to the learner.
        return "prompt|" + q.type() + "|" + q.prompt();
    }

    /** ... or the same answer proved by the same sentence (for the other types: the same type and answers). */
    private static String sameFact(Question q) {
        if (q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.CLOZE) {
            // One answer from one sentence is one fact, whether it is picked from choices or typed: a learner
            // asked "Kapan ...?" and then "Lengkapi: ... pada ____" meets the same question twice.
            return "fact|single|" + AnswerText.normalize(q.answer().get(0)) + "|" + q.evidence().sentence();
        }
        return "fact|" + q.type() + "|" + q.answer() + "|" + q.evidence().sentence();
    }

    /** The answer must be offered, every choice distinct and something left to get wrong, else the question is no exercise. */
    static boolean wellFormed(Question q) {
        if (q.answer().isEmpty() || q.prompt() == null || q.prompt().isBlank()) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        for (String c : q.choices()) {
            if (!keys.add(AnswerText.key(c))) {
                return false;
            }
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> q.answer().size() == 1 && q.choices().contains(q.answer().get(0)) && q.choices().size() >= 3;
            case MULTIPLE_RESPONSE -> q.choices().containsAll(q.answer()) && q.choices().size() > q.answer().size();
            case ORDERING -> q.choices().containsAll(q.answer()) && q.choices().size() == q.answer().size();
            case MATCHING -> q.items().size() == q.answer().size() && q.choices().containsAll(q.answer());
            case TRUE_FALSE -> q.answer().size() == 1;
            case CLOZE -> q.prompt().contains(ArticleContext.GAP);
        };
    }

    /** Whether the prompt already contains the answer word for word (only for types where that would help). */
    static boolean givesAway(Question q) {
        List<String> answers = switch (q.type()) {
            case MULTIPLE_CHOICE, CLOZE -> List.of(q.answer().get(0));
            case MULTIPLE_RESPONSE -> q.answer();
            default -> List.of();
        };
        String shown = q.prompt();
        if (q.skill() == Skill.ROOT_WORD) {
            // Only the quoted word can leak a root; the fixed wording "kata dasar" must not bar the root "kata".
            shown = shown.substring(shown.indexOf('«') + 1, Math.max(shown.indexOf('«') + 1, shown.lastIndexOf('»')));
        }
        String prompt = " " + AnswerText.normalize(shown) + " ";
        for (String a : answers) {
            String norm = AnswerText.normalize(a);
            if (!norm.isEmpty() && prompt.contains(" " + norm + " ")) {
                return true;
            }
        }
        return false;
    }
}
