package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {

    /** Each found date as text=value, or text=value<anchor for a relative one. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            KTT berlangsung pada 18-19 Mei di Xi'an.;                        18-19 Mei=--05-18/--05-19
            Foto diambil pada 27 Oktober 2020 ini.;                          27 Oktober 2020=2020-10-27
            KTT virtual pada Januari 2022.;                                  Januari 2022=2022-01
            Pada 2013, Xi berkunjung. Tahun berikutnya, ia kembali.;         2013=2013 Tahun berikutnya=2014<2013
            Rapat digelar Kamis (2/3).;                                       Kamis (2/3)=--03-02
            Rapat digelar Minggu (7/5/2023).;                                 Minggu (7/5/2023)=2023-05-07
            Pameran dibuka 9 hingga 11 Mei 2023.;                             9 hingga 11 Mei 2023=2023-05-09/2023-05-11
            Hubungan itu berusia 30 tahun dan melibatkan 2013 orang.;         ''
            Program berjalan 2019-2021 dengan lancar.;                        2019-2021=2019/2021
            Pada 2020 harga naik. Bulan depan tidak jelas.;                   2020=2020
            Harga naik pada Maret 2021. Bulan berikutnya turun.;              Maret 2021=2021-03 Bulan berikutnya=2021-04<2021-03
            Tanggal 31 Februari tidak ada.;                                   ''
            """)
    void findsAndNormalisesDates(String text, String expected) {
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), null);
        String actual = found.stream().map(f -> f.mention().text() + "=" + f.value()
                + (f.mention().relativeTo() == null ? "" : "<" + f.mention().relativeTo())).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            JAKARTA, 2 Maret 2023 (ANTARA) - Rapat digelar Kamis (2/3). Tahun lalu sepi.; Kamis (2/3)=2023-03-02 Tahun lalu=2022
            JAKARTA, 2 Maret 2023 (ANTARA) - Hari ini hujan.;                          Hari ini=2023-03-02
            """)
    void yearLessAndRelativeDatesTakeTheDatelineYear(String text, String expected) {
        Dateline dateline = DatelineParser.parse(text);
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), dateline);
        String actual = found.stream().filter(f -> !f.mention().text().equals("2 Maret 2023"))
                .map(f -> f.mention().text() + "=" + f.value()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
