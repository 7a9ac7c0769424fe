package id.simak.quiz;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /q/health/ready}) is down until the start-up work of {@link DraftWorker} is done (the
 * {@code seeds/} articles stored, the {@code quizzes/} files imported, the seed articles drafted), so a load balancer
 * sends a node no learner before the shipped articles and question sets are there, and tests can wait for them. On a
 * restart with nothing new that is a fraction of a second after "started in" (the first queries of the process).
 */
@Readiness
@ApplicationScoped
public class StartupWorkCheck implements HealthCheck {

    private final DraftWorker worker;

    StartupWorkCheck(DraftWorker worker) {
        this.worker = worker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up work").status(worker.idle())
                .withData("seed files pending", worker.seedsPending())
                .withData("question-set files pending", worker.filesPending())
                .withData("drafts pending", worker.pendingDrafts()).build();
    }
}
