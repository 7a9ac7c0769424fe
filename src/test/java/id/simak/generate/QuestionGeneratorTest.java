package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator on a hand-built analysis of an invented article: every question sound, every type and skill, stable. */
class QuestionGeneratorTest {

    private static final List<Question> QUESTIONS =
            new QuestionGenerator(ArticleFixtures.LEXICON).generate(ArticleFixtures.analysis()).all();

    static Stream<Arguments> questions() {
        return QUESTIONS.stream().map(q -> Arguments.of(q.id(), q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionIsSound(String id, Question q) {
        TeacherChecks.assertSound(q);
    }

    @Test
    void noQuestionIsAskedTwice() {
        TeacherChecks.assertNoDuplicates(QUESTIONS);
    }

    @Test
    void sameAnalysisGivesSameQuestionsIdsAndChoiceOrder() {
        List<Question> again = new QuestionGenerator(ArticleFixtures.LEXICON).generate(ArticleFixtures.analysis()).all();
        assertEquals(QUESTIONS, again);
    }

    @Test
    void everyTypeAndTheFixturesSkillsAreProduced() {
        assertEquals(EnumSet.allOf(QuestionType.class), QUESTIONS.stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class))));
        // The fixture's dictionary has no thesaurus senses and its text no cause or change of a figure: synonyms,
        // causes, calculations and the main point are tested in NewKindsTest on texts that have them.
        assertTrue(QUESTIONS.stream().map(Question::skill).collect(Collectors.toSet()).containsAll(EnumSet.of(Skill.DATE,
                Skill.PLACE, Skill.VISIT, Skill.PERSON, Skill.QUOTE, Skill.LIST, Skill.NUMBER, Skill.ACRONYM,
                Skill.ROOT_WORD, Skill.CONTEXT_VOCAB)));
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MULTIPLE_CHOICE   | DATE     | Kapan Jokowi melakukan kunjungan kenegaraan ke Malaysia? | 2020
            MULTIPLE_CHOICE   | DATE     | Kapan Jokowi berkunjung ke Vietnam, Thailand, dan Kamboja? | 2019
            MULTIPLE_RESPONSE | VISIT    | Negara mana saja yang dikunjungi Joko Widodo pada 2019? Pilih semua jawaban yang benar. | Vietnam;Thailand;Kamboja
            MULTIPLE_CHOICE   | VISIT    | Ke negara mana Joko Widodo melakukan kunjungan kenegaraan pada 2020? | Malaysia
            CLOZE             | ACRONYM  | Tuliskan kepanjangan dari singkatan KTT dalam berita ini: KTT = ____ | konferensi tingkat tinggi
            MULTIPLE_CHOICE   | PERSON   | Apa jabatan Joko Widodo menurut berita? | Presiden Indonesia
            MULTIPLE_CHOICE   | ROOT_WORD | Apa kata dasar dari kata «memerangi» pada kalimat berikut? «Kedua negara juga sepakat memerangi narkoba, terorisme, dan penyelundupan manusia.» | perang
            CLOZE             | QUOTE    | Lengkapi kutipan Retno berikut: «Kami ____ baik perundingan ini» | menyambut
            MULTIPLE_CHOICE   | DATE     | Kapan Presiden Indonesia Joko Widodo akan menghadiri konferensi tingkat tinggi (KTT) ASEAN di Hanoi, Vietnam? | 10-11 Maret
            """)
    void asksWhatATeacherWouldAsk(QuestionType type, Skill skill, String prompt, String answer) {
        Question q = QUESTIONS.stream().filter(x -> x.prompt().equals(prompt) && x.type() == type && x.skill() == skill)
                .findFirst().orElseThrow(() -> new AssertionError("missing: " + prompt + "\n" + prompts()));
        assertEquals(List.of(answer.split(";")), q.answer());
    }

    @Test
    void distractorCountriesComeFromTheTextAndTheRegionButNotTheVisitorsHome() {
        Question visit = QUESTIONS.stream().filter(q -> q.type() == QuestionType.MULTIPLE_RESPONSE && q.skill() == Skill.VISIT)
                .findFirst().orElseThrow();
        assertTrue(visit.choices().contains("Malaysia"), visit.choices().toString());
        assertFalse(visit.choices().contains("Indonesia"), visit.choices().toString());
        Set<String> southeastAsia = Set.of("Malaysia", "Singapura", "Filipina", "Myanmar", "Laos", "Brunei", "Timor Leste",
                "Vietnam", "Thailand", "Kamboja");
        for (String choice : visit.choices()) {
            assertTrue(southeastAsia.contains(choice), "far-away distractor " + choice);
        }
    }

    @Test
    void noMomentIsMatchedWhenItsItemNamesTheCountry() {
        // "mencicipi kopi Vietnam" and "menonton tarian Kamboja" name their country: matching them is no question.
        assertTrue(QUESTIONS.stream().noneMatch(x -> x.type() == QuestionType.MATCHING && x.skill() == Skill.PLACE),
                QUESTIONS.stream().filter(x -> x.type() == QuestionType.MATCHING).map(Question::items).toList().toString());
    }

    @Test
    void momentsOfAnEnumerationAreMatchedToTheCountriesWhereTheyHappened() {
        String text = "Jakarta (ANTARA) - Presiden Joko Widodo melawat ke tiga negara Asia Tenggara pekan lalu.\n\n"
                + "Dalam lawatan itu Presiden mencicipi kopi di Vietnam, meninjau pasar tradisional di Thailand, "
                + "dan meresmikan sekolah di Kamboja.\n\n"
                + "Kunjungan itu ditutup dengan pertemuan para menteri perdagangan.";
        Question q = new QuestionGenerator(ArticleFixtures.LEXICON).generate(
                new id.simak.analysis.ArticleAnalyzer(ArticleFixtures.LEXICON).analyze(text)).all().stream()
                .filter(x -> x.type() == QuestionType.MATCHING && x.skill() == Skill.PLACE).findFirst().orElseThrow();
        assertEquals(List.of("Vietnam", "Thailand", "Kamboja"), q.answer());
        assertEquals(List.of("Dalam lawatan itu Presiden mencicipi kopi", "meninjau pasar tradisional", "meresmikan sekolah"), q.items(),
                "the place adverbial ('di Thailand') goes, or it would give the answer away");
    }

    @Test
    void timelineOrdersDatedEventsWithTheirYears() {
        Question q = QUESTIONS.stream().filter(x -> x.type() == QuestionType.ORDERING).findFirst().orElseThrow();
        assertEquals(3, q.answer().size());
        assertTrue(q.answer().get(0).contains("Vietnam"), q.answer().toString());
        assertTrue(q.answer().get(1).contains("Malaysia"), q.answer().toString());
        assertTrue(q.answer().get(2).contains("perjanjian"), q.answer().toString());
    }

    @Test
    void harderWordsComeFirstAmongTheRootQuestions() {
        Map<String, Double> difficulty = new HashMap<>();
        ArticleFixtures.analysis().words().forEach(w -> difficulty.put(w.word(), w.difficulty()));
        List<Double> rated = QUESTIONS.stream().filter(q -> q.skill() == Skill.ROOT_WORD)
                .map(q -> difficulty.get(q.prompt().substring(q.prompt().indexOf('«') + 1, q.prompt().indexOf('»')))).toList();
        assertTrue(rated.size() >= 10, "roots: " + rated.size());
        // The place of the word in the article weighs in too, so the order is by difficulty on the whole.
        double firstHalf = rated.subList(0, rated.size() / 2).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double secondHalf = rated.subList(rated.size() / 2, rated.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        assertTrue(firstHalf >= secondHalf, firstHalf + " < " + secondHalf);
    }

    @Test
    void emptyAnalysisGivesNoQuestions() {
        var empty = new ArticleAnalysis(List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertTrue(new QuestionGenerator(ArticleFixtures.LEXICON).generate(empty).isEmpty());
    }

    private static String prompts() {
        return QUESTIONS.stream().map(q -> q.type() + " " + q.skill() + " " + q.prompt() + " " + q.answer())
                .collect(Collectors.joining("\n"));
    }
}
