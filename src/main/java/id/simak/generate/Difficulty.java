package id.simak.generate;

/**
 * How hard a question is for a reader of the article: EASY asks a fact the text states in so many words,
 * MEDIUM needs the right sentence found and read (who said it, which is true, which belong), HARD needs a
 * step of thought (why, how much more, what the article as a whole says, how a word is built or what it means).
 */
public enum Difficulty { EASY, MEDIUM, HARD }
