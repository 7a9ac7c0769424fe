package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

class MoodleXmlTest {

    @Test
    void theSeedSetComesBackFromMoodleXml() throws FormatException {
        QuestionFile set = ShippedSet.read();
        String xml = MoodleXml.write(set);
        QuestionFile back = MoodleXml.read(xml);
        assertEquals(set.setId(), back.setId());
        assertEquals(set.title(), back.title());
        RoundTrips.assertSameQuestions(set.questions(), back.questions());
    }

    @Test
    void writesTheElementsMoodleReads() {
        String xml = MoodleXml.write(ShippedSet.read());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"));
        assertTrue(xml.contains("<category><text>$course$/simak/seed-ktt-china-asia-tengah</text></category>"));
        for (String type : List.of("multichoice", "truefalse", "shortanswer", "matching", "ordering")) {
            assertTrue(xml.contains("<question type=\"" + type + "\">"), type);
        }
        assertTrue(xml.contains("<name><text>tanggal-ktt</text></name>"));
        assertTrue(xml.contains("<idnumber>tanggal-ktt</idnumber>"));
        assertTrue(xml.contains("<single>false</single>"), "multiple response");
        assertTrue(xml.contains("<answer fraction=\"25\" format=\"plain_text\"><text>Kazakhstan</text>"));
        assertTrue(xml.contains("<answer fraction=\"-100\" format=\"plain_text\"><text>Afganistan</text>"));
        assertTrue(xml.contains("<text>Xi&apos;an</text>") || xml.contains("<text>Xi'an</text>"));
        assertTrue(xml.contains("<generalfeedback format=\"plain_text\"><text>Xi'an adalah kota"));
    }

    @Test
    void readsAnExportOfMoodleWithHtmlText() throws FormatException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category">
                    <category><text>$course$/top/Default for BI</text></category>
                  </question>
                  <question type="multichoice">
                    <name><text>Ibu kota</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Apa ibu kota <b>Indonesia</b>?</p>]]></text></questiontext>
                    <generalfeedback format="html"><text><![CDATA[<p>Jakarta &amp; sekitarnya.</p>]]></text></generalfeedback>
                    <single>true</single>
                    <answer fraction="100" format="html"><text>Jakarta</text></answer>
                    <answer fraction="0" format="html"><text>Bandung</text></answer>
                  </question>
                  <question type="shortanswer">
                    <name><text>Presiden</text></name>
                    <questiontext format="html"><text>Presiden pertama RI adalah _____.</text></questiontext>
                    <answer fraction="100"><text>Soekarno</text></answer>
                    <answer fraction="50"><text>Karno</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>Timur</text></name>
                    <questiontext format="moodle_auto_format"><text>Matahari terbit di timur.</text></questiontext>
                    <answer fraction="0"><text>true</text></answer>
                    <answer fraction="100"><text>false</text></answer>
                  </question>
                </quiz>
                """;
        QuestionFile file = MoodleXml.read(xml);
        assertEquals(null, file.setId());
        List<Question> q = file.questions();
        assertEquals("Ibu kota", q.get(0).id());
        assertEquals("Apa ibu kota Indonesia?", q.get(0).prompt());
        assertEquals("Jakarta & sekitarnya.", q.get(0).explanation());
        assertEquals(List.of("Jakarta"), q.get(0).answer());
        assertEquals(Skill.OTHER, q.get(0).skill(), "no skill in the file and no question word: Lainnya");
        assertEquals(QuestionType.CLOZE, q.get(1).type());
        assertEquals("Presiden pertama RI adalah ____.", q.get(1).prompt());
        assertEquals(List.of("Soekarno"), q.get(1).answer(), "only full-mark answers are accepted");
        assertEquals(List.of("Salah"), q.get(2).answer());
        assertEquals(List.of(6, 14, 20), file.lines());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken xml       | 4 | <question type="multichoice"><name><text>x</name>                | XML tidak dapat dibaca
            numeric no number | 4 | <question type="numerical"><questiontext><text>Q?</text></questiontext><answer fraction="100"><text>lima</text></answer></question> | bukan angka
            no right answer  | 4 | <question type="multichoice"><questiontext><text>Q?</text></questiontext><answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question> | tidak punya jawaban
            bad fraction     | 4 | <question type="multichoice"><questiontext><text>Q?</text></questiontext><answer fraction="x"><text>a</text></answer></question> | bukan angka
            """)
    void aMalformedFileNamesTheLine(String name, int line, String question, String message) {
        String xml = "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\"><questiontext><text>Ok</text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question>\n" + question
                + "\n</quiz>\n";
        FormatException e = assertThrows(FormatException.class, () -> MoodleXml.read(xml));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void anExternalEntityIsNotRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"truefalse\"><questiontext><text>&x;</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer></question></quiz>";
        assertThrows(FormatException.class, () -> MoodleXml.read(xml));
    }

    @Test
    void aBankWithAnEssayImportsTheRestAndListsWhatItLeftOut() throws Exception {
        String xml;
        try (var in = MoodleXmlTest.class.getResourceAsStream("/moodle/bank-esai.moodle.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        QuestionFile file = MoodleXml.read(xml);
        List<Question> q = file.questions();
        assertEquals(List.of("Kota pertemuan", "Kota pertemuan (2)", "Jumlah negara"),
                q.stream().map(Question::id).toList(), "a name is not an id: two questions share one");
        assertEquals(List.of(QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE, QuestionType.CLOZE),
                q.stream().map(Question::type).toList());
        assertEquals(Skill.PLACE, q.get(0).skill(), "from the category $course$/Bahasa Indonesia/Tempat");
        assertEquals(Skill.PERSON, q.get(1).skill(), "category Menulis names no skill: \"Siapa\" asks for a person");
        assertEquals("Berapa negara Asia Tengah yang hadir? ____", q.get(2).prompt());
        assertEquals(List.of("5"), q.get(2).answer(), "a numerical question with one exact answer is a cloze");
        assertEquals(List.of("essay", "description", "numerical", "cloze"),
                file.skipped().stream().map(SkippedQuestion::kind).toList());
        assertEquals("Esai pendapat", file.skipped().get(0).name());
        assertEquals("3 soal diimpor, 4 dilewati: esai (baris 57), deskripsi (baris 85), numerik (baris 147), "
                + "rumpang ganda (cloze) (baris 162).", SkippedQuestion.summary(q.size(), file.skipped()));
    }

    @Test
    void aFileOfOnlyAnEssayIsRefusedSayingSo() {
        FormatException e = assertThrows(FormatException.class, () -> MoodleXml.read(
                "<quiz>\n<question type=\"essay\"><questiontext><text>T</text></questiontext></question>\n</quiz>"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("Tidak ada soal yang bisa diimpor: 0 soal diimpor, 1 dilewati: esai"),
                e.getMessage());
    }
}
