package id.simak.generate;

import java.util.List;

/**
 * Builds questions without their id, paragraph and final score, which {@link QuestionGenerator} gives once the
 * whole set is known; {@code prior} is how good a question of this shape usually is (0 to 1), before the
 * generator weighs where in the article it stands.
 */
final class Drafts {

    static final String TRUE = "Benar";
    static final String FALSE = "Salah";

    private Drafts() {
    }

    static Question of(QuestionType type, Skill skill, String prompt, List<String> items, List<String> choices,
                       List<String> answer, String explanation, Evidence evidence, Difficulty difficulty, double prior) {
        return new Question("", type, skill, prompt, List.copyOf(items), List.copyOf(choices), List.copyOf(answer),
                explanation, evidence, 0, difficulty, prior);
    }

    static Question choice(Skill skill, String prompt, List<String> choices, String answer, String explanation,
                           Evidence evidence, Difficulty difficulty, double prior) {
        return of(QuestionType.MULTIPLE_CHOICE, skill, prompt, List.of(), choices, List.of(answer), explanation, evidence,
                difficulty, prior);
    }

    static Question cloze(Skill skill, String prompt, List<String> accepted, String explanation, Evidence evidence,
                          Difficulty difficulty, double prior) {
        return of(QuestionType.CLOZE, skill, prompt, List.of(), List.of(), accepted, explanation, evidence, difficulty, prior);
    }

    static Question trueFalse(Skill skill, String statement, boolean truth, String explanation, Evidence evidence,
                              Difficulty difficulty, double prior) {
        return of(QuestionType.TRUE_FALSE, skill, "Benar atau salah? " + statement, List.of(), List.of(TRUE, FALSE),
                List.of(truth ? TRUE : FALSE), explanation, evidence, difficulty, prior);
    }
}
