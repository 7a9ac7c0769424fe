package id.simak.article;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;

/**
 * The analysis of a stored article. Analysis is deterministic and takes milliseconds, so it is not stored:
 * a small cache keyed by the text's hash spares repeating it for the article being worked on. The analyzer (and
 * with it the dictionaries and models) is made on the first analysis, not at start-up. The reader's layout of the
 * text ({@link ReaderHtml}) is kept the same way. Both depend on the text alone, so a text changed on another app
 * node has another hash and is never served from here stale.
 */
@ApplicationScoped
public class ArticleReading {

    private static final int CACHED = 32;

    private final Instance<ArticleAnalyzer> analyzer;
    private final Map<String, ArticleAnalysis> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
            return size() > CACHED;
        }
    };

    private final Map<String, ReaderHtml> readerHtml = new LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReaderHtml> eldest) {
            return size() > CACHED;
        }
    };

    ArticleReading(Instance<ArticleAnalyzer> analyzer) {
        this.analyzer = analyzer;
    }

    public ArticleAnalysis analysis(Article article) {
        synchronized (cache) {
            ArticleAnalysis cached = cache.get(article.contentHash);
            if (cached != null) {
                return cached;
            }
        }
        ArticleAnalysis analysis = analyzer.get().analyze(article.body);
        synchronized (cache) {
            cache.put(article.contentHash, analysis);
        }
        return analysis;
    }

    /** The text of the article with this heading laid out for the reader; its text is read only to lay it out. */
    ReaderHtml readerHtml(Article.Heading heading) {
        synchronized (readerHtml) {
            ReaderHtml cached = readerHtml.get(heading.contentHash());
            if (cached != null) {
                return cached;
            }
        }
        Article article = Article.findById(heading.id());
        ReaderHtml laid = ReaderHtml.of(article.body, analysis(article));
        synchronized (readerHtml) {
            // under the hash of the text laid out, which an edit since the heading was read may have changed
            readerHtml.put(article.contentHash, laid);
        }
        return laid;
    }
}
