package id.simak.quiz;

import java.time.Instant;
import java.util.List;

import id.simak.generate.QuestionType;

/**
 * What learners see of quizzes and attempts, in the API and on the pages: fully loaded records, never entities,
 * and never an answer, explanation or evidence before the learner's response to that question is stored.
 */
public final class QuizViews {

    private QuizViews() {
    }

    /** A set in the list of quizzes, with the learner's last score and unfinished attempt. */
    public record QuizSummary(long id, String title, Long articleId, String articleTitle, String status,
            int questionCount, Score lastScore, Progress unfinished) {}

    /** The score of a finished attempt. */
    public record Score(long attemptId, int correct, int total, int percent, Instant finishedAt, boolean retry) {

        static Score of(Attempt a) {
            return new Score(a.id, a.correctCount, a.questionCount, QuizViews.percent(a.correctCount, a.questionCount),
                    a.finishedAt, a.retryOf != null);
        }
    }

    /** A finished attempt in the list of a learner's last results, with the page that shows it. */
    public record RecentResult(long setId, String title, Score score) {

        public String url() {
            return "/kuis/percobaan/" + score.attemptId() + "/hasil";
        }
    }

    /** How far an unfinished attempt has come. */
    public record Progress(long attemptId, int answered, int total) {}

    /** A set with its questions, without answers. */
    public record QuizDetail(long id, String title, Long articleId, String articleTitle, String status,
            List<QuestionView> questions) {}

    /**
     * A question as the learner sees it before answering. {@code choices} are in the order shown (not the
     * stored order); MATCHING pairs each of {@code items} with one of {@code choices}; ORDERING puts all
     * {@code choices} in order; CLOZE has no choices and is typed.
     */
    public record QuestionView(long id, int number, String type, String skill, String prompt, List<String> items,
            List<String> choices) {

        static QuestionView of(QuizQuestion q, int number) {
            QuestionType type = QuestionType.valueOf(q.type);
            return new QuestionView(q.id, number, q.type, q.skill, q.prompt, q.items,
                    ShownOrder.choices(q.id, type, q.choices, q.answer));
        }

        /** The message key of the skill's name, for pages. */
        public String skillKey() {
            return "skill_" + skill;
        }

        /** The message key of the type's name, for pages. */
        public String typeKey() {
            return "type_" + type;
        }
    }

    /** The sentence that proves the answer, and the article to read it in. */
    public record EvidenceView(Integer sentence, String text, Long articleId) {

        /** The reader at this sentence, or null when the question has no evidence. */
        public String readerLink() {
            return articleId == null || sentence == null ? null
                    : "/artikel/" + articleId + "?kalimat=" + sentence + "#kalimat-" + sentence;
        }
    }

    /** What the learner gave for a question and what was right. */
    public record Feedback(boolean correct, List<String> response, List<String> answer, String explanation,
            EvidenceView evidence, long timeMs, Instant answeredAt) {}

    /** A question of an attempt: feedback is null until it is answered. */
    public record AttemptQuestion(QuestionView question, Feedback feedback) {

        public boolean answered() {
            return feedback != null;
        }
    }

    /** An attempt with its questions; {@code nextQuestionId} is the first unanswered one, null when finished. */
    public record AttemptView(long id, long setId, String setTitle, Long articleId, String articleTitle,
            Long retryOf, boolean finished, Instant startedAt, Instant finishedAt, int total, int answered,
            int correct, int percent, Long nextQuestionId, List<AttemptQuestion> questions) {

        /** The question with this id, or null. */
        public AttemptQuestion question(long questionId) {
            return questions.stream().filter(q -> q.question().id() == questionId).findFirst().orElse(null);
        }

        /** The first unanswered question, or null. */
        public AttemptQuestion next() {
            return nextQuestionId == null ? null : question(nextQuestionId);
        }

        public int wrong() {
            return answered - correct;
        }
    }

    /** The answer to a learner's response: right or wrong, the correct answer, why, and where the text says so. */
    public record AnswerResult(boolean correct, List<String> response, List<String> answer, String explanation,
            EvidenceView evidence, long timeMs, Instant answeredAt, boolean finished, int answered, int total,
            int correctCount) {}

    static int percent(int correct, int total) {
        return total == 0 ? 0 : Math.round(100f * correct / total);
    }
}
