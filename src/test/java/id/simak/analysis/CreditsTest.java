package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The people a page credits (writer, editor, photographer) are read, and kept apart from the story's people. */
class CreditsTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(HunspellLexicon.loadDefault());

    private static final String BODY = "Bupati Andi Pratama meresmikan pasar baru di Kecamatan Lembah Hijau pada"
            + " Senin (3/6/2024) dan meminta pedagang menjaga kebersihan pasar setiap hari.\n";

    private static List<String> credits(String text) {
        return ANALYZER.analyze(text).credits().stream().map(p -> p.name() + "/" + p.role()).toList();
    }

    @Test
    void labelledWriterAndEditorAtTheEnd() {
        String text = "Pasar Baru Diresmikan\n\n" + BODY + "\nPenulis : Dimas Arya Saputra\nEditor : Wulan Sari Rahayu\n";
        assertEquals(List.of("Dimas Arya Saputra/Penulis", "Wulan Sari Rahayu/Editor"), credits(text));
    }

    /** "Penulis dan Foto : X, Kepala Resort ...": the writer who also took the pictures, his office left aside. */
    @Test
    void aWriterWhoTookThePicturesToo() {
        String text = "Pasar Baru Diresmikan\n\n" + BODY + "\nPenulis dan Foto : Dimas Arya Saputra, Kepala Resort Wilayah 21\n"
                + "Teks & Foto: Wulan Sari Rahayu\n";
        assertEquals(List.of("Dimas Arya Saputra/Penulis", "Wulan Sari Rahayu/Penulis"), credits(text));
    }

    @Test
    void oneNameAfterALabelOrAnOlehIsACredit() {
        String text = "Pasar Baru Diresmikan\n\nOleh : Hariyanto | Senin, 3 Juni 2024 - 08:15\n\n" + BODY + "\nEditor: Awan\n";
        assertEquals(List.of("Hariyanto/Penulis", "Awan/Editor"), credits(text));
    }

    @Test
    void bylinesOverTheDateStamp() {
        assertEquals(List.of("Rizal Fadillah/Penulis"),
                credits("Pasar Baru Diresmikan\n\nRizal Fadillah\n3 Juni 2024, 12:03\n" + BODY));
        assertEquals(List.of("Nadia Permata/Jurnalis"),
                credits("Pasar Baru Diresmikan\nNadia Permata, Jurnalis · Senin 3 Juni 2024 15:52 WIB\n" + BODY));
        assertEquals(List.of("Nadia Permata/Penulis"),
                credits("Pasar Baru Diresmikan\nNadia Permata, Warta Sukamaju | Senin, 03/06/2024 09:33 WIB\n" + BODY));
        assertEquals(List.of("Bagus Wicaksono/Reporter"),
                credits("Pasar Baru Diresmikan\nSENIN, 3 JUNI 2024 | 03:07 WIB | LAPORAN: BAGUS WICAKSONO\n" + BODY));
    }

    @Test
    void photographersOfCaptionsButNotTheOfficeThatLentThePicture() {
        String text = "Pasar Baru Diresmikan\n"
                + "Pedagang menata dagangan di pasar baru, Senin (3/6/2024). (RIKA AMELIA/RADAR SUKAMAJU)\n"
                + "Suasana pasar pada pagi hari (Warta Sukamaju/Dinas Perdagangan)\n"
                + "Bupati meninjau los ikan (Warta Sukamaju/BPBD Sukamaju)\n"
                + "ANTARA FOTO/Yoga Pratama\n" + BODY;
        assertEquals(List.of("Rika Amelia/Fotografer", "Yoga Pratama/Fotografer"), credits(text));
    }

    @Test
    void creditedPeopleAreNotPeopleOfTheStory() {
        ArticleAnalysis a = ANALYZER.analyze("Pasar Baru Diresmikan\n\n" + BODY + "\nPenulis : Dimas Arya Saputra\n");
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Dimas")), a.people().toString());
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Andi Pratama")), a.people().toString());
        assertEquals(1, a.credits().size());
    }

    @Test
    void aTitleOrAHeadingIsNoByline() {
        assertEquals(List.of(), credits("Pasar Baru Diresmikan\nHarga Naik\n3 Juni 2024, 12:03\n" + BODY));
    }
}
