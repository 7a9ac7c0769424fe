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

/**
 * Drafts the questions of the articles imported at start (and of any article whose untouched draft is missing or
 * out of date) right after start, on a worker thread, one article per transaction: the start itself then loads no
 * dictionary. While an article waits here, {@link QuestionDrafts#refresh} answers "Draf soal sedang disiapkan"
 * (409 in the API, a notice on the teacher's page) instead of drafting it a second time. Idempotent: a second run,
 * or a second node starting on the same database, finds the drafts made (see {@link QuestionDrafts#make}).
 */
@ApplicationScoped
public class DraftWorker {

    private static final Logger LOG = Logger.getLogger(DraftWorker.class);

    private final QuestionDrafts drafts;
    private final ManagedExecutor executor;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    DraftWorker(QuestionDrafts drafts, ManagedExecutor executor) {
        this.drafts = drafts;
        this.executor = executor;
    }

    /** After the other start-up observers (the seed and quiz-file imports, priority 2500): only a query here. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        draftMissing();
    }

    /**
     * Finds the articles that need a draft now (in the caller's thread, so they are marked pending before it returns)
     * and drafts them on the worker; the future completes when all are done (each article's failure is logged and
     * leaves it to be drafted on a teacher's request).
     */
    public synchronized CompletableFuture<Void> draftMissing() {
        List<Long> ids = new java.util.ArrayList<>(QuarkusTransaction.requiringNew().call(drafts::needingDraft));
        ids.removeIf(pending::contains);
        if (ids.isEmpty()) {
            return running;
        }
        pending.addAll(ids);
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

    /** Whether this article's draft is still to be made by the worker. */
    public boolean isPending(long articleId) {
        return pending.contains(articleId);
    }

    /**
     * Waits until the worker has drafted everything it was given, at most {@code limit}: for tests that need the
     * seed article's draft, and for a shutdown that wants the drafts stored. Throws if the limit passes.
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
}
