package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberExtractorTest {

    private static final NumberExtractor NUMBERS = new NumberExtractor(new PlaceExtractor(new CountryNames()));

    /** Each number as text=value/unit. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Perdagangan mencapai 1,04 triliun dolar AS tahun itu.;          1,04 triliun dolar AS=1.04E12/dolar AS
            Harga beras Rp15.250 per kilogram.;                             Rp15.250=15250/rupiah
            Ekonomi tumbuh 8 persen.;                                       8 persen=8/persen
            Inflasi 3,5% pada Mei.;                                          3,5%=3.5/persen
            Xi mengunjungi Asia Tengah sebanyak tujuh kali.;                tujuh kali=7/kali
            Selama tiga dekade terakhir kerja sama tumbuh.;                 tiga dekade terakhir=3/dekade
            China dan lima negara Asia Tengah bersiap.;                      lima negara Asia Tengah=5/negara
            Hubungan diplomatik berusia 30 tahun.;                           30 tahun=30/tahun
            Ada dua puluh lima orang dan tiga belas kapal.;                  dua puluh lima orang=25/orang tiga belas kapal=13/kapal
            Pada 2013 ia datang pada 16 Mei.;                                ''
            Mereka saling menghormati satu sama lain.;                      ''
            Dia salah satu tokoh.;                                           ''
            Sebanyak 1.200 orang hadir.;                                     1.200 orang=1200/orang
            Rapat pada 3 Juli 2025 membahas banjir dua tahun lalu yang merendam tiga desa.; tiga desa=3/desa
            """)
    void findsNumbersWithUnits(String text, String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<DateExtractor.Found> dates = DateExtractor.extract(spans, null);
        String actual = spans.stream().flatMap(s -> NUMBERS.extract(s.sentence(), dates).stream())
                .map(n -> n.text() + "=" + format(n.value()) + "/" + n.unit()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
