package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static id.simak.generate.RealLanguage.numberChoice;
import static id.simak.generate.RealLanguage.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;
import id.simak.analysis.Quote;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the thirteenth session on issue 11 changed in the questions, each on a text written for the test from a fault
 * the judges found in a draft: wrong figures that are simple multiples of the answer, a root with two defensible
 * answers, one speaker split into two, an explanation that misquotes the text.
 */
class ThirteenthSessionDraftTest {

    private static final String RAID = """
            Polisi Sukamaju Tangkap Puluhan Pelaku Pencurian

            SUKAMAJU – Kepolisian Resor Sukamaju menangkap puluhan pelaku pencurian selama operasi bulan Oktober, \
            kata Kapolres Sukamaju Budi Santoso, Senin (3/11/2025).

            Dari tangan para pelaku, polisi menyita 43 kendaraan bermotor, 66 handphone, 14 televisi dan uang tunai.

            Sebanyak 200 personel dikerahkan dalam operasi itu di seluruh kecamatan.

            Tingkat pengungkapan kasus naik menjadi 65,71 persen dibandingkan tahun sebelumnya.

            Dimulainya operasi itu disambut warga yang selama ini resah.
            """;

    private static List<Question> raid() {
        return GENERATOR.generate(ANALYZER.analyze(RAID)).all();
    }



    @Test
    void noWrongFigureIsASimpleMultipleOfTheAnswer() {
        for (String answer : List.of("66", "200")) {
            Question q = numberChoice(raid(), answer);
            double a = value(q.answer().get(0));
            for (String c : q.choices()) {
                double ratio = value(c) / a;
                for (double simple : new double[] {0.5, 1.5, 2, 3}) {
                    assertTrue(Math.abs(ratio - simple) > 1e-9,
                            c + " is " + simple + " times " + a + ": the answer is the figure the others are multiples of " + q.choices());
                }
            }
        }
    }

    @Test
    void aRoundFigureIsAskedAmongRoundFigures() {
        Question q = numberChoice(raid(), "200");
        for (String c : q.choices()) {
            assertEquals(0, value(c) % 10, "200 personel among figures a writer would round: " + q.choices());
        }
    }

    @Test
    void aFigureWithDecimalsIsNeverAmongWholeOnesWrittenWithZeros() {
        Question q = numberChoice(raid(), "65,71");
        for (String c : q.choices()) {
            assertFalse(c.strip().split("\\s+")[0].endsWith(",00"), "'" + c + "' beside 65,71 is the odd one out: " + q.choices());
        }
    }

    @Test
    void aFigureTheArticleStatesTwiceWaitsInTheBank() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Polisi Sukamaju Tangkap Pelaku Pencurian

                SUKAMAJU – Kepolisian Resor Sukamaju berhasil mengamankan 202 orang pelaku tindak pencurian selama \
                operasi bulan Oktober.

                "Kita berhasil mengungkap 162 kasus dan mengamankan 202 pelaku," kata Kapolres Sukamaju Budi Santoso, \
                Senin (3/11/2025).

                Dari tangan para pelaku, polisi menyita 43 kendaraan bermotor dan uang tunai.
                """));
        assertTrue(g.all().stream().anyMatch(q -> q.skill() == Skill.NUMBER && q.answer().get(0).startsWith("202")),
                "the figure is asked: " + g.all());
        assertTrue(g.draft().stream().noneMatch(q -> q.skill() == Skill.NUMBER && q.answer().get(0).startsWith("202")),
                "the lead's figure asked again in the quote after it: " + g.draft());
    }

    private static final String ONIONS = """
            Harga Bawang Naik di Sukamaju

            SUKAMAJU – Harga bawang merah dan bawang putih di sejumlah pasar tradisional di Kota Sukamaju, Kamis \
            (27/4/2017) mulai merangkak naik.

            Dari pantauan di Pasar Baru Sukamaju, harga bawang merah dan bawang putih sudah mengalami kenaikan sejak \
            sekitar 3 hari lalu.

            Menurut pedagang Siti Aminah, harga bawang merah dan bawang putih naik sejak Kamis (20/4/2017).

            Pemerintah Kota Sukamaju akan menggelar operasi pasar pada Senin (1/5/2017) di Pasar Baru.
            """;

    @Test
    void aDayTheArticleGivesForTheSameHappeningIsNoWrongChoice() {
        Generation g = GENERATOR.generate(ANALYZER.analyze(ONIONS));
        List<Question> dates = g.all().stream()
                .filter(q -> q.skill() == Skill.DATE && q.type() == QuestionType.MULTIPLE_CHOICE).toList();
        Question since = dates.stream().filter(q -> q.answer().get(0).contains("20/4")).findFirst()
                .orElseThrow(() -> new AssertionError("the start of the rise is asked: " + dates));
        assertTrue(since.choices().stream().noneMatch(c -> c.contains("27/4")),
                "prices 'mulai merangkak naik' on 27/4 too, by the lead: " + since.choices());
        for (Question q : dates.stream().filter(q -> q.answer().get(0).contains("27/4")).toList()) {
            assertTrue(q.choices().stream().noneMatch(c -> c.contains("20/4")), "'naik sejak Kamis (20/4)': " + q.choices());
        }
        for (Question a : g.draft()) {
            for (Question b : g.draft()) {
                if (a != b && a.skill() == Skill.DATE && b.skill() == Skill.DATE && a.type() == QuestionType.MULTIPLE_CHOICE) {
                    assertFalse(a.choices().contains(b.answer().get(0)),
                            "one draft question offers another's answer as wrong: " + a.choices() + " / " + b.answer());
                }
            }
        }
    }

    @Test
    void twoDateQuestionsOfADraftNeverOfferEachOthersAnswerAsWrong() {
        Question rise = Drafts.choice(Skill.DATE, "Kapan harga bawang di Pasar Baru mulai naik?",
                List.of("Kamis (27/4/2017)", "Senin (24/4/2017)", "Sabtu (27/5/2017)", "Sabtu (20/5/2017)"), "Kamis (27/4/2017)", "",
                new Evidence(1, "x"), Difficulty.EASY, 0.62).withId("rise").placed(1, 0.62);
        Question since = Drafts.choice(Skill.DATE, "Sejak kapan harga bawang di Pasar Pucang naik?",
                List.of("24 April 2017", "17 April 2017", "24 Mei 2017", "17 Mei 2017"), "24 April 2017", "",
                new Evidence(2, "x"), Difficulty.EASY, 0.58).withId("since").placed(2, 0.58);
        Question market = Drafts.choice(Skill.DATE, "Kapan operasi pasar digelar?",
                List.of("Senin (1/5/2017)", "Selasa (2/5/2017)", "Senin (8/5/2017)", "Kamis (1/6/2017)"), "Senin (1/5/2017)", "",
                new Evidence(3, "x"), Difficulty.EASY, 0.6).withId("market").placed(3, 0.6);
        assertTrue(DraftPlan.clashes(since, List.of(rise)), "the first offers the second's day, 24 April, as wrong");
        assertTrue(DraftPlan.clashes(rise, List.of(since)), "whichever comes first");
        assertFalse(DraftPlan.clashes(market, List.of(rise, since)), "a day no other question asks");
    }

    @Test
    void aWhenQuestionNamesWhatHappenedWithoutTheHourAndWithItsSubject() {
        List<Question> dates = GENERATOR.generate(ANALYZER.analyze("""
                Banjir dan Kebakaran di Sukamaju

                SUKAMAJU – Peristiwa banjir terjadi pada Kamis (29/6/2023) pukul 04.00 WIB di Desa Sukamaju.

                Sebanyak 98 unit rumah di Desa Sukamulya, Kecamatan Sukamaju, pada Minggu (18/2/2024) pagi sekitar pukul \
                09.30 WITA hangus terbakar dilahap si jago merah.

                Kepala BPBD Sukamaju Budi Santoso mengatakan warga kini mengungsi ke balai desa.
                """)).all().stream().filter(q -> q.skill() == Skill.DATE && q.prompt().startsWith("Kapan")).toList();
        assertFalse(dates.isEmpty(), "a day is asked");
        for (Question q : dates) {
            assertFalse(q.prompt().contains("pukul"), "the hour is no part of what happened: " + q.prompt());
            assertFalse(q.prompt().startsWith("Kapan hangus"), "a predicate without its subject: " + q.prompt());
        }
        assertTrue(dates.stream().anyMatch(q -> q.prompt().equals(
                        "Kapan 98 unit rumah di Desa Sukamulya hangus terbakar dilahap si jago merah?")),
                "the subject before the date's segment is what burnt: " + dates.stream().map(Question::prompt).toList());
    }

    private static final String CORN = """
            Harga Jagung Anjlok, Petani Sukamaju Mengeluh

            SUKAMAJU – Petani jagung di Kabupaten Sukamaju mengeluhkan harga jual yang terus turun sejak awal bulan.

            Menurut petani Bambang Santoso, harga jagung kering tadinya sekitar Rp 4.000,00 per kilogram, kini hanya \
            Rp. 3.600,00.

            Universitas Sukamaju tahun ini meluluskan 943 sarjana pertanian yang siap mendampingi petani di desa.

            Kontingen Sukamaju meraih 38 medali, terdiri dari 15 emas, 11 perak dan 12 perunggu pada pekan olahraga itu.
            """;

    @Test
    void wrongFiguresAreWrittenAsTheTextWritesFiguresAndNeverContradictTheSentence() {
        List<Question> all = GENERATOR.generate(ANALYZER.analyze(CORN)).all();
        Question price = numberChoice(all, "Rp. 3.600,00");
        for (String c : price.choices()) {
            double v = value(c.replace("Rp. ", ""));
            assertTrue(v < 4000, "'tadinya Rp 4.000,00, kini hanya ____' is a fall: " + price.choices());
            assertEquals(0, v % 100, "a round price among round prices: " + price.choices());
        }
        Question graduates = numberChoice(all, "943");
        for (String c : graduates.choices()) {
            assertFalse(c.matches("\\d{4,}"), "a thousand without its dot beside 943: " + graduates.choices());
        }
        assertTrue(GENERATOR.generate(ANALYZER.analyze(CORN)).draft().stream().noneMatch(q -> q.answer().get(0).equals("11")),
                "38 less 15 and 12 is worked out, not read");
    }

    @Test
    void theHeadOfACompoundTheSourceSplitIsNoWord() {
        List<Question> all = GENERATOR.generate(ANALYZER.analyze("""
                Sidang Korupsi Dana Desa

                SUKAMAJU – Jaksa menyebut sebagian kegiatan pekerjaan fisik tidak bisa dipertanggung jawabkan terdakwa \
                di hadapan majelis hakim, Senin (3/11/2025).

                Terdakwa didakwa merugikan keuangan desa dan akan menghadapi sidang tuntutan pekan depan.
                """)).all();
        assertTrue(all.stream().noneMatch(q -> q.skill().isVocabulary() && q.prompt().contains("«dipertanggung»")),
                "half of 'dipertanggungjawabkan' asked as a word: " + all.stream().filter(q -> q.skill().isVocabulary())
                        .map(Question::prompt).toList());
    }

    @Test
    void slipsOfTheSourceAndBodiesReadAsPlacesStayOutOfTheDraft() {
        Generation g = GENERATOR.generate(ANALYZER.analyze("""
                Bupati Kunjungi Petani Apel

                SUKAMAJU – Bupati Sukamaju Budi Santoso menyebut 17 kelompok tani dari daerah-daerah Iain ikut belajar \
                di kebun apel itu pada Sabtu (1/9/2018).

                Rombongan melakukan kunjungan pertama ke Gabungan Kelompok Tani (Gapoktan) Mitra Arjuna untuk melihat \
                hasil produk olahan apel.

                Alarm peringatan dini di kebun itu berbunyi untuk peratama kalinya pada Senin (3/9/2018) pagi.

                Program itu sudah berjalan di dua belas desa dan akan diperluas ke desa lain, urai Bupati Budi Santoso, \
                Selasa (4/9/2018).

                Kelompok tani itu mengolah apel menjadi keripik, sari buah, dan dodol untuk dijual ke luar daerah.
                """));
        assertTrue(g.draft().stream().noneMatch(q -> q.prompt().contains("Iain")), "'Iain' for 'lain' taught: " + g.draft());
        assertTrue(g.draft().stream().noneMatch(q -> q.prompt().contains("peratama")), "'peratama' taught: " + g.draft());
        assertTrue(g.all().stream().noneMatch(q -> q.skill() == Skill.PLACE && q.answer().contains("Gabungan Kelompok Tani")),
                "a body spelt out before its short form asked as a place: " + g.all());
        assertTrue(g.draft().stream().noneMatch(q -> q.skill() == Skill.DATE && q.answer().get(0).contains("4/9")),
                "the day a regent 'urai' (said) something is no event of the draft: " + g.draft());
    }

    @Test
    void aShortFormReadAsAWordIsAnAcronymAndOneReadLetterByLetterAnAbbreviation() {
        List<Question> acronyms = GENERATOR.generate(ANALYZER.analyze("""
                Sidang Dana Desa

                SUKAMAJU – Kejaksaan Negeri (Kejari) Sukamaju menyiapkan Pos Bantuan Hukum (Posbakum) bagi warga desa, \
                kata Kepala Kejari Budi Santoso, Senin (3/11/2025).

                Dana itu berasal dari Anggaran Pendapatan dan Belanja Desa (APBDes) dan Dana Alokasi Khusus (DAK) tahun ini.
                """)).all().stream().filter(q -> q.skill() == Skill.ACRONYM && q.type() == QuestionType.CLOZE).toList();
        assertTrue(acronyms.stream().anyMatch(q -> q.prompt().startsWith("Tuliskan kepanjangan dari akronim Posbakum dalam berita ini:")),
                "Posbakum is read as a word: " + acronyms.stream().map(Question::prompt).toList());
        // (capitals with a vowel may be said either way, "PAUD" as a word and "DAK" letter by letter: the prompt names
        // no kind for them rather than a wrong one; since the twenty-third session)
        assertTrue(acronyms.stream().anyMatch(q -> q.prompt().startsWith("Tuliskan kepanjangan dari DAK dalam berita ini:")),
                "DAK is asked without a kind that may be wrong: " + acronyms.stream().map(Question::prompt).toList());
    }

    @Test
    void aWordWhoseStemIsAWordOfItsOwnIsNotAskedForItsRoot() {
        // "dimulainya": di + mulai + nya, and "mulai" is a word a teacher reads as the root; Hunspell says "mula".
        assertTrue(raid().stream().noneMatch(q -> q.skill() == Skill.ROOT_WORD && q.prompt().contains("«Dimulainya»")
                        || q.skill() == Skill.ROOT_WORD && q.prompt().contains("«dimulainya»")),
                "«dimulainya» has two defensible roots");
    }

    @Test
    void aNameReadInTwoHalvesIsOnePerson() {
        ArticleAnalysis a = ANALYZER.analyze("""
                Liga Pelajar Dimulai

                SITUBONDO – Dimulainya liga ditandai dengan tendangan oleh Bupati Kabupaten Situbondo, Karna Suswandi. \
                Dalam kesempatan itu Karna Suswandi menyampaikan harapan besarnya bagi para pelajar.

                "Semoga ada pemain yang bisa berlaga di tim nasional," ungkap Bupati Karna.

                Karna Suswandi menyampaikan, hadiah akan diberikan. "Hadiah lebih besar dari liga sebelumnya," ujarnya.
                """);
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Karna Suswandi"), "one person named in full: " + names);
        assertFalse(names.contains("Karna") || names.contains("Suswandi"), "a half of the name as a person: " + names);
        assertEquals(List.of("Karna Suswandi", "Karna Suswandi"), a.quotes().stream().map(Quote::speaker).toList(),
                "both quotes are the regent's");
    }

    @Test
    void anExplanationQuotesTheShortFormAsTheTextWritesIt() {
        String text = """
                Tangkapan Ikan Menurun

                SUKAMAJU – Nelayan di TPI (Tempat Pelelangan Ikan) Sukamaju mengeluhkan hasil tangkapan yang menurun sejak awal bulan.

                Harga ikan di pasar naik karena pasokan berkurang, kata Ketua Himpunan Nelayan Sukamaju, Rahmat Hidayat.
                """;
        List<Question> acronyms = GENERATOR.generate(ANALYZER.analyze(text)).all().stream()
                .filter(q -> q.skill() == Skill.ACRONYM).toList();
        assertFalse(acronyms.isEmpty(), "the short form is asked");
        for (Question q : acronyms) {
            assertTrue(q.explanation().contains("«TPI (Tempat Pelelangan Ikan)»"), "quoted as the text writes it: " + q.explanation());
        }
    }
}
