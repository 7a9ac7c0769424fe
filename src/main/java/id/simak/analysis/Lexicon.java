package id.simak.analysis;

import java.util.List;

/** Indonesian word knowledge: roots (kata dasar), synonyms and whether a word is in the dictionary. */
public interface Lexicon {

    /** Roots of a word, the most likely first; empty when the dictionary does not know the word. */
    List<String> roots(String word);

    /** Synonyms of a word (or of its root) from the thesaurus, best first; empty when there are none. */
    List<String> synonyms(String word);

    /** Whether the dictionary knows this word, as written or in lower case. */
    boolean knows(String word);

    /** The thesaurus senses of exactly this headword (no root is tried), in the thesaurus' order; empty when none. */
    default List<Sense> senses(String headword) {
        return List.of();
    }
}
