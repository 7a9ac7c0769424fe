package id.simak.review;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * The review feature's metrics at {@code /q/metrics}: reviews written ({@code simak_reviews_written_total},
 * counted when their transaction commits, so a refused or repeated review is not counted) and runs of the
 * parameter optimizer ({@code simak_optimizer_runs_total}, with their time in {@code simak_optimizer_time_seconds}).
 */
@ApplicationScoped
@Startup
public class ReviewMetrics {

    private final Counter reviewsWritten;
    private final Counter optimizerRuns;
    private final Timer optimizerTime;
    private final TransactionSynchronizationRegistry transactions;

    ReviewMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.reviewsWritten = Counter.builder("simak.reviews.written")
                .description("Reviews stored (committed), from the pages and the API").register(registry);
        this.optimizerRuns = Counter.builder("simak.optimizer.runs")
                .description("Fits of a learner's FSRS parameters").register(registry);
        this.optimizerTime = Timer.builder("simak.optimizer.time")
                .description("Time of one fit of a learner's FSRS parameters").register(registry);
    }

    /** Counts one review when the current transaction commits. */
    void reviewWritten() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    reviewsWritten.increment();
                }
            }
        });
    }

    /** Runs one fit of the optimizer, counted and timed. */
    <T> T optimizerRun(Supplier<T> fit) {
        optimizerRuns.increment();
        return optimizerTime.record(fit);
    }
}
