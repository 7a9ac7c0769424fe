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
            """)
    void picksAffixedWordsWithTheirRoots(String text, String expected) {
        List<WordInfo> words = VOCABULARY.extract(SentenceSplitter.split(text), Set.of("xi"));
        assertEquals(expected, words.stream().map(w -> w.word() + ">" + w.root()).collect(Collectors.joining(" ")));
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
