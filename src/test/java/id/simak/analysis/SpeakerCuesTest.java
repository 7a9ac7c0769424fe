package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How regional news names who speaks where the name alone does not say it is a person's: an office apposed after a
 * one-word name, the kind of person said before the name ("Salah seorang pedagang ..., Intan menyampaikan"), a name
 * given with "bernama", a nickname the text gives ("yang akrab disapa"), "Masih kata X," and "pesan X" after a quote.
 * Missed on unseen news in the twenty-fifth session; the texts are invented.
 */
class SpeakerCuesTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(HunspellLexicon.loadDefault());
    }

    private static List<String> speakers(String text) {
        return analyzer.analyze(text).quotes().stream().map(q -> q.speaker() + ": " + q.text()).toList();
    }

    private static final String HEAD = "Festival Desa\n\nBANTUL – Warga Desa Cibeber menggelar festival panen, Minggu (30/6/2024).\n\n";

    @Test
    void aOneWordNameWithItsOfficeApposedIsAPersonWhoGoesOnSpeaking() {
        String text = HEAD + "Sukirno, Kepala Desa Cibeber, berharap festival ini menjadi ajang silaturahmi warga. "
                + "“Kami berharap festival ini terus dilestarikan untuk generasi mendatang,” ujarnya.";
        ArticleAnalysis a = analyzer.analyze(text);
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("Sukirno") && "Kepala Desa Cibeber".equals(p.role())),
                a.people().toString());
        assertEquals(List.of("Sukirno: Kami berharap festival ini terus dilestarikan untuk generasi mendatang"), speakers(text));
    }

    @Test
    void aFullNameTakesTheOfficeApposedAfterIt() {
        String text = HEAD + "Suparno Wibowo, Ketua Panitia Festival Cibeber, mengatakan acara berlangsung tiga hari.";
        assertTrue(analyzer.analyze(text).people().stream()
                .anyMatch(p -> p.name().equals("Suparno Wibowo") && "Ketua Panitia Festival Cibeber".equals(p.role())));
    }

    @Test
    void aNameAfterTheKindOfPersonWhoSpeaksIsTheSpeakerEvenAWordOfTheDictionary() {
        String text = "Harga Ikan Naik\n\nBANTUL – Harga ikan di pasar naik, Rabu (11/6/2025).\n\n"
                + "Salah seorang pedagang ikan di Pasar Cibeber, Intan menyampaikan, harga ikan tongkol mulai naik sejak pekan lalu.\n\n"
                + "“Kata pemasoknya, tangkapan nelayan sedang sedikit karena cuaca buruk,” katanya.\n\n"
                + "Sementara itu, pedagang sayur bernama Sumirah menyampaikan harga cabai rawit turun menjadi Rp20.000 per kilogram.\n\n"
                + "“Stok cabai rawit mulai banyak, jadi harganya turun dari pekan lalu,” ucapnya.\n\n"
                + "Masih kata Sumirah, harga bawang merah sudah naik dari distributor sejak awal bulan.";
        assertEquals(List.of(
                "Intan: harga ikan tongkol mulai naik sejak pekan lalu",
                "Intan: Kata pemasoknya, tangkapan nelayan sedang sedikit karena cuaca buruk",
                "Sumirah: Stok cabai rawit mulai banyak, jadi harganya turun dari pekan lalu",
                "Sumirah: harga bawang merah sudah naik dari distributor sejak awal bulan"), speakers(text));
    }

    @Test
    void aMessageAfterAQuoteIsSaidByItsSender() {
        String text = "Wisuda Sekolah Tinggi\n\nBANTUL – Sebanyak 300 wisudawan mengikuti wisuda, Sabtu (22/9/2024).\n\n"
                + "“Jadilah sarjana yang mengabdi pada masyarakat, bangsa dan negara,” pesan Ahmad Darmawan kepada para wisudawan.";
        assertEquals(List.of("Ahmad Darmawan: Jadilah sarjana yang mengabdi pada masyarakat, bangsa dan negara"), speakers(text));
    }

    /** "Menteri Pendidikan Tinggi, Riset, Ilmu Pengetahuan dan Teknologi Gambia Dr. X": the fields of an office are no one. */
    @Test
    void theFieldsAnOfficeListsAreNoPerson() {
        String text = "Kunjungan Menteri\n\nJAKARTA – Dubes RI Budi Santoso menceritakan soal kunjungan Menteri Pendidikan Tinggi, "
                + "Riset, Ilmu Pengetahuan dan Teknologi Gambia Dr. Ahmad Darmawan ke KBRI Dakar pada 16 Mei 2017 silam.";
        List<String> names = analyzer.analyze(text).people().stream().map(Person::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains("Ilmu") || n.contains("Riset")), names.toString());
    }

    /**
     * "Pj Bupati Inhil H. Suparno" and later "pj. Bupati Inhil, H. Suparno mengatakan": the title opens the name, and the
     * regency that ends the role is no one's name.
     */
    @Test
    void aTitleOpensTheNameAndTheTownOfAKnownRoleIsNoName() {
        String text = "Banjir Melanda\n\nAYORIAU.CO, INHIL - Dalam kondisi guyuran hujan, Pj Bupati Inhil H. Suparno, SE, MT, beserta "
                + "jajaran meninjau dan salurkan bantuan untuk korban banjir di Desa Cibeber, Kamis Siang, (11/01/2024).\n\n"
                + "Berdasarkan laporan Badan Penanggulangan Bencana Daerah (BPBD) Inhil terdapat 119 kk yang terkena dampak banjir.\n\n"
                + "Melalui kesempatan ini pj. Bupati Inhil, H. Suparno mengatakan, “Atas musibah ini, dirinya memerintahkan OPD "
                + "terkait untuk memberikan bantuan tanggap darurat,”\n";
        ArticleAnalysis a = analyzer.analyze(text);
        assertEquals(List.of("Suparno/Pj Bupati Inhil"), a.people().stream().map(p -> p.name() + "/" + p.role()).toList());
        assertEquals(List.of("Suparno: Atas musibah ini, dirinya memerintahkan OPD terkait untuk memberikan bantuan tanggap darurat"), speakers(text));
    }

    /** "Presiden Afrika Selatan Sipho Ndlovu dan Istri": the wife who came with him is no part of his name. */
    @Test
    void whoCameAlongIsNoPartOfTheName() {
        String text = "Kunjungan Kenegaraan\n\nJakarta - Presiden Budi Santoso pada Rabu (8/3/2017) sore menerima kunjungan kenegaraan "
                + "Presiden Afrika Selatan Sipho Ndlovu dan Istri di Istana Merdeka, Jakarta.\n";
        assertTrue(analyzer.analyze(text).people().stream().anyMatch(p -> p.name().equals("Sipho Ndlovu")
                && "Presiden Afrika Selatan".equals(p.role())), analyzer.analyze(text).people().toString());
    }

    /** "Sekertaris Dinas ... Sukamaju Dedi Kusnadi": an office misspelt by two letters swapped is still the office. */
    @Test
    void anOfficeWithTwoLettersSwappedIsStillTheOffice() {
        String text = "Investasi Naik\n\nSukamaju - Sekertaris Dinas Penanaman Modal Kabupaten Sukamaju Dedi di Sukamaju, Senin "
                + "(30/4/2018), mengatakan, sektor pertambangan menyumbang investasi terbesar.\n\n"
                + "\"Kita terus mendorong promosi ke berbagai daerah agar investor datang,\" katanya.\n";
        assertEquals(List.of("Dedi: sektor pertambangan menyumbang investasi terbesar",
                "Dedi: Kita terus mendorong promosi ke berbagai daerah agar investor datang"), speakers(text));
    }

    /**
     * '," tutur Kepala Seksi Penyelenggara Haji dan Umroh pada Kantor Kemenag Kabupaten Sukamaju, Asep saat dikonfirmasi.':
     * the second field of a long office is no name; the name apposed after it, and before where it was said, speaks.
     */
    @Test
    void theNameAfterALongOfficeSpeaksNotItsLastField() {
        String text = "Jemaah Haji Tiba\n\nSukamaju - Sebanyak 393 jemaah haji asal Kabupaten Sukamaju tiba di tanah air, Senin (23/6/2025).\n\n"
                + "“Alhamdulillah kloter keempat sudah tiba di tanah air sekitar pukul 03.30 WIB,” tutur Kepala Seksi Penyelenggara "
                + "Haji dan Umroh pada Kantor Kemenag Kabupaten Sukamaju, Asep saat dikonfirmasi.\n";
        assertEquals(List.of("Asep: Alhamdulillah kloter keempat sudah tiba di tanah air sekitar pukul 03.30 WIB"), speakers(text));
        assertTrue(analyzer.analyze(text).people().stream().noneMatch(p -> p.name().equals("Umroh")));
    }

    /** '"...," kata pj. Bupati': the acting office written small and alone is the one person the text gave it. */
    @Test
    void anActingOfficeWrittenSmallIsItsHolder() {
        String text = "Banjir Melanda\n\nSUKAMAJU - Pj Bupati Sukamaju Ahmad Darmawan meninjau banjir di Desa Cibeber, Kamis (11/1/2024).\n\n"
                + "\"Tingginya curah hujan dalam sebulan terakhir membuat sejumlah desa kebanjiran,\" kata pj. Bupati\n\n"
                + "Bantuan berupa beras dan selimut dibagikan kepada 119 kepala keluarga.\n";
        assertEquals(List.of("Ahmad Darmawan: Tingginya curah hujan dalam sebulan terakhir membuat sejumlah desa kebanjiran"),
                speakers(text));
    }

    /** "Prof. Budi Santoso Ph.D saat membuka ...": the doctor's degree is no part of the name. */
    @Test
    void aDoctorsDegreeIsNoPartOfTheName() {
        String text = "Kontes Robot\n\nSEMARANG - Kontes robot digelar di Semarang, Senin (3/3/2025).\n\n“Kontes robot ini membuktikan "
                + "kemampuan anak bangsa,” ungkap Direktur Jendral Pembelajaran dan Kemahasiswaan Kemenristekdikti Prof. Budi Santoso "
                + "Ph.D saat membuka Kontes robot Indonesia.\n";
        assertEquals(List.of("Budi Santoso: Kontes robot ini membuktikan kemampuan anak bangsa"), speakers(text));
    }

    @Test
    void theNicknameTheTextGivesIsTheSamePerson() {
        String text = "Panen Raya\n\nKLATEN – Petani memanen padi, Senin (3/3/2025).\n\n"
                + "Ketua kelompok tani Ahmad Darmawan yang biasa dipanggil Kang Didin hadir bersama warga.\n\n"
                + "“Panen kali ini jauh lebih baik dari tahun lalu,” kata Didin.";
        assertEquals(List.of("Ahmad Darmawan: Panen kali ini jauh lebih baik dari tahun lalu"), speakers(text));
        assertEquals(1, analyzer.analyze(text).people().size());
    }
}
