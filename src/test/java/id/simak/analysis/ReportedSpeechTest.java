package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reported speech, as regional news tells most of what officials say: the clause without its attribution and the
 * speaker the attribution points to, or nothing when it points to nobody of the text. The texts are invented.
 */
class ReportedSpeechTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(HunspellLexicon.loadDefault());
    }

    private static List<String> reported(String text) {
        return analyzer.analyze(text).quotes().stream().filter(Quote::reported)
                .map(q -> q.speaker() + ": " + q.text()).toList();
    }

    /**
     * Each form of attribution, as "speaker: clause": a subject with its role, "bahwa", a pronoun for the person named
     * before, "Menurut X," at the start or inside the sentence, "Menurutnya", "..., kata X." and "Selain itu, kata X, ...".
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Kepala Dinas Perdagangan Kabupaten Sukamaju, Budi Santoso, mengatakan, stok beras di gudang cukup untuk tiga bulan ke depan.; Budi Santoso: stok beras di gudang cukup untuk tiga bulan ke depan
            Sementara itu, Kepala Pasar Bantul Budi Santoso saat ditemui di kantornya menjelaskan bahwa harga cabai mulai turun sejak pekan lalu.; Budi Santoso: harga cabai mulai turun sejak pekan lalu
            Bupati Bantul Ahmad Darmawan meninjau lokasi banjir di Desa Cibeber, Senin. Ia menambahkan, sebanyak 120 rumah warga terendam air setinggi satu meter.; Ahmad Darmawan: sebanyak 120 rumah warga terendam air setinggi satu meter
            Menurut Kepala Dinas Pertanian Sukamaju, Budi Santoso, panen tahun ini lebih baik dibanding tahun lalu.; Budi Santoso: panen tahun ini lebih baik dibanding tahun lalu
            Ahmad Darmawan memimpin rapat di Cibeber. Meski stok cukup, tapi menurut Ahmad Darmawan, harga masih akan naik menjelang Lebaran.; Ahmad Darmawan: Meski stok cukup, tapi harga masih akan naik menjelang Lebaran
            Ahmad Darmawan memimpin rapat di Cibeber. Menurutnya, jalan desa akan diperbaiki tahun depan.; Ahmad Darmawan: jalan desa akan diperbaiki tahun depan
            Budi Santoso datang ke Cibeber pada Senin. Bantuan itu akan dibagikan kepada seluruh warga yang mengungsi, kata Budi di posko pengungsian.; Budi Santoso: Bantuan itu akan dibagikan kepada seluruh warga yang mengungsi
            Budi Santoso datang ke Cibeber pada Senin. Selain itu, kata Budi, posko kesehatan dibuka selama dua puluh empat jam.; Budi Santoso: posko kesehatan dibuka selama dua puluh empat jam
            """)
    void readsEachFormOfAttribution(String text, String expected) {
        assertEquals(List.of(expected), reported(text));
    }

    /** A verb of saying whose object is a thing, not a clause, reports nothing. */
    @Test
    void thanksAndThingsSaidAreNoReportedSpeech() {
        assertEquals(List.of(), reported("Bupati Ahmad Darmawan menyampaikan terima kasih kepada seluruh relawan yang "
                + "membantu warga."));
        assertEquals(List.of(), reported("Budi Santoso mengatakan hal itu saat membuka pameran di Cibeber, Senin."));
        assertEquals(List.of(), reported("Budi Santoso menutup acara dengan doa bersama seluruh warga desa."));
    }

    /** Without quotation marks only a person of the text or a named group speaks: a capitalised word is no one. */
    @Test
    void aCapitalisedWordThatIsNoPersonDoesNotSpeak() {
        assertEquals(List.of(), reported("Menanggapi tuntutan itu, terdakwa mengatakan akan mengajukan "
                + "pembelaan pada sidang berikutnya."));
    }

    /** A sentence with a quotation mark is the direct quote's: it is not read twice. */
    @Test
    void aDirectQuoteIsNotAlsoReported() {
        ArticleAnalysis a = analyzer.analyze("Budi Santoso mengatakan, \u201cKami akan membuka posko baru di tiga "
                + "kecamatan minggu ini.\u201d");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        assertTrue(!a.quotes().get(0).reported(), a.quotes().toString());
        assertEquals(a.quotes(), a.directQuotes());
    }
}
