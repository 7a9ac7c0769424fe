package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Menjelang pembukaan konferensi tingkat tinggi (KTT) yang akan datang.;   KTT=konferensi tingkat tinggi
            KTT (konferensi tingkat tinggi) dibuka hari ini.;                         KTT=konferensi tingkat tinggi
            Data dari Badan Pusat Statistik (BPS) menunjukkan kenaikan.;              BPS=Badan Pusat Statistik
            Anggaran Pendapatan dan Belanja Negara (APBN) naik.;                      APBN=Anggaran Pendapatan dan Belanja Negara
            Kantor berita Xinhua (Xinhua) melaporkan.;                                 ''
            Harga naik (lagi) minggu ini.;                                            ''
            """)
    void findsSpelledOutAcronyms(String text, String expected) {
        String actual = AcronymExtractor.extract(SentenceSplitter.split(text)).stream()
                .map(a -> a.shortForm() + "=" + a.longForm()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
