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
            Kontingen Kaltim dan NTB tiba di Samarinda untuk Porprov.;                   Kaltim/REGION/null NTB/REGION/null Samarinda/CITY/null
            Bupati menyerahkan bantuan dari Baznas Kabupaten Sukamaju kepada warga.;    Kabupaten Sukamaju/CITY/null
            Foto itu dari China Road & Bridge Corporation.;                             ''
            Juru bicara Kementerian Luar Negeri China hadir.;                            China/COUNTRY/CN
            Komisi I DPRD Kabupaten Garut (Grt) menggelar rapat dengar pendapat.;       Kabupaten Garut/CITY/null
            Badan Pusat Statistik Provinsi Jawa Barat mencatat inflasi.;              Provinsi Jawa Barat/PROVINCE/null
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
            Daerah lain juga panen raya, seperti Nganjuk, Ngawi, Demak, dan Kendal.;      Nganjuk/CITY/null Ngawi/CITY/null Demak/CITY/null Kendal/CITY/null
            Mahasiswa Universitas Negeri Malang itu bertemu Bima Arya.;                    ''
            Puncak acara digelar Minggu, sementara harga cabai di Kapuas Hulu naik.;        Kapuas Hulu/CITY/null
            Presiden Afrika Selatan tiba di Jakarta setelah lawatan ke Afrika Timur.;          Afrika Selatan/COUNTRY/ZA Jakarta/CITY/null Afrika Timur/REGION/null
            Menteri Saudi hadir. Pertemuan digelar di Jeddah, Arab Saudi, pada Senin.;        Arab Saudi/COUNTRY/SA Jeddah/CITY/null
            """)
    void findsPlaces(String text, String expected) {
        var mentions = PLACES.mentions(SentenceSplitter.split(text.replace("\\n", "\n")), Set.of());
        String actual = PlaceExtractor.distinct(mentions).stream()
                .map(p -> p.text() + "/" + p.kind() + "/" + p.code()).collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    /** Buildings and sites by their names, special provinces, villages and more kinds of places. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Rapat digelar di Gedung Serbaguna II DPRD, Semarang.;                      Gedung Serbaguna II/OTHER/null Semarang/CITY/null
            Para wakil rakyat berkumpul di gedung MPR/DPR, Jakarta.;                    gedung MPR/DPR/OTHER/null Jakarta/CITY/null
            Laga digelar di Stadion Faisal bin Fahd yang penuh.;                        Stadion Faisal bin Fahd/OTHER/null
            Bupati menerima tamu di Ruang Garuda Istana Bogor.;                         Ruang Garuda/OTHER/null Istana Bogor/OTHER/null
            Wali kota bertemu warga di Balai Kota DKI Jakarta.;                          Balai Kota DKI Jakarta/OTHER/null DKI Jakarta/PROVINCE/null
            Upacara di Istana Kepresidenan atau Palacio Nacional berlangsung khidmat.;  Istana Kepresidenan/OTHER/null Palacio Nacional/OTHER/null
            Warga Kelurahan Sukamaju dan Nagari Batu Hampar mengungsi.;                Kelurahan Sukamaju/OTHER/null Nagari Batu Hampar/OTHER/null
            Banjir menerjang Desa Sukadana, Cibeber, Kabupaten Garut.;                  Desa Sukadana/OTHER/null Cibeber/CITY/null Kabupaten Garut/CITY/null
            Petugas berjaga di Jalan Ahmad Yani, Diponegoro dan Sudirman.;              Jalan Ahmad Yani/OTHER/null Diponegoro/CITY/null Sudirman/CITY/null
            Data itu meliputi Papua Barat Daya dan Jakarta Pusat.;                     Papua Barat Daya/REGION/null Jakarta Pusat/CITY/null
            Turnamen digelar di GOR Sudirman, Kudus Minggu (9/10).;                    GOR Sudirman/OTHER/null Kudus/CITY/null
            Pasokan tiba di pedalaman Asmat pekan lalu.;                                Asmat/CITY/null
            Longsor terjadi di Kabupaten Tujuh Koto Kota, Sumatera Barat.;              Kabupaten Tujuh Koto Kota/CITY/null Sumatera Barat/REGION/null
            Bantuan tiba di Desa Sukamaju Kecamatan Cibeber kemarin.;                   Desa Sukamaju/OTHER/null Kecamatan Cibeber/OTHER/null
            """)
    void findsBuildingsAndMoreKindsOfPlaces(String text, String expected) {
        assertEquals(expected, places(text));
    }

    /** Capitalised words after "di"/"ke" that are no places. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Surat itu dikirim ke Presiden kemarin.;                                    ''
            Ia melapor ke Pak Camat dan ke Ibu Ketua.;                                 ''
            Rapat berlangsung di Lantai 18 gedung itu.;                                ''
            Para pemudik kembali ke Tanah Air.;                                        ''
            Mereka berlaga di Piala Asia dan bicara dalam Bahasa Indonesia.;           ''
            Usai berkunjung ke Solo, Budi menemui warga.;                               Solo/CITY/null
            Gempa berpusat di Lok:7.12 LS, 110.40 BT dan terasa di Solo.;               Solo/CITY/null
            Bupati meresmikan jembatan di Kec. Sukamaju, kemarin.;                       ''
            """)
    void leavesOutRolesAndNamesOfThings(String text, String expected) {
        assertEquals(expected, places(text));
    }

    /** In a list of bare names where one is a place the text names elsewhere, the others are places too. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Gempa terasa di Garut. Warga Cianjur, Garut, Sumedang dan Subang panik.;    Garut/CITY/null Cianjur/CITY/null Sumedang/CITY/null Subang/CITY/null
            Hujan turun di Bogor. Rapat dihadiri Budi, Andi, Citra dan Dewi.;           Bogor/CITY/null
            """)
    void namesListedWithAKnownPlaceArePlaces(String text, String expected) {
        assertEquals(expected, places(text));
    }

    private static String places(String text) {
        var mentions = PLACES.mentions(SentenceSplitter.split(text.replace("\\n", "\n")), Set.of());
        return PlaceExtractor.distinct(mentions).stream()
                .map(p -> p.text() + "/" + p.kind() + "/" + p.code()).collect(Collectors.joining(" "));
    }
}
