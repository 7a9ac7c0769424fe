package id.simak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Sentence;

/**
 * The reader's text written in Java is the markup the Qute tag {@code readerSentences} wrote before (issue 14,
 * item 2): each word a button, a word kept in cards marked and named for screen readers, the sentence of a
 * question's evidence highlighted, and the text escaped as Qute escapes it.
 */
class ReaderHtmlTest {

    private static final String BODY = "Warga Jum'at berkata \"aman\" & <tenang>. Lalu pulang.\nParagraf tanpa kalimat.";

    private static final ArticleAnalysis ANALYSIS = new ArticleAnalysis(List.of(
            new Sentence(0, "Warga Jum'at berkata \"aman\" & <tenang>.", Sentence.Kind.BODY, 0),
            new Sentence(1, "Lalu pulang.", Sentence.Kind.BODY, 0)),
            null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private static String word(String text, String word, boolean kept) {
        return "<button type=\"button\" class=\"word" + (kept ? " in-cards" : "") + "\" data-word=\"" + word + "\">"
                + text + (kept ? "<span class=\"visually-hidden\"> (di kartu &amp; catatan)</span>" : "") + "</button>";
    }

    @Test
    void wordsKeptInCardsAndTheEvidenceSentenceAreMarkedAndTheTextEscaped() {
        List<ReaderHtml.Block> blocks = ReaderHtml.of(BODY, ANALYSIS).blocks(Set.of("jum'at", "pulang"), 1);
        assertEquals(2, blocks.size());
        assertEquals("<span class=\"sentence\" id=\"kalimat-0\" data-sentence=\"0\">" + word("Warga", "warga", false)
                + " " + word("Jum&#39;at", "jum&#39;at", true) + " " + word("berkata", "berkata", false) + " &quot;"
                + word("aman", "aman", false) + "&quot; &amp; &lt;" + word("tenang", "tenang", false) + "&gt;.</span> "
                + "<span class=\"sentence evidence\" id=\"kalimat-1\" data-sentence=\"1\" tabindex=\"-1\" "
                + "data-testid=\"evidence-sentence\">" + word("Lalu", "lalu", false) + " "
                + word("pulang", "pulang", true) + ".</span>",
                blocks.get(0).html("di kartu & catatan").toString());
        // a paragraph the analysis found no sentence in: its words, without a sentence around them
        assertEquals(word("Paragraf", "paragraf", false) + " " + word("tanpa", "tanpa", false) + " "
                + word("kalimat", "kalimat", false) + ".", blocks.get(1).html("di kartu & catatan").toString());
    }

    @Test
    void theSameLayoutServesEveryReader() {
        ReaderHtml laid = ReaderHtml.of(BODY, ANALYSIS);
        String marked = laid.blocks(Set.of("aman"), null).get(0).html("x").toString();
        String plain = laid.blocks(Set.of(), null).get(0).html("x").toString();
        assertTrue(marked.contains(word("aman", "aman", false).replace("class=\"word\"", "class=\"word in-cards\"")
                .replace("aman</button>", "aman<span class=\"visually-hidden\"> (x)</span></button>")), marked);
        assertTrue(!plain.contains("in-cards") && !plain.contains("evidence"), plain);
    }
}
