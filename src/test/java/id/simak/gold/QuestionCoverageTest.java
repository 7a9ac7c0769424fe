package id.simak.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;
import id.simak.gold.QuestionCoverage.FactCoverage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Coverage of the seed key's facts by hand-built questions. */
class QuestionCoverageTest {

    private static final GoldKey SEED = GoldKey.load("xinhua-ktt-china-asia-tengah.gold.json");

    private static final String S_2014 =
            "Tahun berikutnya, Xi melakukan kunjungan kenegaraan ke Tajikistan, dan dalam kesempatan itu sebuah konsensus penting tercapai untuk memperdalam hubungan bilateral.";
    private static final String S_QUOTE2 =
            "\"Kunci keberhasilan kerja sama antara China dan lima negara Asia Tengah selama tiga dekade terakhir ini terletak pada komitmen teguh kita terhadap prinsip saling menghormati, persahabatan negara bertetangga yang baik, solidaritas di masa-masa sulit, dan keuntungan bersama,\" kata Xi saat berpidato.";

    private static Question q(String id, QuestionType type, Skill skill, String prompt, List<String> items,
                              List<String> answer, Evidence evidence) {
        return new Question(id, type, skill, prompt, items, List.of(), answer, "", evidence);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("date by value with its sentence as evidence", "dates", "date \"Tahun berikutnya\" = 2014",
                        q("d1", QuestionType.MULTIPLE_CHOICE, Skill.DATE, "Kapan Xi berkunjung ke Tajikistan?", List.of(),
                                List.of("2014"), new Evidence(6, S_2014)), true),
                Arguments.of("date with the wrong sentence as evidence", "dates", "date \"Tahun berikutnya\" = 2014",
                        q("d2", QuestionType.MULTIPLE_CHOICE, Skill.DATE, "Kapan?", List.of(),
                                List.of("2014"), new Evidence(4, "Pada 2013, Xi berkunjung ke Asia Tengah.")), false),
                Arguments.of("number in words found by value", "numbers", "number \"tujuh kali\"",
                        q("n1", QuestionType.CLOZE, Skill.NUMBER, "Xi telah mengunjungi Asia Tengah sebanyak ____ kali.",
                                List.of(), List.of("7", "tujuh"), null), true),
                Arguments.of("principle by a LIST question", "principles", "principle solidaritas di masa-masa sulit",
                        q("l1", QuestionType.MULTIPLE_RESPONSE, Skill.LIST, "Prinsip mana yang disebut Xi?", List.of(),
                                List.of("saling menghormati", "solidaritas di masa-masa sulit"), new Evidence(14, S_QUOTE2)), true),
                Arguments.of("principle by a question of another skill", "principles", "principle saling menghormati",
                        q("l2", QuestionType.CLOZE, Skill.CONTEXT_VOCAB, "prinsip saling ____", List.of(),
                                List.of("saling menghormati"), null), false),
                Arguments.of("quote by a QUOTE question with the speaker", "quotes",
                        "quote by Xi: \"Kunci keberhasilan kerja sama\"",
                        q("q1", QuestionType.MULTIPLE_CHOICE, Skill.QUOTE,
                                "Siapa yang mengatakan \"Kunci keberhasilan kerja sama antara China ...\"?", List.of(),
                                List.of("Xi Jinping"), new Evidence(14, S_QUOTE2)), true),
                Arguments.of("quote shown without its speaker", "quotes", "quote by Xi: \"Kunci keberhasilan kerja sama\"",
                        q("q2", QuestionType.CLOZE, Skill.QUOTE, "\"Kunci keberhasilan kerja sama ____\"", List.of(),
                                List.of("komitmen teguh"), null), false),
                Arguments.of("moment paired by a MATCHING question", "moments",
                        "moment Tajikistan: mengenakan busana tradisional Tajik",
                        q("m1", QuestionType.MATCHING, Skill.VISIT, "Pasangkan negara dengan momennya.",
                                List.of("Kirgizstan", "Tajikistan"),
                                List.of("mengutip pepatah Kirgizstan", "mengenakan busana tradisional Tajik"), null), true),
                Arguments.of("moment mispaired", "moments", "moment Kirgizstan: mengutip pepatah Kirgizstan",
                        q("m2", QuestionType.MATCHING, Skill.VISIT, "Pasangkan.", List.of("Tajikistan", "Uzbekistan"),
                                List.of("mengutip pepatah Kirgizstan", "menjelajahi kota-kota kuno"), null), false),
                Arguments.of("country by alias", "countries", "country China",
                        q("c1", QuestionType.MULTIPLE_CHOICE, Skill.PLACE, "Negara mana?", List.of(),
                                List.of("Tiongkok"), null), true),
                Arguments.of("root with the word in the prompt", "roots", "root kunjungan → kunjung",
                        q("r1", QuestionType.MULTIPLE_CHOICE, Skill.ROOT_WORD, "Apa kata dasar dari 'kunjungan'?",
                                List.of(), List.of("kunjung"), null), true),
                Arguments.of("TRUE_FALSE statement holds the place", "places", "place Provinsi Shaanxi",
                        q("t1", QuestionType.TRUE_FALSE, Skill.PLACE, "Xi'an terletak di Provinsi Shaanxi.", List.of(),
                                List.of("Benar"), null), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factIsCoveredOnlyByTheRightQuestion(String name, String category, String fact, Question question,
                                             boolean covered) {
        QuestionCoverage coverage = QuestionCoverage.of(SEED, List.of(question));
        FactCoverage f = coverage.facts().stream()
                .filter(c -> c.category().equals(category) && c.fact().equals(fact))
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + fact + " in " + coverage.facts()));
        assertEquals(covered, f.covered(), name);
        if (covered) {
            assertEquals(List.of(question.id()), f.questionIds());
        }
    }

    @Test
    void aSynonymQuestionCoversItsWordOnlyWithAnAnswerTheKeyAccepts() {
        GoldKey brebes = GoldKey.load(GoldKey.HOLDOUT_FOLDER + "/tempo-bawang-merah-brebes.gold.json");
        String prompt = "Kata manakah yang paling dekat maknanya dengan «menunda» dalam kalimat ini? \"... memilih menunda panen ...\"";
        Question fits = q("s1", QuestionType.MULTIPLE_CHOICE, Skill.SYNONYM, prompt, List.of(), List.of("menangguhkan"), null);
        Question wrongSense = q("s2", QuestionType.MULTIPLE_CHOICE, Skill.SYNONYM, prompt, List.of(), List.of("mengulur"), null);
        // The word only in the quoted sentence, not as the word asked about.
        Question otherWord = q("s3", QuestionType.MULTIPLE_CHOICE, Skill.SYNONYM,
                "Kata manakah yang paling dekat maknanya dengan «memilih» dalam kalimat ini? \"... menunda panen ...\"",
                List.of(), List.of("menangguhkan"), null);
        QuestionCoverage coverage = QuestionCoverage.of(brebes, List.of(fits, wrongSense, otherWord));
        FactCoverage menunda = coverage.facts().stream()
                .filter(f -> f.category().equals("synonyms") && f.fact().startsWith("synonym menunda "))
                .findFirst().orElseThrow();
        assertEquals(List.of("s1"), menunda.questionIds());
        assertEquals(1.0 / brebes.synonyms().size(), coverage.coverage("synonyms"), 1e-9);
        int[] answers = QuestionCoverage.synonymAnswers(brebes, List.of(fits, wrongSense, otherWord));
        assertEquals(1, answers[0]);
        assertEquals(2, answers[1], "s3 asks about «memilih», which the key has no synonyms for");
    }

    @Test
    void aDateAnsweredWithoutItsWeekdayIsCoveredButABareYearIsNot() {
        GoldKey brebes = GoldKey.load(GoldKey.HOLDOUT_FOLDER + "/tempo-bawang-merah-brebes.gold.json");
        String sentence = "\"Kalau dijual sekarang, kami rugi besar,\" kata Taryono saat ditemui di lahannya, Selasa, 6 Juni 2023.";
        Question full = q("d1", QuestionType.MULTIPLE_CHOICE, Skill.DATE, "Kapan Taryono ditemui?", List.of(),
                List.of("6 Juni 2023"), new Evidence(5, sentence));
        Question year = q("d2", QuestionType.MULTIPLE_CHOICE, Skill.DATE, "Tahun berapa Taryono ditemui?", List.of(),
                List.of("2023"), new Evidence(5, sentence));
        QuestionCoverage coverage = QuestionCoverage.of(brebes, List.of(full, year));
        FactCoverage f = coverage.facts().stream()
                .filter(c -> c.fact().equals("date \"Selasa, 6 Juni 2023\" = 2023-06-06")).findFirst().orElseThrow();
        assertEquals(List.of("d1"), f.questionIds());
    }

    @Test
    void noQuestionsCoverNothing() {
        QuestionCoverage coverage = QuestionCoverage.of(SEED, List.of());
        assertEquals(0.0, coverage.coverage());
        assertEquals(coverage.facts().size(), coverage.uncovered().size());
        assertTrue(coverage.facts().stream().anyMatch(f -> f.category().equals("moments")));
        assertEquals(1.0, coverage.coverage("no-such-category"));
    }
}
