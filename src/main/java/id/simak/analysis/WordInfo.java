package id.simak.analysis;

import java.util.List;

/**
 * An affixed word of the article with its root (kata dasar), its synonyms from the thesaurus, the first
 * sentence it appears in, and a difficulty between 0 (easy) and 1 (hard).
 */
public record WordInfo(String word, String root, List<String> synonyms, int sentence, double difficulty) {}
