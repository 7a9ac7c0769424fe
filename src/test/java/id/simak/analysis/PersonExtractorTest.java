package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            """)
    void findsPeopleAndTheirMentions(String text, String expected) {
        PersonExtractor.People people = PEOPLE.extract(SentenceSplitter.split(text));
        String actual = people.persons().stream()
                .map(p -> p.name() + "/" + p.role() + "/" + String.join("+", p.mentions()))
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }
}
