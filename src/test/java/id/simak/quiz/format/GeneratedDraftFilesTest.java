package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;

/** The generator's draft of the seed article through every format: a teacher can take it out and bring it back. */
class GeneratedDraftFilesTest {

    private static List<Question> draft;

    @BeforeAll
    static void generate() throws Exception {
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        String text = Files.readString(Path.of("seeds", "xinhua-ktt-china-asia-tengah.txt"), StandardCharsets.UTF_8);
        List<Question> generated = new QuestionGenerator(lexicon).generate(new ArticleAnalyzer(lexicon).analyze(text)).all();
        // In a file the evidence is its text; the sentence number is found again on import.
        draft = new ArrayList<>();
        for (Question q : generated) {
            draft.add(new Question(q.id(), q.type(), q.skill(), q.prompt(), q.items(), q.choices(), q.answer(),
                    q.explanation(), q.evidence() == null ? null
                            : new Evidence(QuestionFile.UNKNOWN_SENTENCE, q.evidence().text())));
        }
    }

    private static QuestionFile file() {
        return new QuestionFile("rancangan", "Rancangan", "seeds/xinhua-ktt-china-asia-tengah.txt", "draft", draft,
                draft.stream().map(q -> 0).toList());
    }

    @Test
    void theDraftFollowsTheRulesOfImport() throws FormatException {
        QuestionRules.check(draft, draft.stream().map(q -> 0).toList());
    }

    @Test
    void theDraftComesBackFromTheSimakFormatExactly() throws FormatException {
        String yaml = SimakYaml.write(file());
        QuestionFile back = SimakYaml.read(yaml);
        assertEquals(draft, back.questions());
        assertEquals(yaml, SimakYaml.write(back));
    }

    @Test
    void theDraftComesBackFromGiftAndMoodleXml() throws FormatException {
        RoundTrips.assertSameQuestions(draft, GiftFormat.read(GiftFormat.write(file())).questions());
        RoundTrips.assertSameQuestions(draft, MoodleXml.read(MoodleXml.write(file())).questions());
    }
}
