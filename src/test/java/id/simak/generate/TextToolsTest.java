package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small text tools the families share: date writing, event clauses, learner-like wrong roots, variants. */
class TextToolsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2013                 | 2013
            2022-01              | Januari 2022
            2020-10-27           | 27 Oktober 2020
            --05-16              | 16 Mei
            --05-18/--05-19      | 18-19 Mei
            --04-30/--05-02      | 30 April - 2 Mei
            2023-05-09/2023-05-11 | 9-11 Mei 2023
            """)
    void datesAreWrittenTheIndonesianWay(String value, String written) {
        assertEquals(written, IndonesianDates.format(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2013            | 2012
            2020-10-27      | 2019-10-27
            2022-01         | 2021-01
            --05-16         | --05-15
            --05-18/--05-19 | --05-17/--05-18
            2023-05-09/2023-05-11 | 2023-05-08/2023-05-10
            """)
    void nearDatesKeepTheShapeAndNeverTheValue(String value, String expectedNear) {
        List<String> near = IndonesianDates.near(value);
        assertTrue(near.contains(expectedNear), near.toString());
        assertFalse(near.contains(value));
        for (String n : near) {
            assertEquals(IndonesianDates.shape(value), IndonesianDates.shape(n), n);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pada 2013, Xi berkunjung ke Asia Tengah, melakukan lawatan ke Turkmenistan. | 2013 | Xi berkunjung ke Asia Tengah
            Pada 2019, Jokowi berkunjung ke Vietnam, Thailand, dan Kamboja. | 2019 | Jokowi berkunjung ke Vietnam, Thailand, dan Kamboja
            Tahun berikutnya, Xi melakukan kunjungan kenegaraan ke Tajikistan, dan dalam kesempatan itu konsensus tercapai. | Tahun berikutnya | Xi melakukan kunjungan kenegaraan ke Tajikistan
            Presiden memimpin KTT, KTT pertama di kawasan itu, yang dijadwalkan berlangsung pada 18-19 Mei di Xi'an, Provinsi Shaanxi. | 18-19 Mei | KTT pertama di kawasan itu dijadwalkan berlangsung di Xi'an
            "Kami siap," kata Budi saat berpidato dalam rapat umum pada Januari 2022. | Januari 2022 | Budi berpidato dalam rapat umum
            Banjir melanda Bandung pada 3 Maret. | 3 Maret | Banjir melanda Bandung
            BEIJING, 2 Maret (Xinhua) — Presiden Chile akan berkunjung ke Tiongkok pada 9 hingga 11 Mei 2023 atas undangan Beijing. | 9 hingga 11 Mei 2023 | Presiden Chile akan berkunjung ke Tiongkok atas undangan Beijing
            Kedatangan para tamu di Bandara Sukamaju, Kabupaten Sukamaju, Senin (4/9/2023), disambut oleh tarian tradisional. | Senin (4/9/2023) | Kedatangan para tamu di Bandara Sukamaju disambut oleh tarian tradisional
            Bupati Sukamaju Budi Santoso, Selasa (5/3), meresmikan jembatan gantung di Desa Mekarsari. | Selasa (5/3) | Bupati Sukamaju Budi Santoso meresmikan jembatan gantung di Desa Mekarsari
            Ia mengatakan, Selasa (5/3), menerima laporan itu dari warga. | Selasa (5/3) |
            Pelantikan dilakukan setelah Komisi Pemilihan Umum menetapkan hasil pemilu pada 20 Januari 2021. | 20 Januari 2021 | Komisi Pemilihan Umum menetapkan hasil pemilu
            Hasil seleksi guru honorer yang diangkat menjadi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK), akan diumumkan pada 2 Februari 2023. | 2 Februari 2023 | Hasil seleksi guru honorer yang diangkat menjadi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) akan diumumkan
            Juru bicara itu mengatakan bahwa kunjungan tersebut merupakan lawatan pertama Molina ke Asia sejak ia dilantik pada Maret 2022. | Maret 2022 | «… lawatan pertama Molina ke Asia sejak ia dilantik»
            """)
    void eventClauseDropsTheDateAndKeepsTheEvent(String sentence, String date, String event) {
        assertEquals(event, EventPhrase.of(sentence, date));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            memerangi     | perang  | erangi
            memperdalam   | dalam   | perdalam
            keberhasilan  | hasil   | berhasil
            menghormati   | hormat  | menghormat
            mengenakan    | kena    | enakan
            """)
    void wrongRootsAreTheMistakesLearnersMake(String word, String root, String expectedMistake) {
        List<String> wrong = VocabularyQuestions.wrongRoots(word, root);
        assertTrue(wrong.contains(expectedMistake), wrong.toString());
        assertFalse(wrong.contains(root));
        assertFalse(wrong.contains(word));
    }

    @ParameterizedTest(name = "{0} in words: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tujuh          | true
            tiga puluh     | true
            30             | false
            Rp1,2 triliun  | false
            65,8 miliar    | false
            """)
    void numbersInLettersAreToldFromFigures(String numeral, boolean inWords) {
        assertEquals(inWords, IndonesianNumbers.inWords(numeral));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kirgizstan      | kirgizstan      | true
            masa-masa       | masa masa       | true
            kedaulatan      | kedaulatn       | true
            2021            | 2022            | false
            Januari 2021    | Januari 2022    | false
            Tajikistan      | Uzbekistan      | false
            lima            | lama            | false
            """)
    void variantsAreSpellingsNotOtherFacts(String a, String b, boolean variant) {
        assertEquals(variant, AnswerText.isVariant(a, b));
    }
}
