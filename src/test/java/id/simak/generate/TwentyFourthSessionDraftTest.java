package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Sentence;

/**
 * What the twenty-fourth session on issue 11 changed in the reading and the questions, each on a text written for
 * the test.
 */
class TwentyFourthSessionDraftTest {

    private static final String OWN_REGENCY = """
            Bupati Sidak Jembatan Cibeber

            Garut - Bupati Garut Budi Santoso melakukan Inspeksi Mendadak (Sidak) di Jembatan Cibeber, Desa Sukaraja, \
            Kabupaten Garut, Selasa (15/10/2019).

            Menurut dia, pembangunan jembatan itu terlambat dua minggu dari jadwal.

            Sehari kemudian, Rabu (16/10/2019), Gubernur Jawa Barat Ahmad Darmawan melakukan kunjungan kerja ke \
            Kabupaten Ciamis.

            Pekan lalu, gubernur meresmikan pasar di Kabupaten Tasikmalaya dan Kabupaten Kuningan.
            """;

    /**
     * The regent's spot check at a bridge of his own regency is read as a visit, but "kunjungan ke Kabupaten Garut"
     * is asked of no regent of Garut; the governor's working visit to another regency is still asked.
     */
    @Test
    void aRegentInHisOwnRegencyMakesNoVisitToAskAbout() {
        ArticleAnalysis a = ANALYZER.analyze(OWN_REGENCY);
        assertTrue(a.visits().stream().anyMatch(v -> v.visitor().equals("Budi Santoso")
                && v.places().contains("Jembatan Cibeber")), a.visits().toString());
        List<Question> visits = all(GENERATOR.generate(a)).filter(q -> q.skill() == Skill.VISIT).toList();
        assertTrue(visits.stream().noneMatch(q -> q.prompt().contains("Budi Santoso")
                && q.prompt().contains("Kabupaten Garut")), visits.toString());
        assertTrue(visits.stream().anyMatch(q -> (q.prompt() + q.answer()).contains("Kabupaten Ciamis")),
                visits.toString());
    }

    /** A town is a person's own only when it closes the role right after the office, not after more of a name. */
    @Test
    void aTownIsHomeOnlyRightAfterTheOffice() {
        ArticleContext ctx = new ArticleContext(ANALYZER.analyze("""
                Gubernur Tiba di Belitung

                Tanjung Pandan - Pj. Gubernur Bangka Belitung Budi Santoso tiba di Kabupaten Belitung, Selasa \
                (19/9/2023). Ia disambut Bupati Belitung Ahmad Darmawan.
                """), RealLanguage.LEXICON);
        assertTrue(ctx.homeTown("Ahmad Darmawan", "Kabupaten Belitung"));
        assertTrue(!ctx.homeTown("Budi Santoso", "Kabupaten Belitung"));
    }

    private static final String SIGNED = """
            Sanggar Tampil di Taman Budaya

            Sukamaju - Enam sanggar tampil dalam pentas seni di Taman Budaya Sukamaju, Sabtu (2/12/2023).

            Pentas ini merupakan agenda rutin Dinas Kebudayaan Sukamaju.

            Sanggar yang tampil di antaranya Sanggar Cibeber, Sanggar Cikadu, Komunitas Sukaraja dan Sanggar Tunas Muda. (BUDI SANTOSO/Y)

            Pada kesempatan lain, panitia menggelar lomba tari, lomba lukis dan pameran kerajinan. (abc/def)
            """;

    /**
     * A last paragraph signed with the writer's name and the editor's initial, or with the desk's codes in lower
     * case, is the article's, no photo caption: its sentences are body and its list is read.
     */
    @Test
    void aParagraphSignedByTheDeskIsNoCaption() {
        ArticleAnalysis a = ANALYZER.analyze(SIGNED);
        List<Sentence> signed = a.sentences().stream()
                .filter(s -> s.text().startsWith("Sanggar yang tampil") || s.text().startsWith("Pada kesempatan lain"))
                .toList();
        assertEquals(2, signed.size());
        assertTrue(signed.stream().allMatch(Sentence::isBody), signed.toString());
        assertTrue(a.lists().stream().anyMatch(l -> l.items().equals(
                List.of("Sanggar Cibeber", "Sanggar Cikadu", "Komunitas Sukaraja", "Sanggar Tunas Muda"))),
                a.lists().toString());
    }

    private static final String POLICE = """
            Enam Pelaku Pencurian Ditangkap

            SUKAMAJU - Polisi menangkap enam terduga pelaku pencurian di Pasar Cibeber selama sepekan.

            “Selama sepekan ini sudah enam tersangka yang kami tangkap,” kata Kabid Humas Polda Maluku, Kombes Pol \
            M. Sofyan Latuheru, Senin (20/2/2023).

            Dua penadah hasil pencurian juga diamankan. Mereka adalah AM (42) dan KH (39).

            “Para pelaku ini ditangkap di sejumlah lokasi berbeda,” jelasnya.

            Selain menangkap para pelaku kejahatan, Latuheru mengaku, polisi juga mengajak warga meningkatkan siskamling.

            Kordinator Posko Pasar Ahmad Darmawan menerangkan, pos pengamanan dibuka setiap hari.

            Ny. Sumirah, seorang pedagang di Pasar Cibeber, menyebutkan pasar kini lebih aman.
            """;

    /**
     * The spokesman after his office's comma, his rank and a middle initial, goes on speaking after two suspects
     * named by initials and age, and says what the clause after his comma reports, not the criminals of the clause
     * before it; an office misspelt as news writes it ("Kordinator") and "Ny." still introduce their people.
     */
    @Test
    void theSpokesmanGoesOnPastSuspectsInitials() {
        ArticleAnalysis a = ANALYZER.analyze(POLICE);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("M. Sofyan Latuheru")
                && "Kabid Humas Polda Maluku".equals(p.role())), a.people().toString());
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Ahmad Darmawan")), a.people().toString());
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Sumirah")), a.people().toString());
        List<String> speakers = a.quotes().stream().filter(q -> q.text().startsWith("Selama sepekan")
                || q.text().startsWith("Para pelaku ini") || q.text().startsWith("polisi juga mengajak"))
                .map(q -> q.speaker()).toList();
        assertEquals(List.of("M. Sofyan Latuheru", "M. Sofyan Latuheru", "M. Sofyan Latuheru"), speakers, a.quotes().toString());
    }

    private static final String CASES = """
            Kasus Demam Berdarah Naik

            Sukamaju - Kasus demam berdarah muncul kembali dengan 6 kasus pada November 2023, meningkat menjadi 10 kasus \
            pada Desember, dan kembali naik menjadi 11 kasus pada Januari 2024.

            "Untuk yang panen pakai mesin laku Rp4.950/kg, sedangkan pakai perontok hanya Rp4.800 perkilonya," kata \
            Budi Santoso, Senin (15/1/2024).

            Harga gabah di Cibeber Rp4.500 dan di Cikadu Rp5.400 per kilogram.
            """;

    /**
     * A rise told between two figures puts the gap between them, and "sedangkan ... hanya" puts the other below it:
     * no wrong choice of a number question lies on the side the sentence rules out.
     */
    @Test
    void wrongFiguresStayOnTheSideTheSentenceLeaves() {
        List<Question> numbers = all(GENERATOR.generate(ANALYZER.analyze(CASES)))
                .filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE).toList();
        assertTrue(numbers.stream().anyMatch(q -> q.prompt().contains("dengan ____ kasus")), numbers.toString());
        for (Question q : numbers) {
            for (String c : q.choices()) {
                double v = Double.parseDouble(c.replace("Rp", "").replace(".", "").replace(",", ".").split(" ")[0]);
                if (q.prompt().contains("dengan ____ kasus")) {
                    assertTrue(v < 10, q.toString());
                } else if (q.prompt().contains("meningkat menjadi ____")) {
                    assertTrue(v > 6 && v < 11, q.toString());
                } else if (q.prompt().contains("laku ____")) {
                    assertTrue(v > 4800, q.toString());
                }
            }
        }
    }

    /** "program 1000 jembatan gantung": a figure that names a programme is no count to ask. */
    @Test
    void aProgrammesFigureIsNoCount() {
        List<Question> numbers = all(GENERATOR.generate(ANALYZER.analyze("""
                Menteri Resmikan Jembatan Gantung

                Garut - Menteri Sosial Budi Santoso meresmikan jembatan gantung di Desa Cibeber, Minggu (28/5/2023).

                Budi menyebut, jembatan gantung yang baru ia resmikan itu, jembatan ke 173 yang dibangun oleh Tagana \
                dan warga dalam program 1000 jembatan gantung.

                Anggaran jembatan itu Rp300 juta.
                """))).filter(q -> q.skill() == Skill.NUMBER).toList();
        assertTrue(numbers.stream().noneMatch(q -> q.prompt().contains("program ____")), numbers.toString());
    }

    /**
     * "dimulai dari Jumat hingga Minggu, Minggu (30/6/2024)": the end of a span is no day to choose among days the
     * weekday before it rules out, nor to make false ("hingga Minggu, Selasa (23/7/2024)").
     */
    @Test
    void theEndOfASpanIsNoDayToChoose() {
        List<Question> dates = all(GENERATOR.generate(ANALYZER.analyze("""
                Festival Sedekah Bumi Meriah

                Jepara - Masyarakat Desa Cibeber memeriahkan Festival Sedekah Bumi yang berlangsung di lapangan desa \
                selama tiga hari berturut-turut, dimulai dari Jumat hingga Minggu, Minggu (30/6/2024).

                Festival itu dibuka oleh Kepala Desa Budi Santoso pada Jumat (28/6/2024) dan dihadiri ratusan warga.

                Pada Sabtu (29/6/2024), panitia menggelar lomba tari dan pameran kerajinan.
                """))).filter(q -> q.skill() == Skill.DATE && q.type() != QuestionType.CLOZE).toList();
        assertTrue(dates.stream().noneMatch(q -> q.prompt().contains("hingga Minggu, ")), dates.toString());
    }

    /** A figure's size word typed twice is one size ("10 ribu ribu"), while "kira kira" is still "kira-kira". */
    @Test
    void aSizeWordTypedTwiceIsOneSize() {
        ArticleContext ctx = new ArticleContext(ANALYZER.analyze("Harga\n\nHarga tomat 10 ribu ribu per kilogram.\n"),
                RealLanguage.LEXICON);
        assertEquals("harga tomat 10 ribu per kilogram", ctx.mendedFully("harga tomat 10 ribu ribu per kilogram"));
        assertEquals("kira-kira", ctx.mendedFully("kira kira"));
    }

    /** A root question's explanation names the prefix and the suffix the word is built with, as a teacher would. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', textBlock = """
            disetujui;   setuju;   dengan awalan di- dan akhiran -i
            menulis;     tulis;    dengan awalan men-
            pendapat;    dapat;    dengan awalan pen-
            pemerintah;  perintah; dengan awalan pem-
            kebersamaan; sama;     dengan awalan ke- dan ber- serta akhiran -an
            ketersediaan; sedia;   dengan awalan ke- dan ter- serta akhiran -an
            mempertahankan; tahan; dengan awalan mem- dan per- serta akhiran -kan
            tulisan;     tulis;    dengan akhiran -an
            """)
    void aRootsExplanationNamesTheAffixes(String word, String root, String expected) {
        assertEquals(expected, VocabularyQuestions.affixes(word, root));
    }

    private static Stream<Question> all(Generation g) {
        return Stream.concat(g.draft().stream(), g.bank().stream());
    }
}
