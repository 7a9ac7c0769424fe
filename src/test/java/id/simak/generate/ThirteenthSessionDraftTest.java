package id.simak.generate;

import static id.simak.generate.RealLanguage.ANALYZER;
import static id.simak.generate.RealLanguage.GENERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Person;
import id.simak.analysis.Quote;
import java.util.List;
import java.util.OptionalDouble;

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

    private static Question numberChoice(List<Question> questions, String answer) {
        return questions.stream()
                .filter(q -> q.skill() == Skill.NUMBER && q.type() == QuestionType.MULTIPLE_CHOICE
                        && q.answer().get(0).startsWith(answer))
                .findFirst().orElseThrow(() -> new AssertionError("no choice question for " + answer + ": " + questions));
    }

    private static double value(String choice) {
        String figure = choice.strip().split("\\s+")[0];
        OptionalDouble v = IndonesianNumbers.parse(figure);
        return v.orElseThrow(() -> new AssertionError("not a number: " + choice));
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
