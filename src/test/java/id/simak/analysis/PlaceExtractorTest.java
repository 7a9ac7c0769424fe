package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceExtractorTest {

    private static final PlaceExtractor PLACES = new PlaceExtractor(new CountryNames());

    /** Each distinct place as text/KIND/code. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            KTT China-Asia Tengah digelar di Xi'an, Provinsi Shaanxi, China barat laut.; China/COUNTRY/CN Asia Tengah/REGION/null Xi'an/CITY/null Provinsi Shaanxi/PROVINCE/null
            Xi mengenakan busana tradisional Tajik.;                                    ''
            Foto itu dari China Road & Bridge Corporation.;                             ''
            Juru bicara Kementerian Luar Negeri China hadir.;                            China/COUNTRY/CN
            Menteri dari Korea Selatan dan Amerika Serikat tiba di Jakarta.;            Korea Selatan/COUNTRY/KR Amerika Serikat/COUNTRY/US Jakarta/CITY/null
            Tiongkok dan RRT adalah satu negara.;                                        Tiongkok/COUNTRY/CN
            Mereka berdagang dengan Asia Tenggara dan Timur Tengah.;                     Asia Tenggara/REGION/null Timur Tengah/REGION/null
            Ekspor 22 miliar dolar AS ke Jepang.;                                        Jepang/COUNTRY/JP
            Kantor di Kota Bandung dibuka.;                                              Kota Bandung/CITY/null
            Menteri Pertanian Tiba di Medan, Bahas Harga Pupuk dan Irigasi;             ''
            Menteri Pertanian Tiba di Medan, Bahas Harga Pupuk dan Irigasi\\n\\nMenteri tiba di Medan pada Senin.; Medan/CITY/null
            Wali Kota Berangkat ke Jepang Bersama Tim Sepak Bola Remaja;               Jepang/COUNTRY/JP
            Rombongan singgah di Padang, Bukittinggi, dan Solok.;                        Padang/CITY/null Bukittinggi/CITY/null Solok/CITY/null
            Ia tiba di Ambon, Pesta Rakyat Digelar di pantai.;                           Ambon/CITY/null
            """)
    void findsPlaces(String text, String expected) {
        var mentions = PLACES.mentions(SentenceSplitter.split(text.replace("\\n", "\n")), Set.of());
        String actual = PlaceExtractor.distinct(mentions).stream()
                .map(p -> p.text() + "/" + p.kind() + "/" + p.code()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
