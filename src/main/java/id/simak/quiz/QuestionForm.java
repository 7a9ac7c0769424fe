package id.simak.quiz;

import java.util.List;

/**
 * A question as a teacher writes it, from the API (JSON) or a page form, before it is checked. {@code items},
 * {@code choices} and {@code answer} mean what {@link id.simak.generate.QuestionType} says; for TRUE_FALSE the
 * choices are always "Benar" and "Salah"; for MATCHING and ORDERING the choices are made from the answer.
 *
 * @param evidenceSentence index (from 0) of the article sentence that proves the answer, or null
 */
public record QuestionForm(String type, String skill, String prompt, List<String> items, List<String> choices,
        List<String> answer, String explanation, Integer evidenceSentence) {
}
