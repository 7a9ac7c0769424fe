package id.simak.analysis;

import java.util.List;

/**
 * One sense of a thesaurus headword: its part of speech as the thesaurus tags it ({@code n}, {@code v}, {@code a},
 * {@code adv}, {@code pron}, ...) and the words that share that sense.
 */
public record Sense(String partOfSpeech, List<String> words) {

    public Sense {
        words = List.copyOf(words);
    }
}
