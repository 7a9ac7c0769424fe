package id.simak.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.enterprise.inject.spi.Bean;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import id.simak.Fixtures;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.Lexicon;

/**
 * Issue 14, item 6: a start with nothing to analyse (no new seed article, no article without its draft) loads
 * no dictionary, so the app starts sooner and holds less memory; the first article stored loads it and is
 * analysed as before.
 */
@QuarkusTest
@TestProfile(LazyLanguageToolsTest.NoSeeds.class)
class LazyLanguageToolsTest {

    public static class NoSeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simak.seeds-dir", "target/no-seeds", "simak.quizzes-dir", "target/no-quizzes");
        }
    }

    @Test
    void theDictionariesLoadOnTheFirstArticleNotAtStart() {
        assertFalse(made(Lexicon.class), "the lexicon was loaded at start-up");
        assertFalse(made(ArticleAnalyzer.class), "the analyzer was made at start-up");

        String teacher = Fixtures.teacher("guru-malas");
        long id = Fixtures.teacherArticle(teacher, "Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat "
                + "inflasi 2,5 persen pada Januari 2024.");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + id + "/analysis")
                .then().statusCode(200).body("acronyms.short", hasItem("BPS"));
        assertTrue(made(Lexicon.class), "the lexicon is loaded once an article came");
    }

    /** Whether the container has made the bean of this type yet. */
    private static boolean made(Class<?> type) {
        var beans = Arc.container().beanManager();
        @SuppressWarnings("unchecked")
        Bean<Object> bean = (Bean<Object>) beans.resolve(beans.getBeans(type));
        return Arc.container().getActiveContext(bean.getScope()).get(bean) != null;
    }
}
