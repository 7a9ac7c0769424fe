package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A second, differently shaped article (ANTARA style, written for this test) so nothing fits the seed alone. */
class SecondArticleTest {

    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = SecondArticleTest.class.getResourceAsStream("/articles/contoh-antara-ekspor.txt")) {
            analysis = new ArticleAnalyzer(HunspellLexicon.loadDefault())
                    .analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsTheAntaraDateline() {
        assertEquals(new Dateline("Jakarta", null, "ANTARA", "Jakarta (ANTARA) -"), analysis.dateline());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            Januari 2023, 2023-01, null
            tahun lalu, 2022, 2023
            Rabu (15/2), 2023-02-15, null
            20-22 Februari 2023, 2023-02-20/2023-02-22, null
            """)
    void findsDates(String text, String value, String relativeTo) {
        assertTrue(analysis.dates().stream().anyMatch(d -> d.text().equals(text) && d.value().equals(value)
                && java.util.Objects.equals(relativeTo, d.relativeTo())), () -> analysis.dates().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            Margo Yuwono; Kepala BPS; Margo
            Zulkifli Hasan; Menteri Perdagangan; Zulkifli
            """)
    void findsPeople(String name, String role, String shortName) {
        assertTrue(analysis.people().stream().anyMatch(p -> p.name().equals(name) && role.equals(p.role())
                && p.mentions().contains(shortName)), () -> analysis.people().toString());
    }

    @Test
    void findsTheQuoteWithItsSpeakerAndTheVisit() {
        assertEquals("Margo Yuwono", analysis.quotes().get(0).speaker());
        assertEquals(List.of(new Visit("Zulkifli Hasan", List.of("Singapura", "Malaysia"), "2023-02-20/2023-02-22", 5,
                "kunjungan kerja")), analysis.visits());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            22,31 miliar dolar AS; 22310000000; dolar AS
            16,37 persen; 16.37; persen
            Rp12.500; 12500; rupiah
            lima persen; 5; persen
            33 bulan; 33; bulan
            """)
    void findsNumbers(String text, double value, String unit) {
        assertTrue(analysis.numbers().stream().anyMatch(n -> n.text().equals(text) && Math.abs(n.value() - value) < 1e-3
                && unit.equals(n.unit())), () -> analysis.numbers().toString());
    }

    @Test
    void findsListsAndAcronym() {
        assertEquals(List.of("batu bara", "minyak kelapa sawit", "besi baja"), analysis.lists().get(0).items());
        assertEquals(List.of("Tiongkok", "Amerika Serikat", "Jepang"), analysis.lists().get(1).items());
        assertEquals(List.of(new Acronym("BPS", "Badan Pusat Statistik", 0)), analysis.acronyms());
    }

    @Test
    void marksThePhotoCaption() {
        assertTrue(analysis.sentences().stream().anyMatch(s -> s.kind() == Sentence.Kind.CAPTION
                && s.text().startsWith("Foto: Suasana pelabuhan")));
    }
}
