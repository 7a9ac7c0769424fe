package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

class CsvQuestionsTest {

    @Test
    void readsASpreadsheetWithIndonesianColumnNames() throws FormatException {
        String csv = """
                id;soal;jawaban;salah;salah;penjelasan;keterampilan
                k1;Di kota mana KTT diadakan?;Xi'an;Beijing;Shanghai;Di Provinsi Shaanxi.;place
                k2;"Xi mengunjungi Asia Tengah sebanyak ____ kali; dalam satu dekade.";tujuh;;;;number
                k3;KTT di Xi'an diadakan secara virtual.;salah;;;;
                """;
        QuestionFile file = CsvQuestions.read(csv);
        List<Question> q = file.questions();
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.get(0).type());
        assertEquals(new HashSet<>(List.of("Xi'an", "Beijing", "Shanghai")), new HashSet<>(q.get(0).choices()));
        assertEquals(List.of("Xi'an"), q.get(0).answer());
        assertEquals(Skill.PLACE, q.get(0).skill());
        assertEquals("Di Provinsi Shaanxi.", q.get(0).explanation());
        assertEquals(QuestionType.CLOZE, q.get(1).type());
        assertEquals(List.of("tujuh"), q.get(1).answer());
        assertEquals(QuestionType.TRUE_FALSE, q.get(2).type());
        assertEquals(List.of("Salah"), q.get(2).answer());
        assertEquals(Skill.OTHER, q.get(2).skill(), "no skill column and no question word: Lainnya");
        assertEquals(List.of(2, 3, 4), file.lines());
    }

    @Test
    void theRightAnswerIsNotAlwaysTheFirstChoice() throws FormatException {
        StringBuilder csv = new StringBuilder("question,answer,wrong,wrong,wrong\n");
        for (int i = 0; i < 12; i++) {
            csv.append("Soal ").append(i).append("?,benar").append(i).append(",a").append(i).append(",b").append(i)
                    .append(",c").append(i).append('\n');
        }
        QuestionFile file = CsvQuestions.read(csv.toString());
        long first = file.questions().stream().filter(q -> q.choices().get(0).equals(q.answer().get(0))).count();
        assertTrue(first < 12, "the right answer is first in " + first + " of 12");
        assertEquals(file.questions(), CsvQuestions.read(csv.toString()).questions(), "the same file, the same order");
    }

    @Test
    void severalAnswersWithWrongOnesAreMultipleResponseAndAQuotedCellMaySpanLines() throws FormatException {
        String csv = "question,answer,answer,wrong,explanation\n"
                + "Mana yang negara Asia Tengah?,Kazakhstan,Uzbekistan,Mongolia,\"Dua baris\nalasan\"\n";
        QuestionFile file = CsvQuestions.read(csv);
        Question q = file.questions().get(0);
        assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
        assertEquals(List.of("Kazakhstan", "Uzbekistan"), q.answer());
        assertEquals("Dua baris\nalasan", q.explanation());
        assertEquals("Mana yang negara Asia Tengah?", q.id(), "no id column: the question is the key");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown column  | 1 | question,answer,nilai\\nA?,b,1                       | Kolom "nilai"
            no answer col   | 1 | question,wrong\\nA?,b                               | "answer"
            row w/o answer  | 3 | question,answer\\nA ____?,b\\nB ____?,              | tidak punya jawaban
            too many cells  | 2 | question,answer\\nA ____?,b,c                       | 3 kolom
            open quote      | 3 | question,answer\\nA ____?,b\\n"B ____?,c            | tidak ditutup
            matching        | 2 | question,answer,type\\nA?,b,MATCHING                | tidak bisa ditulis
            """)
    void aMalformedFileNamesTheLine(String name, int line, String csv, String message) {
        String text = csv.replace("\\n", "\n");
        FormatException e = assertThrows(FormatException.class, () -> CsvQuestions.read(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
