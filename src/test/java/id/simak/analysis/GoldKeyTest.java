package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the analysis of every article under {@code src/test/resources/gold/} against its hand-made key and
 * prints what was found and missed per category; the seed must find everything, every text 80% of its roots.
 */
class GoldKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(HunspellLexicon.loadDefault());

    static Stream<Path> keys() throws IOException, URISyntaxException {
        URL dir = GoldKeyTest.class.getResource("/gold");
        if (dir == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void findsTheFactsOfTheKey(Path keyFile) throws IOException {
        JsonNode key = JSON.readTree(keyFile.toFile());
        String article = key.path("article").asText();
        Path textFile = keyFile.resolveSibling(article);
        String text;
        if (Files.exists(textFile)) {
            text = Files.readString(textFile, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = GoldKeyTest.class.getResourceAsStream("/articles/" + article)) {
                text = new String(Objects.requireNonNull(in, article).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        ArticleAnalysis a = ANALYZER.analyze(text);
        Map<String, int[]> score = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();

        if (key.has("dateline") && !key.get("dateline").isNull()) {
            JsonNode d = key.get("dateline");
            check(score, missed, "dateline", d.toString(), a.dateline() != null
                    && a.dateline().place().equalsIgnoreCase(d.path("place").asText())
                    && Objects.equals(a.dateline().date(), text(d, "value"))
                    && Objects.equals(lowerOrNull(a.dateline().agency()), lowerOrNull(text(d, "agency"))));
        }
        for (JsonNode d : key.path("dates")) {
            check(score, missed, "dates", d.toString(), a.dates().stream().anyMatch(m -> m.text().equalsIgnoreCase(
                    d.path("text").asText()) && m.value().equals(d.path("value").asText())
                    && (!d.has("relative_to") || d.get("relative_to").asText().equals(m.relativeTo()))));
        }
        for (JsonNode v : key.path("visits")) {
            List<String> countries = strings(v.path("countries"));
            check(score, missed, "visits", v.toString(), a.visits().stream().anyMatch(x -> x.visitor() != null
                    && x.visitor().toLowerCase(Locale.ROOT).contains(v.path("who").asText().toLowerCase(Locale.ROOT))
                    && Objects.equals(text(v, "when"), x.when()) && lower(x.places()).containsAll(lower(countries))
                    && (!v.has("kind") || v.get("kind").asText().equals(x.kind()))));
        }
        for (String c : strings(key.path("countries"))) {
            check(score, missed, "countries", c, a.places().stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY
                    && (p.text().equalsIgnoreCase(c) || Objects.equals(p.code(), new CountryNames().codeOf(c)))));
        }
        for (String r : strings(key.path("regions"))) {
            check(score, missed, "regions", r, a.places().stream().anyMatch(p -> p.text().equalsIgnoreCase(r)));
        }
        for (String r : strings(key.path("places"))) {
            check(score, missed, "places", r, a.places().stream().anyMatch(p -> p.text().equalsIgnoreCase(r)));
        }
        for (JsonNode p : key.path("people")) {
            check(score, missed, "people", p.toString(), a.people().stream().anyMatch(x -> x.name().equalsIgnoreCase(
                    p.path("name").asText()) && (!p.has("role") || p.get("role").asText().equalsIgnoreCase(x.role()))
                    && (!p.has("short") || x.mentions().contains(p.get("short").asText()))));
        }
        for (JsonNode q : key.path("quotes")) {
            check(score, missed, "quotes", q.path("starts").asText(), a.quotes().stream().anyMatch(x ->
                    x.text().startsWith(q.path("starts").asText()) && x.text().contains(q.path("ends").asText())
                    && x.speaker() != null && x.speaker().contains(q.path("speaker").asText())));
        }
        for (JsonNode q : key.path("not_quotes")) {
            check(score, missed, "not_quotes", q.path("text").asText(), a.quotes().stream()
                    .noneMatch(x -> x.text().equalsIgnoreCase(q.path("text").asText())));
        }
        List<JsonNode> lists = new ArrayList<>();
        key.path("lists").forEach(lists::add);
        if (key.has("principles")) {
            lists.add(key.get("principles"));
        }
        for (JsonNode l : lists) {
            List<String> items = lower(strings(l.path("items")));
            check(score, missed, "lists", l.toString(), a.lists().stream().anyMatch(e -> lower(e.items()).equals(items)
                    && (!l.has("head") || e.head() != null && l.get("head").asText().toLowerCase(Locale.ROOT)
                    .contains(e.head().toLowerCase(Locale.ROOT)))));
        }
        for (JsonNode n : key.path("numbers")) {
            check(score, missed, "numbers", n.toString(), a.numbers().stream().anyMatch(x ->
                    x.text().equalsIgnoreCase(n.path("text").asText()) && x.value() == n.path("value").asDouble()
                    && Objects.equals(text(n, "unit"), x.unit())));
        }
        for (JsonNode n : key.path("acronyms")) {
            check(score, missed, "acronyms", n.toString(), a.acronyms().stream().anyMatch(x ->
                    x.shortForm().equals(n.path("short").asText()) && x.longForm().equalsIgnoreCase(n.path("long").asText())));
        }
        Iterator<Map.Entry<String, JsonNode>> roots = key.path("roots").fields();
        while (roots.hasNext()) {
            Map.Entry<String, JsonNode> r = roots.next();
            check(score, missed, "roots", r.getKey() + "=" + r.getValue().asText(), a.words().stream()
                    .anyMatch(w -> w.word().equals(r.getKey()) && w.root().equals(r.getValue().asText())));
        }

        StringBuilder report = new StringBuilder(keyFile.getFileName().toString()).append(':');
        score.forEach((k, v) -> report.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println(report);
        missed.forEach(m -> System.out.println("  missed " + m));

        int[] rootScore = score.getOrDefault("roots", new int[] {0, 0});
        assertTrue(rootScore[0] * 5 >= rootScore[1] * 4, "roots " + rootScore[0] + "/" + rootScore[1]);
        if (article.startsWith("xinhua-ktt-china-asia-tengah")) {
            assertTrue(missed.isEmpty(), () -> "seed missed " + missed);
        }
    }

    private static void check(Map<String, int[]> score, List<String> missed, String category, String fact,
                              boolean found) {
        int[] s = score.computeIfAbsent(category, c -> new int[2]);
        s[1]++;
        if (found) {
            s[0]++;
        } else {
            missed.add(category + ": " + fact);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String lowerOrNull(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }
}
