package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitExtractorTest {

    private static final CountryNames COUNTRIES = new CountryNames();

    /** Each visit as visitor>places@when#kind. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden China Xi Jinping tiba. Pada 2013, Xi melakukan lawatan ke Turkmenistan, Kazakhstan, Uzbekistan, dan Kirgizstan.; Xi Jinping>Turkmenistan+Kazakhstan+Uzbekistan+Kirgizstan@2013#lawatan
            Presiden China Xi Jinping tiba. Pada 2013 ia datang. Tahun berikutnya, Xi melakukan kunjungan kenegaraan ke Tajikistan.; Xi Jinping>Tajikistan@2014#kunjungan kenegaraan
            Presiden China Xi Jinping tiba. Pada 2013, Xi berkunjung ke Asia Tengah untuk pertama kalinya, melakukan lawatan ke Turkmenistan dan Kazakhstan.; Xi Jinping>Turkmenistan+Kazakhstan@2013#lawatan
            Presiden China Xi Jinping tiba. Xi telah mengunjungi Asia Tengah sebanyak tujuh kali.; Xi Jinping>Asia Tengah@null#mengunjungi
            Presiden Joko Widodo mengunjungi Jepang pada 27 Oktober 2020.;    Joko Widodo>Jepang@2020-10-27#mengunjungi
            Presiden Joko Widodo tiba di Tokyo, Kamis (2/3).;                  Joko Widodo>Tokyo@--03-02#tiba di
            Hubungan China dengan Jepang meningkat selama kunjungan tersebut.; ''
            """)
    void findsWhoWentWhereAndWhen(String text, String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        PersonExtractor.People people = new PersonExtractor(COUNTRIES, HunspellLexicon.loadDefault()).extract(spans);
        List<PlaceExtractor.Found> places = new PlaceExtractor(COUNTRIES).mentions(spans, Set.of());
        List<DateExtractor.Found> dates = DateExtractor.extract(spans, null);
        String actual = VisitExtractor.extract(spans, people, places, dates).stream()
                .map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when() + "#" + v.kind())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
