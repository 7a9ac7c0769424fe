package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static id.simak.generate.RealLanguage.LEXICON;
import static id.simak.generate.RealLanguage.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;

/**
 * Faults the judges found on the fifth fresh set of real news (2026-12-05, night), after that set's measurement,
 * each reproduced on a text written for the test: a programme read as a person with "Presiden berharap agar
 * program" for a role.
 */
class FifthFreshFaultsTest {

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

    // Found on the same judged set, fixed in the next session (2026-12-06).

    @Test
    void aWordIsNeverTaughtInASentenceWithTheSourcesSlip() {
        String text = """
                Laskar Sukamaju Siap Tampil di Final

                SUKAMAJU – Pelatih Laskar Sukamaju, Budi Santoso, meminta para pemain tetap fokus menjelang laga final \
                Liga 2 di Stadion Mandala, Sabtu (28/11/2020).

                Budi melanjutkan, semua pemain harua menunjukkan permainan terbaik untuk memenangkan laga final.

                Menurut Budi, para pemain sudah menunjukkan semangat yang tinggi sejak awal musim kompetisi.
                """;
        List<Question> words = all(text).stream().filter(q -> q.skill().isVocabulary()).toList();
        // The word is asked in the sentence that spells its neighbours right.
        assertTrue(words.stream().anyMatch(q -> q.prompt().contains("«menunjukkan»")), "no question on the word at all");
        for (Question q : words) {
            assertFalse(q.prompt().contains("harua"), "a word is taught in a sentence with a slip: " + q.prompt());
        }
    }

    @Test
    void aSlipIsOneKeystrokeFromAWordWhileANewWordIsNone() {
        ArticleContext ctx = new ArticleContext(ANALYZER.analyze("""
                Warga Sukamaju Ikuti Pelatihan

                SUKAMAJU – Sebanyak 40 warga desa mengikuti pelatihan penanganan stunting dan voting elektronik.

                Pelatihan itu diharapkan meningkatkan kesadaran masyarakat desa.
                """), LEXICON);
        // A slip of a word the article spells right elsewhere, or of one of the commonest words.
        assertFalse(ctx.spelledWell("Semua itu harua dijadikan motivasi."), "harus typed as harua");
        assertFalse(ctx.spelledWell("Harga cabai dikisaran Rp5.000."), "di kisaran run together");
        assertFalse(ctx.spelledWell("Kesadaran masyatakat meningkat."), "masyarakat typed as masyatakat");
        assertTrue(ctx.spelledWell("Penanganan stunting dan voting elektronik dibahas."), "a new word is no slip");
        ArticleContext twice = new ArticleContext(ANALYZER.analyze("""
                Harga Cabai Turun

                SUKAMAJU – Harga cabai merah berada dikisaran Rp5.000 per kilogram, cabai hijau dikisaran Rp2.000.
                """), LEXICON);
        assertTrue(twice.spelledWell("Harga cabai dikisaran Rp5.000."), "a spelling the writer keeps is no slip of the keys");
    }

    @Test
    void aFigureSaidOfTheSameThingElsewhereIsNoWrongChoice() {
        String text = """
                Ekspor Sukamaju Naik pada Juni

                SUKAMAJU – Nilai ekspor komoditas melalui pelabuhan di Sukamaju pada Juni 2020 mengalami peningkatan \
                16,31 persen dibanding Mei 2020.

                Kepala BPS Sukamaju, Budi Santoso, menjelaskan ekspor yang melalui pelabuhan di luar Sukamaju pada Juni \
                2020 mencapai US$ 69,35 juta, mengalami peningkatan 18,06 persen dibandingkan bulan sebelumnya.

                Sementara itu, impor barang modal turun 12,40 persen pada periode yang sama.
                """;
        Question gap = all(text).stream().filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                && q.answer().contains("16,31")).findFirst().orElseThrow();
        assertFalse(gap.choices().contains("18,06"), "a second rise of exports is offered as wrong: " + gap.choices());
    }

    @Test
    void aSentenceOpeningWithItsVerbIsNeverAskedAlone() {
        String text = """
                Ekspor Sukamaju Naik pada Juni

                SUKAMAJU – Total ekspor melalui pelabuhan di luar Sukamaju pada Juni 2020 mencapai US$ 11,35 juta.

                Mengalami peningkatan dibanding bulan sebelumnya sebesar US$ 0,34 juta.

                Komoditas utama yang diekspor adalah batu bara, kayu olahan, dan udang beku.
                """;
        for (Question q : all(text)) {
            if (!q.skill().isVocabulary()) {
                assertFalse(q.prompt().contains("«Mengalami") || q.prompt().contains("«mengalami"),
                        "a sentence without its subject is asked alone: " + q.prompt());
            }
        }
        ArticleAnalysis a = ANALYZER.analyze(text);
        assertTrue(new ArticleContext(a, LEXICON).standsAlone(1), "a sentence with its subject stands alone");
        // A noun built like a verb opens a sentence with its subject.
        ArticleAnalysis suspect = ANALYZER.analyze("""
                Pengedar Sabu Ditangkap di Sukamaju

                SUKAMAJU – Polisi menangkap seorang pengedar sabu di Kecamatan Sukamaju, Kabupaten Sukamaju.

                Tersangka mengaku mendapat kiriman sabu dari seorang bandar pada Sabtu (23/10).
                """);
        assertTrue(new ArticleContext(suspect, LEXICON).standsAlone(2), "«Tersangka ...» is read as a verb with no subject");
    }

    @Test
    void oneDayIsAskedOnceInADraftWhateverItsForm() {
        assertEquals(DraftPlan.dayOf("28 Juni 2018"), DraftPlan.dayOf("Kamis (28/6/2018)"));
        assertEquals(DraftPlan.dayOf("Jumat (29/6)"), DraftPlan.dayOf("29 Juni"));
        assertNotEquals(DraftPlan.dayOf("28 Juni 2018"), DraftPlan.dayOf("28 Juli 2018"));
        assertNull(DraftPlan.dayOf("15-18 Mei 2016"), "a span is no single day");
        Question visit = Drafts.choice(Skill.VISIT, "Kapan Mahathir melakukan kunjungan ke Indonesia?",
                List.of("21 Juni 2017", "28 Juni 2018", "28 Juli 2017", "21 Juli 2018"), "28 Juni 2018", "", new Evidence(1, "x"),
                Difficulty.EASY, 0.55).withId("visit").placed(1, 0.55);
        Question arrival = Drafts.choice(Skill.DATE, "Menurut berita, kapan hal berikut terjadi? «Mahathir tiba di Bandara "
                        + "Halim Perdanakusuma, ____ pukul 18.05 WIB.»", List.of("Sabtu (21/7/2018)", "Kamis (28/6/2018)",
                        "Rabu (21/6/2017)", "Jumat (28/7/2017)"), "Kamis (28/6/2018)", "", new Evidence(2, "x"), Difficulty.EASY, 0.6)
                .withId("arrival").placed(2, 0.6);
        assertTrue(DraftPlan.clashes(visit, List.of(arrival)), "the day of arrival is asked twice in one draft");
    }

    @Test
    void aYearTheArticleRepeatsIsNoDraftQuestionAndANameIsNoEvent() {
        String text = """
                Dua Festival Sukamaju Masuk Kalender Wisata 2019

                SUKAMAJU – Dua festival budaya yang dilaksanakan di Kabupaten Sukamaju pada 2019 masuk dalam kalender \
                Kementerian Pariwisata.

                Keduanya resmi masuk dalam daftar 100 Calendar of Events 2019 yang dirilis kementerian pekan lalu.

                Kepala Dinas Pariwisata Sukamaju, Budi Santoso, mengatakan festival pada 2019 akan digelar lebih meriah.
                """;
        ArticleAnalysis a = ANALYZER.analyze(text);
        Question year = Drafts.choice(Skill.DATE, "Menurut berita, kapan hal berikut terjadi? «Dua festival budaya masuk "
                + "dalam kalender pada ____.»", List.of("2016", "2017", "2018", "2019"), "2019", "", new Evidence(1, "x"),
                Difficulty.EASY, 0.72);
        assertTrue(QuestionGenerator.score(year, new ArticleContext(a, LEXICON)) < DraftPlan.CONFIDENT,
                "a year the article names in every paragraph is offered in the draft");
        assertFalse(EventPhrase.natural("dua festival budaya yang dilaksanakan di Kabupaten Sukamaju", LEXICON),
                "a thing named with a relative clause is asked as an event: «Kapan dua festival budaya yang dilaksanakan …?»");
        assertTrue(EventPhrase.natural("warga yang terdampak banjir menerima bantuan beras", LEXICON),
                "a predicate after the relative clause is an event");
    }

    @Test
    void aChangeInThousandsOfRupiahIsWrittenAsRupiah() {
        String text = """
                Harga Karet di Sukamaju Turun

                SUKAMAJU – Petani karet di Kabupaten Sukamaju mengeluhkan harga jual yang terus merosot sejak awal bulan.

                Harga karet di tingkat petani turun dari Rp7 ribu menjadi Rp6,7 ribu per kg dalam sepekan terakhir.

                Para petani berharap pemerintah daerah segera turun tangan menstabilkan harga.
                """;
        Question change = all(text).stream().filter(q -> q.skill() == Skill.CALCULATION).findFirst().orElseThrow();
        assertEquals(List.of("Rp300 per kg"), change.answer());
        assertTrue(change.choices().stream().noneMatch(c -> c.contains(",")), change.choices().toString());
    }

    @Test
    void theOtherEndOfARangeThatHoldsTheAnswerIsNoWrongChoice() {
        String text = """
                Harga Cabai di Sukamaju Anjlok

                SUKAMAJU – Harga cabai merah di tingkat petani Kabupaten Sukamaju saat ini berada di kisaran Rp5.000 per \
                kilogram, padahal sebelumnya mencapai Rp15.000 per kilogram.

                Sementara untuk cabai hijau, dihargai Rp1.500-2.200 per kilogram oleh para tengkulak di pasar desa.

                “Sekarang turun harganya, Rp2.200, sebelumnya harga cabai muda Rp9.000,” kata Budi Santoso, petani asal \
                Desa Mekarsari, Kamis (24/1/2019).
                """;
        Question gap = all(text).stream().filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                && q.answer().contains("Rp2.200")).findFirst().orElseThrow();
        assertFalse(gap.choices().contains("Rp1.500"), "the low end of a range holding the answer: " + gap.choices());
        assertTrue(NumberQuestions.rangeHolds("dihargai Rp1.500-2.200 per kilogram", "Rp1.500", 1500, 2200));
        assertFalse(NumberQuestions.rangeHolds("dihargai Rp1.500-2.200 per kilogram", "Rp1.500", 1500, 9000));
    }

    @Test
    void aFigureInsideARisingRowOfPricesIsNoDraftQuestion() {
        String text = """
                Harga TBS Sawit Sukamaju Naik

                SUKAMAJU – Dinas Perkebunan Sukamaju menetapkan harga tandan buah segar sawit untuk periode pekan ini.

                Harga untuk sawit berumur 3 tahun Rp 1.134,40 per kilo, umur 4 tahun Rp 1.267,24, umur 5 tahun \
                Rp 1.356,23, umur 6 tahun Rp 1.395,71, umur 7 tahun Rp 1.449,10, dan umur 8 tahun Rp 1.494,25.

                Kenaikan harga itu disambut baik oleh para petani sawit di Kabupaten Sukamaju.
                """;
        List<Question> row = all(text).stream().filter(q -> q.skill() == Skill.NUMBER
                && q.type() == QuestionType.MULTIPLE_CHOICE && q.evidence().text().contains("umur 6 tahun")).toList();
        assertFalse(row.isEmpty(), "the figure is asked at all");
        for (Question q : row) {
            assertTrue(q.score() < DraftPlan.CONFIDENT, "its neighbours in the row give the answer away, yet it is offered "
                    + "in the draft: " + q.prompt());
        }
    }

    @Test
    void aFactQuestionQuotingASlipOfTheSourceShowsItMended() {
        String text = """
                Harga Cabai di Sukamaju Anjlok

                SUKAMAJU – Harga cabai merah di tingkat petani Kabupaten Sukamaju saat ini berada dikisaran Rp5.000 per \
                kilogram setelah panen raya di tiga kecamatan.

                Dalam kondisi normal, lahan seluas satu hektare mampu menghasilkan tujuh ton cabai dalam setiap panen.
                """;
        Generation g = GENERATOR.generate(ANALYZER.analyze(text));
        // (until the eighteenth session such a question waited in the bank; now the slip is mended where it is shown)
        assertTrue(g.all().stream().anyMatch(q -> q.prompt().contains("di kisaran") && q.evidence().text().contains("dikisaran")),
                "the question is asked with the slip mended, on the source's sentence");
        for (Question q : g.all()) {
            assertFalse(q.prompt().contains("dikisaran"), "a slip of the source reaches a prompt: " + q.prompt());
        }
    }
}
