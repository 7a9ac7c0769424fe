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
            Harga dipantau di pasar tradisional 23 Maret, Selasa (3/7/2018).;   Selasa (3/7/2018)=2018-07-03
            Wisuda digelar di Universitas 17 Agustus 1945 pada 2 Mei 2023.;  2 Mei 2023=2023-05-02
            Lomba digelar pada 02 Desember, 2021 di sekolah.;                02 Desember, 2021=2021-12-02
            Diperbarui 01 Jul 2025 oleh redaksi.;                             01 Jul 2025=2025-07-01
            Diunggah 14 July 2023 pukul sembilan.;                            14 July 2023=2023-07-14
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
            Warga berkumpul pada Kamis, 18/8/2022, di balai desa.;           Kamis, 18/8/2022=2022-08-18
            Rapat digelar pada 20-21/10/2019 di Palembang.;                   20-21/10/2019=2019-10-20/2019-10-21
            Kunjungan berlangsung Kamis-Jumat (26-27/10/2018) di desa itu.;   Kamis-Jumat (26-27/10/2018)=2018-10-26/2018-10-27
            Sebanyak 3/4 warga hadir.;                                        ''
            Jelang Pilkada 2012 partai itu mengajukan calon.;                 2012=2012
            Uang logam Tahun Emisi 1991, 1993 dan 1997 dicabut.;              1991=1991 1993=1993 1997=1997
            Visi misi untuk periode 2019-2024 disampaikan.;                   2019-2024=2019/2024
            Harga Rp 2015 per butir.;                                         ''
            Presiden tiba pada Jumat (8/11/2024). Pada esok hari, ia bertemu Xi.; Jumat (8/11/2024)=2024-11-08 esok hari=2024-11-09<2024-11-08
            Bupati meninjau bendungan Rabu (4/10/2017) dan esok harinya menghadiri upacara.; Rabu (4/10/2017)=2017-10-04 esok harinya=2017-10-05<2017-10-04
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

    /** Relative dates count from the article's own date, never from a year of a historical aside. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Koperasi itu berdiri sejak 1975. Tahun ini anggotanya bertambah.;                               1975=1975
            Rapat digelar pada 14 Maret 2024. Koperasi itu berdiri sejak 1975. Tahun ini anggotanya naik.;  14 Maret 2024=2024-03-14 1975=1975 Tahun ini=2024<2024
            Pada 3 Juli 2025 panen dimulai. Dua tahun lalu harga jatuh.;                                     3 Juli 2025=2025-07-03 Dua tahun lalu=2023<2025
            Pada 3 Juli 2025 panen dimulai. Pasar murah digelar pekan depan.;                               3 Juli 2025=2025-07-03 pekan depan=2025-07-07/2025-07-13<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Pada awal Februari lalu harga masih tinggi.;                    3 Juli 2025=2025-07-03 awal Februari lalu=2025-02<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Ia menjabat sejak Januari tahun ini.;                           3 Juli 2025=2025-07-03 Januari tahun ini=2025-01<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Pada Oktober lalu stok habis.;                                  3 Juli 2025=2025-07-03 Oktober lalu=2024-10<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Pada akhir Februari stok habis.;                                3 Juli 2025=2025-07-03 akhir Februari=2025-02<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Menteri akan ke Jepang pada akhir Februari.;                    3 Juli 2025=2025-07-03 akhir Februari=2026-02<2025-07-03
            Bupati meresmikan pasar pada 9 Mei 2022. Sehari kemudian pasar ramai.;                          9 Mei 2022=2022-05-09 Sehari kemudian=2022-05-10<2022-05-09
            Pada 3 Juli 2025 panen dimulai. Tradisi itu lahir sejak puluhan tahun lalu.;                    3 Juli 2025=2025-07-03
            Pada 3 Juli 2025 panen dimulai. Beberapa tahun lalu harga sempat naik.;                         3 Juli 2025=2025-07-03
            Tradisi itu lahir sejak puluhan tahun lalu. Tahun lalu sepi.;                                   ''
            Pasar murah digelar pekan depan.;                                                                ''
            """)
    void relativeDatesCountFromTheDayOfWriting(String text, String expected) {
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), null);
        String actual = found.stream().map(f -> f.mention().text() + "=" + f.value()
                + (f.mention().relativeTo() == null ? "" : "<" + f.mention().relativeTo())).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            SURABAYA, 12 Oktober (Antara) - Lomba dibuka pada 12 hingga 15 Oktober 2024. Sejak 1990 lomba ini digelar. Tahun ini pesertanya 40.; Tahun ini=2024
            SURABAYA, 12 Oktober (Antara) - Sejak 1990 lomba ini digelar. Tahun ini pesertanya 40.;                                              ''
            """)
    void aDatelineWithoutAYearTakesTheYearOfTheStory(String text, String expected) {
        Dateline dateline = DatelineParser.parse(text);
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), dateline);
        String actual = found.stream().filter(f -> f.mention().relativeTo() != null)
                .map(f -> f.mention().text() + "=" + f.value()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    /**
     * Years that name a term or a session are spans of the text, listed (no question asks them: see
     * DateQuestions); the year of a decree belongs to its name; a school year is a date.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Anggota dewan periode 2014-2019 masih bertugas.;                   2014-2019=2014/2019
            Rapat Masa Persidangan II Tahun 2020-2021 ditutup.;               2020-2021=2020/2021
            Ketua Komisi 2019-2024 memberi sambutan.;                         2019-2024=2019/2024
            Aturan itu Undang-Undang Nomor 5 Tahun 2011 tentang pasar.;       ''
            Sekolah membuka angkatan 2020/2021 dengan daring.;                 2020/2021=2020/2021
            Pembangunan berjalan 2019-2021 dengan lancar.;                    2019-2021=2019/2021
            Angka itu naik pada kuartal III 2018 dan triwulan II tahun 2019.; kuartal III 2018=2018 triwulan II tahun 2019=2019
            """)
    void termsAreSpansAndDecreesAreNoDates(String text, String expected) {
        assertEquals(expected, found(text, null));
    }

    /** Ways news writes a day, a month span or a month beside the plain forms. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            BPS kemarin (3/4) merilis data.;                                  kemarin (3/4)=--04-03
            Gempa terjadi Minggu malam (5/6) di laut.;                        Minggu malam (5/6)=--06-05
            Menteri datang hari Rabu lalu (8/3) ke kantor.;                  hari Rabu lalu (8/3)=--03-08
            Bupati datang Sabtu, 6, Juli, 2024 ke desa.;                      Sabtu, 6, Juli, 2024=2024-07-06
            Ekspor Januari-Oktober 2021 naik.;                                Januari-Oktober 2021=2021-01/2021-10
            Jalan itu dikerjakan mulai Pebruari 2019.;                        Pebruari 2019=2019-02
            """)
    void readsOtherWaysOfWritingADay(String text, String expected) {
        assertEquals(expected, found(text, null));
    }

    /** Relative dates and spans that only look like them. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Pada 3 Juli 2025 panen dimulai. Ujian sama dengan tahun yang lalu.;          3 Juli 2025=2025-07-03 tahun yang lalu=2024<2025
            Pada 3 Juli 2025 panen dimulai. Sosialisasi sejak Mei kemarin.;              3 Juli 2025=2025-07-03 Mei kemarin=2025-05<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Musim kering pada Februari-Maret.;          3 Juli 2025=2025-07-03 Februari-Maret=2025-02/2025-03<2025
            Pada 3 Juli 2025 panen dimulai. Awal Juni harga naik.;                       3 Juli 2025=2025-07-03 Awal Juni=2025-06<2025-07-03
            Pada 3 Juli 2025 panen dimulai. Stok naik dari bulan lalu dan bulan sebelumnya.; 3 Juli 2025=2025-07-03 bulan lalu=2025-06<2025-07-03 bulan sebelumnya=2025-05<2025-06
            Pada 3 Juli 2025 panen dimulai. Bibit ditanam Januari 2025 atau enam bulan sebelumnya.; 3 Juli 2025=2025-07-03 Januari 2025=2025-01
            Pada 3 Juli 2025 panen dimulai. Ia bekerja keras lima tahun ini.;           3 Juli 2025=2025-07-03
            Pada 3 Juli 2025 panen dimulai. Hasilnya naik dibanding tahun-tahun sebelumnya.; 3 Juli 2025=2025-07-03
            Pada 3 Juli 2025 panen dimulai. Batuan itu terbentuk 4,6 miliar tahun yang lalu.; 3 Juli 2025=2025-07-03
            """)
    void resolvesRelativeDatesAndLeavesSpans(String text, String expected) {
        assertEquals(expected, found(text, null));
    }

    /**
     * Without a dated dateline, a day written without its year ("Kamis (2/3)") dates the writing, in the year of
     * the dated mention near it, or the year its day of the week agrees with.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Inflasi November 2019 rendah, kata BPS kemarin (1/12). Rencana Januari 2020 ditunda. Tahun ini sepi.; Tahun ini=2019
            Presiden hadir Selasa (31/12) menjelang pergantian ke tahun 2014. Awal Desember polisi bersiaga.; Awal Desember=2013-12
            Surplus Oktober 2021 naik, kata BPS Senin (15/11). Surplus bulan lalu tinggi.;                 bulan lalu=2021-10
            Peluncuran satelit dilakukan bulan depan, katanya Jumat (26/5).;                                bulan depan=--06
            """)
    void aYearLessDayDatesTheWriting(String text, String expected) {
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), null);
        assertEquals(expected, found.stream().filter(f -> f.mention().relativeTo() != null)
                .map(f -> f.mention().text() + "=" + f.value()).collect(Collectors.joining(" ")));
    }

    /**
     * A day written with its day of the week but no year ("Senin (23/12)") takes the one year, of those around the
     * day of writing or, with none, of the years the text names, in which that day falls on that day of the week;
     * with no such year, or with two, it keeps none. A day without its day of the week ("siang ini (30/7)") takes the
     * year of a stated day of writing within two months of it, and no year a lone year of the text gives.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Bandung, 23 Desember 2019\\nMenteri memulai kunjungan kerja, Senin (23/12).;  23 Desember 2019=2019-12-23 Senin (23/12)=2019-12-23
            Pada 5 Mei 2021 pasar dibuka. Rapat lanjutan digelar Senin (7/5).;           5 Mei 2021=2021-05-05 Senin (7/5)=--05-07
            Tim meraih emas di ASEAN School Games 2018 pada Sabtu (21/7).;               2018=2018 Sabtu (21/7)=2018-07-21
            Lomba itu dimulai pada 2009 dan digelar lagi pada 2019. Final berlangsung Minggu (3/11).; 2009=2009 2019=2019 Minggu (3/11)=2019-11-03
            Menlu berangkat ke Singapura siang ini (30/7). Ia kembali pada 4 Agustus 2018.;      siang ini (30/7)=2018-07-30 4 Agustus 2018=2018-08-04
            Pasar dibuka lagi esok hari (22/10). Harga naik sejak 2019.;                         esok hari (22/10)=--10-22 2019=2019
            """)
    void aDayWithoutItsYearTakesOneOnlyWhenTheTextConfirmsIt(String text, String expected) {
        assertEquals(expected, found(text.replace("\\n", "\n"), null).replaceAll("<\\S+", ""));
    }

    /** "hari ini" and "kemarin" alone date the events of the story but are no dates of their own. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Pada 3 Juli 2025 panen dimulai. Hari ini hujan.;              Hari ini=false
            Pada 3 Juli 2025 panen dimulai. Kemarin pasar sepi.;          Kemarin=false
            BPS kemarin (3/4) merilis data.;                              kemarin (3/4)=true
            """)
    void deicticDatesAreNotReported(String text, String expected) {
        List<DateExtractor.Found> found = DateExtractor.extract(SentenceSplitter.split(text), null);
        assertEquals(expected, found.stream().filter(f -> !f.mention().text().equals("3 Juli 2025"))
                .map(f -> f.mention().text() + "=" + f.reported()).collect(Collectors.joining(" ")));
    }

    /**
     * The page's stamp over the article dates the text, and so does a page line holding a date alone ("• 08 Jun 2023"),
     * which gives "Jumat (26/5)" its year; a cross-link's date inside or after the body does not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Pasar Baru Diresmikan\\n\\nSelasa, 30 Maret 2021 | 10:45 WIB\\n\\nBupati Andi Pratama meresmikan pasar baru di Kecamatan Lembah Hijau dan meminta pedagang menjaga kebersihan pasar setiap hari.\\n\\nBaca juga: Pasar Lama Terbakar pada 2 Januari 2020\\n; 30 Maret 2021=2021-03-30
            Wali Kota Keliling Kota\\n\\n  \u2022 By Admin Kota\\n  \u2022 08 Jun 2023\\n\\nSUKAMAJU \u2013 Kegiatan gowes pagi Wali Kota Sukamaju terus berlanjut.\\n\\nJumat (26/5), wali kota itu meninjau proyek jalan di tiga kelurahan.\\n; 08 Jun 2023=2023-06-08 Jumat (26/5)=2023-05-26
            """)
    void aDateOfThePageOverTheArticleDatesTheText(String text, String expected) {
        assertEquals(expected, found(text.replace("\\n", "\n"), null));
    }

    /** "petang" is a time of day like "sore": "Rabu petang (6/2)" is a day. */
    @org.junit.jupiter.api.Test
    void petangIsATimeOfDay() {
        assertEquals("Rabu petang (6/2)=--02-06", found("Kedua pelaku ditangkap di Banyuwangi, Rabu petang (6/2).", null));
    }

    private static String found(String text, Dateline dateline) {
        return DateExtractor.extract(SentenceSplitter.split(text), dateline).stream()
                .map(f -> f.mention().text() + "=" + f.value()
                        + (f.mention().relativeTo() == null ? "" : "<" + f.mention().relativeTo()))
                .collect(Collectors.joining(" "));
    }
}
