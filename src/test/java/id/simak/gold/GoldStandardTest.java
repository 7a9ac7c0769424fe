package id.simak.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;
import id.simak.gold.AnalysisScore.Category;
import id.simak.gold.AnalysisScore.CategoryScore;

/**
 * The hand-made answer keys: on the seed article (the key that came with the project) the analysis finds every
 * fact and a question asks about each; on the other six texts quality stays at least where it was measured
 * (docs/generation-quality.md), so a change that loses facts fails here.
 */
class GoldStandardTest {

    static final String SEED_KEY = "xinhua-ktt-china-asia-tengah.gold.json";

    static HunspellLexicon lexicon;
    static ArticleAnalyzer analyzer;
    static QuestionGenerator generator;

    @BeforeAll
    static void load() {
        lexicon = HunspellLexicon.loadDefault();
        analyzer = new ArticleAnalyzer(lexicon);
        generator = new QuestionGenerator(lexicon);
    }

    private static AnalysisScore score(GoldKey key) {
        return AnalysisScore.of(analyzer.analyze(key.articleText()), key);
    }

    @ParameterizedTest(name = "seed: every {0} fact is found")
    @EnumSource(value = Category.class, names = "ROOTS", mode = EnumSource.Mode.EXCLUDE)
    void theSeedAnalysisFindsEveryFactOfTheKey(Category category) {
        CategoryScore s = score(GoldKey.load(SEED_KEY)).category(category);
        assertEquals(List.of(), s.missed(), category + " missed");
        assertEquals(s.keyFacts(), s.found());
    }

    @Test
    void theSeedAnalysisGetsAtLeast40Of50RootsRight() {
        CategoryScore roots = score(GoldKey.load(SEED_KEY)).category(Category.ROOTS);
        assertEquals(50, roots.keyFacts());
        assertTrue(roots.found() >= 40, roots.found() + " of 50 roots; missed " + roots.missed());
    }

    @Test
    void aQuestionAsksAboutEveryFactOfTheSeedKey() {
        GoldKey key = GoldKey.load(SEED_KEY);
        ArticleAnalysis analysis = analyzer.analyze(key.articleText());
        List<Question> questions = generator.generate(analysis).all();
        QuestionCoverage coverage = QuestionCoverage.of(key, questions);
        // The dateline and the photo caption are the article's metadata (issue 11): found by the analysis (the
        // analysis tests check it), never asked; every other fact of the key is asked by some question.
        List<String> metadata = new java.util.ArrayList<>();
        metadata.add(analysis.dateline().text());
        analysis.sentences().stream().filter(s -> s.kind() == id.simak.analysis.Sentence.Kind.CAPTION)
                .forEach(s -> metadata.add(s.text()));
        List<String> uncovered = coverage.uncovered().stream()
                .filter(f -> !f.category().equals("roots"))
                // Moments are asked as a matching of three or more whose own words do not name their country
                // ("pepatah Kirgizstan" does); the seed's enumeration has two such, so it is not asked.
                .filter(f -> !f.category().equals("moments"))
                .filter(f -> metadata.stream().noneMatch(m -> m.contains(quotedText(f.fact()))))
                .map(f -> f.category() + ": " + f.fact()).toList();
        assertEquals(List.of(), uncovered);
        assertTrue(questions.stream().noneMatch(q -> metadata.stream().skip(1).anyMatch(c -> c.equals(q.evidence().text()))),
                "a question rests on a photo caption");
        assertTrue(questions.stream().noneMatch(q -> q.prompt().contains("dateline")), "a question asks the dateline");
        long rootsCovered = coverage.facts().stream().filter(f -> f.category().equals("roots") && f.covered()).count();
        assertTrue(rootsCovered >= 40, rootsCovered + " of 50 roots asked");
        assertTrue(questions.stream().noneMatch(q -> q.type().name().equals("MATCHING") && q.skill().name().equals("PLACE")),
                "the five moments, three of which name their country, are no matching question");
    }

    /** The words in quotation marks of a fact's description ("date \"16 Mei\" = --05-16" gives "16 Mei"). */
    private static String quotedText(String fact) {
        int open = fact.indexOf('"');
        int close = fact.indexOf('"', open + 1);
        return open >= 0 && close > open ? fact.substring(open + 1, close) : fact;
    }

    /**
     * Recall on the six other texts, measured when this test was written (1.00 in every category but acronyms 0.92
     * and roots 0.99, see docs/generation-quality.md), with room for about one fact per category to move.
     */
    static final Map<Category, Double> FLOORS = Map.ofEntries(
            Map.entry(Category.DATELINE, 0.90), Map.entry(Category.DATES, 0.95), Map.entry(Category.COUNTRIES, 0.90),
            Map.entry(Category.PLACES, 0.95), Map.entry(Category.PEOPLE, 0.90), Map.entry(Category.VISITS, 0.75),
            Map.entry(Category.QUOTES, 0.90), Map.entry(Category.LISTS, 0.90), Map.entry(Category.NUMBERS, 0.95),
            Map.entry(Category.ACRONYMS, 0.80), Map.entry(Category.ROOTS, 0.95));

    @ParameterizedTest(name = "other texts: {0} recall stays at its measured level")
    // The development keys hold no synonyms (only the held-out keys do), so there is nothing to keep a floor on.
    @EnumSource(value = Category.class, names = "SYNONYMS", mode = EnumSource.Mode.EXCLUDE)
    void recallOnTheOtherTextsDoesNotFallBelowWhatWasMeasured(Category category) {
        int found = 0;
        int facts = 0;
        for (GoldKey key : GoldKey.all()) {
            if (key.slug().equals(SEED_KEY.replace(".gold.json", ""))) {
                continue;
            }
            CategoryScore s = score(key).category(category);
            found += s.found();
            facts += s.keyFacts();
        }
        double recall = facts == 0 ? 1 : (double) found / facts;
        assertTrue(recall >= FLOORS.get(category),
                String.format("%s recall %.2f below %.2f", category, recall, FLOORS.get(category)));
    }
}
