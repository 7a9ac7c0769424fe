/**
 * Reads an Indonesian news text into facts a quiz can ask about: {@link id.simak.analysis.ArticleAnalyzer} splits
 * the text ({@code SentenceSplitter}, {@code DatelineParser}), then each extractor reads the sentences once, in
 * order, and the later ones use what the earlier found (people before quotes and visits, dates before numbers).
 * Pure Java: the libraries are Lucene's Hunspell, reached through {@link id.simak.analysis.HunspellLexicon}, and
 * Apache OpenNLP's trained models, read by {@link id.simak.analysis.PosTagger} (parts of speech) and
 * {@link id.simak.analysis.NameFinder} (people, organisations, places) over {@link id.simak.analysis.WordTokenizer}'s
 * tokens; the models and how they were trained are described in {@code src/main/resources/models/README.md}.
 */
package id.simak.analysis;
