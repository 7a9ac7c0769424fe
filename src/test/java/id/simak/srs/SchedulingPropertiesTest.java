package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Properties any sound scheduler keeps, checked on seeded random review histories. */
class SchedulingPropertiesTest {

    private static final Fsrs FSRS = new Fsrs(Fsrs.DEFAULT_PARAMETERS);

    @ParameterizedTest(name = "seed {0}: S in [0.001, 36500], D in [1, 10]")
    @CsvSource({"1", "2", "3", "2023", "987654321"})
    void memoryStaysInBounds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int card = 0; card < 200; card++) {
            MemoryState state = FSRS.initial(Rating.ofGrade(1 + random.nextInt(4)));
            for (int review = 0; review < 60; review++) {
                long elapsed = random.nextInt(3) == 0 ? 0 : random.nextLong(1, 4000);
                state = FSRS.next(state, Rating.ofGrade(1 + random.nextInt(4)), elapsed);
                assertTrue(state.stability() >= Fsrs.S_MIN && state.stability() <= Fsrs.S_MAX, state.toString());
                assertTrue(state.difficulty() >= 1 && state.difficulty() <= 10, state.toString());
            }
        }
    }

    @ParameterizedTest(name = "retention {0}: each on-time Good gives a longer interval")
    @CsvSource({"0.7", "0.8", "0.9", "0.95", "0.97"})
    void intervalsGrowWithGood(double retention) {
        FsrsScheduler scheduler = new FsrsScheduler(FSRS,
                SchedulerSettings.DEFAULTS.withFuzz(false).withDesiredRetention(retention));
        Instant now = Instant.parse("2024-01-01T12:00:00Z");
        CardState card = scheduler.schedule(CardState.newCard(1, now), Rating.EASY, now, ZoneOffset.UTC);
        int previous = card.intervalDays();
        for (int i = 0; i < 8 && previous < 36500; i++) {
            now = card.due();
            card = scheduler.schedule(card, Rating.GOOD, now, ZoneOffset.UTC);
            assertTrue(card.intervalDays() > previous, card.intervalDays() + " <= " + previous);
            previous = card.intervalDays();
        }
    }

    @ParameterizedTest(name = "seed {0}: review previews are ordered Hard < Good < Easy, fuzz {1}")
    @CsvSource({"11,true", "12,false"})
    void reviewPreviewsAreOrdered(long seed, boolean fuzz) {
        SplittableRandom random = new SplittableRandom(seed);
        FsrsScheduler scheduler = new FsrsScheduler(FSRS, SchedulerSettings.DEFAULTS.withFuzz(fuzz));
        for (int i = 0; i < 1000; i++) {
            Instant last = Instant.parse("2024-01-01T12:00:00Z");
            int interval = 1 + random.nextInt(400);
            CardState card = new CardState(i, CardPhase.REVIEW, 0, last.plus(Duration.ofDays(interval)),
                    random.nextDouble(0.1, 500), random.nextDouble(1, 10), 0, interval, 4, 0, last);
            var previews = scheduler.previews(card, last.plus(Duration.ofDays(random.nextLong(0, 600))),
                    ZoneOffset.UTC);
            int hard = previews.get(Rating.HARD).intervalDays();
            int good = previews.get(Rating.GOOD).intervalDays();
            int easy = previews.get(Rating.EASY).intervalDays();
            assertTrue(hard < good && good < easy, hard + " / " + good + " / " + easy);
        }
    }

    @ParameterizedTest(name = "seed {0}: Again never lengthens the interval")
    @CsvSource({"5", "6", "7"})
    void againNeverLengthensInterval(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FsrsScheduler noRelearning = new FsrsScheduler(FSRS, new SchedulerSettings(
                SchedulerSettings.DEFAULTS.learningSteps(), java.util.List.of(), 0.9, 36500, false, 4));
        for (int i = 0; i < 2000; i++) {
            MemoryState state = new MemoryState(random.nextDouble(0.01, 3000), random.nextDouble(1, 10));
            long elapsed = random.nextLong(0, 5000);
            assertTrue(FSRS.next(state, Rating.AGAIN, elapsed).stability() <= state.stability());
            Instant last = Instant.parse("2024-01-01T12:00:00Z");
            int interval = (int) Math.max(1, Math.round(FSRS.interval(state, 0.9)));
            CardState card = new CardState(1, CardPhase.REVIEW, 0, last.plus(Duration.ofDays(interval)),
                    state.stability(), state.difficulty(), 0, interval, 3, 0, last);
            CardState lapsed = noRelearning.schedule(card, Rating.AGAIN, last.plus(Duration.ofDays(elapsed)),
                    ZoneOffset.UTC);
            assertTrue(lapsed.intervalDays() <= interval, lapsed.intervalDays() + " > " + interval);
        }
    }

    @ParameterizedTest(name = "seed {0}: SM-2 Again never lengthens the interval")
    @CsvSource({"8", "9"})
    void sm2AgainNeverLengthensInterval(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Sm2Scheduler sm2 = new Sm2Scheduler(SchedulerSettings.DEFAULTS.withFuzz(true));
        for (int i = 0; i < 1000; i++) {
            int interval = 1 + random.nextInt(3000);
            Instant last = Instant.parse("2024-01-01T12:00:00Z");
            CardState card = new CardState(i, CardPhase.REVIEW, 0, last.plus(Duration.ofDays(interval)), 0, 0,
                    random.nextDouble(1.3, 3.5), interval, 3, 0, last);
            CardState lapsed = sm2.schedule(card, Rating.AGAIN, card.due(), ZoneOffset.UTC);
            assertTrue(lapsed.intervalDays() <= interval);
        }
    }
}
