package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonExtractorTest {

    private static final PersonExtractor PEOPLE = new PersonExtractor(new CountryNames(), HunspellLexicon.loadDefault());

    /** Each person as name/role/mentions joined with "+". */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Presiden China Xi Jinping memimpin KTT. Xi lalu pulang.;                     Xi Jinping/Presiden China/Xi Jinping+Xi
            Presiden Joko Widodo tiba. Ia disambut Widodo kecil.;                        Joko Widodo/Presiden/Joko Widodo+Ia+Widodo
            Menteri Luar Negeri China Wang Yi hadir. Wang berbicara.;                    Wang Yi/Menteri Luar Negeri China/Wang Yi+Wang
            "Kami menolak," ungkap Lin Jian. Lin menambahkan hal lain.;                  Lin Jian/null/Lin Jian+Lin
            Presiden Joko Widodo (Jokowi) tiba. Jokowi lalu pulang.;                      Joko Widodo/Presiden/Joko Widodo+Jokowi
            Sri Mulyani mengatakan anggaran cukup. Menurut Sri, defisit turun.;            Sri Mulyani/null/Sri Mulyani+Sri
            Ekonom Universitas Indonesia mengatakan harga naik.;                          ''
            Para pemimpin Asia Tengah hadir di kepala negara China.;                     ''
            Presiden Korea Selatan Yoon Suk Yeol tiba. "Terima kasih," katanya.;          Yoon Suk Yeol/Presiden Korea Selatan/Yoon Suk Yeol+katanya
            Ekonom Universitas Gadjah Mada, Dewi Lestari, menilai harga naik.;            Dewi Lestari/Ekonom Universitas Gadjah Mada/Dewi Lestari
            Peneliti pangan Institut Pertanian Bogor, Arief Nugroho, mengatakan stok aman.; Arief Nugroho/Peneliti pangan Institut Pertanian Bogor/Arief Nugroho
            Suparmin, 61 tahun, nelayan di Desa Sumberjaya, mengaku rugi. Suparmin lalu pulang.; Suparmin/Nelayan di Desa Sumberjaya/Suparmin
            Pasar di Sleman sepi. Kepala Disperindag Sleman Budi Santoso meninjau pasar.;   Budi Santoso/Kepala Disperindag Sleman/Budi Santoso
            Ketua Kadin Cabang Sleman, Wahyudi, mengatakan penjualan turun.;               Wahyudi/Ketua Kadin Cabang Sleman/Wahyudi
            Wali Kota Agus Salim meninjau pasar.;                                           Agus Salim/Wali Kota/Agus Salim
            Sampah diangkut, ujar Kasudin Lingkungan Hidup Kepulauan Seribu Budi Hartono.;  Budi Hartono/Kasudin Lingkungan Hidup Kepulauan Seribu/Budi Hartono
            Kemarin Menteri Luar Negeri Tiongkok Qin Gang mengakhiri kunjungannya.;         Qin Gang/Menteri Luar Negeri Tiongkok/Qin Gang
            Menurut Ketua DPR RI Puan Maharani, rapat dihadiri 348 anggota.;                Puan Maharani/Ketua DPR RI/Puan Maharani
            Retno akan menemui Menlu AS Rex W Tillerson pekan depan.;                       Rex W Tillerson/Menlu AS/Rex W Tillerson
            Kapolres Serang AKBP Budi Santoso mengatakan kasus itu terungkap.;             Budi Santoso/Kapolres Serang AKBP/Budi Santoso
            Enam tersangka ditangkap, di antaranya SB (32), AY (38), dan HS (31), warga desa itu.; SB/null/SB AY/null/AY HS/null/HS
            Hadir Menteri Perindustrian Andi Santoso dan Menteri Pertanian Budi Hartono.;   Andi Santoso/Menteri Perindustrian/Andi Santoso Budi Hartono/Menteri Pertanian/Budi Hartono
            Tamu itu disambut Perdana Menteri (PM) Timor Leste Kay Rala Xanana Gusmao di bandara.; Kay Rala Xanana Gusmao/Perdana Menteri (PM) Timor Leste/Kay Rala Xanana Gusmao
            Rombongan diterima Gubernur Banten Al Muktabar di bandara.;                     Al Muktabar/Gubernur Banten/Al Muktabar
            Kapolres Kapuas Hulu AKBP Hendrawan meninjau sembilan polsek.;                  Hendrawan/Kapolres Kapuas Hulu AKBP/Hendrawan
            Bupati Ciamis Herdiat Sunarya meninjau lokasi kebakaran.;                        Herdiat Sunarya/Bupati Ciamis/Herdiat Sunarya
            Bupati Klaten Budi Santoso meninjau lokasi banjir.;                             Budi Santoso/Bupati Klaten/Budi Santoso
            Humas PN Klaten Budi Santoso mengungkapkan dua hal yang meringankan terdakwa.;   Budi Santoso/Humas PN Klaten/Budi Santoso
            JPU Ahmad Darmawan mengisyaratkan banding terhadap kasus tersebut.;              Ahmad Darmawan/JPU/Ahmad Darmawan
            Kapolda Sumatra Utara Irjen Pol Budi Santoso mengatakan kasus itu terungkap.;   Budi Santoso/Kapolda Sumatra Utara Irjen Pol/Budi Santoso
            Warga Kelurahan Cibeber Hilir membentuk bank sampah. Lurah Cibeber Hilir Suparno menimbang sampah.; Suparno/Lurah Cibeber Hilir/Suparno
            Warga Kelurahan Cibeber Hilir membentuk bank sampah. Lurah Cibeber Hilir menimbang sampah.; ''
            Tuntutan Jaksa Penuntut Umum selama 20 tahun penjara membuat gembira para orang tua.; ''
            Warga menyambut kedatangan Bupati Bone Sri Mulyani, Senin.;                      Sri Mulyani/Bupati Bone/Sri Mulyani
            Pembukaan diwakilkan oleh Asisten Administrasi Sekda Kebumen Supriyandono.;      Supriyandono/Asisten Administrasi Sekda Kebumen/Supriyandono
            Menteri Kelautan Dodi G. Santoso meresmikan pelabuhan itu.;                      Dodi G. Santoso/Menteri Kelautan/Dodi G. Santoso+Dodi+Santoso
            Gubernur Maluku Ir. Said Ramli hadir dalam acara itu.;                          Said Ramli/Gubernur Maluku/Said Ramli
            Perbekel Desa Bukti Gede Wardana menyambut rombongan.;                          Gede Wardana/Perbekel Desa Bukti/Gede Wardana
            "Harga sedang hancur," ujar Ketua Asosiasi Petani, Juwari.;                     Juwari/Ketua Asosiasi Petani/Juwari
            "Rumah kami rusak," kata warga Saeful Firdaus (30).;                            Saeful Firdaus/null/Saeful Firdaus
            Thomas Mas Leiden, S.Pd selaku kepala sekolah menyampaikan terima kasih.;        Thomas Mas Leiden/null/Thomas Mas Leiden
            Menurut Sukirno (55), warga setempat, jalan itu rusak sejak lama.;               Sukirno/Warga setempat/Sukirno
            Sementara itu, Kepala SMAN 1 Sukamaju Dr. Dian Iskandar Jaelani, M.A., menyatakan apresiasi.; Dian Iskandar Jaelani/Kepala SMAN 1 Sukamaju/Dian Iskandar Jaelani
            Sementara Lutfi Nur Indrawan SPd selaku pembimbing juga menyampaikan terima kasih.; Lutfi Nur Indrawan/null/Lutfi Nur Indrawan
            Rapat di Kantor Dinas Pendidikan, SMA Negeri 1 dan SMP Negeri 2 berjalan lancar.;  ''
            Menteri disambut seluruh Direktur RS Hasan Wirya serta para perawat.;              ''
            Warga menemukan seorang anak laki-laki bernama Nasrul, berusia 24 tahun.;          Nasrul/null/Nasrul
            Desa itu bernama Sukamaju sejak dulu.;                                              ''
            Tampak pula Duta Besar RRT untuk RI Lu Kang bersama istri.;                        Lu Kang/Duta Besar RRT untuk RI/Lu Kang
            """)
    void findsPeopleAndTheirMentions(String text, String expected) {
        PersonExtractor.People people = PEOPLE.extract(SentenceSplitter.split(text));
        String actual = people.persons().stream()
                .map(p -> p.name() + "/" + p.role() + "/" + String.join("+", p.mentions()))
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    /** A degree written in two parts after a name ("..., M. Pd,") is no person of its own; an initial and a name are. */
    @org.junit.jupiter.api.Test
    void aDegreeWrittenApartIsNoName() {
        assertTrue(PersonNames.cannotBeName("M. Pd"));
        assertTrue(PersonNames.cannotBeName("S. Sos"));
        assertFalse(PersonNames.cannotBeName("M. Noer"));
        assertFalse(PersonNames.cannotBeName("S. Budi"));
    }

    /** Where the name finder reads only the end of a name, the name-like words before it after the role are its start. */
    @org.junit.jupiter.api.Test
    void aNameTheFinderCutShortTakesBackItsFirstWord() {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(
                "Wakil Ketua Dewan Perwakilan Rakyat (DPR) RI Sufmi Dasco Ahmad mengatakan tiga rancangan belum rampung.");
        assertEquals(java.util.List.of("Sufmi Dasco Ahmad/Wakil Ketua Dewan Perwakilan Rakyat (DPR) RI"),
                a.people().stream().map(p -> p.name() + "/" + p.role()).toList());
    }

    /**
     * With the models: the names of events, trains, holidays and roles written like names are nobody ("Lucky Draw",
     * "Argo Lawu", "Idul Adha", "Senior Manager Humas"), and a first name's start or a one-letter slip is the same
     * person ("Fitri" for "Fitrianti Wulandari", "Riky" for "Riki").
     */
    @org.junit.jupiter.api.Test
    void thingsWrittenLikeNamesAreNobodyAndShortFormsAreOnePerson() {
        ArticleAnalysis a = paragraphs(
                "Wakil Wali Kota Fitrianti Wulandari menghadiri festival di Kabupaten Buleleng, Selasa (6/8).",
                "Menurut Fitri, festival serupa bisa digelar di kotanya.",
                "Panitia juga menggelar Lucky Draw dan lomba Drone Racing untuk pengunjung.",
                "Menjelang Idul Adha, KAI menambah perjalanan Argo Lawu dan Cirebon Express.",
                "\"Kereta tambahan sudah siap,\" kata Senior Manager Humas KAI Daop 1 Bambang Prayitno.",
                "Asisten Deputi Kemenpar Riki Fauziani hadir pada acara itu. Dalam sambutannya, Riky Fauziani mengatakan festival akan go internasional.",
                "Kegiatan lainnya seperti Karnaval Budaya, Seminar Tenun, Expo Kuliner dan Kriya, serta Parade Sarung.");
        List<String> names = a.people().stream().map(Person::name).toList();
        for (String nobody : List.of("Lucky Draw", "Drone Racing", "Idul Adha", "Argo Lawu", "Cirebon Express",
                "Senior Manager Humas", "Fitri", "Riky Fauziani", "Seminar Tenun", "Expo Kuliner", "Parade Sarung")) {
            assertFalse(names.contains(nobody), nobody + " in " + names);
        }
        assertTrue(names.contains("Fitrianti Wulandari"), names.toString());
        assertTrue(names.contains("Riki Fauziani"), names.toString());
    }

    /** A region that closes a body's name elsewhere in the text is the role's, not the first word of the name. */
    @org.junit.jupiter.api.Test
    void theRegionOfAnOfficeIsNotTheFirstWordOfTheName() {
        ArticleAnalysis a = paragraphs(
                "Api melahap sebuah rumah di Dusun Sukamaju, Kecamatan Pamarican, Senin (15/9/2025).",
                "Kabid Damkar dan Penyelamatan Dinas Satpol PP Ciamis Budi Rahmat mengatakan api padam dalam satu jam.",
                "Menurut Budi, kerugian ditaksir Rp 20 juta.");
        List<String> names = a.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Budi Rahmat"), names.toString());
        assertFalse(names.contains("Ciamis Budi Rahmat"), names.toString());
    }

    /** A short form the text uses for a place ("warga Sulbara") is no name after a role ("Ketua TP PKK Sulbara"). */
    @org.junit.jupiter.api.Test
    void theShortFormOfAPlaceAfterARoleIsNobody() {
        List<String> names = names(analyzed(
                "Gubernur Sulawesi Raya Hendra Wijaya meresmikan jembatan di Kabupaten Sulawesi Barat Laut.",
                "Bagi gubernur, warga Sulbara punya tempat istimewa. Ia dan istrinya pernah memimpin daerah itu sebagai"
                        + " Bupati dan Ketua TP PKK Sulbara."));
        assertFalse(names.contains("Sulbara"), names.toString());
        assertTrue(names.contains("Hendra Wijaya"), names.toString());
    }

    /**
     * A school's name alone ("karyawan Al Hikmah") is the school; God thanked is no person; an office noun opens no name,
     * a field of office alone is none ("Kadis Pariwisata"), and no name holds a place's kind shortened ("Prov").
     */
    @org.junit.jupiter.api.Test
    void schoolsGodAndOfficesAreNobody() {
        ArticleAnalysis a = analyzed(
                "SMA Al Hikmah meraih juara umum olimpiade sains tingkat provinsi, Sabtu (9/8/2025).",
                "\"Kami bersyukur kepada Allah Subhanahuwata'ala atas hasil ini,\" kata Kepala SMA Al Hikmah, Darto Wibisono.",
                "Dia berterima kasih kepada pengurus yayasan, dewan guru, dan karyawan Al Hikmah.",
                "Hadir pula Menteri Pengangkutan Sarawak, Malaysia, Dato Sri Lee Kim Shin.",
                "Ikut mendampingi Kadis PUPR Prov Sukamaju, Maxi Nenabu, Kadis Pariwisata dan Ekonomi Kreatif Prov Sukamaju,"
                        + " Wayan Darmawa, dan Staf Khusus Gubernur, Imanuel Blegur.");
        List<String> names = names(a);
        for (String nobody : List.of("Al Hikmah", "Allah Subhanahuwata'ala", "Pengangkutan Sarawak", "Pariwisata",
                "Ekonomi Kreatif Prov Sukamaju")) {
            assertFalse(names.contains(nobody), nobody + " in " + names);
        }
        // "Atase Pertahanan RI": the country's short form left once the office is taken off is nobody.
        List<String> embassy = names(analyzed("Tampak menyambut Presiden yaitu Atase Pertahanan RI di Beijing Brigjen Ahmad Darmawan."));
        assertFalse(embassy.contains("RI"), embassy.toString());
        // "Penerimaan Peserta Didik Baru (PPDB)": the tail of a long form is nobody, and "katanya" goes to the speaker.
        ArticleAnalysis admission = analyzed(
                "Kepala Dinas Pendidikan Sukamaju, Budi Santoso mengatakan sistem zonasi berlaku dalam Penerimaan Peserta Didik Baru (PPDB) di tingkat SD.",
                "\"Pendaftaran dibuka pekan depan untuk semua jalur,\" katanya.");
        assertFalse(names(admission).contains("Didik Baru"), names(admission).toString());
        assertTrue(admission.quotes().stream().allMatch(q -> "Budi Santoso".equals(q.speaker())), admission.quotes().toString());
        // "Jokonya": a known person's mention with "-nya" glued on is that person, not another.
        ArticleAnalysis glued = analyzed("Warga Sukamaju, Joko Prianto, menerima surat panggilan.",
                "\"Kami akan terus berjuang menjaga gunung kami,\" kata Jokonya.");
        assertFalse(names(glued).contains("Jokonya"), names(glued).toString());
        // "mantan pelatih Timnas Putri itu": the demonstrative closes a role that points back; "Putri" is no name.
        ArticleAnalysis coach = analyzed("Pelatih Persiba Satia Bagdja memarahi pemainnya.",
                "Sebelum pertandingan, mantan pelatih Timnas Putri itu sempat mewanti-wanti pemainnya.");
        assertFalse(names(coach).contains("Putri"), names(coach).toString());
        // A club ("Persewar"), a regency ("Mahakam Ulu") and a law's article ("Jo Pasal 71") are nobody.
        List<String> others = names(analyzed("Pemain Persewar Andre Dio mencetak gol.",
                "Kasus tertinggi di Samarinda, disusul Penajam Paser Utara tercatat delapan kasus.",
                "Terdakwa melanggar Pasal 188 UU Nomor 1 Tahun 2015 Jo Pasal 71 Ayat 1."));
        for (String nobody : List.of("Persewar", "Persewar Andre Dio", "Penajam Paser Utara", "Jo Pasal")) {
            assertFalse(others.contains(nobody), nobody + " in " + others);
        }
        assertTrue(others.contains("Andre Dio"), others.toString());
        // "pemenang Pemilihan Presiden AS Donald Trump": an election for the office, not the office he holds.
        ArticleAnalysis elected = analyzed("Presiden Budi Santoso membuka kemungkinan bertemu pemenang Pemilihan Presiden AS Donald Trump.");
        assertTrue(elected.people().stream().noneMatch(p -> p.name().equals("Donald Trump") && "Presiden AS".equals(p.role())),
                elected.people().toString());
        assertTrue(names.contains("Darto Wibisono"), names.toString());
        assertTrue(a.quotes().stream().allMatch(q -> "Darto Wibisono".equals(q.speaker())), a.quotes().toString());
        // The office noun goes to the role and the name stays: "Menteri Ketenagakerjaan Sukimin".
        ArticleAnalysis minister = analyzed(
                "Menteri Ketenagakerjaan Sukimin meninjau balai latihan kerja di Sukamaju, Senin (3/2/2025).");
        assertTrue(minister.people().stream().anyMatch(p -> p.name().equals("Sukimin")
                && "Menteri Ketenagakerjaan".equals(p.role())), minister.people().toString());
    }

    /**
     * Ordinary people quoted by name and what they do ("Budi, petani asal ..., mengaku"): the apposition names a person
     * the models may miss, and "ujarnya" after their words is theirs; a town before a clause ("melanda Sukamaju, petani
     * merugi") is nobody, and a quote whose next sentence turns to someone else ("Hal serupa dialami ...") is not his.
     */
    @org.junit.jupiter.api.Test
    void aNameWithWhatThePersonDoesBetweenCommasIsAPerson() {
        ArticleAnalysis a = paragraphs(
                "Banjir melanda Cibeber, petani merugi besar.",
                "Harga gabah turun. “Tentu banyak petani yang merugi,” ujarnya.",
                "Hal serupa dialami Sutarno, petani Cibeber lainnya. Ia mengaku panennya gagal.",
                "Sementara Suparjo, petani asal Kecamatan Sukamaju, menyoroti potongan harga.",
                "“Kami bingung,” katanya.",
                "Karyono, salah satu pengusaha penggilingan, menyebut harga anjlok. “Kami terpaksa membeli gabah,” jelasnya.");
        assertEquals(List.of("Sutarno", "Suparjo", "Karyono"), a.people().stream().map(p -> p.name()).toList());
        assertEquals(java.util.Arrays.asList(null, "Suparjo", "Karyono"), a.quotes().stream().map(q -> q.speaker()).toList());
    }

    /** An envoy's post with the town after "di" ("Konjen RI di Jeddah"): the name after the town is the holder's. */
    @org.junit.jupiter.api.Test
    void anEnvoysTownAfterDiIsPartOfTheOffice() {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(
                "Hadir juga Dubes RI di Saudi Budi Santoso, Konjen RI di Jeddah Ahmad Darmawan, dan warga.");
        assertEquals(List.of("Budi Santoso/Dubes RI di Saudi", "Ahmad Darmawan/Konjen RI di Jeddah"),
                a.people().stream().map(p -> p.name() + "/" + p.role()).toList());
        assertEquals(List.of("Saudi", "Jeddah"), a.places().stream().map(Place::text).toList());
    }

    /** An office named "... Haji dan Umrah" before a name: "Umrah" closes the office, it does not open the name. */
    @org.junit.jupiter.api.Test
    void anOfficeThatEndsWithDanAndAWordKeepsTheWord() {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(
                "Hadir juga Dirjen Penyelenggaraan Haji dan Umrah Budi Santoso dalam pertemuan itu.");
        assertEquals(List.of("Budi Santoso/Dirjen Penyelenggaraan Haji dan Umrah"),
                a.people().stream().map(p -> p.name() + "/" + p.role()).toList());
    }

    /** Two roles joined by "dan" before one name: the name holds the second role, the first is someone else's. */
    @org.junit.jupiter.api.Test
    void twoRolesJoinedBeforeOneNameGiveTheNameTheSecond() {
        ArticleAnalysis a = paragraphs(
                "MALANG – Menteri Dalam Negeri Tjahjo Kumolo tiba di Kota Malang, Selasa (31/7).",
                "Di sana, ditemani Gubernur Jawa Timur dan Pjs Walikota Malang, Wahid Wahyudi, Menteri Tjahjo sempat"
                        + " berkeliling kantor walikota.");
        assertEquals(List.of("Tjahjo Kumolo/Menteri Dalam Negeri", "Wahid Wahyudi/Pjs Walikota Malang"),
                a.people().stream().map(p -> p.name() + "/" + p.role()).toList());
    }

    /** A unit test of the step itself: the words after a title at the end of a role open the name, and join its person. */
    @org.junit.jupiter.api.Test
    void theWordsAfterATitleThatEndsARoleOpenTheName() {
        List<Person> read = List.of(
                new Person("Pandapotan Pasaribu", "Penjabat Gubernur Sukaland Dr Suganda", List.of("Pandapotan Pasaribu")),
                new Person("Riza Herdavid", "Bupati", List.of("Riza Herdavid")),
                new Person("Suganda", "Pj Gubernur", List.of("Suganda")));
        List<Person> people = PersonExtractor.namesOutOfRoles(read);
        assertEquals(List.of("Suganda Pandapotan Pasaribu/Penjabat Gubernur Sukaland", "Riza Herdavid/Bupati"),
                people.stream().map(p -> p.name() + "/" + p.role()).toList());
        assertEquals(List.of("Suganda Pandapotan Pasaribu", "Pandapotan Pasaribu", "Suganda"), people.get(0).mentions());
    }

    /** "AS (27)" among suspects' initials is a person, not the United States. */
    @org.junit.jupiter.api.Test
    void initialsWithAnAgeAreNoCountry() {
        ArticleAnalysis a = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(
                "Polisi menangkap tiga tersangka, yakni DA (41), AS (27), dan AR (38), warga Desa Sukamaju.");
        assertEquals(java.util.List.of(), a.places().stream().filter(p -> p.kind() == Place.Kind.COUNTRY).toList());
        assertEquals(java.util.List.of("DA", "AS", "AR"), a.people().stream().map(Person::name).toList());
    }

    /**
     * The finder's reading is given by hand, so the rules around it are what is tested: a name it is unsure of (0.5 to
     * 0.7) counts beside a sign of a person, and a comma the finder's tokens hold between the name and a verb of
     * saying ("ayah korban Atok Utomo, mengatakan"), one-of apposition ("Suryani, salah seorang pedagang"), kin and the
     * verbs of a result ("diraih") are such signs; a player's word written small before unknown words makes a name even
     * where the finder reads a club.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Sementara itu, ayah korban Atmo Sudiro, mengatakan, pihaknya kecewa.          ; Sudiro         ; PERSON       ; 0.55 ; Sudiro
            Warsini, salah seorang pedagang cabai di Pasar Baru mengatakan harga naik.     ; Warsini        ; PERSON       ; 0.6  ; Warsini
            Untuk medali perak diraih Raza Wicaksono untuk nomor 400 meter.                ; Raza Wicaksono ; PERSON       ; 0.6  ; Raza Wicaksono
            Medali emas diraih dari nomor lari 5000 meter oleh atlet Gistya Virgianti.     ; Gistya Virgianti ; ORGANIZATION ; 0.8 ; Gistya Virgianti
            Harga cabai di pasar itu naik, mengatakan Warsini.                             ; Warsini        ; PLACE        ; 0.9  ; -
            """)
    void aNameTheFinderIsUnsureOfCountsBesideASignOfAPerson(String text, String words, String kind, double probability,
                                                           String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        Sentence sentence = spans.get(0).sentence();
        List<Token> tokens = WordTokenizer.tokenize(sentence.text());
        List<String> texts = WordTokenizer.texts(tokens);
        List<String> name = List.of(words.split(" "));
        int start = java.util.Collections.indexOfSubList(texts, name);
        TaggedSentence read = new TaggedSentence(sentence, tokens, List.of(), List.of(new NameFinder.Name(start,
                start + name.size(), NameFinder.Kind.valueOf(kind), probability)));
        List<String> found = PEOPLE.extract(spans, List.of(read)).names;
        if (expected.equals("-")) {
            assertFalse(found.contains(words), found.toString());
        } else {
            assertTrue(found.contains(expected), found.toString());
        }
    }

    /** A row of offices and holders: each holder, a middle initial and all, is closed by the next office. */
    @org.junit.jupiter.api.Test
    void aRowOfOfficesAndHoldersGivesEachHolderTheirOffice() {
        ArticleAnalysis a = analyzed("Ikut mendampingi Bupati antara lain Asisten Administrasi Umum Sekda Kabupaten Sukamaju,"
                + " Yosef K. Lamanepa, Kepala Dinas Kesehatan Sukamaju, Markus Tefa, dan Kadis PUPR Sukamaju, Frans Seran.");
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Yosef K. Lamanepa")
                && "Asisten Administrasi Umum Sekda Kabupaten Sukamaju".equals(p.role())), a.people().toString());
    }

    /** An English title in capitals ("Cooperation in The Field Of Trade") and an envoy's country in English are nobody. */
    @org.junit.jupiter.api.Test
    void anEnglishTitleAndACountryInEnglishAreNobody() {
        ArticleAnalysis a = analyzed("Sepuluh dubes tersebut adalah Duta Besar Saudi Arabia, Duta Besar Oman, dan Duta Besar Iraq.",
                "Mereka menghadiri acara bertajuk \u201dPromoting Cooperation in The Field Of Trade\u201d di Mataram.",
                "\u201cKami senang,\u201d jelasnya.");
        List<String> names = names(a);
        for (String nobody : List.of("Arabia", "Iraq", "Field Of Trade", "The Field Of Trade")) {
            assertFalse(names.contains(nobody), nobody + " in " + names);
        }
    }

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(HunspellLexicon.loadDefault());

    /** The analysis of paragraphs joined by blank lines. */
    private static ArticleAnalysis analyzed(String... paragraphs) {
        return ANALYZER.analyze(String.join("\n\n", paragraphs));
    }

    private static List<String> names(ArticleAnalysis a) {
        return a.people().stream().map(Person::name).toList();
    }

    /** The analysis of a text of the given paragraphs. */
    private static ArticleAnalysis paragraphs(String... paragraphs) {
        return new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(String.join("\n\n", paragraphs));
    }
}
