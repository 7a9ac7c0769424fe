package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumerationExtractorTest {

    private static final PersonExtractor PEOPLE = new PersonExtractor(new CountryNames(), HunspellLexicon.loadDefault());

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
            Ia membeli apel dan jeruk.;                                                         ''
            Kami memegang prinsip kejujuran dan keadilan.;                                       prinsip:kejujuran|keadilan
            Penjualan pupuk tercatat 4,82 juta ton atau naik 12,6 persen dari tahun lalu.;       ''
            Utang koperasi sekitar 1,7 miliar rupiah, setara 0,4 persen aset, dan lunas 2027.;   ''
            Pabrik itu memakai jagung, kedelai, dan gandum seharga 3,25 dolar per kilogram.;     memakai:jagung|kedelai|gandum
            Skor mereka 7, 8, dan 9 pada ujian itu.;                                              ''
            """)
    void findsLists(String text, String expected) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<QuoteExtractor.Found> quotes = QuoteExtractor.extract(text, spans, PEOPLE.extract(spans));
        String actual = EnumerationExtractor.extract(spans, quotes).stream()
                .map(e -> e.head() + ":" + String.join("|", e.items()) + (e.inQuote() ? "(q)" : ""))
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
