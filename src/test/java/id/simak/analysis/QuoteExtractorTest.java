package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteExtractorTest {

    private static final PersonExtractor PEOPLE = new PersonExtractor(new CountryNames(), HunspellLexicon.loadDefault());

    /** Each quote as text@speaker@sentence. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden China Xi Jinping tiba. "Kita bersahabat. Kita maju bersama," kata Xi dalam lawatan itu.; Kita bersahabat. Kita maju bersama@Xi Jinping@1
            Presiden Joko Widodo tiba. “Kita harus kerja keras,” ujarnya.;                              Kita harus kerja keras@Joko Widodo@1
            Presiden Joko Widodo menyatakan, “Kita harus kerja keras.”;                                Kita harus kerja keras.@Joko Widodo@0
            "Kami menolak campur tangan," ungkap Lin Jian.;                                            Kami menolak campur tangan@Lin Jian@0
            Mereka menentang upaya memicu "revolusi warna".;                                          ''
            Presiden Joko Widodo datang. "Kita menang!" kata Presiden.;                                Kita menang!@Joko Widodo@1
            "Tanpa penutup kata dia;                                                                   ''
            Menteri Kelautan Bayu Aji meninjau pelabuhan. Peneliti perikanan Universitas Hasanuddin, Rini Astuti, menilai stok ikan turun. "Kuota perlu ditinjau," katanya.; Kuota perlu ditinjau@Rini Astuti@2
            Gubernur Maluku Ardi Wiranto hadir. Sumarni, 45 tahun, pedagang ikan di Ambon, ikut datang. "Harga es naik," ujarnya.; Harga es naik@Sumarni@2
            """)
    void findsQuotesAndSpeakers(String text, String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        String actual = quotes.stream().map(q -> q.quote().text() + "@" + q.quote().speaker() + "@" + q.quote().sentence())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
