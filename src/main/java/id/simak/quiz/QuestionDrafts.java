package id.simak.quiz;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import id.simak.analysis.ArticleAnalysis;
import id.simak.article.Article;
import id.simak.article.ArticleReading;
import id.simak.article.ArticleService.ArticleSaved;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;

/**
 * Keeps a generated draft question set for every article: made when the article is stored, made again when
 * its text changes while the draft is still untouched. A draft a teacher has changed (accepted, edited, added,
 * deleted or reordered a question, renamed or published it) is theirs and is never replaced on its own; the
 * teacher may ask for a new draft ({@link #regenerate}).
 */
@ApplicationScoped
public class QuestionDrafts {

    private static final Logger LOG = Logger.getLogger(QuestionDrafts.class);
    static final int MAX_TEXT = 4000;
    static final int MAX_LIST_JSON = 20000;

    private final ArticleReading reading;
    /** Made on first use, so that a start with nothing to draft loads no dictionary. */
    private final Instance<QuestionGenerator> generator;

    @Inject
    GenerationMetrics metrics;

    QuestionDrafts(ArticleReading reading, Instance<QuestionGenerator> generator) {
        this.reading = reading;
        this.generator = generator;
    }

    /** Gives every article stored before question generation existed its draft; a second start finds none. */
    void onStart(@Observes StartupEvent event) {
        List<Long> missing = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find(
                "select a from Article a where not exists (select s from QuestionSet s where s.article = a "
                        + "and s.origin = ?1)", QuestionSet.Origin.GENERATED).list().stream().map(a -> a.id).toList());
        for (Long id : missing) {
            QuarkusTransaction.requiringNew().run(() -> refresh(Article.findById(id)));
        }
        if (!missing.isEmpty()) {
            LOG.infof("Generated draft questions for %d article(s)", missing.size());
        }
    }

    /** Runs in the transaction that stored the article, so the article and its draft are saved together. */
    void onArticleSaved(@Observes ArticleSaved saved) {
        Article article = Article.findById(saved.articleId());
        if (article != null) {
            refresh(article);
        }
    }

    /** Makes or remakes the article's generated draft; a published or teacher-edited set is left as it is. */
    public QuestionSet refresh(Article article) {
        QuestionSet set = QuestionSet.generatedDraftOf(article);
        if (set != null && (set.status != QuestionSet.Status.DRAFT || set.editedAt != null
                || article.contentHash.equals(set.sourceHash))) {
            return set;
        }
        return fill(article, set);
    }

    /** Drafts the questions of a generated set again from its article's current text, dropping the teacher's changes. */
    public QuestionSet regenerate(QuestionSet set) {
        set.editedAt = null;
        return fill(set.article, set);
    }

    private QuestionSet fill(Article article, QuestionSet set) {
        List<Question> questions;
        try {
            ArticleAnalysis analysis = reading.analysis(article);
            questions = metrics.generate("draft", () -> generator.get().generate(analysis).draft());
        } catch (RuntimeException e) {
            // A generator fault must not cost the teacher their article: keep it, with an empty draft.
            LOG.errorf(e, "Question generation failed for article %d", article.id);
            questions = List.of();
        }
        boolean isNew = set == null;
        if (isNew) {
            set = new QuestionSet();
            set.article = article;
            set.owner = article.owner;
            set.origin = QuestionSet.Origin.GENERATED;
            set.status = QuestionSet.Status.DRAFT;
            set.createdAt = Instant.now();
        }
        set.title = article.title;
        set.sourceHash = article.contentHash;
        set.updatedAt = Instant.now();
        if (isNew) {
            set.persist();
        }
        set.questions.clear();
        // The old rows must be gone before new ones reuse their keys.
        QuizQuestion.getEntityManager().flush();
        int position = 0;
        for (Question q : questions) {
            if (fitsStorage(q)) {
                set.questions.add(QuizQuestion.of(set, position++, q));
            }
        }
        // The new questions get their ids now, for callers that show them in the same transaction.
        QuizQuestion.getEntityManager().flush();
        return set;
    }

    /**
     * The article's bank: every question the generator drafted and checked for its current text that is not in
     * {@code set}, best first. Made again on each call from the cached analysis, so it always matches the text.
     */
    public List<Question> bank(Article article, QuestionSet set) {
        java.util.Set<String> inSet = new java.util.HashSet<>();
        for (QuizQuestion q : set.questions) {
            inSet.add(q.key);
        }
        try {
            ArticleAnalysis analysis = reading.analysis(article);
            return metrics.generate("bank", () -> generator.get().generate(analysis).all()).stream()
                    .filter(q -> !inSet.contains(q.id()) && fitsStorage(q))
                    .sorted(java.util.Comparator.comparingDouble(Question::score).reversed().thenComparing(Question::id))
                    .toList();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Question generation failed for article %d", article.id);
            return List.of();
        }
    }

    /** A question too long for its columns is one no teacher would keep (a "sentence" of thousands of characters). */
    static boolean fitsStorage(Question q) {
        return len(q.prompt()) <= MAX_TEXT && len(q.explanation()) <= MAX_TEXT
                && (q.evidence() == null || len(q.evidence().text()) <= MAX_TEXT)
                && json(q.items()) <= MAX_LIST_JSON && json(q.choices()) <= MAX_LIST_JSON
                && json(q.answer()) <= MAX_LIST_JSON && q.id() != null && q.id().length() <= 64;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private static int json(List<String> list) {
        if (list == null) {
            return 2;
        }
        // An upper bound of the JSON length: quotes, commas and escapes at most double a character.
        int n = 2;
        for (String s : list) {
            n += 2 * len(s) + 3;
        }
        return n;
    }
}
