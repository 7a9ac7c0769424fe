package id.simak.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards the keys themselves: a wrong key would make every colleague's measurement wrong. */
class GoldKeyTest {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2})(/(\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}))?");

    static Stream<Arguments> keys() {
        // Named, so the test report shows the slug and not the whole article text; the held-out keys are checked
        // for well-formedness too (never for the analyzer's scores on them).
        return Stream.concat(GoldKey.all().stream(), GoldKey.all(GoldKey.HOLDOUT_FOLDER).stream())
                .map(k -> Arguments.of(Named.of(k.slug(), k)));
    }

    @Test
    void allFindsTheSeedAndSixWrittenTexts() {
        List<GoldKey> keys = GoldKey.all();
        assertTrue(keys.size() >= 7, "keys: " + keys.size());
        assertTrue(keys.stream().anyMatch(k -> k.slug().equals("xinhua-ktt-china-asia-tengah")));
    }

    @Test
    void loadByResourceNameReadsTheSeed() {
        GoldKey seed = GoldKey.load("xinhua-ktt-china-asia-tengah.gold.json");
        assertEquals("Xi'an", seed.dateline().place());
        assertEquals("2014", seed.dates().get(3).value());
        assertEquals("2013", seed.dates().get(3).relativeTo());
        assertEquals(2, seed.principles().fromQuote());
        assertEquals("Xi", seed.people().get(0).shortName());
        assertEquals("KTT", seed.acronyms().get(0).shortForm());
        assertEquals(5, seed.moments().size());
        assertEquals("kunjung", seed.roots().get("kunjungan"));
        assertTrue(seed.articleText().startsWith("XI'AN, 16 Mei (Xinhua)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyKeyedTextIsInTheArticle(GoldKey key) {
        assertNotNull(key.articleText(), "article text of " + key.article());
        String text = Matching.norm(key.articleText());
        List<String> absent = new ArrayList<>();
        key.dates().forEach(d -> check(absent, text, d.text()));
        key.numbers().forEach(n -> check(absent, text, n.text()));
        key.countries().forEach(c -> check(absent, text, c));
        key.regions().forEach(r -> check(absent, text, r));
        key.places().forEach(p -> check(absent, text, p));
        key.people().forEach(p -> {
            check(absent, text, p.name());
            check(absent, text, p.role());
        });
        key.quotes().forEach(q -> {
            check(absent, text, q.starts());
            check(absent, text, q.ends());
        });
        key.lists().forEach(l -> l.items().forEach(i -> check(absent, text, i)));
        if (key.principles() != null) {
            key.principles().items().forEach(i -> check(absent, text, i));
        }
        key.acronyms().forEach(a -> {
            check(absent, text, a.shortForm());
            check(absent, text, a.longForm());
        });
        key.roots().keySet().forEach(w -> {
            if (!Matching.containsWords(key.articleText(), w)) {
                absent.add("root word " + w);
            }
        });
        assertEquals(List.of(), absent, key.article());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void valuesAreIso8601AndQuotesNameAPerson(GoldKey key) {
        key.dates().forEach(d -> assertTrue(ISO.matcher(d.value()).matches(), d.value()));
        key.visits().stream().filter(v -> v.when() != null)
                .forEach(v -> assertTrue(ISO.matcher(v.when()).matches(), v.when()));
        key.quotes().forEach(q -> assertTrue(
                key.people().stream().anyMatch(p -> Matching.personMatches(p.name(), q.speaker())),
                "speaker " + q.speaker() + " is not among the people"));
        key.countries().forEach(c -> assertNotNull(Matching.countryCode(c), "no ISO code for " + c));
        if (key.principles() != null) {
            int from = key.principles().fromQuote();
            assertTrue(from >= 1 && from <= key.quotes().size(), "from_quote " + from);
        }
        assertTrue(key.roots().size() >= 20, "roots: " + key.roots().size());
        for (Map.Entry<String, String> e : key.roots().entrySet()) {
            assertFalse(e.getKey().equals(e.getValue()), "root of " + e.getKey() + " is the word itself");
        }
    }

    private static void check(List<String> absent, String normalisedText, String fact) {
        if (fact != null && !normalisedText.contains(Matching.norm(fact))) {
            absent.add(fact);
        }
    }
}
