package id.simak.generate;

/** The sentence of the article that proves the answer: its index and its text. */
public record Evidence(int sentence, String text) {}
