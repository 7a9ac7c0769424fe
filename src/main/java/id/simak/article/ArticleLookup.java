package id.simak.article;

import jakarta.enterprise.context.ApplicationScoped;

import id.simak.web.ApiException;

/**
 * Finds an article for a request. Right after start the {@code seeds/} articles are still being stored (by the start-up
 * worker, {@link SeedImporter#importConfigured}): while that runs, an article that is not there yet answers 409
 * "Artikel sedang disiapkan" with {@code Retry-After: 2} instead of 404, as the drafts and the shipped sets do. A
 * load balancer sends no request to a node in that window (readiness is down until the start-up work is done).
 */
@ApplicationScoped
public class ArticleLookup {

    /** Until the configured {@code seeds/} folder has been imported once in this process. */
    private volatile boolean seedsPending = true;

    /** The article, or 404 (409 while the seed import after start runs). */
    public Article find(long id) {
        Article a = Article.findById(id);
        if (a == null) {
            throw missing(id);
        }
        return a;
    }

    /** The article's heading without its text (the reader's one row), or 404 (409 while the seed import runs). */
    public Article.Heading heading(long id) {
        Article.Heading a = Article.heading(id);
        if (a == null) {
            throw missing(id);
        }
        return a;
    }

    /** 404 for an article that is not there, or 409 while the seed import after start may still store it. */
    private ApiException missing(long id) {
        return seedsPending ? preparing() : ApiException.notFound("Artikel " + id + " tidak ada.");
    }

    /** Whether the {@code seeds/} articles are still to be stored after start (the list page says so). */
    public boolean seedsPending() {
        return seedsPending;
    }

    /** Called once the configured {@code seeds/} folder has been imported (or has failed: its errors are logged). */
    void seedsImported() {
        seedsPending = false;
    }

    /** Sets the state back (tests of the answers in the window after start). */
    void seedsPending(boolean pending) {
        seedsPending = pending;
    }

    static ApiException preparing() {
        return new ApiException(409, "Artikel sedang disiapkan", "Artikel bawaan (seeds/) sedang disimpan setelah "
                + "aplikasi dinyalakan. Coba lagi dalam beberapa detik.").retryAfter(2);
    }
}
