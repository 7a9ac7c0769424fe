package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;

/**
 * The kinds of question issue 11 added, on texts written for the tests (src/test/resources/pasted): why, a number
 * that needs a step of thought, who did what, who said which quote; and that each is checked like the rest.
 */
class NewKindsTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);

    static Generation generate(String resource) throws IOException {
        try (InputStream in = NewKindsTest.class.getResourceAsStream(resource)) {
            return GENERATOR.generate(ANALYZER.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static Optional<Question> first(Generation g, Skill skill) {
        return g.all().stream().filter(q -> q.skill() == skill).findFirst();
    }

    @Test
    void whyAsksTheEffectAndOffersTheCauseAmongOtherThingsTheArticleReports() throws IOException {
        Question why = first(generate("/pasted/rapat-tiga-pembicara.txt"), Skill.CAUSE).orElseThrow();
        assertEquals("Menurut berita, mengapa Pemerintah Kota Kediri menambah armada bus sekolah dari 12 unit menjadi 20 unit "
                + "mulai tahun ajaran baru?", why.prompt());
        assertEquals(List.of("Jumlah siswa yang tinggal jauh dari sekolah terus bertambah"), why.answer());
        assertTrue(why.choices().size() >= 3, why.choices().toString());
        for (String choice : why.choices()) {
            assertTrue(why.answer().contains(choice) || !choice.toLowerCase().contains("karena"), choice);
        }
        assertEquals(Difficulty.HARD, why.difficulty());
    }

    @Test
    void aChangeFromOneFigureToAnotherAsksHowMuchAndWritesTheAnswerInTheTextsUnit() throws IOException {
        Question change = first(generate("/pasted/banjir-dan-harga.txt"), Skill.CALCULATION).orElseThrow();
        assertTrue(change.prompt().startsWith("Menurut kalimat berikut, berapa besar kenaikannya?"), change.prompt());
        assertEquals(List.of("Rp12.000 per kilogram"), change.answer());
        // The sum and the figure itself are the mistakes a reader makes; all choices are written alike.
        assertTrue(change.choices().contains("Rp92.000 per kilogram"), change.choices().toString());
        assertTrue(change.choices().stream().allMatch(c -> c.matches("Rp[\\d.]+ per kilogram")), change.choices().toString());
    }

    @Test
    void whoDidWhatOffersOtherOrganisationsOfTheArticle() throws IOException {
        Question agent = generate("/pasted/rapat-tiga-pembicara.txt").all().stream()
                .filter(q -> q.skill() == Skill.AGENT && q.answer().contains("Dinas Pendidikan Kediri")).findFirst().orElseThrow();
        assertTrue(agent.prompt().startsWith("Menurut berita, pihak mana yang mencatat 1.850 siswa"), agent.prompt());
        assertTrue(agent.choices().contains("Pemerintah Kota Kediri"), agent.choices().toString());
        assertFalse(agent.choices().contains("Balai Kota Kediri"), "a building is no organisation: " + agent.choices());
    }

    @Test
    void aQuoteWhoseSpeakerTheTextDoesNotMakeClearIsNeverAskedAsSomeonesWords() throws IOException {
        // "«Banyak pembeli ...», katanya." follows a sentence about a trader the analysis does not know as a
        // person: giving the quote to the last person it knows would be a wrong answer.
        Generation g = generate("/pasted/banjir-dan-harga.txt");
        assertTrue(g.all().stream().filter(q -> q.skill() == Skill.QUOTE && q.type() != QuestionType.CLOZE)
                .noneMatch(q -> q.prompt().contains("Banyak pembeli") || q.items().stream().anyMatch(i -> i.contains("Banyak pembeli"))),
                "a quote given to the wrong speaker");
    }

    @Test
    void everyQuestionOfTheTextsPassesTheTeachersChecks() throws IOException {
        for (String text : List.of("/pasted/banjir-dan-harga.txt", "/pasted/rapat-tiga-pembicara.txt", "/pasted/halaman-portal-berita.txt")) {
            List<Question> all = generate(text).all();
            all.forEach(TeacherChecks::assertSound);
            TeacherChecks.assertNoDuplicates(all);
        }
    }

    @Test
    void thePastedPagesFurnitureCaptionAndCutOffEndAreNeverAsked() throws IOException {
        Generation g = generate("/pasted/halaman-portal-berita.txt");
        for (Question q : g.all()) {
            String evidence = q.evidence().text();
            assertFalse(evidence.startsWith("Baca juga") || evidence.startsWith("Pewarta") || evidence.contains("Read More")
                    || evidence.contains("(Foto:") || evidence.startsWith("Ia berharap"), q.prompt() + " rests on " + evidence);
            assertFalse(q.prompt().contains("KABARKOTA"), "the dateline shows in " + q.prompt());
        }
    }

    @Test
    void theDraftIsAPlanOfConfidentQuestionsOnePerSentenceEasyToHard() throws IOException {
        Generation g = generate("/pasted/rapat-tiga-pembicara.txt");
        List<Question> draft = g.draft();
        assertFalse(draft.isEmpty());
        assertTrue(draft.size() <= DraftPlan.MAX_SIZE);
        assertTrue(draft.stream().allMatch(q -> q.score() >= DraftPlan.CONFIDENT), scores(draft));
        assertEquals(draft.size(), draft.stream().map(q -> q.evidence().sentence()).distinct().count(), "two on one sentence");
        assertTrue(draft.stream().filter(q -> q.skill().isVocabulary()).count() <= 2);
        for (int i = 1; i < draft.size(); i++) {
            assertTrue(draft.get(i - 1).difficulty().compareTo(draft.get(i).difficulty()) <= 0, "not easy to hard: " + draft);
        }
        // The bank holds every other checked question, best first, and nothing twice.
        List<Question> bank = g.bank();
        assertTrue(bank.stream().noneMatch(draft::contains));
        for (int i = 1; i < bank.size(); i++) {
            assertTrue(bank.get(i - 1).score() >= bank.get(i).score(), "bank not best first");
        }
        assertTrue(g.all().stream().allMatch(q -> q.paragraph() >= 1), "every question knows its paragraph");
    }

    private static String scores(List<Question> qs) {
        return qs.stream().map(q -> q.skill() + " " + q.score()).collect(Collectors.joining(", "));
    }
}
