/**
 * Reads an Indonesian news text into facts a quiz can ask about: {@link id.simak.analysis.ArticleAnalyzer} splits
 * the text ({@code SentenceSplitter}, {@code DatelineParser}), then each extractor reads the sentences once, in
 * order, and the later ones use what the earlier found (people before quotes and visits, dates before numbers).
 * Pure Java: the only library is Lucene's Hunspell, reached through {@link id.simak.analysis.HunspellLexicon}.
 */
package id.simak.analysis;
