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
            Presiden Joko Widodo memulai lawatan kenegaraan ke Vietnam pada 10 hingga 12 Januari 2024.; Joko Widodo>Vietnam@2024-01-10/2024-01-12#lawatan kenegaraan
            Presiden Joko Widodo mendarat di Hanoi pada Rabu (10/1) untuk memulai lawatan resmi ke Vietnam pada 10 hingga 12 Januari 2024.; Joko Widodo>Hanoi@--01-10#mendarat di Joko Widodo>Vietnam@2024-01-10/2024-01-12#lawatan resmi
            Presiden Joko Widodo tiba di Hanoi pada 10 Januari 2024. Sehari kemudian, Widodo terbang ke Da Nang.; Joko Widodo>Hanoi@2024-01-10#tiba di Joko Widodo>Da Nang@2024-01-11#terbang ke
            Presiden Joko Widodo tiba di Hanoi pada 10 Januari 2024. Ia lalu melanjutkan perjalanan ke Filipina.; Joko Widodo>Hanoi@2024-01-10#tiba di Joko Widodo>Filipina@null#melanjutkan perjalanan ke
            Presiden Joko Widodo bertandang ke Kamboja pada Februari 2024.;  Joko Widodo>Kamboja@2024-02#bertandang ke
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
