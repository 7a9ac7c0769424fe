package id.simak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.article.ArticleText.Block;

class ArticleTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "KEPERCAYAAN POLITIK TIMBAL BALIK | true",
            "HARGA BERAS 2023 | true",
            "KTT | true",
            "Ini kalimat biasa. | false",
            "PT. | false",
            "AS | false",
            "JAKARTA, 2 MARET (ANTARA) - SEMUA HURUF BESAR TAPI BERAKHIR TITIK. | false",
    })
    void headingsAreShortLinesInCapitals(String line, boolean heading) {
        assertEquals(heading, ArticleText.isHeading(line));
    }

    @Test
    void blocksKeepParagraphsHeadingsAndCaptions() {
        String text = "Paragraf pertama.\n\nJUDUL BAGIAN\nFoto dari udara menunjukkan jalan. (Xinhua)\nParagraf kedua.";
        assertEquals(List.of(
                new Block(Block.Kind.PARAGRAPH, "Paragraf pertama."),
                new Block(Block.Kind.HEADING, "JUDUL BAGIAN"),
                new Block(Block.Kind.CAPTION, "Foto dari udara menunjukkan jalan. (Xinhua)"),
                new Block(Block.Kind.PARAGRAPH, "Paragraf kedua.")), ArticleText.blocks(text));
    }

    @Test
    void cleaningRemovesControlCharactersAndKeepsParagraphs() {
        assertEquals("Satu dua.\n\nTiga <i>empat</i>.",
                ArticleText.clean("\uFEFF Satu\u0000 dua.\u0007  \r\n\r\n\r\n\r\nTiga\u200B <i>empat</i>.\t \n"));
        assertEquals("", ArticleText.clean(null));
        assertEquals("e\u0301".length() - 1, ArticleText.clean("e\u0301").length(), "NFC composes accents");
    }

    @ParameterizedTest(name = "{0} -> {1} words")
    @CsvSource(delimiter = '|', value = {
            "Satu dua tiga. | 3",
            "negara-negara Asia Tengah | 3",
            "Rp15.250 dan 1,04 triliun | 4",
            "'' | 0",
            "... --- !!! | 0",
    })
    void wordsAreCounted(String text, int words) {
        assertEquals(words, ArticleText.countWords(text));
    }

    @Test
    void sentencesCountHeadingsAndCaptionsOnce() {
        assertEquals(4, ArticleText.countSentences("Satu kalimat. Dua kalimat!\nJUDUL\nFoto keterangan"));
        assertEquals(0, ArticleText.countSentences(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "XI'AN, 16 Mei (Xinhua) -- Menjelang pembukaan KTT, para pemimpin bersiap. Kalimat kedua. | Menjelang pembukaan KTT, para pemimpin bersiap.",
            "Jakarta (ANTARA) - Harga beras turun. Lalu naik. | Harga beras turun.",
            "JUDUL SAJA\\nIsi pertama di sini. | Isi pertama di sini.",
            "Sebuah kalimat yang sangat panjang sekali karena penulisnya tidak pernah berhenti menulis kata demi kata sampai habis napas. | Sebuah kalimat yang sangat panjang sekali karena penulisnya tidak pernah berhenti menulis…",
            "JUDUL | Artikel tanpa judul",
    })
    void titleIsTheFirstSentenceWithoutTheDateline(String text, String title) {
        assertEquals(title, ArticleText.deriveTitle(text.replace("\\n", "\n")));
    }

    @Test
    void invalidUtf8IsRefused() throws CharacterCodingException {
        assertEquals("kata", ArticleText.decodeUtf8("kata".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThrows(CharacterCodingException.class, () -> ArticleText.decodeUtf8(new byte[] { (byte) 0xFF, 'a' }));
    }
}
