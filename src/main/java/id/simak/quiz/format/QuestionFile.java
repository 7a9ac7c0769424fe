package id.simak.quiz.format;

import java.util.List;

import id.simak.generate.Question;

/**
 * What a question file holds: the set's stable id, title, article and status where the format has them (null
 * where it does not), its questions, and the line each question starts on (for messages about it).
 *
 * @param setId   stable id of the set ({@code id:} of a Simak file, the {@code simak/<id>} category of GIFT and
 *                Moodle XML), or null
 * @param title   the set's title, or null
 * @param article the article the set belongs to: its {@code seeds/} source, or null
 * @param status  {@code draft} or {@code published}, or null
 * @param lines   {@code lines.get(i)} is the 1-based line where {@code questions.get(i)} starts
 * @param skipped the questions of types Simak does not take, left out (GIFT and Moodle XML); empty otherwise
 */
public record QuestionFile(String setId, String title, String article, String status, List<Question> questions,
        List<Integer> lines, List<SkippedQuestion> skipped) {

    /** The sentence index of an evidence read from a file: the importer looks the sentence up in the article. */
    public static final int UNKNOWN_SENTENCE = -1;

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    public QuestionFile {
        questions = List.copyOf(questions);
        lines = List.copyOf(lines);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A file of which every question was read. */
    public QuestionFile(String setId, String title, String article, String status, List<Question> questions,
            List<Integer> lines) {
        this(setId, title, article, status, questions, lines, List.of());
    }

    /** Only the questions, for formats that carry nothing about the set. */
    public static QuestionFile of(List<Question> questions) {
        return new QuestionFile(null, null, null, null, questions, questions.stream().map(q -> 0).toList());
    }

    /** The line of the question with this key, or 0. */
    public int lineOf(String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(key)) {
                return lines.get(i);
            }
        }
        return 0;
    }
}
