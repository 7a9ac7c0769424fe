package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names in a list with known places are places of the kind most of the known ones have. */
class ListedPlacesTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(HunspellLexicon.loadDefault());
    }

    @Test
    void aListOfMostlyCountriesListsCountries() {
        ArticleAnalysis a = analyzer.analyze(
                "Pameran itu diikuti seniman dari Papua, Timor Leste, Jepang, India, dan Perancis.");
        String kinds = a.places().stream()
                .map(p -> p.text() + "=" + p.kind())
                .sorted()
                .collect(Collectors.joining(" "));
        assertEquals(Place.Kind.COUNTRY, a.places().stream().filter(p -> p.text().equals("Perancis"))
                .findFirst().orElseThrow(() -> new AssertionError(kinds)).kind(), kinds);
    }
}
