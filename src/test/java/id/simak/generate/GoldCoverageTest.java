package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.gold.GoldKey;
import id.simak.gold.QuestionCoverage;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The gold colleague's scorer on every keyed text: the share of key facts some generated question asks about. */
class GoldCoverageTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);

    static Stream<Arguments> keys() {
        return GoldKey.all().stream().map(k -> Arguments.of(k.article(), k));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void questionsCoverTheKey(String article, GoldKey key) {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze(key.articleText())).all();
        QuestionCoverage coverage = QuestionCoverage.of(key, questions);
        String missed = coverage.uncovered().stream().map(f -> f.category() + ": " + f.fact()).collect(Collectors.joining("\n"));
        System.out.printf("%s: %d questions, coverage %.2f%n%s%n", article, questions.size(), coverage.coverage(), missed);
        questions.forEach(TeacherChecks::assertSound);
        TeacherChecks.assertNoDuplicates(questions);
        assertTrue(coverage.coverage() >= 0.6, article + " coverage " + coverage.coverage() + "\n" + missed);
    }
}
