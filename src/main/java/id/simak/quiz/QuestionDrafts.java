package id.simak.quiz;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import id.simak.analysis.ArticleAnalysis;
import id.simak.article.Article;
import id.simak.article.ArticleReading;
import id.simak.article.ArticleService.ArticleSaved;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;
import id.simak.web.ApiException;

/**
 * Keeps a generated draft question set for every article: made when a teacher stores the article (in the same
 * transaction), right after start for articles imported from {@code seeds/} ({@link DraftWorker}), and made again
 * when the text changes while the draft is still untouched. A draft a teacher has changed (accepted, edited, added,
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

    @Inject
    DraftWorker worker;

    QuestionDrafts(ArticleReading reading, Instance<QuestionGenerator> generator) {
        this.reading = reading;
        this.generator = generator;
    }

    /**
     * The ids of the articles whose generated draft is missing or out of date (an untouched draft made from an older
     * text): the articles imported at start, and any stored before question generation existed.
     */
    List<Long> needingDraft() {
        return Article.getEntityManager().createQuery("select a.id from Article a where not exists (select s from "
                + "QuestionSet s where s.article = a and s.origin = ?1) or exists (select s from QuestionSet s where "
                + "s.article = a and s.origin = ?1 and s.status = ?2 and s.editedAt is null and (s.sourceHash is null "
                + "or s.sourceHash <> a.contentHash)) order by a.id", Long.class)
                .setParameter(1, QuestionSet.Origin.GENERATED).setParameter(2, QuestionSet.Status.DRAFT).getResultList();
    }

    /** Runs in the transaction that stored the article, so the article and its draft are saved together. */
    void onArticleSaved(@Observes ArticleSaved saved) {
        Article article = Article.findById(saved.articleId());
        if (article != null) {
            QuestionSet set = QuestionSet.generatedDraftOf(article);
            if (!upToDate(set, article)) {
                fill(article, set);
            }
        }
    }

    /**
     * The article's generated draft for a teacher's request, made now if it is missing or out of date; while the
     * draft worker is still making it after start, an {@link ApiException} (409, "Draf soal sedang disiapkan") says
     * so instead of a second, concurrent draft.
     */
    public QuestionSet refresh(Article article) {
        if (worker.isPending(article.id)) {
            throw preparing();
        }
        return make(article);
    }

    /** The answer while an article's draft is being made: the API's problem JSON and the page's notice. */
    static ApiException preparing() {
        return new DraftPreparing();
    }

    /** The draft worker has not made this article's draft yet (409 with {@code Retry-After: 2}). */
    static final class DraftPreparing extends ApiException {

        private static final long serialVersionUID = 1L;

        DraftPreparing() {
            super(409, "Draf soal sedang disiapkan", "Draf soal artikel ini sedang dibuat setelah aplikasi dinyalakan. "
                    + "Coba lagi dalam beberapa detik.");
            retryAfter(2);
        }
    }

    /** The answer while the {@code quizzes/} files are being imported after start: 409 with {@code Retry-After: 2}. */
    static ApiException filesPreparing() {
        return new ApiException(409, "Set soal sedang disiapkan", "Set soal dari berkas bawaan (quizzes/) sedang "
                + "dimuat setelah aplikasi dinyalakan. Coba lagi dalam beberapa detik.").retryAfter(2);
    }

    /** Like {@link #refresh}, but leaves an article the draft worker still holds as it is (for lists of sets). */
    void refreshUnlessPending(Article article) {
        if (!worker.isPending(article.id)) {
            make(article);
        }
    }

    /**
     * Makes or remakes the article's generated draft; a published or teacher-edited set is left as it is. Two
     * nodes (or the draft worker and a request) drafting the same article at once make one draft: the second
     * waits for the first's lock on the article's row and then finds the draft made.
     */
    QuestionSet make(Article article) {
        QuestionSet set = QuestionSet.generatedDraftOf(article);
        if (upToDate(set, article)) {
            return set;
        }
        EntityManager em = Article.getEntityManager();
        em.refresh(article, LockModeType.PESSIMISTIC_WRITE);
        set = QuestionSet.generatedDraftOf(article);
        if (set != null) {
            em.refresh(set);
        }
        if (upToDate(set, article)) {
            return set;
        }
        return fill(article, set);
    }

    private static boolean upToDate(QuestionSet set, Article article) {
        return set != null && (set.status != QuestionSet.Status.DRAFT || set.editedAt != null
                || article.contentHash.equals(set.sourceHash));
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
