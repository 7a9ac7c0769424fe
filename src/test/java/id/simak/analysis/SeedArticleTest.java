package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed article against the facts of its hand-made answer key. */
class SeedArticleTest {

    private static String text;
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyseSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/articles/xinhua-ktt-china-asia-tengah.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        analysis = new ArticleAnalyzer(HunspellLexicon.loadDefault()).analyze(text);
    }

    @Test
    void readsTheDateline() {
        assertEquals(new Dateline("Xi'an", "--05-16", "Xinhua", "XI'AN, 16 Mei (Xinhua) --"), analysis.dateline());
        assertEquals(0, analysis.sentences().get(0).index());
        assertTrue(analysis.sentences().get(0).text().startsWith("XI'AN, 16 Mei (Xinhua) -- Menjelang"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            16 Mei, --05-16, null
            18-19 Mei, --05-18/--05-19, null
            2013, 2013, null
            Tahun berikutnya, 2014, 2013
            27 Oktober 2020, 2020-10-27, null
            Januari 2022, 2022-01, null
            """)
    void findsEveryDateOfTheKey(String dateText, String value, String relativeTo) {
        assertTrue(analysis.dates().stream().anyMatch(d -> d.text().equalsIgnoreCase(dateText) && d.value().equals(value)
                && java.util.Objects.equals(relativeTo, d.relativeTo())), () -> analysis.dates().toString());
    }

    @Test
    void takesNoQuantityForADate() {
        assertEquals(6, analysis.dates().size(), () -> analysis.dates().toString());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            China, COUNTRY, CN
            Turkmenistan, COUNTRY, TM
            Kazakhstan, COUNTRY, KZ
            Uzbekistan, COUNTRY, UZ
            Kirgizstan, COUNTRY, KG
            Tajikistan, COUNTRY, TJ
            Asia Tengah, REGION, null
            Xi'an, CITY, null
            Provinsi Shaanxi, PROVINCE, null
            """)
    void findsEveryPlaceOfTheKey(String name, Place.Kind kind, String code) {
        assertTrue(analysis.places().stream().anyMatch(p -> p.text().equalsIgnoreCase(name) && p.kind() == kind
                && java.util.Objects.equals(code, p.code())), () -> analysis.places().toString());
    }

    @Test
    void takesNoOrganisationNorNationalityForAPlace() {
        assertEquals(9, analysis.places().size(), () -> analysis.places().toString());
        assertFalse(analysis.places().stream().anyMatch(p -> p.text().contains("Tajik") && !p.text().equals("Tajikistan")));
    }

    @Test
    void findsXiJinpingWithRoleAndShortName() {
        assertEquals(List.of(new Person("Xi Jinping", "Presiden China", List.of("Xi Jinping", "Xi"))), analysis.people());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            2013; Turkmenistan Kazakhstan Uzbekistan Kirgizstan; lawatan
            2014; Tajikistan; kunjungan kenegaraan
            """)
    void findsTheVisitsOfTheKey(String when, String countries, String kind) {
        assertTrue(analysis.visits().stream().anyMatch(v -> "Xi Jinping".equals(v.visitor()) && when.equals(v.when())
                && v.places().equals(List.of(countries.split(" "))) && kind.equals(v.kind())),
                () -> analysis.visits().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            China dan negara-negara Asia Tengah adalah negara bertetangga; prioritas kebijakan luar negeri
            Kunci keberhasilan kerja sama; keuntungan bersama
            """)
    void findsTheQuotesOfXi(String starts, String ends) {
        assertTrue(analysis.quotes().stream().anyMatch(q -> q.text().startsWith(starts) && q.text().endsWith(ends)
                && "Xi Jinping".equals(q.speaker())), () -> analysis.quotes().toString());
    }

    @Test
    void takesNoQuotedTermForAQuote() {
        assertEquals(2, analysis.quotes().size());
        assertFalse(analysis.quotes().stream().anyMatch(q -> q.text().contains("revolusi warna")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            pesan; solidaritas|perdamaian|pembangunan; false
            memerangi; terorisme|separatisme|ekstremisme|kejahatan terorganisasi|perdagangan narkoba transnasional; false
            isu-isu; kedaulatan|kemerdekaan|integritas wilayah; false
            prinsip; saling menghormati|persahabatan negara bertetangga yang baik|solidaritas di masa-masa sulit|keuntungan bersama; true
            """)
    void findsTheListsOfTheKey(String head, String items, boolean inQuote) {
        assertTrue(analysis.lists().stream().anyMatch(e -> head.equals(e.head()) && e.inQuote() == inQuote
                && String.join("|", e.items()).equals(items)), () -> analysis.lists().toString());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            lima negara Asia Tengah, 5, negara
            tujuh kali, 7, kali
            satu dekade terakhir, 1, dekade
            tiga dekade terakhir, 3, dekade
            30 tahun, 30, tahun
            """)
    void findsTheNumbersOfTheKey(String numberText, double value, String unit) {
        assertTrue(analysis.numbers().stream().anyMatch(n -> n.text().equalsIgnoreCase(numberText) && n.value() == value
                && unit.equals(n.unit())), () -> analysis.numbers().toString());
    }

    @Test
    void findsTheAcronym() {
        assertEquals(List.of(new Acronym("KTT", "konferensi tingkat tinggi", 0)), analysis.acronyms());
    }

    @Test
    void findsTheRootsOfTheKeyAmongTheWords() {
        // The key's 50 pairs; every one must come out of the article itself, not only out of the lexicon.
        String key = "pembukaan=buka menjelang=jelang kepercayaan=percaya persahabatan=sahabat kunjungan=kunjung "
                + "mengunjungi=kunjung lawatan=lawat bertetangga=tetangga dihubungkan=hubung pegunungan=gunung "
                + "menghargai=harga kebijakan=bijak kenegaraan=negara memperdalam=dalam pembangunan=bangun "
                + "diabadikan=abadi menunjukkan=tunjuk menyambut=sambut mengenakan=kena mengutip=kutip "
                + "menjelajahi=jelajah menceritakan=cerita mendonorkan=donor kedaulatan=daulat kemerdekaan=merdeka "
                + "bergandengan=gandeng memerangi=perang perdagangan=dagang menentang=tentang keberhasilan=hasil "
                + "memperingati=ingat berpidato=pidato bergejolak=gejolak diharapkan=harap menyusun=susun "
                + "dijadwalkan=jadwal pertukaran=tukar terlupakan=lupa memimpin=pimpin berlangsung=langsung "
                + "mendukung=dukung pemerintahan=perintah menyampaikan=sampai perdamaian=damai tercapai=capai "
                + "keuntungan=untung menghormati=hormat terletak=letak kesempatan=sempat kejahatan=jahat";
        String found = analysis.words().stream().map(w -> w.word() + "=" + w.root()).collect(Collectors.joining(" "));
        List<String> missed = java.util.Arrays.stream(key.split(" ")).filter(pair -> !(" " + found + " ").contains(" " + pair + " "))
                .toList();
        assertTrue(missed.isEmpty(), () -> "missed " + missed);
    }

    @Test
    void reportsOnlyTheArticlesOwnWordsWithValidSentenceIndexes() {
        analysis.dates().forEach(d -> assertTrue(analysis.sentence(d.sentence()).text().contains(d.text())));
        analysis.numbers().forEach(d -> assertTrue(analysis.sentence(d.sentence()).text().contains(d.text())));
        analysis.quotes().forEach(d -> assertTrue(analysis.sentence(d.sentence()).text().contains(d.text())));
        analysis.places().forEach(p -> assertTrue(analysis.sentence(p.sentence()).text().contains(p.text())));
        analysis.words().forEach(w -> assertTrue(analysis.sentence(w.sentence()).text().toLowerCase(Locale.ROOT)
                .contains(w.word())));
    }
}
