package id.simak.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.simak.gold.AnalysisScore.Category;
import id.simak.gold.AnalysisScore.CategoryScore;

/**
 * The held-out keys ({@code gold-holdout/}) load and the quality report over them is complete: every category
 * of every key has finite recall and precision, every text has questions and a coverage line.
 *
 * <p>Deliberately no recall or precision floor: these texts measure how Simak does on news it was never tuned
 * on (docs/generation-quality.md), and a floor here would invite tuning the analyzer on them.
 */
class HeldOutReportTest {

    static List<GoldKey> keys;
    static QualityReport.Run run;

    @BeforeAll
    static void score() {
        keys = GoldKey.all(GoldKey.HOLDOUT_FOLDER);
        run = QualityReport.run(keys);
    }

    @Test
    void theThreeHeldOutKeysLoadWithTheirArticles() {
        assertEquals(Set.of("cnn-neraca-perdagangan", "tempo-bawang-merah-brebes", "reuters-kunjungan-pm-selandia-baru"),
                keys.stream().map(GoldKey::slug).collect(Collectors.toSet()));
        for (GoldKey key : keys) {
            assertTrue(key.articleText() != null && key.articleText().split("\\s+").length >= 350,
                    key.slug() + " has an article of at least 350 words");
            assertFalse(key.dates().isEmpty() || key.numbers().isEmpty() || key.quotes().isEmpty()
                    || key.roots().isEmpty() || key.synonyms().isEmpty(), key.slug() + " keys every kind of fact");
        }
        // Loading by resource path gives the same key as the folder listing.
        GoldKey byName = GoldKey.load(GoldKey.HOLDOUT_FOLDER + "/" + keys.get(0).slug() + ".gold.json");
        assertEquals(keys.get(0), byName);
    }

    @Test
    void everyCategoryOfEveryKeyIsScoredWithFiniteFigures() {
        assertEquals(keys.size(), run.scores().size());
        for (AnalysisScore score : run.scores()) {
            Set<Category> scored = EnumSet.noneOf(Category.class);
            for (CategoryScore c : score.categories()) {
                scored.add(c.category());
                assertTrue(Double.isFinite(c.recall()) && c.recall() >= 0 && c.recall() <= 1, c.toString());
                assertTrue(Double.isFinite(c.precision()) && c.precision() >= 0 && c.precision() <= 1, c.toString());
                assertTrue(c.found() <= c.keyFacts() && c.correct() <= c.reported(), c.toString());
                assertEquals(c.keyFacts() - c.found(), c.missed().size(), c.toString());
            }
            assertEquals(EnumSet.allOf(Category.class), scored, score.key().slug());
        }
        for (int i = 0; i < keys.size(); i++) {
            assertFalse(run.questions().get(i).isEmpty(), keys.get(i).slug() + " gets questions");
            double coverage = run.coverages().get(i).coverage();
            assertTrue(Double.isFinite(coverage) && coverage >= 0 && coverage <= 1, keys.get(i).slug());
        }
    }

    @Test
    void theReportHasATableRowForEveryCategoryAndASectionPerText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QualityReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), run);
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("# Simak quality report (3 gold keys)"), report.lines().findFirst().orElse(""));
        for (Category c : Category.values()) {
            // The overall analysis table and one per text (five columns; the coverage table has three).
            long rows = report.lines().filter(l -> l.startsWith("| " + c.name().toLowerCase(Locale.ROOT) + " |")
                    && l.chars().filter(ch -> ch == '|').count() == 6).count();
            assertEquals(1 + keys.size(), rows, c + " rows");
        }
        for (String facts : List.of("dates", "numbers", "places", "people", "quotes", "lists", "acronyms", "roots",
                "synonyms", "visits", "principles", "countries")) {
            assertTrue(report.contains("\n| " + facts + " | "), "coverage row for " + facts);
        }
        for (GoldKey key : keys) {
            assertTrue(report.contains("\n## " + key.slug() + "\n"), key.slug());
        }
        assertEquals(keys.size(), report.lines().filter(l -> l.startsWith("Questions cover:")).count());
        assertTrue(report.contains("Synonym questions about keyed words whose answer the key accepts:"));
        assertFalse(report.contains("NaN") || report.contains("Infinity"), "no figure is NaN or infinite");
    }
}
