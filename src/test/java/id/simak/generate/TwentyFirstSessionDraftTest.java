package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the twenty-first session on issue 11 changed in the questions, each on a text written for the test: reported
 * speech, the way regional news gives most of what officials say, asked as "who said it" when two or more people
 * speak.
 */
class TwentyFirstSessionDraftTest {

    private static final String TWO_SPEAKERS = """
            Harga Beras Mulai Turun

            SUKAMAJU – Harga beras di Pasar Sukamaju mulai turun pada pekan ini setelah panen raya di sejumlah kecamatan.

            Juru bicara Bupati Ahmad Darmawan, Budi Santoso, mengatakan bahwa pasokan gabah dari petani naik dua kali \
            lipat dibanding bulan lalu.

            Sementara itu, Kepala Bulog Cabang Sukamaju, Siti Rahmawati, menjelaskan, gudang penyimpanan di Cibeber sudah \
            terisi hingga delapan puluh persen.

            Menurut Siti, pihaknya akan membeli gabah petani sesuai harga pembelian pemerintah.
            """;

    private static List<Question> reported(Generation g) {
        return g.all().stream().filter(q -> q.prompt().startsWith("Menurut berita, siapa yang menyampaikan")).toList();
    }

    /** The speaker of "Juru bicara X, Y, mengatakan bahwa ..." is Y, and the question is offered in the draft. */
    @Test
    void reportedSpeechIsAskedAsWhoSaidItWithItsSpeaker() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(TWO_SPEAKERS));
        List<Question> asked = reported(g);
        Question supply = asked.stream().filter(q -> q.prompt().contains("pasokan gabah dari petani")).findFirst()
                .orElseThrow(() -> new AssertionError(g.all().stream().map(Question::prompt).toList().toString()));
        assertEquals(List.of("Budi Santoso"), supply.answer());
        assertTrue(supply.choices().containsAll(List.of("Budi Santoso", "Siti Rahmawati")), supply.choices().toString());
        assertTrue(g.draft().stream().anyMatch(q -> reported(g).contains(q)), g.draft().toString());
    }

    /** A clause that points back to its speaker ("pihaknya akan ...") would not stand alone as shown words. */
    @Test
    void aClauseThatPointsBackToItsSpeakerIsNotShown() {
        List<Question> asked = reported(GENERATOR.generate(ANALYZER.analyze(TWO_SPEAKERS)));
        assertTrue(asked.stream().noneMatch(q -> q.prompt().contains("pihaknya")), asked.toString());
        assertTrue(asked.stream().filter(q -> q.answer().equals(List.of("Siti Rahmawati"))).count() <= 1, asked.toString());
    }

    /** With one speaker in the whole article the answer is always the same person: such questions wait in the bank. */
    @Test
    void withOneSpeakerWhoSaidItWaitsInTheBank() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Harga Beras Mulai Turun

                SUKAMAJU – Bupati Sukamaju Ahmad Darmawan bersama Kapolres Sukamaju Dewi Lestari meninjau Pasar Cibeber.

                Kepala Dinas Perdagangan Sukamaju, Budi Santoso, mengatakan bahwa pasokan gabah dari petani naik dua kali \
                lipat dibanding bulan lalu.
                """));
        assertTrue(g.draft().stream().noneMatch(q -> reported(g).contains(q)), g.draft().toString());
    }

    /**
     * A photo caption signed "-Name-" above the dateline is no dateline, and a sentence that opens with its purpose
     * ("Untuk mengantisipasi ..., Bupati ... melakukan ...") stands alone: its day is asked without the dateline in it.
     */
    @Test
    void aPurposeToldFirstLeansOnNothingAndASignedCaptionIsNoDateline() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Sidak Pasar Jelang Ramadan

                SIDAK - Bupati Budi Santoso bersama Forkopimda melakukan sidak Pasar Induk Cibeber. -Ahmad-

                KLATEN - Untuk mengantisipasi kenaikan harga kebutuhan jelang bulan suci Ramadan, Bupati bersama Forum \
                Komunikasi Pimpinan Daerah (Forkopimda), Senin (20/03/2023) melakukan sidak ke Pasar Induk Cibeber.

                Harga beras di pasar itu masih stabil dan stok cukup untuk sebulan ke depan.
                """));
        Question day = g.all().stream().filter(q -> q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE)
                .findFirst().orElseThrow(() -> new AssertionError(g.all().stream().map(Question::prompt).toList().toString()));
        assertEquals(List.of("Senin (20/03/2023)"), day.answer());
        assertTrue(day.evidence().text().startsWith("Untuk mengantisipasi"), day.evidence().text());
        assertTrue(g.all().stream().noneMatch(q -> q.prompt().contains("SIDAK -") || q.prompt().contains("KLATEN -")),
                g.all().stream().map(Question::prompt).toList().toString());
    }

    /**
     * A trip told over two sentences: what the evidence sentence shows is what the questions on it say, and the
     * airport of the arrival, visited all the same, is never the false place of a statement to judge.
     */
    @Test
    void aTripOverTwoSentencesIsAskedByWhatItsEvidenceShows() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Kunjungan Kerja Presiden

                Presiden Budi Santoso tiba di Bandara Internasional Sukamaju, Kabupaten Klaten, pada Kamis, 14 Maret \
                2024, dalam rangka kunjungan kerja.

                Dari bandara, Presiden kemudian melanjutkan perjalanan menuju Kota Cibeber untuk meninjau Pasar Cikadu.

                Di pasar itu, Presiden memeriksa harga beras dan cabai yang naik dalam sepekan terakhir.
                """));
        List<Question> visits = g.all().stream().filter(q -> q.skill() == Skill.VISIT).toList();
        assertTrue(!visits.isEmpty(), g.all().toString());
        for (Question q : visits) {
            if (q.type() == QuestionType.TRUE_FALSE) {
                assertTrue(!q.prompt().contains("Bandara Internasional Sukamaju") || q.answer().equals(List.of("Benar")),
                        q.prompt() + " " + q.answer());
                assertTrue(q.answer().equals(List.of("Salah")) || !q.prompt().contains("Cibeber"), q.prompt());
            }
            assertTrue(!q.prompt().contains(", dan Kota"), q.prompt());
        }
    }

    /** "jelang tutup tahun 2020": the words that place a time in the year go with it, not into the event asked. */
    @Test
    void theWordsThatPlaceATimeInTheYearGoWithIt() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Harga Bawang Naik

                Komoditas bawang merah mengalami kenaikan harga jelang tutup tahun 2020. Rata-rata kenaikan berkisar \
                Rp2.000 hingga Rp3.000 per kilogram.
                """)).all();
        Question when = questions.stream().filter(q -> q.skill() == Skill.DATE && q.prompt().startsWith("Kapan"))
                .findFirst().orElseThrow(() -> new AssertionError(questions.stream().map(Question::prompt).toList().toString()));
        assertEquals("Kapan komoditas bawang merah mengalami kenaikan harga?", when.prompt());
    }

    /** "lebar 2,5 meter": the wrong figures of a figure of two digits are no run of tenths beside it (2,1 2,2 2,3). */
    @Test
    void theWrongFiguresOfATwoDigitMeasureAreNoRunOfTenths() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Jembatan Diperbaiki

                Jembatan di Dusun Cibeber itu memiliki lebar 2,5 meter dan panjang 12 meter, kata Kepala Desa Budi Santoso.

                Perbaikan jembatan menelan biaya Rp150 juta dari Dana Desa.
                """)).all();
        Question width = RealLanguage.numberChoice(questions, "2,5");
        double lowest = width.choices().stream().mapToDouble(RealLanguage::value).min().orElseThrow();
        double highest = width.choices().stream().mapToDouble(RealLanguage::value).max().orElseThrow();
        assertTrue(highest - lowest >= 0.7, width.choices().toString());
    }

    /** A quote opened with one kind of mark and closed with the other keeps its opening mark in «». */
    @Test
    void aQuoteOfMixedMarksKeepsItsOpeningMark() {
        assertEquals("«\"Kasihan kakak saya,” kata Budi.»", ArticleContext.quoted("\"Kasihan kakak saya,” kata Budi."));
        assertEquals("«Panen raya ____ hektare.»", ArticleContext.quoted("\"Panen raya ____ hektare."));
    }

    /**
     * A short form the text spells out two ways ("harga acuan daerah (HAD)", later "harga pembelian pemerintah
     * (HPP)") has two defensible answers: it is not asked. The decimals of a figure typed apart ("212, 35 hektare") are
     * no figure to fill in.
     */
    @Test
    void aShortFormSpelledTwoWaysAndDecimalsTypedApartAreNotAsked() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Harga Gabah Turun

                Harga gabah di Kabupaten Sukamaju turun di bawah harga acuan daerah (HAD) menjelang panen raya.

                Sementara, harga acuan dasar (HAD) untuk gabah kering panen (GKP) sebesar Rp 4.200 per kilogram.

                Di sektor pertanian, lahan seluas 212, 35 hektare terendam banjir di tiga desa.
                """)).all();
        assertTrue(questions.stream().noneMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("HAD")),
                questions.stream().map(Question::prompt).toList().toString());
        assertTrue(questions.stream().anyMatch(q -> q.skill() == Skill.ACRONYM && q.prompt().contains("GKP")),
                questions.stream().map(Question::prompt).toList().toString());
        assertTrue(questions.stream().noneMatch(q -> q.prompt().contains("212, ____")),
                questions.stream().map(Question::prompt).toList().toString());
    }

    /** "Dikutip dari Sukamajukini, Jumat (14/6/2024), ...": the day another outlet was quoted is no happening to date. */
    @Test
    void theDayAnotherOutletWasQuotedIsNotAsked() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Kasus DBD Naik

                Dikutip dari Sukamajukini, Jumat (14/6/2024), Kepala Biro Komunikasi Kemenkes Budi Santoso menyatakan kasus \
                DBD naik tajam tahun ini.

                Sebanyak 799 orang meninggal akibat DBD hingga pekan ke-23.
                """)).all();
        assertTrue(questions.stream().noneMatch(q -> q.skill() == Skill.DATE), questions.stream().map(Question::prompt).toList().toString());
    }

    /** "Beruntung api bisa dipadamkan ...": "fortunately" opens a sentence that stands alone; no verb lost its subject. */
    @Test
    void aSentenceOpeningWithFortunatelyStandsAlone() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Rumah Hangus Terbakar

                Beruntung api bisa dipadamkan sebelum melalap seluruh rumah, setelah Damkar menerjunkan 6 petugas pemadam \
                ke lokasi.

                Warga sekitar ikut membantu memadamkan api.
                """)).all();
        assertTrue(questions.stream().anyMatch(q -> q.skill() == Skill.NUMBER && q.answer().contains("6")),
                questions.stream().map(Question::prompt).toList().toString());
    }

    /** "Rabu, (8/11/2023)": the source's comma before the bracket is not shown in the answer beside "Senin (6/11/2023)". */
    @Test
    void aDayWrittenWithACommaBeforeItsBracketIsAskedLikeTheOthers() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Medali Emas Bertambah

                Perolehan medali emas kontingen Sukamaju terus bertambah di arena pekan olahraga wilayah, Rabu, (8/11/2023).

                Atlet lari Budi Santoso meraih emas di nomor 5000 meter putra.
                """)).all();
        Question when = questions.stream().filter(q -> q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE)
                .findFirst().orElseThrow(() -> new AssertionError(questions.stream().map(Question::prompt).toList().toString()));
        assertEquals(List.of("Rabu (8/11/2023)"), when.answer());
    }

    /** A visit whose places only the next sentence names is known, but no question quotes a sentence without them. */
    @Test
    void aVisitIsNotAskedFromASentenceThatShowsNoneOfItsPlaces() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Wali Kota Dengar Warga

                Wali Kota Madiun, Budi Santoso, kembali melakukan kunjungan ke beberapa kelurahan, Sabtu (11/5/2024).

                Adapun kelurahan yang dikunjungi yakni Kelurahan Sukamaju Selatan, Sukamaju Utara, dan Kelurahan Cikadu.
                """));
        assertTrue(ANALYZER.analyze("Judul\n\nWali Kota Madiun, Budi Santoso, kembali melakukan kunjungan ke beberapa "
                + "kelurahan, Sabtu (11/5/2024). Adapun kelurahan yang dikunjungi yakni Kelurahan Sukamaju Selatan, Sukamaju "
                + "Utara, dan Kelurahan Cikadu.").visits().size() == 1);
        for (Question q : g.all()) {
            if (q.skill() == Skill.VISIT) {
                assertTrue(q.evidence().text().contains("Sukamaju") || q.evidence().text().contains("Cikadu"), q.toString());
            }
        }
    }

    /** The explanation of a quote its sentence gives only by a pointer names that pointer ("kata dia", "pungkasnya"). */
    @Test
    void theExplanationNamesThePointerTheSentenceUses() {
        List<Question> questions = GENERATOR.generate(ANALYZER.analyze("""
                Bawaslu Tertibkan Alat Peraga

                Ketua Bawaslu Sukamaju, Budi Santoso, memimpin penertiban alat peraga kampanye di Cibeber, Jumat.

                "Alat peraga tidak boleh dipasang di sekolah, tempat ibadah, dan taman kota," kata dia.

                Sementara itu, Kepala Satpol PP Sukamaju, Ahmad Darmawan, menyebut ada 204 alat peraga yang ditertibkan.

                "Kami akan terus berpatroli sampai masa kampanye berakhir bulan depan," pungkasnya.
                """)).all();
        List<String> pointed = questions.stream().filter(q -> q.skill() == Skill.QUOTE).map(Question::explanation)
                .filter(e -> e.contains("kata ganti")).toList();
        assertTrue(!pointed.isEmpty(), questions.stream().map(Question::explanation).toList().toString());
        assertTrue(pointed.stream().allMatch(e -> e.contains("«kata dia»") || e.contains("«pungkasnya»")), pointed.toString());
    }
}
