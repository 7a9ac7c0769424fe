package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffixationTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            kunjung, mengunjungi, true
            tentang, menentang, true
            perintah, pemerintahan, true
            ingat, memperingati, true
            hasil, keberhasilan, true
            sampai, menyampaikan, true
            kena, mengenakan, true
            letak, terletak, true
            bangun, pembangunan, true
            lupa, terlupakan, true
            gunung, pegunungan, true
            tani, petani, true
            donor, mendonorkan, true
            sama, samanya, true
            jarah, sejarah, true
            hubung, menghargai, false
            buka, buka, false
            kunjung, mengunjungan, false
            harap, diharapan, false
            hasil, berhasili, false
            tentang, mentang, false
            """)
    void knowsRegularAffixation(String root, String word, boolean derives) {
        assertEquals(derives, Affixation.derive(root, word) != null);
    }

    @ParameterizedTest
    @CsvSource({"mengunjungi, kunjung", "terlupakan, lupa", "mendonorkan, donor", "menyampaikan, sampai",
            "pemerintahan, perintah", "keberhasilan, hasil"})
    void undoesAffixesToCandidateRoots(String word, String root) {
        assertTrue(Affixation.candidateRoots(word).contains(root), () -> Affixation.candidateRoots(word).toString());
    }

    @ParameterizedTest
    @CsvSource({"mengunjungi, kunjung, 2, true", "keberhasilan, hasil, 3, false", "samanya, sama, 0, false",
            "dipandu, pandu, 1, false"})
    void countsAffixLayers(String word, String root, int layers, boolean assimilated) {
        Affixation.Derivation d = Affixation.derive(root, word);
        assertEquals(layers, d.layers());
        assertEquals(assimilated, d.assimilated());
    }
}
