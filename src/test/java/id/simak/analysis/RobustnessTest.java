package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random inputs of every shape: the analyser never fails and stays within a generous time bound. */
class RobustnessTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(HunspellLexicon.loadDefault());
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String[] WORDS = {"Presiden", "China", "Xi", "kata", "\"", "“", "”", "(", ")", ",", ".", "!",
            "?", "--", "-", "dan", "serta", "1,04", "Rp15.250", "triliun", "persen", "tujuh", "kali", "Mei", "2013",
            "Kamis", "(2/3)", "tahun", "berikutnya", "ke", "di", "mengunjungi", "berkunjung", "KTT", "Asia", "Tengah",
            "Provinsi", "Prof.", "dll.", "\n", "\n\n", "ujarnya", "ia", "<p>", "</p>", "&amp;", "the", "of", "PT.",
            "pembangunan", "kepercayaan", "'", "’", "—", "/", "%", "$", "9", "hingga", "11", "Foto", "ANTARA",
            "mengatakan", "menyatakan", "Menteri", "Kepala", "Badan", "(BPS)", "Jawa", "Barat", "Budi", "Siti", "antara",
            "lain", "yaitu", "tiba", "Rp", "juta", "tahun lalu", "bulan depan", "KOMPAS", "–", "Kamis"};

    static Stream<Arguments> texts() {
        Stream<Arguments> fixed = Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("blank", " \n\t\n "),
                Arguments.of("one word", "kata"),
                Arguments.of("no punctuation", "presiden china berkunjung ke asia tengah pada tahun lalu dan lagi"),
                Arguments.of("only numbers", "1 2 3 4,5 6.000 7.000.000,25 2013 2014-2015 99%"),
                Arguments.of("english", "The President said: \"We will win.\" He visited China in May 2013."),
                Arguments.of("html", "<html><body><p class=\"x\">Presiden <b>Joko</b> &amp; (KTT)</p></body></html>"),
                Arguments.of("unclosed quotes", "\"a \"b “c ”d ” \" \" “ “ “ kata Xi. \"\"\"\""),
                Arguments.of("null char and controls", "A\u0000B\u0007C. \u0001D\u001b[0m (E) \u200B\uFEFF"),
                Arguments.of("lone surrogates", "X\uD800Y\uDC00Z \uD83D\uDE00 Presiden \uD83D\uDE00 Xi Jinping."),
                Arguments.of("long word", "a".repeat(100_000)),
                Arguments.of("long digits", "9".repeat(100_000)),
                Arguments.of("many quotes", "\"".repeat(100_000)),
                Arguments.of("many brackets", "(KTT) ".repeat(16_000)),
                Arguments.of("many commas", "a, ".repeat(33_000) + "dan b"),
                Arguments.of("many dates", "pada 2013 ".repeat(10_000)),
                Arguments.of("many dots", ". ".repeat(50_000)));
        Stream<Arguments> random = IntStream.range(0, 40).mapToObj(seed -> Arguments.of("seed " + seed, random(seed)));
        return Stream.concat(fixed, random);
    }

    /** Random text: mostly news-like tokens, sometimes any code point, up to 100,000 characters. */
    private static String random(long seed) {
        Random r = new Random(seed);
        int length = seed % 10 == 0 ? 100_000 : r.nextInt(5_000);
        StringBuilder sb = new StringBuilder(length + 20);
        while (sb.length() < length) {
            int pick = r.nextInt(10);
            if (pick < 7) {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            } else if (pick < 9) {
                sb.appendCodePoint(r.nextInt(0x3000));
            } else {
                sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return sb.length() > 100_000 ? sb.substring(0, 100_000) : sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void analysesAnyTextWithoutErrorInBoundedTime(String name, String text) {
        ArticleAnalysis a = assertTimeoutPreemptively(BOUND, () -> ANALYZER.analyze(text), name);
        assertNotNull(a);
        int n = a.sentences().size();
        a.dates().forEach(d -> assertTrue(a.sentence(d.sentence()).text().contains(d.text())));
        a.numbers().forEach(d -> assertTrue(a.sentence(d.sentence()).text().contains(d.text())));
        a.quotes().forEach(q -> assertTrue(a.sentence(q.sentence()).text().contains(q.text())));
        a.lists().forEach(e -> assertTrue(e.sentence() >= 0 && e.sentence() < n));
        a.places().forEach(p -> assertTrue(a.sentence(p.sentence()).text().contains(p.text())));
        a.visits().forEach(v -> assertTrue(v.sentence() >= 0 && v.sentence() < n));
        a.acronyms().forEach(x -> assertTrue(a.sentence(x.sentence()).text().contains(x.longForm())));
        a.words().forEach(w -> assertTrue(a.sentence(w.sentence()).text().toLowerCase(Locale.ROOT).contains(w.word())));
    }

    @Test
    void analysisTimeGrowsLinearlyWithTheText() throws IOException {
        String seed;
        try (InputStream in = RobustnessTest.class.getResourceAsStream("/articles/xinhua-ktt-china-asia-tengah.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 30; i++) {
            ANALYZER.analyze(seed); // warm up the JIT and the root cache
        }
        int runs = 50;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            ANALYZER.analyze(seed);
        }
        double seedMs = (System.nanoTime() - start) / 1e6 / runs;
        StringBuilder big = new StringBuilder();
        while (big.length() + seed.length() + 1 <= 100_000) {
            big.append(seed).append('\n');
        }
        ANALYZER.analyze(big.toString());
        start = System.nanoTime();
        ANALYZER.analyze(big.toString());
        double bigMs = (System.nanoTime() - start) / 1e6;
        double copies = (double) big.length() / seed.length();
        System.out.printf(Locale.ROOT, "seed (%d chars): %.2f ms warm; %d chars: %.1f ms (%.1f copies, %.2f ms per copy)%n",
                seed.length(), seedMs, big.length(), bigMs, copies, bigMs / copies);
        // Generous: a quadratic scan would take far more than 20 times the per-copy cost.
        assertTrue(bigMs < Math.max(2_000, 20 * seedMs * copies), bigMs + " ms");
    }
}
