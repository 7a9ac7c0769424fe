package id.simak;

import java.time.Duration;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import id.simak.quiz.DraftWorker;

/**
 * Before every {@code @QuarkusTest} method: waits (at most two minutes, then the test fails, never hangs) until the
 * start-up work after start is done, the shipped {@code quizzes/} set imported and the seed articles drafted, as a
 * load balancer waits for readiness. Tests then find the app as a learner finds a ready node.
 */
public class StartupWorkDone implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        var worker = Arc.container().instance(DraftWorker.class);
        if (worker.isAvailable()) {
            worker.get().awaitIdle(Duration.ofMinutes(2));
        }
    }
}
