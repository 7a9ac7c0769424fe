package id.simak.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses, from every checked question of an article, the short draft a teacher would hand out as it is, and
 * puts the rest in the bank. The draft takes only confident questions (score at least {@link #CONFIDENT}), one per
 * sentence, a few of a skill (two short forms, two about vocabulary), one why-question when the text gives a cause (the
 * causes of an article are each other's wrong choices, so a second one would show the first one's answer), never
 * one whose prompt tells another's answer; it is then ordered easy to hard, and within that as the article runs,
 * so the lead's facts come first, with skills taken in turn.
 */
final class DraftPlan {

    /** The score a question needs to be offered in the draft; below it, it waits in the bank. */
    static final double CONFIDENT = 0.5;
    static final int MIN_SIZE = 8;
    static final int MAX_SIZE = 15;
    private static final int MAX_VOCABULARY = 2;
    private static final int MAX_TRUE_FALSE = 2;
    /** Short forms written out: a draft of more reads as a glossary, not a reading quiz. */
    private static final int MAX_ACRONYMS = 2;
    /** Words of body text for which the configured size is meant; shorter and longer texts get fewer or more. */
    private static final double TYPICAL_WORDS = 450;

    private DraftPlan() {
    }

    /** How many questions a draft of a text of {@code bodyWords} words should hold, for a configured size. */
    static int size(int configured, int bodyWords) {
        long scaled = Math.round(configured * bodyWords / TYPICAL_WORDS);
        return (int) Math.max(MIN_SIZE, Math.min(MAX_SIZE, scaled));
    }

    static Generation plan(List<Question> checked, int size) {
        List<Question> best = new ArrayList<>(checked);
        best.sort(Comparator.comparingDouble(Question::score).reversed().thenComparing(Question::id));
        List<Question> draft = new ArrayList<>();
        Set<Integer> sentences = new HashSet<>();
        Map<String, Integer> perSkill = new HashMap<>();
        // A statement to judge counts apart from a question of the same skill: it trains another way of reading.
        int maxPerSkill = Math.max(3, size / 4);
        // A cause is what a teacher asks first when the text gives one: it is taken before the rest.
        best.stream().filter(q -> q.skill() == Skill.CAUSE && q.score() >= CONFIDENT).findFirst()
                .ifPresent(q -> take(q, draft, sentences, perSkill));
        // Facts first, words after: a word question may quote any sentence, so it takes one no fact question needs.
        List<Question> factsThenWords = new ArrayList<>(best.stream().filter(q -> !q.skill().isVocabulary()).toList());
        factsThenWords.addAll(best.stream().filter(q -> q.skill().isVocabulary()).toList());
        fill(factsThenWords, draft, sentences, perSkill, size, maxPerSkill);
        // Short of the smallest draft, a fourth question of a skill is better than a doubtful one of another.
        if (draft.size() < MIN_SIZE) {
            fill(factsThenWords, draft, sentences, perSkill, Math.min(size, MIN_SIZE), maxPerSkill + 1);
        }
        List<Question> ordered = order(draft);
        List<Question> bank = new ArrayList<>(best);
        bank.removeAll(draft);
        return new Generation(ordered, bank);
    }

    private static void fill(List<Question> candidates, List<Question> draft, Set<Integer> sentences,
            Map<String, Integer> perSkill, int size, int maxPerSkill) {
        for (Question q : candidates) {
            if (draft.size() >= size) {
                break;
            }
            if (q.score() < CONFIDENT) {
                continue;
            }
            if (draft.contains(q) || sentences.contains(q.evidence().sentence())) {
                continue;
            }
            int ofSkill = perSkill.getOrDefault(kind(q), 0);
            int vocabulary = (int) draft.stream().filter(d -> d.skill().isVocabulary()).count();
            int trueFalse = (int) draft.stream().filter(d -> d.type() == QuestionType.TRUE_FALSE).count();
            if (ofSkill >= maxPerSkill || (q.skill() == Skill.MAIN_IDEA || q.skill() == Skill.CAUSE) && ofSkill >= 1
                    || q.skill() == Skill.ACRONYM && ofSkill >= MAX_ACRONYMS
                    || q.skill().isVocabulary() && vocabulary >= MAX_VOCABULARY
                    || q.type() == QuestionType.TRUE_FALSE && trueFalse >= MAX_TRUE_FALSE || clashes(q, draft)) {
                continue;
            }
            take(q, draft, sentences, perSkill);
        }
    }

    private static void take(Question q, List<Question> draft, Set<Integer> sentences, Map<String, Integer> perSkill) {
        draft.add(q);
        sentences.add(q.evidence().sentence());
        perSkill.merge(kind(q), 1, Integer::sum);
    }

    /** The skill, and apart from it a statement to judge of that skill. */
    private static String kind(Question q) {
        return q.skill().name() + (q.type() == QuestionType.TRUE_FALSE ? "/statement" : "");
    }

    /** Whether one question's prompt tells the other's answer, or both ask the same answer or offer the same choices. */
    static boolean clashes(Question q, List<Question> taken) {
        for (Question t : taken) {
            if (tells(q.prompt(), t) || tells(t.prompt(), q) || sameAnswer(q, t) || sameChoices(q, t)
                    || asksAnItemOf(q, t) || asksAnItemOf(t, q) || offersAsWrong(q, t) || offersAsWrong(t, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code q} asks again about one item of the matching {@code m}: "Kutipan «Bisa enggak makan ...» diucapkan
     * oleh Yanto" beside a matching of that quote to its speaker, or "DAK = ____" beside a matching of DAK.
     */
    private static boolean asksAnItemOf(Question q, Question m) {
        if (m.type() != QuestionType.MATCHING || q == m) {
            return false;
        }
        String prompt = " " + AnswerText.normalize(q.prompt()) + " ";
        for (String item : m.items()) {
            String bare = AnswerText.normalize(item.replace("…", " ").replace("«", " ").replace("»", " ")).strip();
            if (bare.length() >= 3 && prompt.contains(" " + bare + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean tells(String prompt, Question other) {
        if (other.type() == QuestionType.TRUE_FALSE || other.type() == QuestionType.MATCHING
                || other.type() == QuestionType.ORDERING) {
            return false;
        }
        String p = " " + AnswerText.normalize(prompt) + " ";
        for (String a : other.answer()) {
            String n = AnswerText.normalize(a);
            if (!n.isBlank() && p.contains(" " + n + " ")) {
                return true;
            }
            // "... berupa 5 Kg beras" beside "beras ____ kilo" answered "lima": the figure in the other writing
            java.util.OptionalDouble value = IndonesianNumbers.parse(a);
            if (value.isPresent() && value.getAsDouble() == Math.rint(value.getAsDouble()) && value.getAsDouble() >= 1
                    && value.getAsDouble() < 1000) {
                long whole = (long) value.getAsDouble();
                String other2 = IndonesianNumbers.inWords(a) ? Long.toString(whole) : AnswerText.normalize(IndonesianNumbers.words(whole));
                if (p.contains(" " + other2 + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the date question {@code q} offers as a wrong choice the day another question of the draft answers
     * ("Kapan harga mulai naik?" among "Kamis (20/4)", the day the next question asks of the same rise): the two
     * questions read together give each other away, and a careful reader can defend the wrong choice.
     */
    private static boolean offersAsWrong(Question q, Question other) {
        if (q.skill() != Skill.DATE || other.skill() != Skill.DATE || q.type() != QuestionType.MULTIPLE_CHOICE) {
            return false;
        }
        String day = dayOf(other.answer().get(0));
        for (String c : q.choices()) {
            if (!q.answer().contains(c) && (AnswerText.sameAnswer(c, other.answer().get(0)) || day != null && day.equals(dayOf(c)))) {
                return true;
            }
        }
        return false;
    }

    /** Three gaps with the same four figures to choose from ask one thing three times ("55, 41, 22, 20"). */
    private static boolean sameChoices(Question a, Question b) {
        return a.type() == QuestionType.MULTIPLE_CHOICE && b.type() == QuestionType.MULTIPLE_CHOICE
                && a.choices().size() > 2 && new HashSet<>(a.choices()).equals(new HashSet<>(b.choices()));
    }

    private static boolean sameAnswer(Question a, Question b) {
        if (a.type() == QuestionType.TRUE_FALSE || b.type() == QuestionType.TRUE_FALSE) {
            return false;
        }
        if (AnswerText.sameAnswer(a.answer().get(0), b.answer().get(0))) {
            return true;
        }
        // A matching shows every pair's answer: a question asking one of them again ("DAK = ____") is answered there.
        if (a.type() == QuestionType.MATCHING || b.type() == QuestionType.MATCHING) {
            Question matching = a.type() == QuestionType.MATCHING ? a : b;
            Question other = matching == a ? b : a;
            if (other.answer().stream().anyMatch(x -> matching.answer().stream().anyMatch(y -> AnswerText.sameAnswer(x, y)))) {
                return true;
            }
        }
        // "22 orang" and "22": one figure of a short article asked twice is one fact asked twice.
        if (a.skill() == Skill.NUMBER && b.skill() == Skill.NUMBER) {
            // "magnitudo 6,8" and "M 6,8": the figure, wherever it stands in the answer.
            java.util.OptionalDouble x = IndonesianNumbers.parse(figureOf(a.answer().get(0)));
            java.util.OptionalDouble y = IndonesianNumbers.parse(figureOf(b.answer().get(0)));
            if (x.isPresent() && y.isPresent() && x.getAsDouble() == y.getAsDouble()) {
                return true;
            }
        }
        // "28 Juni 2018" for a visit and "Kamis (28/6/2018)" for its arrival: one day asked twice.
        String dayA = dayOf(a.answer().get(0));
        return dayA != null && dayA.equals(dayOf(b.answer().get(0)));
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d[\\d.]*(?:,\\d+)?");

    /** The first figure of an answer ("6,8" of "M 6,8"), or its first word when it has none ("lima orang"). */
    private static String figureOf(String answer) {
        java.util.regex.Matcher m = FIGURE.matcher(answer);
        return m.find() ? m.group().replaceAll("\\.$", "") : answer.split("\\s+")[0];
    }

    /** The single day an answer names, as "MM-DD", or null when it names none or a span. */
    static String dayOf(String answer) {
        String value = id.simak.analysis.DateExtractor.valueOf(answer);
        return value == null || value.contains("/") || !value.matches(".*-\\d{2}-\\d{2}") ? null
                : value.substring(value.length() - 5);
    }

    /** Easy to hard; within a level in the article's order, skills taken in turn so no two neighbours share one. */
    static List<Question> order(List<Question> draft) {
        List<Question> sorted = new ArrayList<>(draft);
        sorted.sort(Comparator.comparing(Question::difficulty).thenComparingInt(q -> q.evidence().sentence()));
        List<Question> out = new ArrayList<>();
        List<Question> left = new ArrayList<>(sorted);
        while (!left.isEmpty()) {
            Question last = out.isEmpty() ? null : out.get(out.size() - 1);
            Question next = left.get(0);
            if (last != null && next.skill() == last.skill()) {
                for (Question candidate : left) {
                    if (candidate.difficulty() == next.difficulty() && candidate.skill() != last.skill()) {
                        next = candidate;
                        break;
                    }
                }
            }
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
