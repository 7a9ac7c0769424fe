package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

class SimakYamlTest {

    @Test
    void theShippedFileIsWrittenBackByteForByte() {
        String text = ShippedSet.text();
        assertEquals(text, SimakYaml.write(ShippedSet.read()));
    }

    @Test
    void theShippedSetIsPublishedAndUsesEveryQuestionType() {
        QuestionFile set = ShippedSet.read();
        assertEquals("seed-ktt-china-asia-tengah", set.setId());
        assertEquals("seeds/xinhua-ktt-china-asia-tengah.txt", set.article());
        assertEquals(QuestionFile.PUBLISHED, set.status());
        Set<QuestionType> types = set.questions().stream().map(Question::type).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionType.class), types);
        assertTrue(set.questions().size() >= 12 && set.questions().size() <= 16, "12 to 16 questions");
        for (Question q : set.questions()) {
            assertTrue(q.explanation() != null && !q.explanation().isBlank(), q.id() + " explains its answer");
            assertTrue(q.evidence() != null, q.id() + " has its evidence sentence");
        }
    }

    @Test
    void anyYamlSpellingIsReadAndWrittenCanonically() throws FormatException {
        String loose = """
                # a teacher's comment
                title: 'Soal: contoh'
                id: contoh-1
                questions:
                - {id: q1, type: true_false, skill: date, prompt: "Ini benar?", choices: [Benar, Salah], answer: [Benar]}
                - id: q2
                  type: CLOZE
                  skill: NUMBER
                  prompt: 'Ada ____ negara: lima.'
                  answer: ["5", lima]
                  explanation: |
                    Dua baris
                    penjelasan.
                """;
        QuestionFile file = SimakYaml.read(loose);
        assertEquals(QuestionFile.DRAFT, file.status());
        assertNull(file.article());
        assertEquals(List.of(5, 6), file.lines());
        String canonical = SimakYaml.write(file);
        assertEquals("""
                id: contoh-1
                title: "Soal: contoh"
                status: draft
                questions:
                  - id: q1
                    type: TRUE_FALSE
                    skill: DATE
                    prompt: Ini benar?
                    choices:
                      - Benar
                      - Salah
                    answer:
                      - Benar

                  - id: q2
                    type: CLOZE
                    skill: NUMBER
                    prompt: "Ada ____ negara: lima."
                    answer:
                      - "5"
                      - lima
                    explanation: "Dua baris\\npenjelasan.\\n"
                """, canonical);
        assertEquals(canonical, SimakYaml.write(SimakYaml.read(canonical)));
    }

    @Test
    void textThatYamlWouldReadAsSomethingElseIsQuoted() throws FormatException {
        List<String> tricky = List.of("yes", "null", "2014", "3.5", "- daftar", "#bukan komentar", "a: b", "x #y",
                " spasi", "\"kutip\"", "tab\there", "Xi'an", "~", "ujung:");
        Question q = new Question("q", QuestionType.MULTIPLE_CHOICE, Skill.DATE, "Pilih", List.of(), tricky,
                List.of("yes"), null, new Evidence(3, "Kalimat"));
        QuestionFile file = new QuestionFile("s", "t", null, "draft", List.of(q), List.of(1));
        QuestionFile back = SimakYaml.read(SimakYaml.write(file));
        assertEquals(tricky, back.questions().get(0).choices());
        assertTrue(SimakYaml.write(file).contains("      - Xi'an\n"), "an apostrophe inside stays plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key            | 5 | tipe: CLOZE                        | tidak dikenal
            unknown type           | 5 | type: ESSAY                        | Jenis soal "ESSAY" tidak dikenal
            answer not a choice    | 9 | answer: [Tiga]                     | jawaban "Tiga" tidak ada
            cloze without gap      | 7 | prompt: Tanpa rumpang              | rumpang
            bad yaml               | 9 | answer: [Satu                      | YAML tidak dapat dibaca
            list where text        | 7 | prompt: [a, b]                     | harus berupa teks
            """)
    void aMalformedFileNamesTheLineAndWhatIsWrong(String name, int line, String replacement, String message) {
        String good = """
                id: contoh
                title: Contoh
                questions:
                  - id: q1
                    type: MULTIPLE_CHOICE
                    skill: NUMBER
                    prompt: Berapa ____?
                    choices: [Satu, Dua]
                    answer: [Satu]
                """;
        String key = replacement.substring(0, replacement.indexOf(':'));
        String bad = good.lines().map(l -> l.strip().startsWith(key + ":") || key.equals("tipe") && l.contains("type:")
                ? l.substring(0, l.indexOf(l.strip())) + replacement : l).collect(Collectors.joining("\n")) + "\n";
        if (name.equals("cloze without gap")) {
            bad = bad.replace("MULTIPLE_CHOICE", "CLOZE").replace("    choices: [Satu, Dua]\n", "    choices: []\n");
        }
        String file = bad;
        FormatException e = assertThrows(FormatException.class, () -> SimakYaml.read(file));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("Baris " + line + ": "), e.getMessage());
    }

    @Test
    void aRepeatedQuestionIdIsRefusedAtItsSecondLine() {
        String text = """
                id: contoh
                title: Contoh
                questions:
                  - {id: q1, type: TRUE_FALSE, skill: DATE, prompt: A, choices: [Benar, Salah], answer: [Benar]}
                  - {id: q1, type: TRUE_FALSE, skill: DATE, prompt: B, choices: [Benar, Salah], answer: [Salah]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> SimakYaml.read(text));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("baris 4"), e.problem());
    }

    @Test
    void aBadSetIdIsRefused() {
        FormatException e = assertThrows(FormatException.class, () -> SimakYaml.read("""
                title: Contoh
                id: Bukan Id
                questions: []
                """));
        assertEquals(2, e.line());
    }
}
