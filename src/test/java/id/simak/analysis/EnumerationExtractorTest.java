package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumerationExtractorTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final PersonExtractor PEOPLE = new PersonExtractor(new CountryNames(), LEXICON);

    /** Each list as head:item|item|...(q when inside a quote). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Mereka menyampaikan pesan solidaritas, perdamaian, dan pembangunan di tengah dunia yang bergejolak.; pesan:solidaritas|perdamaian|pembangunan
            Posyandu dibuka di sekolah, posyandu, puskesmas, dan pos pelayanan di pasar.; di:sekolah|posyandu|puskesmas|pos pelayanan di pasar
            Program ini punya empat prinsip, yaitu inklusif, berkelanjutan, berbasis data, dan berpihak pada usaha mikro.; prinsip:inklusif|berkelanjutan|berbasis data|berpihak pada usaha mikro
            Tim gabungan dari TNI, Polri, dan relawan membuka dapur umum.; dari:TNI|Polri|relawan
            Mereka memerangi terorisme, separatisme dan ekstremisme, kejahatan terorganisasi dan perdagangan narkoba transnasional.; memerangi:terorisme|separatisme|ekstremisme|kejahatan terorganisasi|perdagangan narkoba transnasional
            Mereka saling mendukung dalam isu-isu mengenai kedaulatan, kemerdekaan dan integritas wilayah, serta dengan tegas mendukung jalur itu.; isu-isu:kedaulatan|kemerdekaan|integritas wilayah
            "Kuncinya adalah prinsip saling menghormati, persahabatan negara bertetangga yang baik, solidaritas di masa-masa sulit, dan keuntungan bersama," kata Xi.; prinsip:saling menghormati|persahabatan negara bertetangga yang baik|solidaritas di masa-masa sulit|keuntungan bersama(q)
            Ia melakukan lawatan ke Turkmenistan, Kazakhstan, Uzbekistan, dan Kirgizstan.;       ke:Turkmenistan|Kazakhstan|Uzbekistan|Kirgizstan
            Menurut dia, Tiongkok, Amerika Serikat, dan Jepang tetap menjadi tujuan utama ekspor.; null:Tiongkok|Amerika Serikat|Jepang
            KTT digelar di Xi'an, Provinsi Shaanxi, China barat laut.;                          ''
            Menjelang tonggak sejarah, China dan lima negara bersiap untuk membangun.;          ''
            Harga cabai rawit, cabai merah besar, dan cabai hijau naik tajam pekan ini.;        Harga:cabai rawit|cabai merah besar|cabai hijau
            Rapat itu dihadiri camat, kepala desa, tokoh masyarakat dan instansi terkait.;       dihadiri:camat|kepala desa|tokoh masyarakat|instansi terkait
            Bupati meminta semua pihak, termasuk Dinas Pendidikan, Kantor Kementerian Agama, rumah sakit, dan puskesmas di seluruh kabupaten untuk waspada.; termasuk:Dinas Pendidikan|Kantor Kementerian Agama|rumah sakit|puskesmas
            Kontingen Sukamaju meraih delapan medali emas, tujuh medali perak, dan 12 medali perunggu Porprov XII.; meraih:delapan medali emas|tujuh medali perak|12 medali perunggu
            Warga diajak melakukan 3M: Menguras, Menutup, dan Mendaur ulang barang bekas, serta memakai kelambu.; null:Menguras|Menutup|Mendaur ulang barang bekas
            Sedangkan emas beregu diperoleh Rina Ayu Lestari, Dewi Kartika Sari, Maya Puspita dan Nur Aini Rahma.; diperoleh:Rina Ayu Lestari|Dewi Kartika Sari|Maya Puspita|Nur Aini Rahma
            Rombongan disambut oleh Kepala Biro Hubungan Masyarakat Kementerian Dalam Negeri, seluruh Direktur RSUD Sukamaju serta Kepala Dinas Kesehatan Kota Sukamaju.; disambut oleh:Kepala Biro Hubungan Masyarakat Kementerian Dalam Negeri|seluruh Direktur RSUD Sukamaju|Kepala Dinas Kesehatan Kota Sukamaju
            Hadir juga Kepala Dinas Pendidikan di Sukamaju Budi Santoso, Camat Cibeber Ahmad Darmawan, dan Kepala Desa Cikadu Suparno.; hadir juga:Kepala Dinas Pendidikan di Sukamaju Budi Santoso|Camat Cibeber Ahmad Darmawan|Kepala Desa Cikadu Suparno
            Tampak sejumlah kepala dinas yang turut hadir, beberapa di antaranya yakni Kepala Dinas Sosial Budi Santoso, Kepala Dinas Pendidikan Ahmad Darmawan, Kepala Dinas Kesehatan Suparno.; yakni:Kepala Dinas Sosial Budi Santoso|Kepala Dinas Pendidikan Ahmad Darmawan|Kepala Dinas Kesehatan Suparno
            Bupati didampingi Sekretaris Daerah, Kepala Dinas Perdagangan, dan OPD terkait.;      didampingi:Sekretaris Daerah|Kepala Dinas Perdagangan|OPD terkait
            Didampingi Camat, Lurah, Kepala Desa, Penerima bantuan 124 orang di Kecamatan Cibeber.; ''
            Warga mengungsi ke masjid, balai desa, dan rumah tetangga yang tidak terdampak.;   ke:masjid|balai desa|rumah tetangga yang tidak terdampak
            Bupati menyapa siswa, meninjau ruang kelas, dan mendengarkan suara para guru tanpa tanda jasa.; Bupati:menyapa siswa|meninjau ruang kelas|mendengarkan suara para guru tanpa tanda jasa
            Kita juga memberikan insentif guru, bantuan operasional sekolah serta peningkatan kompetensi dan sertifikasi guru.; memberikan:insentif guru|bantuan operasional sekolah|peningkatan kompetensi dan sertifikasi guru
            Pihaknya berharap, timbangan digital, gerobak, buku tabungan dan spanduk yang diberikan dapat bermanfaat.; null:timbangan digital|gerobak|buku tabungan|spanduk
            Makam itu atas nama Budi Santoso alias Ucok, Ahmad Darmawan alias Amat, dan Suparno Wibowo.; nama:Budi Santoso alias Ucok|Ahmad Darmawan alias Amat|Suparno Wibowo
            Sekolah yang masih membuka pendaftaran adalah SMPN 9 (Cibeber), SMPN 13 (Cikadu) dan SMPN 43 (Sukamaju).; adalah:SMPN 9|SMPN 13|SMPN 43
            Personel gabungan terdiri dari Polri, tenaga kesehatan, dan instansi terkait lainnya.; terdiri dari:Polri|tenaga kesehatan|instansi terkait lainnya
            Rancangan itu disetujui setelah melalui pembahasan panjang, penyampaian sikap fraksi, dan lobi-lobi.; melalui:pembahasan panjang|penyampaian sikap fraksi|lobi-lobi
            Peraih medali yakni Rudi Hartono dari SMA Negeri 1 Sukamaju bidang matematika, Dewi Sartika Putri dari SMA Negeri 2 Sukamaju bidang fisika, dan Agus Salim Wibowo.; yakni:Rudi Hartono|Dewi Sartika Putri|Agus Salim Wibowo
            Ia membeli apel dan jeruk.;                                                         ''
            Kita ingin bekerja sama di bidang ekonomi, sosial, budaya, maupun pendidikan.;         bidang:ekonomi|sosial|budaya|pendidikan
            Karena itu ia mempersiapkan baik fisik, mental, dan niat utama.;                    mempersiapkan:fisik|mental|niat utama
            Semua bukti sudah diperiksa kuasa hukum perusahaan, kuasa hukum pemda Sukamaju dan majelis hakim di tingkat PTUN Sukamaju.; diperiksa:kuasa hukum perusahaan|kuasa hukum pemda Sukamaju|majelis hakim
            Upaya mengatasi stunting dilakukan dengan penimbangan berat badan, pemberian vitamin A dan imunisasi.; dengan:penimbangan berat badan|pemberian vitamin A|imunisasi
            PPDB daring digelar di tujuh SD, yaitu SD Negeri 1, SD Negeri 2, SD Negeri 5, SD Negeri Sukamaju dan SD Negeri 1 Sukamulya.; yaitu:SD Negeri 1|SD Negeri 2|SD Negeri 5|SD Negeri Sukamaju|SD Negeri 1 Sukamulya
            Lembaga itu mengembangkan satelit, di antaranya berbasis IoT, berbasis optik, dan sisanya berbasis radar.; di antaranya:berbasis IoT|berbasis optik|berbasis radar
            Terdapat tiga jalur, yakni jalur zonasi, jalur prestasi sebanyak 5 persen dari daya tampung dan jalur perpindahan tugas orang tua.; yakni:jalur zonasi|jalur prestasi|jalur perpindahan tugas orang tua
            Festival itu menghimpun berbagai potensi, pengalaman, dan kerja sama daerah.;          berbagai:potensi|pengalaman|kerja sama daerah
            Kami memegang prinsip kejujuran dan keadilan.;                                       prinsip:kejujuran|keadilan
            Penjualan pupuk tercatat 4,82 juta ton atau naik 12,6 persen dari tahun lalu.;       ''
            Utang koperasi sekitar 1,7 miliar rupiah, setara 0,4 persen aset, dan lunas 2027.;   ''
            Pabrik itu memakai jagung, kedelai, dan gandum seharga 3,25 dolar per kilogram.;     memakai:jagung|kedelai|gandum
            Skor mereka 7, 8, dan 9 pada ujian itu.;                                              ''
            Fasilitas pelayanan RSD Sukamaju meliputi Rawat Inap, Rawat Jalan, UGD 24 jam, Laboratorium, Radiologi, dan ruang spesialis.; meliputi:Rawat Inap|Rawat Jalan|UGD 24 jam|Laboratorium|Radiologi|ruang spesialis
            Adapun enam desa tersebut antara lain, Desa Pagar Alam, Desa Tanjung Raya, Desa Mentari, Desa Nusa Indah, dan Desa Tanjung Baru serta Desa Batu Hitam.; antara lain:Desa Pagar Alam|Desa Tanjung Raya|Desa Mentari|Desa Nusa Indah|Desa Tanjung Baru|Desa Batu Hitam
            Empat kategori khusus juga diperebutkan yakni sekolah inspiratif, sekolah impresif, sekolah double track, dan Juara Umum SMA Award 2021.; yakni:sekolah inspiratif|sekolah impresif|sekolah double track|Juara Umum SMA Award 2021
            Gedung itu digunakan untuk ruang rapat, gedung arsip, dan gedung olahraga.;                         untuk:ruang rapat|gedung arsip|gedung olahraga
            Kapal itu dipakai untuk transportasi orang, barang, dan komoditas.;                            transportasi:orang|barang|komoditas
            Warga mengeluhkan masalah berkaitan infrastruktur jalan, jembatan dan sarana prasarana lainnya.; berkaitan:infrastruktur jalan|jembatan|sarana prasarana lainnya
            Lomba itu meliputi monolog, teater, duta pelajar putra dan putri pilihan, komik strip, fotografi dan gitar solo.; meliputi:monolog|teater|duta pelajar putra dan putri pilihan|komik strip|fotografi|gitar solo
            Bantuan berupa 200 selimut anak dan selimut dewasa, 200 paket keperluan bayi, paket buku dan alat tulis, serta obat-obatan.; berupa:200 selimut anak dan selimut dewasa|200 paket keperluan bayi|paket buku dan alat tulis|obat-obatan
            Pangsa ekspor tetap ke negara Amerika Serikat, Jepang dan Thailand, masing-masing senilai US$ 440 juta, US$ 255 juta dan US$ 180 juta.; negara:Amerika Serikat|Jepang|Thailand senilai:US$ 440 juta|US$ 255 juta|US$ 180 juta
            Penanganan darurat difokuskan pada penyediaan alat berat, perahu karet, makanan siap saji, serta selimut untuk para pengungsi.; penyediaan:alat berat|perahu karet|makanan siap saji|selimut
            Untuk penerimaan siswa dengan alasan domisili, afirmasi dan prestasi, sambung Budi, hal itu memang diperbolehkan.; alasan:domisili|afirmasi|prestasi
            Jenis lombanya bermacam-macam mulai robot AI, racing drone, hingga robot battle dari berbagai tingkat.; mulai:robot AI|racing drone|robot battle
            Saat peninjauan itu Gubernur didampingi Bupati Sukamaju Budi Santoso, Kepala BPBD Ahmad Darmawan dan pejabat Pemkab Sukamaju.; didampingi:Bupati Sukamaju Budi Santoso|Kepala BPBD Ahmad Darmawan|pejabat Pemkab Sukamaju
            Isu yang dibahas antara lain mengenai keamanan laut, kerja sama penanggulangan terorisme, pemajuan perundingan Kemitraan Ekonomi Komprehensif Regional (KEKR), dan ekonomi kreatif.; lain:keamanan laut|kerja sama penanggulangan terorisme|pemajuan perundingan Kemitraan Ekonomi Komprehensif Regional|ekonomi kreatif
            Bantuan itu berupa beras, matras, seragam sekolah untuk SD dan SMP, perlengkapan bayi, dan mie instan.; berupa:beras|matras|seragam sekolah untuk SD dan SMP|perlengkapan bayi|mie instan
            """)
    void findsLists(String text, String expected) {
        assertEquals(expected, lists(text));
    }

    /** Lists an introducer announces: the first item starts right after it and items may be long. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Kota itu punya tiga terminal, yaitu Terminal Utara (TU), Terminal Selatan (TS), dan Terminal Barat (TB).; yaitu:Terminal Utara|Terminal Selatan|Terminal Barat
            Rapat dihadiri empat partai yakni, Partai Hijau 12 anggota, Partai Biru (9), Partai Merah (7), dan Partai Kuning (4).; yakni:Partai Hijau|Partai Biru|Partai Merah|Partai Kuning
            Hasil panen tertinggi, yakni Desa Sukamaju dengan 900 ton, Desa Cibodas 750 ton, dan Desa Mekarsari 600 ton.; yakni:Desa Sukamaju|Desa Cibodas|Desa Mekarsari
            Peserta ujian meliputi jurusan Kimia 40 orang, Fisika 35 orang, dan Biologi 28 orang.; meliputi:jurusan Kimia 40 orang|Fisika 35 orang|Biologi 28 orang
            Tiga korban yang selamat adalah Rina (12), Dodi (9), Sari (7), mereka kini dirawat di puskesmas.; adalah:Rina|Dodi|Sari
            Ekspor terbesar adalah kopi, teh, dan kakao olahan.;                             terbesar:kopi|teh|kakao olahan
            Pedagang menjual barang seperti sayur atau buah, pakaian, mainan dan lain-lain.; seperti:sayur atau buah|pakaian|mainan
            Jalur pendaftaran ada tiga, yaitu prestasi, zonasi, dan pindah tugas orang tua atau wali.; yaitu:prestasi|zonasi|pindah tugas orang tua atau wali
            Bantuan diberikan lewat tiga jalur, yaitu beasiswa untuk siswa dari keluarga tidak mampu, magang, dan pelatihan.; yaitu:beasiswa|magang|pelatihan
            Kedua menteri membahas isu seperti pangan, energi, perdagangan dan investasi serta pendidikan dan pelatihan.; seperti:pangan|energi|perdagangan dan investasi|pendidikan dan pelatihan
            Warga yang hadir termasuk petani, nelayan, LSM, dan pelaku usaha kecil yang berjualan di pasar.; termasuk:petani|nelayan|LSM|pelaku usaha kecil
            """)
    void findsIntroducedLists(String text, String expected) {
        assertEquals(expected, lists(text));
    }

    /** Lists without an introducer: names, counts, parallel phrases and the conjunctions that close them. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Ekspor terbesar berasal dari kopi, teh dan kakao olahan, dan kayu dan rotan.; dari:kopi|teh dan kakao olahan|kayu dan rotan
            Presiden didampingi oleh Menteri Pertanian dan Perkebunan Budi Santoso, Gubernur Jawa Tengah Siti Aminah, hingga Kapolda Jawa Tengah Irjen Agus Salim.; didampingi oleh:Menteri Pertanian dan Perkebunan Budi Santoso|Gubernur Jawa Tengah Siti Aminah|Kapolda Jawa Tengah Irjen Agus Salim
            Presiden bertemu Menteri Keuangan, Menteri Perdagangan, dan Gubernur Bank Sentral.; bertemu:Menteri Keuangan|Menteri Perdagangan|Gubernur Bank Sentral
            Peserta datang dari Bali, DI Yogyakarta, dan Jawa Timur.;                         dari:Bali|DI Yogyakarta|Jawa Timur
            Ia berterima kasih kepada para Kepala Dinas, Camat, Lurah, Ketua RT yang telah membantu.; kepada:Kepala Dinas|Camat|Lurah|Ketua RT
            Banjir itu merusak 12 rumah warga, 3 sekolah dan 2 jembatan desa.;               merusak:12 rumah warga|3 sekolah|2 jembatan desa
            Pedagang yang dipindahkan sebanyak 60 orang, 30 orang ke Pasar Baru, 20 orang ke Pasar Lama dan 10 orang ke Pasar Induk.; sebanyak:30 orang ke Pasar Baru|20 orang ke Pasar Lama|10 orang ke Pasar Induk
            Ia dijerat pasal penipuan dengan pemalsuan, penipuan dengan ancaman dan juga penipuan daring atau yang dikenal sebagai modus baru.; pasal:penipuan dengan pemalsuan|penipuan dengan ancaman|penipuan daring
            Kedua negara sepakat meningkatkan perdagangan, memperluas investasi, dan maju bersama menuju kemakmuran.; sepakat:meningkatkan perdagangan|memperluas investasi|maju bersama
            Wisatawan datang dari Jepang, dari Korea, dari Australia dan juga dari Eropa.;    dari:Jepang|Korea|Australia|Eropa
            Titik panas terpantau di Riau (12 titik), Jambi (8 titik), Aceh (3 titik), Bengkulu (1 titik), kata petugas.; di:Riau|Jambi|Aceh|Bengkulu
            Pengunjung menikmati suasana dari pawai budaya, pameran, lomba, bazar tanpa dipungut biaya.; dari:pawai budaya|pameran|lomba|bazar
            Dana desa dipakai untuk keperluan jalan, irigasi, posyandu, kata kepala desa.;   keperluan:jalan|irigasi|posyandu
            Bantuan diprioritaskan bagi wilayah terpencil, terluar dan terdampak.;            wilayah:terpencil|terluar|terdampak
            Warga membutuhkan bantuan beras premium, selimut dan tikar.;                      bantuan:beras premium|selimut|tikar
            Getaran terasa di Garut, Tasik dan Ciamis III MMI, Bandung dan Cimahi II MMI.;     di:Garut|Tasik|Ciamis
            Pemenang dipilih berdasarkan nilai, kehadiran, dan waktu mengumpulkan.;           berdasarkan:nilai|kehadiran|waktu mengumpulkan
            Produksi padi naik dari 2 juta ton (2020), 3 juta ton (2022), dan 4 juta ton (2024).; dari:2 juta ton (2020)|3 juta ton (2022)|4 juta ton (2024)
            Pemerintah membina 200 ribu pelaku usaha mikro, kecil, dan menengah (UMKM) agar naik kelas.; usaha:mikro|kecil|menengah
            Pertama, pelatihan, pendampingan dan pembiayaan harus berjalan.;                 null:pelatihan|pendampingan|pembiayaan
            Ketiga rancangan itu yakni RUU Pangan, Masyarakat Adat atau Masyarakat Hukum Adat, juga Perlindungan Nelayan.; yakni:RUU Pangan|Masyarakat Adat atau Masyarakat Hukum Adat|Perlindungan Nelayan
            Eliminasi penyakit itu kerja bersama seluruh pihak: pemerintah pusat, daerah, hingga masyarakat.; null:pemerintah pusat|daerah|masyarakat
            Dinas menyediakan alat seperti perahu, mesin pencacah, dan gerobak roda dua untuk membantu warga desa.; seperti:perahu|mesin pencacah|gerobak roda dua
            Data menunjukkan ekspor kopi, teh, dan kakao olahan tercatat tumbuh 12 persen.;  menunjukkan:ekspor kopi|teh|kakao olahan
            Lomba ini mengingatkan warga akan pentingnya kebersihan, kesehatan, dan gotong royong.; pentingnya:kebersihan|kesehatan|gotong royong
            Upacara makin semarak dengan hadirnya tari piring, paduan suara, dan barisan pramuka.; hadirnya:tari piring|paduan suara|barisan pramuka
            Tim mencatat jenis katak seperti Rana kuhlii, Bufo asper, dan Hyla arborea di lereng gunung.; seperti:Rana kuhlii|Bufo asper|Hyla arborea
            Warga menanam jagung, kedelai, dan kacang tanah tahun 2022 di lahan bekas tambang.; menanam:jagung|kedelai|kacang tanah
            Regu itu memboyong 3 medali emas, 4 perak dan 2 perunggu dalam kejuaraan daerah.; memboyong:3 medali emas|4 perak|2 perunggu
            Menurut Darto, cuaca, jarak, dan biaya menjadi kendala utama.;                    null:cuaca|jarak|biaya
            Bupati memuji kerja keras tim Sukamaju, baik pemain, pelatih, dan pengurus yang telah berjuang.; tim:pemain|pelatih|pengurus
            Petugas mengajak warga menjalankan 3M, yakni menguras, mengubur, dan menutup, serta selalu waspada.; yakni:menguras|mengubur|menutup
            Rumah sakit itu menangani penyakit seperti stroke, jantung, dan kanker—yang kini banyak diderita warga.; seperti:stroke|jantung|kanker
            Kunjungan itu mendorong sektor pertanian, perikanan, dan perdagangan di Sukamaju.; sektor:pertanian|perikanan|perdagangan
            Sukamaju juara tiga edisi terakhir, yakni tahun 2013, 2014, dan 2015.;         tahun:2013|2014|2015
            Dengan demikian, secara bulanan dan tahunan harga beras naik.;                 ''
            Ia menang 21-18, 20-22, 21-14 atas pemain tuan rumah.;                          ''
            """)
    void findsListsWithoutIntroducer(String text, String expected) {
        assertEquals(expected, lists(text));
    }

    /** Commas that do not make a list: a fronted clause, an address with its date, one body's name. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Setelah tiba di Bandung, Presiden dan Wakil Presiden meninjau pasar.
            Didorong oleh harga pupuk, biaya angkut dan upah buruh ikut naik.
            Acara itu digelar di Gedung Serbaguna, Semarang, Sabtu (4/5), dan dihadiri ratusan warga.
            Kebakaran terjadi di Desa Sukamaju, Kecamatan Cibeber dan Kabupaten Cianjur.
            Kepala Biro Hukum, Organisasi dan Humas Budi Hartono menjelaskan hal itu.
            Laporan Badan Riset, Inovasi, dan Teknologi (BRIT) terbit kemarin.
            Ia tinggal di Jalan Melati, Kelurahan Sukasari, Kota Bogor, Jawa Barat.
            Usai rapat, Ketua dan Sekretaris langsung pulang.
            Program itu dijalankan Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi.
            Kemenangan diraih oleh tim yaitu pemain tunggal putri Budi yang menang atas Lee dengan skor 21-18, 20-22 dan 21-14.
            """)
    void findsNoListIn(String text) {
        assertEquals("", lists(text));
    }

    /**
     * Items that run across a title's period ("Dr. Capt."), a degree after a comma, a count's shared noun, a common
     * noun two items open with, a closing "dan lainnya", and an opening that says who came along.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Dia didampingi Dirjen Perhubungan Laut Budi Santoso, Direktur Lalu Lintas dan Angkutan Laut Dr. Capt. Ahmad Darmawan dan kepala Kantor Otoritas Pelabuhan Utama Sukamaju Ir Suparno Wibowo.; didampingi:Dirjen Perhubungan Laut Budi Santoso|Direktur Lalu Lintas dan Angkutan Laut Dr. Capt. Ahmad Darmawan|kepala Kantor Otoritas Pelabuhan Utama Sukamaju Ir Suparno Wibowo
            Turut serta mendampingi kunjungan tersebut, kepala Kesyahbandaran Sukamaju Capt. Budi Santoso, M.Mar, kepala Distrik Navigasi Cibeber Ahmad Darmawan, dan beberapa pimpinan instansi lainnya.; turut serta mendampingi kunjungan tersebut:kepala Kesyahbandaran Sukamaju Capt. Budi Santoso, M.Mar|kepala Distrik Navigasi Cibeber Ahmad Darmawan|beberapa pimpinan instansi lainnya
            Pemadaman dibantu 10 anggota Polres Sukamaju, empat anggota Polsek Cibeber, 8 anggota Kodim 0615, petugas PLN dan warga.; dibantu:10 anggota Polres Sukamaju|empat anggota Polsek Cibeber|8 anggota Kodim 0615|petugas PLN|warga
            Acara ini membutuhkan peran para sanggar baik itu sanggar seni tari, seni suara, karungut, teater dan lain sebagainya.; sanggar:seni tari|seni suara|karungut|teater
            Yang dijual adalah kebutuhan pokok seperti gula pasir, minyak goreng, daging ayam dan lainnya dengan harga di bawah pasaran.; seperti:gula pasir|minyak goreng|daging ayam
            Pasar itu dibuka mulai pukul 09.00 hingga 18.00 dan menghadirkan aneka kuliner, tanaman, kerajinan serta fashion.; mulai:aneka kuliner|tanaman|kerajinan|fashion
            Mereka adalah Duta Besar dari Bulgaria, Finlandia, Hungaria dan Laos.; dari:Bulgaria|Finlandia|Hungaria|Laos
            Kunjungan ini mempromosikan potensi perdagangan, pariwisata dan investasi Provinsi Jawa Barat.; potensi:perdagangan|pariwisata|investasi
            Kegiatan ini melibatkan Babinsa Koramil Sukamaju, Gapoktan Maju Jaya, Perangkat Desa Cibeber serta warga masyarakat desa Cibeber Kec Sukamaju.; melibatkan:Babinsa Koramil Sukamaju|Gapoktan Maju Jaya|Perangkat Desa Cibeber|warga masyarakat desa Cibeber Kec Sukamaju
            """)
    void findsItemsAcrossTitlesCountsAndSharedNouns(String text, String expected) {
        assertEquals(expected, lists(text));
    }

    /** Numbered or bulleted items after a line that ends in a colon ("\\n" stands for a line break). */
    @ParameterizedTest
    @CsvSource(delimiter = '~', textBlock = """
            Syarat pendaftaran sebagai berikut:\\n1. Fotokopi KTP\\n2. Pas foto berwarna\\n3. Surat keterangan sehat, dari puskesmas atau rumah sakit\\nBerkas dikirim lewat pos. ~ berikut:Fotokopi KTP|Pas foto berwarna|Surat keterangan sehat, dari puskesmas atau rumah sakit
            Urutan seleksi adalah sebagai berikut: 1. Nilai rapor; 2. Jarak rumah; dan 3. Usia. ~ berikut:Nilai rapor|Jarak rumah|Usia
            Warga diminta:\\n- Menguras bak mandi\\n- Menutup tempat air\\n- Mengubur barang bekas\\nPetugas akan memeriksa. ~ diminta:Menguras bak mandi|Menutup tempat air|Mengubur barang bekas
            Ada dua catatan:\\n1. Jadwal mundur\\nRapat ditunda.                            ~ ''
            """)
    void findsItemsOnLinesOfTheirOwn(String text, String expected) {
        assertEquals(expected, lists(text.replace("\\n", "\n")));
    }

    private static String lists(String text) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        return EnumerationExtractor.extract(spans, quotes, LEXICON).stream()
                .map(e -> e.head() + ":" + String.join("|", e.items()) + (e.inQuote() ? "(q)" : ""))
                .collect(Collectors.joining(" "));
    }
}
