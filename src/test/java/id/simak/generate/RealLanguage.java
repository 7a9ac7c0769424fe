package id.simak.generate;

import java.util.List;
import java.util.OptionalDouble;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;

/**
 * The real dictionary, analyzer and generator, loaded once for every test class that reproduces a fault found on
 * real news with a text written for it.
 */
final class RealLanguage {

    static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);

    private RealLanguage() {
    }

    /** The choice question whose answer is {@code answer}, alone or with its noun ("66" finds "66 handphone"). */
    static Question numberChoice(List<Question> questions, String answer) {
        return questions.stream()
                .filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                        && (q.answer().get(0).equals(answer) || q.answer().get(0).startsWith(answer + " ")))
                .findFirst().orElseThrow(() -> new AssertionError("no choice question for " + answer + ": " + questions));
    }

    /** The value of a choice: the figure as written, or its first word ("18 ribu" is 18, "1.500 ton" is 1500). */
    static double value(String choice) {
        OptionalDouble v = IndonesianNumbers.parse(choice.strip());
        String first = choice.strip().split("\\s+")[0];
        if (v.isEmpty()) {
            v = IndonesianNumbers.parse(first);
        }
        if (v.isEmpty()) {
            v = IndonesianNumbers.parse(first.replace(".", ""));
        }
        return v.orElseThrow(() -> new AssertionError("not a number: " + choice));
    }

    /** Every checked question of the text: its draft and its bank. */
    static List<Question> all(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).all();
    }
}
