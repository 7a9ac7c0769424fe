package id.simak.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The time of the review feature. Always the system clock in the app; tests set a fixed {@link Clock} to
 * cross day boundaries and let cards fall due, and set it back afterwards.
 */
@ApplicationScoped
public class ReviewClock {

    private volatile Clock clock = Clock.systemUTC();

    /** Now, to the microsecond the database keeps, so a stored time reads back exactly as it was answered. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For tests: the clock to use from now on; {@code null} goes back to the system clock. */
    public void use(Clock fixed) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
    }
}
