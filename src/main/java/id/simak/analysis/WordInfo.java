package id.simak.analysis;

import java.util.List;

/**
 * An affixed word of the article with its root (kata dasar), its synonyms from the thesaurus, the first
 * sentence it appears in, and a difficulty between 0 (easy) and 1 (hard). {@code partOfSpeech} is the word's
 * class in that sentence (a Universal Dependencies tag such as VERB or NOUN, or null when unknown);
 * {@code rootCertain} says the dictionary offers this root and no other that rebuilds the word by affixation
 * ("berikan" could be beri + -kan or ber- + ikan: not certain); {@code senseSynonyms} are the synonyms safe to ask
 * in this sentence: from the one thesaurus sense of the word's class, each a dictionary word whose own entry
 * lists the word back.
 */
public record WordInfo(String word, String root, List<String> synonyms, int sentence, double difficulty,
                       String partOfSpeech, boolean rootCertain, List<String> senseSynonyms) {

    public WordInfo {
        synonyms = List.copyOf(synonyms);
        senseSynonyms = senseSynonyms == null ? List.of() : List.copyOf(senseSynonyms);
    }

    /** A word known only by its root and thesaurus entry, as a test or a card builds it. */
    public WordInfo(String word, String root, List<String> synonyms, int sentence, double difficulty) {
        this(word, root, synonyms, sentence, difficulty, null, true, List.of());
    }
}
