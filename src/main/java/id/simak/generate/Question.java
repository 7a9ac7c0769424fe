package id.simak.generate;

import java.util.List;

/**
 * One question, in Indonesian. {@code id} is stable: the same article text always gives the same ids. See
 * {@link QuestionType} for what {@code items}, {@code choices} and {@code answer} hold per type. {@code paragraph}
 * is the 1-based paragraph of the evidence sentence (0 when unknown, as for a question read from a file),
 * {@code difficulty} how hard it is, and {@code score} (0 to 1) how good a question the generator takes it to be
 * (1 for a question a teacher wrote).
 */
public record Question(
        String id,
        QuestionType type,
        Skill skill,
        String prompt,
        List<String> items,
        List<String> choices,
        List<String> answer,
        String explanation,
        Evidence evidence,
        int paragraph,
        Difficulty difficulty,
        double score) {

    /** A question without the generator's placement and rating, as a teacher or a file writes it. */
    public Question(String id, QuestionType type, Skill skill, String prompt, List<String> items, List<String> choices,
                    List<String> answer, String explanation, Evidence evidence) {
        this(id, type, skill, prompt, items, choices, answer, explanation, evidence, 0, Difficulty.MEDIUM, 1.0);
    }

    /** The same question with another id. */
    public Question withId(String newId) {
        return new Question(newId, type, skill, prompt, items, choices, answer, explanation, evidence, paragraph,
                difficulty, score);
    }

    /** The same question placed in its paragraph and rated. */
    Question placed(int newParagraph, double newScore) {
        return new Question(id, type, skill, prompt, items, choices, answer, explanation, evidence, newParagraph,
                difficulty, newScore);
    }

    /** The same question with another difficulty. */
    Question withDifficulty(Difficulty newDifficulty) {
        return new Question(id, type, skill, prompt, items, choices, answer, explanation, evidence, paragraph,
                newDifficulty, score);
    }
}
