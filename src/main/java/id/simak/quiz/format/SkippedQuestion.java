package id.simak.quiz.format;

import java.util.List;
import java.util.Locale;

/**
 * A question of a file that Simak does not take (an essay, a description, a numerical question with a tolerance,
 * an embedded-answers question …): the import goes on without it and lists it.
 *
 * @param line the 1-based line where the question starts
 * @param kind the question's type as the file names it ({@code essay}, {@code numerical}, {@code description}, …)
 * @param name the question's name in the file, or its prompt's beginning, or null
 * @param why  in Indonesian, why it was left out
 */
public record SkippedQuestion(int line, String kind, String name, String why) {

    /** The kind in Indonesian, for the report: "esai", "numerik", "deskripsi", … (the file's own name otherwise). */
    public String label() {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "essay" -> "esai";
            case "numerical" -> "numerik";
            case "description" -> "deskripsi";
            case "cloze", "multianswer" -> "rumpang ganda (cloze)";
            case "calculated", "calculatedsimple", "calculatedmulti" -> "hitungan (calculated)";
            case "randomsamatch" -> "menjodohkan acak";
            case "ddwtos", "gapselect", "ddimageortext", "ddmarker" -> "seret dan lepas (" + kind + ")";
            default -> kind;
        };
    }

    /** "3 soal diimpor, 2 dilewati: esai (baris 2), numerik (baris 20)." — or only the first part. */
    public static String summary(int imported, List<SkippedQuestion> skipped) {
        StringBuilder b = new StringBuilder().append(imported).append(" soal diimpor");
        if (!skipped.isEmpty()) {
            b.append(", ").append(skipped.size()).append(" dilewati: ");
            for (int i = 0; i < skipped.size(); i++) {
                SkippedQuestion s = skipped.get(i);
                b.append(i == 0 ? "" : ", ").append(s.label()).append(" (baris ").append(s.line()).append(')');
            }
        }
        return b.append('.').toString();
    }
}
