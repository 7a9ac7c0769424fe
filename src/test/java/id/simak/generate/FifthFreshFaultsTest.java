package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.analysis.Person;

/**
 * Faults the judges found on the fifth fresh set of real news (2026-12-05, night), after that set's measurement,
 * each reproduced on a text written for the test: a programme read as a person with "Presiden berharap agar
 * program" for a role.
 */
class FifthFreshFaultsTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);

    private static List<Question> all(String text) {
        return GENERATOR.generate(ANALYZER.analyze(text)).all();
    }

    @Test
    void aProgrammeIsNoPersonAndAClauseNoRole() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Presiden Terima Gubernur dari Korea

                Tim Komunikasi Presiden Ari Dwipayana mengatakan, Presiden berharap agar program Saemaul Undong dengan \
                pemerintah daerah terus ditingkatkan.
                """);
        for (Person p : a.people()) {
            assertFalse(p.name().contains("Undong"), "a programme is read as a person: " + p);
            assertFalse(p.role() != null && p.role().contains("berharap"), "a clause is read as a role: " + p);
        }
    }

    @Test
    void aBodysShortFormNeverSpeaks() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Truk Berat Dilarang Melintas Jembatan Sukamaju

                SUKAMAJU – Petugas Dinas Perhubungan (Dishub) Kabupaten Sukamaju melarang kendaraan dengan bobot di atas \
                8 ton melintas di jembatan Desa Mekarsari.

                Kepala Bidang Lalu Lintas Dishub Kabupaten Sukamaju, Budi Santoso, mengatakan larangan itu untuk \
                mengantisipasi kerusakan jembatan.

                "Kami lakukan agar para pengguna jalan mengetahui ada pelarangan melintas," kata Budi.

                Untuk itu, kata Budi, pihaknya menerjunkan sejumlah anggota Dishub untuk menyebarkan selebaran.

                "Kami sudah dua kali mengalihkan jalur kendaraan berat yang hendak melintasi jembatan tersebut," pungkasnya.
                """);
        a.quotes().forEach(q -> assertFalse(q.speaker() != null && q.speaker().startsWith("Dis"),
                "a body's short form speaks: " + q));
        assertTrue(a.people().stream().noneMatch(p -> p.name().startsWith("Dishub")), a.people().toString());
    }

    @Test
    void aSentenceThatGoesOnFromTheOneBeforeIsNoGap() {
        String text = """
                Ekspor Sukamaju Naik pada Juni

                SUKAMAJU – Badan Pusat Statistik mencatat nilai ekspor Provinsi Sukamaju pada Juni 2020 naik dibanding \
                bulan sebelumnya.

                Yaitu dari US$ 62,20 juta pada Mei menjadi US$ 69,35 juta pada Juni.

                Bila dirupiahkan, nilai ekspor bulan Juni itu mencapai sekitar Rp1 triliun.

                Komoditas utama yang diekspor adalah batu bara, kayu olahan, dan udang beku.
                """;
        for (Question q : all(text)) {
            if (q.skill().isVocabulary()) {
                continue; // a word is asked in any sentence that holds it
            }
            assertFalse(q.prompt().contains("«Yaitu") || q.prompt().contains("«Bila"),
                    "a sentence that leans on the one before is asked alone: " + q.prompt());
        }
    }

    @Test
    void aSpanIsNeverTheAnswerToSinceWhen() {
        String text = """
                Bupati Sukamaju Kunjungi Korea Selatan

                SUKAMAJU – Bupati Sukamaju Budi Santoso sejak 15-18 Mei 2016 melakukan kunjungan kerja ke Korea Selatan \
                untuk mempelajari pengelolaan sampah kota.

                Dalam kunjungan itu, Budi bertemu dengan wali kota Suwon dan meninjau tempat pengolahan sampah terpadu.

                Hasil kunjungan tersebut akan diterapkan di Kabupaten Sukamaju mulai tahun depan.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.DATE && q.answer().get(0).contains("15-18")) {
                assertFalse(q.prompt().startsWith("Sejak kapan"), q.prompt());
            }
        }
    }

    @Test
    void aHeadlineThatRoundsTheAmountGivesItAway() {
        String text = """
                Ekspor Perdana Pala dari Sukamaju, Nilainya Rp1,8 Miliar

                SUKAMAJU – Sebanyak 25 ton biji pala asal Kabupaten Sukamaju diekspor ke Belanda melalui pelabuhan \
                Sukamaju pada Senin (12/10/2020).

                Kepala Balai Karantina Pertanian Sukamaju, Budi Santoso, mengatakan nilai ekspor perdana itu mencapai \
                Rp1,84 miliar dan menjadi awal bagi petani pala untuk menembus pasar Eropa.

                Menurut Budi, pengiriman berikutnya dijadwalkan pada akhir tahun dengan volume yang lebih besar.
                """;
        for (Question q : all(text)) {
            if (q.skill() == Skill.NUMBER) {
                assertFalse(q.answer().contains("Rp1,84 miliar"), "the headline rounds the answer: " + q.prompt());
            }
        }
    }
}
