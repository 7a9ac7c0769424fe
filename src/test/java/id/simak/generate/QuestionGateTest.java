package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;

/** The checks every candidate passes before a teacher sees it, and the forms its choices must share. */
class QuestionGateTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();

    @ParameterizedTest(name = "«{1}» in «{0}»: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Banjir merendam rumah di Sragen pada Rabu.                      | Sragen            | true
            Presiden China Xi Jinping tiba di Beijing.                      | Xi Jinping        | false
            Koalisi Indonesia Hebat berdamai.                               | Indonesia         | false
            Timnas tampil di Stadion Gelora Bung Karno.                     | Gelora            | false
            Kerja sama Jawa-Bali diperkuat.                                 | Bali              | false
            Indonesia lolos ke Piala Asia 2023 di Qatar.                    | Asia              | false
            Dewan Perwakilan Rakyat (DPR) bersidang.                        | DPR               | false
            Di Sragen, banjir merendam rumah.                               | Sragen            | true
            Selama tiga dekade terakhir, hubungan itu erat.                 | tiga              | true
            """)
    void aGapNeverSplitsANameATitleOrACompound(String sentence, String phrase, boolean fair) {
        assertEquals(fair, ArticleContext.fairGap(sentence, phrase));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Selasa (24/9)          | Rabu (25/9)           | true
            Selasa (24/9)          | 25 September          | false
            24 September 2019      | 25 September 2019     | true
            24 September 2019      | 2019                  | false
            5,17                   | 6,2                   | true
            Rp12.000               | 12.000                | false
            Menteri Luar Negeri    | Presiden              | true
            kunjung                | Presiden              | false
            perlambatan            | perdagangan luar      | false
            """)
    void choicesShareTheAnswersForm(String answer, String distractor, boolean alike) {
        assertEquals(alike, ChoiceShape.alike(answer, distractor));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Selasa (24/9)             | --09-24    | Rabu (25/9)
            Selasa (24/9/2019)        | 2019-09-24 | Rabu (25/9/2019)
            Selasa, 24 September 2019 | 2019-09-24 | Rabu, 25 September 2019
            24 September              | --09-24    | 25 September
            """)
    void otherDatesAreWrittenLikeTheAnswerWithTheirTrueWeekday(String written, String value, String expected) {
        String next = value.startsWith("--") ? "--09-25" : "2019-09-25";
        assertEquals(List.of(expected), DateForms.alike(written, value, List.of(next)));
    }

    @Test
    void aHeadlineThatStatesTheAnswerGivesItAway() {
        ArticleAnalysis a = new ArticleAnalyzer(LEXICON).analyze("""
                Ekonomi Tumbuh 5,17 Persen pada Kuartal Ketiga

                JAKARTA - Badan Pusat Statistik mencatat pertumbuhan ekonomi sebesar 5,17 persen pada kuartal ketiga.
                Kepala BPS Suhariyanto menyebut ekspor naik 8,33 persen dari tahun sebelumnya.
                """);
        ArticleContext ctx = new ArticleContext(a, LEXICON);
        QuestionGate gate = new QuestionGate(ctx);
        List<Question> numbers = new NumberQuestions(ctx).generate();
        Question headline = numbers.stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().contains("5,17"))
                .findFirst().orElseThrow();
        assertEquals("a headline or caption gives the answer away", gate.rejection(headline));
        Question body = numbers.stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().contains("8,33"))
                .findFirst().orElseThrow();
        assertNull(gate.rejection(body));
    }

    /** "Sabet Empat Medali Emas" over "memboyong 4 medali emas": the headline says the count in words. */
    @Test
    void aHeadlineThatWritesTheCountInWordsGivesItAway() {
        ArticleAnalysis a = new ArticleAnalyzer(LEXICON).analyze("""
                Tim Renang Sabet Empat Medali Emas di Kejuaraan Asia

                SUKAMAJU - Tim renang Indonesia berhasil memboyong 4 medali emas, 2 perak dan 1 perunggu dalam ajang
                Kejuaraan Asia 2018 yang berlangsung di Bangkok, Thailand.

                Emas pertama diraih Rina Sartika di nomor 100 meter gaya bebas dengan waktu 55,20 detik.
                """);
        ArticleContext ctx = new ArticleContext(a, LEXICON);
        QuestionGate gate = new QuestionGate(ctx);
        List<Question> numbers = new NumberQuestions(ctx).generate();
        Question gold = numbers.stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE
                && q.answer().get(0).equals("4 medali")).findFirst().orElseThrow();
        assertEquals("a headline or caption gives the answer away", gate.rejection(gold));
        Question time = numbers.stream().filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE
                && q.answer().get(0).equals("55,20")).findFirst().orElseThrow();
        assertNull(gate.rejection(time));
    }

    /** "3 Guru Berhenti, 1 Guru Mengajar Enam Kelas": a statement about a count the headline gives is judged by it. */
    @Test
    void aStatementAboutAFigureTheHeadlineGivesIsRefused() {
        ArticleAnalysis a = new ArticleAnalyzer(LEXICON).analyze("""
                3 Guru Berhenti, 1 Guru Mengajar Enam Kelas Berbeda

                SUKAMAJU - Tiga guru honor di sekolah filial itu sepakat berhenti karena tidak menerima honorarium.
                Dampak dari berhentinya tiga guru itu, kini satu guru honorer mengajar di enam kelas berbeda.
                Sekolah itu memiliki 84 murid, kata salah satu guru, Budi Santoso.
                """);
        ArticleContext ctx = new ArticleContext(a, LEXICON);
        QuestionGate gate = new QuestionGate(ctx);
        Question counted = Drafts.trueFalse(Skill.NUMBER, "Benar atau salah? Dampak dari berhentinya tiga guru itu, kini "
                + "dua guru honorer mengajar di enam kelas berbeda.", false, "x", ctx.evidence(2), Difficulty.MEDIUM, 0.5);
        assertEquals("a headline gives the figure of the statement", gate.rejection(counted));
        // "salah satu guru" counts nothing, and 84 murid is no figure of the headline.
        Question other = Drafts.trueFalse(Skill.NUMBER, "Benar atau salah? Sekolah itu memiliki 48 murid, kata salah satu "
                + "guru, Budi Santoso.", false, "x", ctx.evidence(3), Difficulty.MEDIUM, 0.5);
        assertNull(gate.rejection(other));
    }

    @Test
    void aDistractorThatIsAlsoInTheEvidenceIsRefused() {
        ArticleAnalysis a = new ArticleAnalyzer(LEXICON).analyze("Harga cabai naik menjadi Rp52.000, sedangkan bawang Rp30.000.");
        ArticleContext ctx = new ArticleContext(a, LEXICON);
        Question q = Drafts.choice(Skill.NUMBER, "Berapa harga cabai menurut berita?",
                List.of("Rp52.000", "Rp30.000", "Rp41.000"), "Rp52.000", "x", ctx.evidence(0), Difficulty.EASY, 0.7);
        assertTrue(new QuestionGate(ctx).rejection(q).contains("Rp30.000"));
    }

    @Test
    void aPromptThatLeansOnNothingOrIsUntidyIsRefused() {
        assertEquals("the prompt has stray spaces or empty brackets", QuestionGate.untidy("Kapan 1,1 juta hektare ( ) terbakar?"));
        assertEquals("the prompt does not open with a capital", QuestionGate.untidy("kapan banjir terjadi?"));
        assertNull(QuestionGate.untidy("Kapan banjir merendam Sragen?"));
    }
}
