package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.analysis.Person;

/**
 * Faults the judges found on the fifth fresh set of real news (2026-12-05, night), after that set's measurement,
 * each reproduced on a text written for the test: a programme read as a person with "Presiden berharap agar
 * program" for a role.
 */
class FifthFreshFaultsTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);

    private static List<Question> all(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).all();
    }

    @Test
    void aProgrammeIsNoPersonAndAClauseNoRole() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Presiden Terima Gubernur dari Korea

                Tim Komunikasi Presiden Ari Dwipayana mengatakan, Presiden berharap agar program Saemaul Undong dengan \
                pemerintah daerah terus ditingkatkan.
                """);
        for (Person p : a.people()) {
            assertFalse(p.name().contains("Undong"), "a programme is read as a person: " + p);
            assertFalse(p.role() != null && p.role().contains("berharap"), "a clause is read as a role: " + p);
        }
    }
}
