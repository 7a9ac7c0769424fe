package id.simak.article;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;

/**
 * For a test of the window between "started in" and readiness (enabled only by its test profile's
 * {@code getEnabledAlternatives}): holds the seed import after start, on the worker's thread, between looking the
 * first seed file up and storing it, until the test calls {@link #release} (at most two minutes).
 */
@Alternative
@ApplicationScoped
public class HeldSeedImport {

    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final CountDownLatch REACHED = new CountDownLatch(1);

    /** Before the start-up worker is handed its work (its observer has priority APPLICATION + 1000). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event, SeedImporter importer) {
        importer.afterLookup(() -> {
            importer.afterLookup(() -> {
            });
            REACHED.countDown();
            try {
                RELEASE.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Waits until the worker is held in the seed import; false if it did not get there within the time. */
    public static boolean awaitHeld(long seconds) throws InterruptedException {
        return REACHED.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the seed import go on. */
    public static void release() {
        RELEASE.countDown();
    }
}
