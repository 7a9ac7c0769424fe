package id.simak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyExtractorTest {

    private static final VocabularyExtractor VOCABULARY = new VocabularyExtractor(HunspellLexicon.loadDefault());

    /** Affixed words as word>root; names, numbers, stems and grammatical words are left out. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Menjelang pembukaan KTT, Xi mengunjungi Kazakhstan.;          menjelang>jelang pembukaan>buka mengunjungi>kunjung
            Sejarah mencatat 30 pelajar berlari sebagai juara.;            mencatat>catat berlari>lari
            Kepercayaan politik timbal balik kian erat.;                   kepercayaan>percaya
            Jakarta sangat ramai.;                                         ''
            Mereka memerangi kejahatan dan memerangi terorisme.;          memerangi>perang kejahatan>jahat
            Ketua Persatuan Bulu Tangkis Seluruh Indonesia membuka turnamen.; membuka>buka
            Pertandingan berakhir imbang.;                                 pertandingan>tanding berakhir>akhir
            """)
    void picksAffixedWordsWithTheirRoots(String text, String expected) {
        List<WordInfo> words = VOCABULARY.extract(SentenceSplitter.split(text), Set.of("xi"));
        assertEquals(expected, words.stream().map(w -> w.word() + ">" + w.root()).collect(Collectors.joining(" ")));
    }

    /** Roots only where the dictionary gives one root that rebuilds the word; synonyms only from a sense of its class. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            berikan;     false
            mulai;       false
            mengikuti;   true
            pertumbuhan; true
            """)
    void aRootIsCertainOnlyWhenNoOtherRootRebuildsTheWord(String word, boolean certain) {
        WordInfo w = VOCABULARY.describe(word, 0);
        assertEquals(certain, w != null && w.rootCertain(), String.valueOf(w));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            kebijakan;  ''
            menghargai; ''
            pertumbuhan; kemajuan perkembangan pertambahan progres
            """)
    void synonymsComeOnlyFromTheOneSenseOfTheWordsClassListedBothWays(String word, String expected) {
        WordInfo w = VOCABULARY.describe(word, 0);
        assertEquals(expected, String.join(" ", w.senseSynonyms()));
    }

    @ParameterizedTest
    @CsvSource({"dipandu, keberhasilan", "berpidato, memperingati", "terletak, mengenakan"})
    void ranksMoreAffixesAndNasalsAsHarder(String easier, String harder) {
        WordInfo easy = VOCABULARY.describe(easier, 0);
        WordInfo hard = VOCABULARY.describe(harder, 0);
        assertTrue(easy.difficulty() < hard.difficulty(), easy + " vs " + hard);
        assertTrue(easy.difficulty() >= 0 && hard.difficulty() <= 1);
    }
}
