package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Faults the judges found on the eighth fresh set of real news (2026-12-06), after that set's measurement, each
 * reproduced on a text written for the test.
 */
class EighthFreshFaultsTest {

    private static List<Question> draft(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).draft();
    }

    @Test
    void oneFigureIsAskedOnceInADraft() {
        String text = """
                Petani Sukamaju Belajar ke Sulawesi

                SUKAMAJU – Dinas Pertanian Kabupaten Sukamaju memboyong 22 orang petani padi beserta pendampingnya \
                guna melakukan studi banding pengelolaan sawah di Sidrap, Sulawesi Selatan.

                Kepala Dinas Pertanian Budi Santoso menyebut para petani yang ikut dalam studi banding tersebut sebanyak \
                22 orang ditambah dengan 8 orang pendamping.

                Rombongan dijadwalkan belajar selama 5 hari di sentra padi terbesar di provinsi itu.
                """;
        long asked = draft(text).stream()
                .filter(q -> q.skill() == Skill.NUMBER && q.answer().get(0).startsWith("22")).count();
        assertTrue(asked <= 1, "the 22 farmers are asked " + asked + " times in one draft");
    }

    @Test
    void termsEventYearsAndListedYearsAreDatesOfTheTextButNoEventToAsk() {
        String text = """
                Bupati Paparkan Rencana Pembangunan

                SUKAMAJU – Bupati Sukamaju Budi Santoso memaparkan visi misi periode 2025-2030 di hadapan anggota dewan \
                pada Senin (3/3/2025).

                Menjelang Pilkada 2024, ia meminta aparatur desa tetap netral dan melayani warga seperti biasa.

                Bank Indonesia mencabut uang logam Tahun Emisi 1991, 1993 dan 1997 dari peredaran, kata Budi.
                """;
        var analysis = ANALYZER.analyze(text);
        assertTrue(analysis.dates().stream().anyMatch(d -> d.value().equals("2025/2030")), analysis.dates().toString());
        assertTrue(analysis.dates().stream().anyMatch(d -> d.value().equals("1993")), analysis.dates().toString());
        for (Question q : GENERATOR.generate(analysis).all()) {
            if (q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE) {
                assertFalse(List.of("2025-2030", "2024", "1991", "1993", "1997").contains(q.answer().get(0)), q.prompt());
            }
        }
    }

    @Test
    void aQuizItemTheArticleQuotesIsNoFactToAsk() {
        String text = """
                Siswi Sukamaju Juara Lomba Cerdas Cermat Museum

                SUKAMAJU – Dua siswi SMA Negeri 13 Sukamaju meraih juara pertama lomba cerdas cermat museum tingkat \
                provinsi, Sabtu (30/11/2024).

                Pada babak final, mereka harus menjawab soal tentang negara-negara Eropa.

                Benar atau salah, sebelah utara Negara Hongaria berbatasan dengan Slovakia.

                Keduanya menjawab soal itu dengan tepat dan unggul 20 poin dari regu lawan.
                """;
        for (Question q : GENERATOR.generate(ANALYZER.analyze(text)).all()) {
            assertFalse(q.evidence().text().startsWith("Benar atau salah") && q.skill() != Skill.ROOT_WORD
                    && q.skill() != Skill.SYNONYM && q.skill() != Skill.CONTEXT_VOCAB, q.prompt());
        }
    }

    @Test
    void aFigureOfALongTitleIsNotAsked() {
        String text = """
                Kunker 2 Hari Gubernur di Kabupaten Sukamaju, Serap Aspirasi Warga dan Buka Festival Durian di Pulau Mutiara

                SUKAMAJU – Gubernur Budi Santoso beserta jajaran melakukan kunjungan kerja ke Kabupaten Sukamaju selama \
                2 hari, mulai tanggal 17 sampai 18 Januari 2025.

                Selama kunjungan itu gubernur menginap di kawasan wisata budaya dan berdialog dengan 40 pelaku usaha \
                penginapan.
                """;
        for (Question q : draft(text)) {
            assertFalse(q.skill() == Skill.NUMBER && q.answer().get(0).startsWith("2 ") || q.answer().equals(List.of("2")),
                    "the title says «2 Hari»: " + q.prompt());
        }
    }
}
