package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HunspellLexiconTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();

    /** The seed article's affixed words and their roots as the answer key gives them. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            pembukaan, buka
            menjelang, jelang
            kepercayaan, percaya
            persahabatan, sahabat
            kunjungan, kunjung
            mengunjungi, kunjung
            lawatan, lawat
            bertetangga, tetangga
            dihubungkan, hubung
            pegunungan, gunung
            menghargai, harga
            kebijakan, bijak
            kenegaraan, negara
            memperdalam, dalam
            pembangunan, bangun
            diabadikan, abadi
            menunjukkan, tunjuk
            menyambut, sambut
            mengenakan, kena
            mengutip, kutip
            menjelajahi, jelajah
            menceritakan, cerita
            mendonorkan, donor
            kedaulatan, daulat
            kemerdekaan, merdeka
            bergandengan, gandeng
            memerangi, perang
            perdagangan, dagang
            menentang, tentang
            keberhasilan, hasil
            memperingati, ingat
            berpidato, pidato
            bergejolak, gejolak
            diharapkan, harap
            menyusun, susun
            dijadwalkan, jadwal
            pertukaran, tukar
            terlupakan, lupa
            memimpin, pimpin
            berlangsung, langsung
            mendukung, dukung
            pemerintahan, perintah
            menyampaikan, sampai
            perdamaian, damai
            tercapai, capai
            keuntungan, untung
            menghormati, hormat
            terletak, letak
            kesempatan, sempat
            kejahatan, jahat
            """)
    void findsTheRootOfAffixedWords(String word, String root) {
        assertEquals(root, LEXICON.roots(word).get(0));
    }

    @ParameterizedTest
    @CsvSource({"sejarah, sejarah", "pelajar, pelajar", "Mengunjungi, kunjung"})
    void keepsWordsThatAreStemsOfTheirOwn(String word, String root) {
        assertEquals(root, LEXICON.roots(word).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Xi'an", "123", "qwrtzplk", "a\u0000b", "\uD83D\uDE00"})
    void givesNoRootsForWhatIsNoIndonesianWord(String word) {
        assertTrue(LEXICON.roots(word).isEmpty());
        assertFalse(LEXICON.knows(word));
    }

    @ParameterizedTest
    @CsvSource({"kunjungan, lawatan", "abadi, kekal", "mengunjungi, menjenguk"})
    void findsSynonymsInTheThesaurus(String word, String synonym) {
        assertTrue(LEXICON.synonyms(word).contains(synonym), () -> LEXICON.synonyms(word).toString());
    }

    @Test
    void leavesAntonymsOutOfSynonyms() {
        // MyThes lists "sementara" as the antonym of "abadi".
        assertFalse(LEXICON.synonyms("abadi").contains("sementara"));
    }

    @Test
    void loadsOnceAndCachesRoots() {
        assertSame(LEXICON, HunspellLexicon.loadDefault());
        List<String> first = LEXICON.roots("pembangunan");
        assertSame(first, LEXICON.roots("pembangunan"));
        System.out.printf("lexicon load: %d ms%n", LEXICON.loadMillis());
    }
}
