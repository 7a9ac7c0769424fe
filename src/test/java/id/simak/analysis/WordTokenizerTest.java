package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokenizerTest {

    /** Tokens joined with "|". */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            Harga beras naik 1.250 rupiah, atau 0,23 persen.;      Harga|beras|naik|1.250|rupiah|,|atau|0,23|persen|.
            Negara-negara ASEAN bertemu pada 29/10/2013 pukul 10:30.; Negara-negara|ASEAN|bertemu|pada|29/10/2013|pukul|10:30|.
            Menurutnya, harga akan turun.;                          Menurutnya|,|harga|akan|turun|.
            "Kami siap," kata Budi (45) di Jum'at pagi.;           "|Kami|siap|,|"|kata|Budi|(|45|)|di|Jum'at|pagi|.
            Susilo B. Yudhoyono dan Dr. Ani tiba di A.S. kemarin.;  Susilo|B.|Yudhoyono|dan|Dr.|Ani|tiba|di|A.S.|kemarin|.
            Inflasi tahun 1990-an mencapai 10%.;                    Inflasi|tahun|1990-an|mencapai|10|%|.
            Ia tiba ke-20 kalinya... lalu pergi.;                   Ia|tiba|ke-20|kalinya|...|lalu|pergi|.
            Vaksin COVID-19 tiba di Bandara Soekarno-Hatta.;        Vaksin|COVID-19|tiba|di|Bandara|Soekarno-Hatta|.
            “Tidak,” ujarnya.;                                      “|Tidak|,|”|ujarnya|.
            Harga naik -- katanya -- tajam.;                        Harga|naik|--|katanya|--|tajam|.
            Ia membeli vitamin C.;                                  Ia|membeli|vitamin|C|.
            """)
    void cutsLikeTheTreebanks(String sentence, String expected) {
        String actual = WordTokenizer.tokenize(sentence).stream().map(Token::text).collect(Collectors.joining("|"));
        assertEquals(expected, actual);
    }

    @Test
    void offsetsPointBackIntoTheText() {
        String text = "  Presiden  Joko Widodo, 1.250 ton\u00a0beras.";
        List<Token> tokens = WordTokenizer.tokenize(text);
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("Presiden", "Joko", "Widodo", ",", "1.250", "ton", "beras", "."),
                WordTokenizer.texts(tokens));
    }

    @Test
    void emptyAndBlankTextsHaveNoTokens() {
        assertEquals(List.of(), WordTokenizer.tokenize(""));
        assertEquals(List.of(), WordTokenizer.tokenize(" \n\t "));
    }
}
