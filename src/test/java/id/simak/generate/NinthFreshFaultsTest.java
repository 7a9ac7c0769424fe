package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Faults the judges found on the ninth fresh set of real news (2026-12-06), after that set's measurement, each
 * reproduced on a text written for the test.
 */
class NinthFreshFaultsTest {

    @Test
    void aDayTheHeadlineNamesIsNotAsked() {
        String text = """
                Mulai 1 Desember KAI Tambah Perjalanan Kereta dari Sukamaju

                SUKAMAJU – PT Kereta Api Indonesia menambah empat perjalanan kereta dari Stasiun Sukamaju.

                Menurut Heri Santoso, kereta baru tersebut akan beroperasi pada 1 Desember 2019 seiring berlakunya \
                grafik perjalanan kereta api yang baru.

                Penumpang dapat memesan tiket sejak 15 November 2019 melalui aplikasi.
                """;
        for (Question q : GENERATOR.generate(ANALYZER.analyze(text)).all()) {
            if (q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE) {
                assertFalse(q.answer().get(0).contains("1 Desember") || q.answer().get(0).contains("1/12"),
                        "the headline names the day: " + q.prompt());
            }
        }
    }

    @Test
    void aDegreeAfterTheNameIsNoSubjectOfItsOwn() {
        String text = """
                Bupati Kembali Kunjungi Desa

                LOANO, Warta Sukamaju – Bupati Sukamaju Agus Bastian SE, MM kembali mengunjungi lima desa di Kecamatan \
                Loano pada Jumat (17/3/2023).

                Dalam kunjungan itu bupati menyerahkan bantuan kepada 50 warga kurang mampu dan meninjau jalan desa.
                """;
        boolean asked = false;
        for (Question q : GENERATOR.generate(ANALYZER.analyze(text)).all()) {
            assertFalse(q.prompt().startsWith("Kapan MM") || q.prompt().startsWith("Kapan SE"), q.prompt());
            asked |= q.skill() == Skill.DATE && q.prompt().startsWith("Kapan Bupati Sukamaju Agus Bastian");
        }
        assertTrue(asked, "the visit's day is asked with its whole subject");
    }

    /** Found in the spot check after the measurement: a line that is only a date makes no cloze of its own. */
    @Test
    void aLineThatIsOnlyADateIsNoSentenceToComplete() {
        String text = """
                Maling Tertangkap Warga di Sukamaju

                SUKAMAJU – Seorang maling tertangkap warga di Desa Sukamaju setelah mencuri sepeda motor milik tetangga.

                Senin (24/7).

                Warga kemudian menyerahkan pelaku kepada polisi yang datang ke lokasi sekitar 30 menit kemudian.
                """;
        for (Question q : GENERATOR.generate(ANALYZER.analyze(text)).all()) {
            assertFalse(q.prompt().contains("«____.»") || q.prompt().contains("«____»"), q.prompt());
        }
    }

    @Test
    void acronymsWhoseFirstLettersPickTheirLongFormsAreNotMatched() {
        assertTrue(AcronymQuestions.byFirstLetters(List.of("NTB", "HKIMO", "TIMO"),
                List.of("Thailand International Mathematical Olympiad", "Nusa Tenggara Barat",
                        "Hong Kong International Mathematical Olympiad")));
        assertFalse(AcronymQuestions.byFirstLetters(List.of("BPS", "BI", "OJK"),
                List.of("Badan Pusat Statistik", "Bank Indonesia", "Otoritas Jasa Keuangan")));
        String text = """
                Siswa Sukamaju Raih Medali Olimpiade Matematika

                SUKAMAJU – Tiga siswa SMA Negeri 1 Sukamaju dari Nusa Tenggara Barat (NTB) meraih medali pada Hong Kong \
                International Mathematical Olympiad (HKIMO) dan Thailand International Mathematical Olympiad (TIMO) \
                tahun ini.

                Mereka berlatih setiap sore selama tiga bulan sebelum berangkat ke Hong Kong dan Thailand.
                """;
        for (Question q : GENERATOR.generate(ANALYZER.analyze(text)).all()) {
            assertFalse(q.type() == QuestionType.MATCHING && q.skill() == Skill.ACRONYM, q.items().toString());
        }
    }
}
