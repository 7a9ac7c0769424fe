package id.simak.generate;

import java.util.List;

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

    /** Every checked question of the text: its draft and its bank. */
    static List<Question> all(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).all();
    }
}
