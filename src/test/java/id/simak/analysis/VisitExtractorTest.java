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
            Presiden Joko Widodo mendarat di Hanoi pada Rabu (10/1) untuk memulai lawatan resmi ke Vietnam pada 10 hingga 12 Januari 2024.; Joko Widodo>Hanoi@2024-01-10#mendarat di Joko Widodo>Vietnam@2024-01-10/2024-01-12#lawatan resmi
            Presiden Joko Widodo tiba di Hanoi pada 10 Januari 2024. Sehari kemudian, Widodo terbang ke Da Nang.; Joko Widodo>Hanoi@2024-01-10#tiba di Joko Widodo>Da Nang@2024-01-11#terbang ke
            Presiden Joko Widodo tiba di Hanoi pada 10 Januari 2024. Ia lalu melanjutkan perjalanan ke Filipina.; Joko Widodo>Hanoi@2024-01-10#tiba di Joko Widodo>Filipina@null#melanjutkan perjalanan ke
            Presiden Joko Widodo bertandang ke Kamboja pada Februari 2024.;  Joko Widodo>Kamboja@2024-02#bertandang ke
            Menteri Kesehatan Budi Santoso melakukan kunjungan kerja ke Kota Kupang pada Senin (4/3/2024).; Budi Santoso>Kota Kupang@2024-03-04#kunjungan kerja
            Gubernur Darmawan Saputra menerima kunjungan Perdana Menteri Malaysia Ahmad Rahman di Gedung Sate pada 5 Mei 2023.; Ahmad Rahman>Indonesia+Gedung Sate@2023-05-05#kunjungan
            Bupati Ahmad Darmawan blusukan pada Selasa pagi, 11 Juni 2024, ke Desa Sukamaju.; Ahmad Darmawan>Desa Sukamaju@2024-06-11#blusukan ke
            Menteri Pertanian Budi Santoso meninjau panen raya di Desa Sukamaju, Kabupaten Garut, Rabu (6/3/2024).; Budi Santoso>Desa Sukamaju+Kabupaten Garut@2024-03-06#meninjau
            Presiden Budi Santoso menghadiri konferensi tingkat tinggi itu di Kuala Lumpur pada 8 Oktober 2023.; Budi Santoso>Kuala Lumpur@2023-10-08#menghadiri
            Presiden Budi Santoso menghadiri rapat di Gedung Nusantara pada 8 Oktober 2023.; ''
            Presiden Budi Santoso bersama Ibu Negara Sri Lestari berkunjung ke Lombok pada 3 Juli 2023.; Budi Santoso>Lombok@2023-07-03#berkunjung ke Sri Lestari>Lombok@2023-07-03#berkunjung ke
            Setelah tiba di Makassar pada 2 Mei 2023, Menteri Budi Santoso mengunjungi Pelabuhan Nusantara.; Budi Santoso>Makassar+Pelabuhan Nusantara@2023-05-02#tiba di
            Menteri Budi Santoso batal berkunjung ke Surabaya pekan lalu.; ''
            Gubernur Budi Santoso beserta jajaran melakukan kunjungan kerja (kunker) ke Kabupaten Garut selama 2 hari, mulai tanggal 17 sampai 18 Januari 2025.; Budi Santoso>Kabupaten Garut@2025-01-17/2025-01-18#kunjungan kerja
            Wakil Wali Kota Sri Lestari, Selasa (6/8) menghadiri festival budaya di Kabupaten Buleleng Bali.; Sri Lestari>Kabupaten Buleleng+Bali@--08-06#menghadiri
            Presiden Budi Santoso tiba di Manila, Filipina, pada 7 Agustus 2023. Di sana, Budi mengunjungi Istana Malacañang.; Budi Santoso>Manila+Filipina+Istana Malacañang@2023-08-07#tiba di
            Menteri Luar Negeri Budi Santoso atau Budi bertolak ke Jepang pada 2 Februari 2024. Budi dijadwalkan bertemu mitranya.; Budi Santoso>Jepang@2024-02-02#bertolak ke
            Menteri Budi Santoso melawat ke Mesir pada 3 Maret 2024. Dalam lawatan ke Mesir itu, Budi juga mengunjungi Kairo.; Budi Santoso>Mesir+Kairo@2024-03-03#melawat ke
            Tim gabungan ini berangkat ke Palu pada Kamis (5/1/2023).; ''
            Kedua menteri membahas agenda kunjungan Presiden Budi Santoso yang akan menyambangi Jepang pada 4 Mei 2024.; Budi Santoso>Jepang@2024-05-04#menyambangi
            Menteri Luar Negeri, Sri Lestari, membenarkan dirinya akan menyambangi Kanada pada 9 Juni 2024.; Sri Lestari>Kanada@2024-06-09#menyambangi
            Presiden Budi Santoso menerima kunjungan resmi Presiden Republik Demokratis Timor Leste Mario Lobato di Istana Kepresidenan Bogor, Selasa (19/7/2022).; Mario Lobato>Indonesia+Istana Kepresidenan Bogor+Bogor@2022-07-19#kunjungan resmi
            Gubernur Jawa Barat, Budi Santoso menerima kunjungan kehormatan dari Duta Besar (Dubes) Georgia untuk Indonesia H.E. Levan Beridze di Gedung Pakuan, Kota Bandung, Selasa (6/8/2019). Levan Beridze mengatakan kopi Indonesia disukai.; Levan Beridze>Indonesia+Gedung Pakuan+Kota Bandung@2019-08-06#kunjungan kehormatan
            Duta Besar Budi Santoso melakukan kunjungan kerja ke Sumatera Selatan. Rombongan Budi tiba di Palembang, Senin (2/12/2019).; Budi Santoso>Sumatera Selatan+Palembang@2019-12-02#tiba di
            Bupati Hj. Sri Lestari, SE dan Wakil Bupati Sukamaju Drs. H Ahmad Darmawan, M. Pd, melakukan kunjungan kerja di Desa Naru, Selasa (11/2).; Sri Lestari>Desa Naru@--02-11#kunjungan kerja Ahmad Darmawan>Desa Naru@--02-11#kunjungan kerja
            Pada Jumat (2/5/2025), sebanyak 19 Duta Besar (Dubes) dari berbagai negara sahabat berkunjung ke Gedung Negara Kabupaten Lebak.; 19 Duta Besar (Dubes) dari berbagai negara sahabat>Gedung Negara+Kabupaten Lebak@2025-05-02#berkunjung ke
            Dalam waktu dekat para pengusaha kopi dari Georgia akan mengunjungi Jawa Barat.; para pengusaha kopi dari Georgia>Jawa Barat@null#mengunjungi
            Delegasi Biro Luar Negeri Dongguan melakukan kunjungan ke Kabupaten Bintan pada Rabu (28/5).; Delegasi Biro Luar Negeri Dongguan>Kabupaten Bintan@--05-28#kunjungan
            Kami mendorong Menteri Budi Santoso untuk datang ke Lombok, kata direktur itu.;  ''
            Gubernur mengajak Presiden Joko Widodo berkunjung ke Mataram tahun depan.;       ''
            Presiden Budi Santoso esok harinya akan menghadiri upacara peringatan Hari Bhayangkara Tahun 2019 di Kota Sukamaju.; Budi Santoso>Kota Sukamaju@null#menghadiri
            Presiden Budi Santoso melakukan kunjungan kenegaraan ke empat negara, yaitu Jepang, Korea Selatan, Peru, dan Brasil.; Budi Santoso>Jepang+Korea Selatan+Peru+Brasil@null#kunjungan kenegaraan
            Presiden Budi Santoso melakukan kunjungan kenegaraan ke empat negara, yaitu Jepang, Korea Selatan, Peru, dan Brasil. Kunjungan kenegaraan perdana kepala negara ini dimulai pada Jumat, 8 November 2024. Budi didampingi Menteri Luar Negeri Sri Lestari. Usai berkunjung ke Tokyo, Budi melanjutkan kunjungan kerjanya ke Lima, Peru untuk menemui Presiden Peru.; Budi Santoso>Jepang+Korea Selatan+Peru+Brasil+Tokyo+Lima@2024-11-08#kunjungan kenegaraan
            Presiden Budi Santoso tiba di Seoul, Korea Selatan. Budi diagendakan bertemu Presiden Korea Selatan. Menurut keterangan Biro Pers, Jumat (8/11/2024), Budi tiba di Seoul Gimpo International Airport, Seoul sekitar pukul 18.30 waktu setempat.; Budi Santoso>Seoul+Korea Selatan@2024-11-08#tiba di
            Bupati Sri Lestari berkunjung ke tiga desa terdampak banjir, yakni Desa Sukamaju, Desa Mekarsari dan Desa Cibodas.; Sri Lestari>Desa Sukamaju+Desa Mekarsari+Desa Cibodas@null#berkunjung ke
            """)
    void findsWhoWentWhereAndWhen(String text, String expected) {
        assertEquals(expected, visits(text, null));
    }

    /** A foreign guest received at a building visits the country and the town the story is filed from. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden Budi Santoso menerima kunjungan Perdana Menteri Malaysia Ahmad Rahman di Istana Bogor pada 5 Mei 2023.; Ahmad Rahman>Indonesia+Bogor+Istana Bogor@2023-05-05#kunjungan
            Presiden RI Budi Santoso menerima kunjungan Kanselir Jerman Hans Weber di Istana Bogor pada 5 Mei 2023.; Hans Weber>Indonesia+Bogor+Istana Bogor@2023-05-05#kunjungan
            Presiden Filipina Jose Reyes menerima kunjungan Perdana Menteri Malaysia Ahmad Rahman di Istana Malacañang pada 5 Mei 2023.; Ahmad Rahman>Istana Malacañang@2023-05-05#kunjungan
            Gubernur Darmawan Saputra menerima kunjungan Bupati Ahmad Darmawan di Gedung Sate pada 5 Mei 2023.; Ahmad Darmawan>Gedung Sate@2023-05-05#kunjungan
            Presiden Budi Santoso menyambut kunjungan resmi Perdana Menteri Malaysia Ahmad Rahman di Istana Bogor, Jawa Barat, pada Rabu, 5 Mei 2023.; Ahmad Rahman>Indonesia+Bogor+Istana Bogor@2023-05-05#kunjungan resmi
            Presiden Budi Santoso tiba di Beijing, China. Selain itu, tampak menyambut kedatangan Budi yaitu Duta Besar RI untuk China Sri Lestari, Atase Pertahanan RI di Beijing Brigjen Ahmad Darmawan, serta anak kecil.; Budi Santoso>Beijing+China@null#tiba di
            """)
    void aGuestFromAbroadVisitsTheHomeOfTheStory(String text, String expected) {
        assertEquals(expected, visits(text, "BOGOR"));
    }

    /**
     * Visits as the third fresh set of real news wrote them: a city and its country side by side without a comma, a
     * country's long official name, a date in brackets right after a place, a visit noun with its visitor before
     * "ke", a guest whose title stands before the name with commas, "kedatangan" received, and the one welcomed
     * "setibanya di".
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Menteri Luar Negeri Budi Santoso melakukan kunjungan kerja resmi ke Pyongyang, Republik Rakyat Demokratik Korea (RRDK), pada Sabtu (11/10/2025).; Budi Santoso>Pyongyang+Republik Rakyat Demokratik Korea@2025-10-11#kunjungan kerja resmi
            Menteri Luar Negeri Budi Santoso melakukan kunjungan kerja ke Sydney Australia dan bertemu mitranya di Sydney (20/3).; Budi Santoso>Sydney+Australia@--03-20#kunjungan kerja
            Kunjungan Presiden Hans Weber ke Indonesia telah dimulai sejak Selasa (11/2/2025).; Hans Weber>Indonesia@2025-02-11#kunjungan
            Presiden Budi Santoso menerima kunjungan kenegaraan Presiden Turki, Kemal Aydin, di Istana Bogor pada Rabu (12/2/2025).; Kemal Aydin>Indonesia+Bogor+Istana Bogor@2025-02-12#kunjungan kenegaraan
            Menteri Luar Negeri Sri Lestari menyambut kedatangan Menteri Luar Negeri Papua Nugini, Peter Namaliu di Ruang Pancasila, Kamis (19/7).; Peter Namaliu>Indonesia+Bogor+Ruang Pancasila@--07-19#kedatangan
            Presiden Budi Santoso melakukan kunjungan singkat ke Kuala Lumpur, Malaysia, pada Minggu (6/4/2025). Setibanya di Malaysia, Budi mendarat di Bandara Internasional Kuala Lumpur, Selangor, sebelum melanjutkan perjalanan ke Putrajaya.; Budi Santoso>Kuala Lumpur+Malaysia+Bandara Internasional Kuala Lumpur+Selangor+Putrajaya@2025-04-06#kunjungan singkat
            Presiden Korea Selatan Yoon Seok-yeol menghadiri KTT G20 di Bali pada 15 November 2022.; Yoon Seok-yeol>Bali@2022-11-15#menghadiri
            Presiden Budi Santoso akan menyambut langsung Raja Arab Saudi Ahmad Rahman setibanya di Bandara Halim Perdanakusuma, Jakarta, pada Rabu (1/3/2017).; Ahmad Rahman>Bandara Halim Perdanakusuma+Jakarta@2017-03-01#setibanya di
            Bupati Sukamaju Budi Santoso turun langsung ke lokasi banjir di Desa Sukamaju, Senin (1/7/2024).; Budi Santoso>Desa Sukamaju@2024-07-01#turun langsung ke
            Bupati Budi Santoso datang ke rumah warga di Kelurahan Cibeber, Senin (1/7/2024).;   Budi Santoso>Kelurahan Cibeber@2024-07-01#datang ke
            Harga cabai turun ke Rp20 ribu di Pasar Sukamaju, Senin (1/7/2024).;                 ''
            Kunjungan kerja Bupati Sukamaju, Drs. Budi Santoso, M.Si, ke Distrik Cibeber tidak hanya fokus pada pembangunan.; Budi Santoso>Distrik Cibeber@null#kunjungan kerja
            Gubernur Jawa Barat Budi Santoso meninjau banjir Kabupaten Cianjur, sekaligus menyerahkan bantuan, Senin (1/7/2024).; Budi Santoso>Kabupaten Cianjur@2024-07-01#meninjau
            Bupati Budi Santoso meninjau lokasi kebakaran Pasar Sukamaju, Senin (1/7/2024).;   Budi Santoso>Pasar Sukamaju@2024-07-01#meninjau
            Usai salat, Bupati Bima Budi Santoso dan rombongan menuju Desa Cibeber, Jumat (3/7/2020).; Budi Santoso>Desa Cibeber@2020-07-03#menuju
            Program itu menuju Indonesia Emas pada 2045.;                                          ''
            Bupati Buleleng Budi Santoso meninjau pembangunan Kantor Desa Cibeber, Selasa (17/10/2023).; Budi Santoso>Kantor Desa Cibeber+Desa Cibeber@2023-10-17#meninjau
            Presiden Budi Santoso bertolak dari Pangkalan TNI Angkatan Udara Halim Perdanakusuma, Jakarta menuju Sydney, Australia, Senin (3/7/2023).; Budi Santoso>Sydney+Australia@2023-07-03#bertolak ke
            Menteri Budi Santoso berangkat dari Jakarta ke Tokyo, Jepang, Senin (3/7/2023).; Budi Santoso>Tokyo+Jepang@2023-07-03#berangkat ke
            Menteri Budi Santoso berangkat dari rumahnya ke Tokyo, Jepang, Senin (3/7/2023).; ''
            Inspeksi mendadak yang dilakukan Gubernur Budi Santoso ke RSUD Cibeber menguak fakta yang tidak baik.; Budi Santoso>RSUD Cibeber@null#inspeksi mendadak
            """)
    void readsVisitsAsRegionalNewsWritesThem(String text, String expected) {
        assertEquals(expected, visits(text, "BOGOR"));
    }

    /** A trip to the town the story is filed from takes the one foreign country its headline names. */
    @org.junit.jupiter.api.Test
    void aTripToTheDatelinesTownIsToTheCountryOfTheHeadline() {
        ArticleAnalysis a = analyzed("""
                Menlu Sri Lestari ke Jepang Hadiri Pertemuan Dua Menteri

                Tokyo, KABARKITA – Menteri Luar Negeri Sri Lestari akan melakukan kunjungan ke Tokyo pada 28-30 Maret \
                2021. Kunjungan ini merupakan kunjungan resmi pertama Menlu Sri Lestari ke Jepang sejak dilantik pada \
                Oktober 2019.
                """);
        assertEquals(List.of("Sri Lestari>Tokyo+Jepang@2021-03-28/2021-03-30"), a.visits().stream()
                .map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when()).toList());
    }

    /** An outlet named after its town, then the town: the town is the dateline's place. */
    @org.junit.jupiter.api.Test
    void anOutletNamedAfterItsTownLeavesTheTownToTheDateline() {
        ArticleAnalysis a = analyzed("""
                KABAR BOGOR, BOGOR – Presiden Budi Santoso meresmikan jembatan baru di Desa Sukamaju pada Rabu (12/2/2025).
                """);
        assertEquals("Bogor", a.dateline().place());
        assertEquals("KABAR BOGOR", a.dateline().agency());
    }

    /** A Malay guest's honorific ("Dato' Sri") is no part of the name, and "bin" joins the father's name to it. */
    @org.junit.jupiter.api.Test
    void aMalayNameKeepsItsPatronymicAndLeavesItsHonorificToTheRole() {
        ArticleAnalysis a = analyzed("""
                KABARKITA, BOGOR-Presiden Budi Santoso menyambut kunjungan resmi Perdana Menteri (PM) Malaysia, \
                Dato' Sri Ahmad Rahman bin Yusof di Istana Kepresidenan Bogor, Jawa Barat, pada Rabu, 5 Mei 2023.

                PM Ahmad Rahman tiba di Istana Bogor sekitar pukul 12.30 WIB.
                """);
        Person guest = a.people().stream().filter(p -> p.name().contains("Rahman")).findFirst().orElseThrow();
        assertEquals("Ahmad Rahman bin Yusof", guest.name());
        assertEquals("Perdana Menteri (PM) Malaysia", guest.role());
        Visit visit = a.visits().stream().filter(v -> v.visitor().equals(guest.name())).findFirst().orElseThrow();
        assertEquals("2023-05-05", visit.when());
        assertEquals("Indonesia", visit.places().get(0));
    }

    /**
     * Visits as the thirteenth session's development sets wrote them: a host of the dateline's town receiving a guest
     * in a room ("terima kunjungan", without its prefix), a country after the name it is known by, a party named
     * before "yang berkunjung", a courtesy call ("kunjungan silaturahmi dari"), a village with the units it lies in
     * and the building of the day. The host who is not of the dateline's town leaves the town out.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Wali Kota Bogor Ahmad Rahman terima kunjungan kerja Wali Kota Bengkulu Budi Santoso dan jajarannya di Ruang Kerja, Kamis (22/6).; Budi Santoso>Bogor+Ruang Kerja@--06-22#kunjungan kerja
            Pemkot Bogor menerima kunjungan kerja Wali Kota Bengkulu Budi Santoso, Kamis (22/6).; Budi Santoso>Bogor@--06-22#kunjungan kerja
            Gubernur Ahmad Rahman menerima kunjungan kerja Bupati Budi Santoso di Ruang Rapat, Kamis (22/6).; Budi Santoso>Ruang Rapat@--06-22#kunjungan kerja
            Bupati Garut Budi Santoso bersama para pejabat berkunjung ke negeri seribu gajah, Laos.; Budi Santoso>Laos@null#berkunjung ke
            Adapun Delegasi Pemerintah Distrik Jinning yang berkunjung ke Karo pada tanggal 26 hingga 27 November 2025 disambut warga.; Delegasi Pemerintah Distrik Jinning>Karo@2025-11-26/2025-11-27#berkunjung ke
            Gubernur Budi Santoso tiba di Desa Badau Kecamatan Badau Kabupaten Belitung di Masjid Ar Rahman pada Selasa 19 September 2023.; Budi Santoso>Desa Badau+Kecamatan Badau+Kabupaten Belitung+Masjid Ar Rahman@2023-09-19#tiba di
            Presiden Budi Santoso melakukan kunjungan kenegaraan perdananya ke Jepang, Sabtu (9/11/2024).; Budi Santoso>Jepang@2024-11-09#kunjungan kenegaraan perdananya
            Menteri Pertanian Budi Santoso pada Selasa (23/1/2018) meninjau panen raya di di Kabupaten Garut dan Kabupaten Ciamis.; Budi Santoso>Kabupaten Garut+Kabupaten Ciamis@2018-01-23#meninjau
            Bupati Budi Santoso meninjau perbaikan jalan yang dilakukan secara swadaya oleh warga Desa Sukamaju, Kamis (24/7/2025).; Budi Santoso>Desa Sukamaju@2025-07-24#meninjau
            Gubernur Jawa Barat, Budi Santoso didampingi beberapa kepala organisasi perangkat daerah (OPD) provinsi melakukan kunjungan kerja ke Kabupaten Garut pada Senin (4/12/2023).; Budi Santoso>Kabupaten Garut@2023-12-04#kunjungan kerja
            Bupati Garut Budi Santoso berkunjung ke SDN 1 Sukajaya, Kecamatan Sukaraja, Kabupaten Garut, Kamis (6/3).; Budi Santoso>SDN 1 Sukajaya+Kecamatan Sukaraja+Kabupaten Garut@--03-06#berkunjung ke
            Bupati Garut, Budi Santoso didampingi Kepala Dinas Pendidikan, Ahmad Rahman mengunjungi SMP Negeri 3 Sukaraja, Sabtu (23/2).; Budi Santoso>SMP Negeri 3 Sukaraja@--02-23#mengunjungi
            Gubernur Jawa Barat Budi Santoso dalam perjalanannya ke Kota Garut mendapat sambutan meriah, Jumat (12/10).; Budi Santoso>Kota Garut@--10-12#perjalanan
            Anggota DPRD Kota Garut Budi Santoso sidak (inspeksi mendadak) ke Pasar Garut, Rabu (17/4/2024).; Budi Santoso>Pasar Garut+Garut@2024-04-17#sidak ke
            Menteri Sosial Budi Santoso diagendakan datang ke Pondok Pesantren Al Falah, Kamis (11/4/2019).; Budi Santoso>Pondok Pesantren Al Falah@2019-04-11#datang ke
            Pj Bupati Garut Budi Santoso menyapa warga dalam kunkernya di Desa Sukaraja, Selasa (17/10/2023).; Budi Santoso>Desa Sukaraja@2023-10-17#kunker
            Bupati Garut, Budi Santoso mengatakan kepergiannya ke Busan, Korea Selatan akan membawa manfaat.; Budi Santoso>Busan+Korea Selatan@null#kepergian
            Bupati Garut Budi Santoso melakukan Inspeksi Mendadak (Sidak) di Jembatan Cibeber, Desa Sukaraja, Selasa (15/10/2019).; Budi Santoso>Jembatan Cibeber+Desa Sukaraja@2019-10-15#inspeksi mendadak (sidak) ke
            Bupati Garut Budi Santoso melakukan peninjauan ujian di SMAN 1 Garut, Senin (4/7/2016).; Budi Santoso>SMAN 1 Garut+Garut@2016-07-04#melakukan peninjauan
            Bupati Garut Budi Santoso meninjau kondisi SD Negeri 12 Desa Cibeber, Kecamatan Sukaraja, Selasa (21/10/2025).; Budi Santoso>SD Negeri 12+Desa Cibeber+Kecamatan Sukaraja@2025-10-21#meninjau
            """)
    void readsVisitsAsTheThirteenthSessionsSetsWroteThem(String text, String expected) {
        assertEquals(expected, visits(text, "BOGOR"));
    }

    /** A courtesy call received from a guest whose title ends with a comma; the dateline alone names no host. */
    @org.junit.jupiter.api.Test
    void aCourtesyCallIsAVisitAndTheDatelineIsNoHostsTown() {
        ArticleAnalysis a = analyzed("""
                Konsul ke Mataram

                MATARAM – Asisten Setda Ahmad Rahman menerima kunjungan silaturahmi dari Konsul RI Darwin, Budi Santoso, \
                bersama rombongan di Ruang Rapat, Sabtu (2/12/2024).
                """);
        assertEquals(List.of("Budi Santoso>Ruang Rapat@2024-12-02"), a.visits().stream()
                .map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when()).toList());
    }

    /**
     * A lead visit without a date takes the day of the story, which news gives where the first words are quoted, even
     * when the host says them; a later day in another sentence dates nothing, nor does a day in the lead's own sentence.
     */
    @org.junit.jupiter.api.Test
    void anUndatedLeadVisitTakesTheDayOfTheFirstQuote() {
        ArticleAnalysis a = analyzed("""
                Sidak ke Rumah Sakit

                Kabarkita - Inspeksi mendadak yang dilakukan Bupati Garut Budi Santoso ke RSUD Sukamaju menemukan pasien \
                yang menunggu di luar.

                Bupati menemukan pasien yang masih berada di depan ruang IGD. Kata direktur rumah sakit, Ahmad Rahman, ruang \
                rawat sudah penuh.

                "Itu ada yang belum ditangani pak, masih di luar," kata Ahmad, Selasa (15/6/2021).
                """);
        assertEquals(List.of("Budi Santoso>RSUD Sukamaju@2021-06-15"), a.visits().stream()
                .map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when()).toList());
        ArticleAnalysis far = analyzed("""
                Sidak ke Rumah Sakit

                Kabarkita - Inspeksi mendadak yang dilakukan Bupati Garut Budi Santoso ke RSUD Sukamaju menemukan pasien \
                yang menunggu di luar.

                Bupati menemukan pasien yang masih berada di depan ruang IGD.

                Ruang rawat sudah penuh sejak pekan lalu. Pasien dirujuk ke rumah sakit lain.

                Warga mengeluhkan lambatnya pelayanan. Antrean mengular sejak pagi.

                "Kami sudah menambah tempat tidur pada Senin (14/6/2021)," kata Ahmad.
                """);
        assertEquals("null", String.valueOf(far.visits().get(0).when()));
    }

    private static ArticleAnalyzer analyzer;

    /** The whole analysis of a text, with one analyzer for the class (the models load once). */
    private static ArticleAnalysis analyzed(String text) {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer(HunspellLexicon.loadDefault());
        }
        return analyzer.analyze(text);
    }

    private static String visits(ArticleAnalysis a) {
        return a.visits().stream().map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when() + "#" + v.kind())
                .collect(Collectors.joining(" "));
    }

    private static String visits(String text, String home) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        PersonExtractor.People people = new PersonExtractor(COUNTRIES, HunspellLexicon.loadDefault()).extract(spans);
        List<PlaceExtractor.Found> places = new PlaceExtractor(COUNTRIES).mentions(spans, Set.of());
        List<DateExtractor.Found> dates = DateExtractor.extract(spans, null);
        return VisitExtractor.extract(spans, people, places, dates, home).stream()
                .map(v -> v.visitor() + ">" + String.join("+", v.places()) + "@" + v.when() + "#" + v.kind())
                .collect(Collectors.joining(" "));
    }

    /**
     * "Penjabat Bupati Buleleng, meninjau ..." names the acting office only, with a stray comma; the text gives its holder
     * and the day in the attribution of the first quote ("kata Penjabat Bupati Buleleng, X, Selasa (17/10/2023)").
     */
    @org.junit.jupiter.api.Test
    void anActingOfficeStandsForItsHolderAndTheFirstQuoteDatesTheVisit() {
        ArticleAnalysis a = analyzed("Judul\n\nBULELENG – Penjabat "
                + "Bupati Buleleng, meninjau pembangunan Kantor Desa Cibeber yang dibangun dengan dana Rp600 juta.\n\n"
                + "“Kami melakukan kunjungan kerja ini untuk mengevaluasi kinerja,” kata Penjabat Bupati Buleleng, Budi "
                + "Santoso, Selasa, (17/10/2023).");
        assertEquals("Budi Santoso>Kantor Desa Cibeber+Desa Cibeber@2023-10-17#meninjau", visits(a));
        // Someone else's words do not date the visit.
        ArticleAnalysis other = analyzed("Judul\n\nBULELENG – Bupati "
                + "Buleleng Budi Santoso meninjau pembangunan Kantor Desa Cibeber.\n\n"
                + "“Kantor ini akan selesai bulan depan,” kata Kepala Desa Cibeber, Ahmad Darmawan, Selasa, (17/10/2023).");
        assertEquals("Budi Santoso>Kantor Desa Cibeber+Desa Cibeber@null#meninjau", visits(other));
    }

    /**
     * "... kembali melakukan kunjungan ke beberapa kelurahan, Sabtu (11/5/2024). Adapun kelurahan yang dikunjungi yakni
     * A, B, dan C.": the visit of the first sentence goes to the places the second names, an unmarked one among them.
     */
    @org.junit.jupiter.api.Test
    void aVisitToPlacesNamedInTheNextSentence() {
        ArticleAnalysis a = analyzed("Judul\n\nWali Kota Madiun, Budi "
                + "Santoso, kembali melakukan kunjungan ke beberapa kelurahan, Sabtu (11/5/2024). Adapun kelurahan yang "
                + "dikunjungi yakni Kelurahan Sukamaju Selatan, Sukamaju Utara, dan Kelurahan Cikadu.");
        assertEquals("Budi Santoso>Kelurahan Sukamaju Selatan+Sukamaju Utara+Kelurahan Cikadu@2024-05-11#kunjungan ke", visits(a));
    }

    /** "Bupati Buleleng meninjau ..." names the office only; the text gives its holder later ("kata Bupati Buleleng X"). */
    @org.junit.jupiter.api.Test
    void anOfficeOverATownStandsForItsHolderNamedLater() {
        ArticleAnalysis a = analyzed("BULELENG – Bupati Buleleng meninjau "
                + "pembangunan Kantor Desa Cibeber, Selasa (17/10/2023). “Kami mengevaluasi kinerja,” kata Bupati Buleleng "
                + "Budi Santoso.");
        assertEquals(List.of("Budi Santoso"), a.visits().stream().map(v -> v.visitor()).toList());
    }
}
