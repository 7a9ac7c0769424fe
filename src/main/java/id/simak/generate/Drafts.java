package id.simak.generate;

import java.util.List;

/** Builds questions without their id, which {@link QuestionGenerator} gives once the whole set is known. */
final class Drafts {

    static final String TRUE = "Benar";
    static final String FALSE = "Salah";

    private Drafts() {
    }

    static Question of(QuestionType type, Skill skill, String prompt, List<String> items, List<String> choices,
                       List<String> answer, String explanation, Evidence evidence) {
        return new Question("", type, skill, prompt, List.copyOf(items), List.copyOf(choices), List.copyOf(answer),
                explanation, evidence);
    }

    static Question choice(Skill skill, String prompt, List<String> choices, String answer, String explanation,
                           Evidence evidence) {
        return of(QuestionType.MULTIPLE_CHOICE, skill, prompt, List.of(), choices, List.of(answer), explanation, evidence);
    }

    static Question cloze(Skill skill, String prompt, List<String> accepted, String explanation, Evidence evidence) {
        return of(QuestionType.CLOZE, skill, prompt, List.of(), List.of(), accepted, explanation, evidence);
    }

    static Question trueFalse(Skill skill, String statement, boolean truth, String explanation, Evidence evidence) {
        return of(QuestionType.TRUE_FALSE, skill, "Benar atau salah? " + statement, List.of(), List.of(TRUE, FALSE),
                List.of(truth ? TRUE : FALSE), explanation, evidence);
    }
}
