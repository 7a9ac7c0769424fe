package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the twenty-second session on issue 11 changed in the questions, each on a text written for the test.
 */
class TwentySecondSessionDraftTest {

    private static final String THREE_OFFICIALS = """
            DPRD Sukamaju Setujui Perda Pajak Daerah

            SUKAMAJU – DPRD Kabupaten Sukamaju menggelar rapat paripurna persetujuan rancangan peraturan daerah tentang \
            pajak daerah pada Senin (6/11/2023).

            Sekretaris DPRD Sukamaju, Budi Santoso, membacakan konsep keputusan DPRD tentang persetujuan raperda menjadi \
            perda tersebut.

            Ketua DPRD Sukamaju Ahmad Darmawan kemudian menandatangani keputusan itu dan menyerahkannya kepada Sekretaris \
            Daerah Sukamaju Suparno Wibowo.

            Rapat dihadiri 38 dari 45 anggota dewan.
            """;

    /**
     * A short article that names three officials, each with an office written as a title: "who holds the office?"
     * among the three is fit for the draft, though it offers three choices, not four.
     */
    @Test
    void anOfficeAmongThreeOfficialsIsAskedInTheDraft() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(THREE_OFFICIALS));
        Question who = g.draft().stream().filter(q -> q.prompt().startsWith("Menurut berita, siapa yang menjabat sebagai"))
                .findFirst().orElseThrow(() -> new AssertionError(g.draft().stream().map(Question::prompt).toList().toString()));
        assertEquals(3, who.choices().size(), who.choices().toString());
        assertTrue(who.choices().containsAll(List.of("Budi Santoso", "Ahmad Darmawan", "Suparno Wibowo")), who.choices().toString());
    }

    /** "pasangan ganda campuran X": a category of a sport written in lower case is no office to ask among three. */
    @Test
    void aSportsCategoryIsNoOfficeForTheDraft() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Tim Bulu Tangkis Sukamaju Juara

                SUKAMAJU – Tim bulu tangkis Sukamaju menjadi juara pada kejuaraan daerah, Minggu (5/11/2023).

                Kemenangan pertama diraih pasangan ganda campuran Budi Santoso/Dewi Kartika yang menang dua gim langsung.

                Kemenangan kedua diraih pemain tunggal putri Siti Rahmawati yang menang atas wakil Cibeber.

                Kemenangan ketiga diraih pemain tunggal putra Ahmad Darmawan dalam tiga gim.
                """));
        assertTrue(g.draft().stream().noneMatch(q -> q.prompt().toLowerCase().contains("menjabat sebagai ganda")
                || q.prompt().toLowerCase().contains("menjabat sebagai tunggal")), g.draft().toString());
    }
}
