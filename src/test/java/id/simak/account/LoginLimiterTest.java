package id.simak.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tenFailuresLockTheAccountUntilTheFirstLeavesTheWindowAndASuccessClearsThem() {
        HandClock clock = new HandClock();
        LoginLimiter limiter = new LoginLimiter(10, 100, Duration.ofMinutes(15), 1000, clock);
        for (int i = 0; i < 9; i++) {
            limiter.failed("siti", "10.0.0.1");
            clock.now = clock.now.plusSeconds(1);
        }
        assertEquals(0, limiter.waitSeconds("siti", "10.0.0.1"));
        limiter.failed("SITI", "10.0.0.2");
        long wait = limiter.waitSeconds("siti", "10.0.0.3");
        assertTrue(wait > 14 * 60 && wait <= 15 * 60, "locked for the rest of the window: " + wait);
        assertEquals(0, limiter.waitSeconds("budi", "10.0.0.1"), "another account from the same address may log in");
        clock.now = clock.now.plus(Duration.ofMinutes(15)).minusSeconds(9);
        assertEquals(0, limiter.waitSeconds("siti", "10.0.0.1"), "the first failure has left the window");
        limiter.failed("siti", "10.0.0.1");
        assertTrue(limiter.waitSeconds("siti", "10.0.0.1") > 0);
        limiter.succeeded("siti");
        assertEquals(0, limiter.waitSeconds("siti", "10.0.0.9"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsStoppedByTheAddressLimit() {
        HandClock clock = new HandClock();
        LoginLimiter limiter = new LoginLimiter(10, 30, Duration.ofMinutes(15), 1000, clock);
        for (int i = 0; i < 30; i++) {
            limiter.failed("korban" + i, "203.0.113.7");
        }
        assertTrue(limiter.waitSeconds("korban-baru", "203.0.113.7") > 0);
        assertEquals(0, limiter.waitSeconds("korban-baru", "198.51.100.1"));
    }

    @Test
    void aFloodOfNamesNeverGrowsThePastTheCap() {
        HandClock clock = new HandClock();
        LoginLimiter limiter = new LoginLimiter(10, 1_000_000, Duration.ofMinutes(15), 100, clock);
        for (int i = 0; i < 1000; i++) {
            limiter.failed("nama" + i + "x".repeat(1000), "192.0.2.1");
        }
        // The limiter forgot rather than refusing everyone: a fresh name may log in.
        assertEquals(0, limiter.waitSeconds("segar", "192.0.2.2"));
    }
}
