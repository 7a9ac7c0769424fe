package id.simak.generate;

import java.util.List;

/**
 * One generated question, in Indonesian. {@code id} is stable: the same article text always gives the same
 * ids. See {@link QuestionType} for what {@code items}, {@code choices} and {@code answer} hold per type.
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
        Evidence evidence) {}
