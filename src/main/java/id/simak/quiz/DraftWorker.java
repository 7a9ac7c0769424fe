package id.simak.quiz;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import id.simak.article.Article;
import id.simak.article.SeedImporter;

/**
 * The start-up work, done right after start on a worker thread so that the start itself ("started in") runs no query
 * of Simak's and loads no dictionary: first the {@code seeds/} articles ({@link SeedImporter}: the first Hibernate
 * session and queries of the process), then the query for the articles whose draft is missing or out of date, then the
 * question-set files of {@code quizzes/} ({@link QuizFileImporter}, whose evidence sentences are looked up in the
 * article's analysis), then those drafts, one article per transaction. While the seeds are stored, an article not
 * there yet answers "Artikel sedang disiapkan" ({@code article.ArticleLookup}); until the query has run every
 * article, and then each article found, counts as pending: {@link QuestionDrafts#refresh} answers "Draf soal sedang
 * disiapkan" (409 in the API, a notice on the teacher's page) instead of drafting it a second time; while the files
 * wait, a set asked for by its file's id answers "Set soal sedang disiapkan"; readiness ({@link StartupWorkCheck})
 * is down until all of it is done. Idempotent: a second run, or a second node starting on the same database, finds
 * the articles, sets and drafts made.
 */
@ApplicationScoped
public class DraftWorker {

    private static final Logger LOG = Logger.getLogger(DraftWorker.class);

    private final QuestionDrafts drafts;
    private final QuizFileImporter files;
    private final SeedImporter seeds;
    private final ManagedExecutor executor;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean seedsPending;
    private volatile boolean filesPending;
    /** Until the start-up work has found which articles need a draft: every article counts as pending. */
    private volatile boolean draftsUnknown;
    private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    DraftWorker(QuestionDrafts drafts, QuizFileImporter files, SeedImporter seeds, ManagedExecutor executor) {
        this.drafts = drafts;
        this.files = files;
        this.seeds = seeds;
        this.executor = executor;
    }

    /**
     * Hands the start-up work to the worker and returns: no query here. The HTTP server opens after the start-up
     * observers, so the work runs while it does, and readiness is down from here until the work is done.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        startUp();
    }

    /**
     * The start-up work on the worker: the {@code seeds/} folder, the query for missing drafts, the {@code quizzes/}
     * files, the drafts; the future completes when all is done. Called once at start (and by tests, as a second start
     * on the same database would).
     */
    public synchronized CompletableFuture<Void> startUp() {
        seedsPending = true;
        draftsUnknown = true;
        filesPending = true;
        CompletableFuture<Void> before = running;
        running = before.handle((ok, failed) -> null).thenRunAsync(this::startUpWork, executor);
        return running;
    }

    private void startUpWork() {
        long start = System.nanoTime();
        try {
            seeds.importConfigured();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The seed articles could not be imported after start");
        } finally {
            seedsPending = false;
        }
        List<Long> ids = List.of();
        try {
            ids = claimNeedingDraft();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The articles needing a draft could not be found after start; a teacher's request drafts them");
        } finally {
            draftsUnknown = false;
        }
        importFiles();
        if (!ids.isEmpty()) {
            draft(ids);
        }
        LOG.infof("Start-up work done in %d ms after start", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private void importFiles() {
        try {
            files.importConfigured();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The question-set files could not be imported after start");
        } finally {
            filesPending = false;
        }
    }

    /** The articles that need a draft now and are not pending yet, marked pending. */
    private List<Long> claimNeedingDraft() {
        List<Long> ids = new java.util.ArrayList<>(QuarkusTransaction.requiringNew().call(drafts::needingDraft));
        ids.removeIf(id -> !pending.add(id));
        return ids;
    }

    /**
     * Finds the articles that need a draft now (in the caller's thread, so they are marked pending before it returns)
     * and drafts them on the worker; the future completes when all are done (each article's failure is logged and
     * leaves it to be drafted on a teacher's request).
     */
    public synchronized CompletableFuture<Void> draftMissing() {
        List<Long> ids = claimNeedingDraft();
        if (ids.isEmpty()) {
            return running;
        }
        CompletableFuture<Void> before = running;
        running = before.handle((ok, failed) -> null).thenRunAsync(() -> draft(ids), executor);
        return running;
    }

    private void draft(List<Long> ids) {
        long start = System.nanoTime();
        int made = 0;
        for (Long id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Article article = Article.findById(id);
                    if (article != null) {
                        drafts.make(article);
                    }
                });
                made++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Draft questions for article %d could not be made after start; a teacher's request "
                        + "makes them", id);
            } finally {
                pending.remove(id);
            }
        }
        LOG.infof("Draft questions for %d article(s) made after start in %d ms", made,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Whether the {@code seeds/} folder is still to be imported by the worker (right after start). */
    public boolean seedsPending() {
        return seedsPending;
    }

    /** Whether the {@code quizzes/} files are still to be imported by the worker (right after start). */
    public boolean filesPending() {
        return filesPending;
    }

    /** Whether the worker has nothing left to do: what readiness waits for. */
    public boolean idle() {
        return running.isDone() && !seedsPending && !filesPending;
    }

    /** How many articles wait for their draft (readiness' data). */
    int pendingDrafts() {
        return pending.size();
    }

    /** Whether this article's draft is still to be made by the worker (any article's, until it knows which). */
    public boolean isPending(long articleId) {
        return draftsUnknown || pending.contains(articleId);
    }

    /**
     * Waits until the worker has done everything it was given (the {@code quizzes/} files and the drafts), at most
     * {@code limit}: for tests that need the shipped set or the seed article's draft, and for a shutdown that wants
     * them stored. Throws if the limit passes.
     */
    public void awaitIdle(Duration limit) {
        try {
            running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the draft worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the draft worker failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the draft worker did not finish within " + limit + "; pending: " + pending);
        }
    }

    /** Marks an article as waiting for the worker, as at start (tests of the "being prepared" answers). */
    void hold(long articleId) {
        pending.add(articleId);
    }

    /** Ends {@link #hold}. */
    void release(long articleId) {
        pending.remove(articleId);
    }

    /** Marks the files as waiting for the worker, as right after start (tests of the "being prepared" answers). */
    void holdFiles() {
        filesPending = true;
    }

    /** Ends {@link #holdFiles}. */
    void releaseFiles() {
        filesPending = false;
    }
}
