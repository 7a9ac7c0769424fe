package id.simak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import id.simak.quiz.DraftWorker;

/**
 * Before every {@code @QuarkusTest} method: waits (at most two minutes, then the test fails, never hangs) until the
 * start-up work after start is done, the shipped {@code quizzes/} set imported and the seed articles drafted, as a
 * load balancer waits for readiness. Tests then find the app as a learner finds a ready node. A test class marked
 * {@link NotAwaited} looks at the app before that (the window between "started in" and readiness).
 */
public class StartupWorkDone implements QuarkusTestBeforeEachCallback {

    /** The test class checks the app while its start-up work is still running: this callback does not wait. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface NotAwaited {
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance().getClass().isAnnotationPresent(NotAwaited.class)) {
            return;
        }
        var worker = Arc.container().instance(DraftWorker.class);
        if (worker.isAvailable()) {
            worker.get().awaitIdle(Duration.ofMinutes(2));
        }
    }
}
