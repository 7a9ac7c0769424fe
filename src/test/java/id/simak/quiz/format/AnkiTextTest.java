package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.simak.generate.Question;

class AnkiTextTest {

    @Test
    void theSeedSetAsAnAnkiFileLineByLine() {
        QuestionFile set = ShippedSet.read();
        List<String> lines = AnkiText.write(set, "Simak::KTT China-Asia Tengah").lines().toList();
        assertEquals(List.of("#separator:tab", "#html:true", "#notetype:Basic", "#deck:Simak::KTT China-Asia Tengah",
                "#columns:GUID\tFront\tBack\tTags", "#guid column:1", "#tags column:4", "#if matches:update current"),
                lines.subList(0, 8));
        List<String> notes = lines.subList(8, lines.size());
        assertEquals(set.questions().size(), notes.size(), "one note a question");
        for (int i = 0; i < notes.size(); i++) {
            Question q = set.questions().get(i);
            String[] fields = notes.get(i).split("\t", -1);
            assertEquals(4, fields.length, notes.get(i));
            assertEquals("simak:seed-ktt-china-asia-tengah:" + q.id(), fields[0]);
            assertTrue(fields[1].startsWith(AnkiText.html(q.prompt())), fields[1]);
            assertTrue(fields[2].contains(AnkiText.html(q.answer().get(0))), q.id() + " back shows the answer");
            assertTrue(fields[2].contains(AnkiText.html(q.explanation())), q.id() + " back explains");
            assertTrue(fields[2].contains("Bukti: "), q.id() + " back quotes the evidence");
            assertFalse(fields[1].contains(AnkiText.html(q.explanation())), "the front gives nothing away");
            assertEquals("simak simak::seed-ktt-china-asia-tengah skill::" + q.skill().name(), fields[3]);
        }
    }

    @Test
    void choicesAreOnTheFrontAndTheRightOnesOnTheBack() {
        QuestionFile set = ShippedSet.read();
        String tanggal = AnkiText.write(set, "d").lines().filter(l -> l.startsWith("simak:seed-ktt-china-asia-tengah:tanggal-ktt\t"))
                .findFirst().orElseThrow();
        String[] f = tanggal.split("\t");
        assertEquals("Kapan KTT China-Asia Tengah di Xi'an dijadwalkan berlangsung?<ol type=&quot;A&quot;>".replace(
                "&quot;", "\""), f[1].substring(0, f[1].indexOf("<li>")));
        assertTrue(f[1].contains("<li>16 Mei</li><li>18-19 Mei</li><li>19-20 Mei</li><li>27 Oktober</li>"));
        assertTrue(f[2].startsWith("<b>18-19 Mei</b><br><br>"));
    }

    @Test
    void htmlAndTabsInTextCannotBreakAField() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; d<br>e", AnkiText.html("a <b> & \"c\"\td\ne"));
    }
}
