package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anki SM-2 worked by hand from the defaults in rslib (ease 2.5, hard 1.2, easy 1.3, lapse 0 → 1 day). */
class Sm2SchedulerTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Sm2Scheduler SM2 = new Sm2Scheduler(SchedulerSettings.DEFAULTS.withFuzz(false));
    private static final Instant LAST = Instant.parse("2024-03-01T12:00:00Z");

    private static CardState inReview(int intervalDays, double ease) {
        return new CardState(9, CardPhase.REVIEW, 0, LAST.plus(Duration.ofDays(intervalDays)), 0, 0, ease,
                intervalDays, 5, 0, LAST);
    }

    @ParameterizedTest(name = "ivl {0}, ease {1}, reviewed after {2} d, {3} -> {4} d, ease {5}")
    @CsvSource({
        // on time: hard 10×1.2=12; good 10×2.5=25; easy 10×2.5×1.3=32.5 → 33
        "10,2.5,10,HARD,12,2.35", "10,2.5,10,GOOD,25,2.5", "10,2.5,10,EASY,33,2.65",
        // 4 days late: good (10+2)×2.5=30; easy 14×2.5×1.3=45.5 → 46; hard ignores lateness
        "10,2.5,14,HARD,12,2.35", "10,2.5,14,GOOD,30,2.5", "10,2.5,14,EASY,46,2.65",
        // 6 days early: hard max(4×1.2, 10×1.2/2)=6; good max(4×2.5, 10)=10; easy 10×1.15=11.5 → 12
        "10,2.5,4,HARD,6,2.35", "10,2.5,4,GOOD,10,2.5", "10,2.5,4,EASY,12,2.65",
        // hard must beat the old interval by a day: 1×1.2 → 2; good then at least 3
        "1,2.5,1,HARD,2,2.35", "1,1.3,1,GOOD,3,1.3",
        // the ease never drops below 1.3
        "20,1.3,20,HARD,24,1.3"})
    void reviewIntervalsAndEase(int ivl, double ease, int after, Rating rating, int days, double newEase) {
        CardState next = SM2.schedule(inReview(ivl, ease), rating, LAST.plus(Duration.ofDays(after)), UTC);
        assertEquals(CardPhase.REVIEW, next.phase());
        assertEquals(days, next.intervalDays());
        assertEquals(newEase, next.ease(), 1e-9);
    }

    @ParameterizedTest(name = "Anki extreme_multiplier_fuzz: ivl 1, ease 1.3, fuzz {0} -> {1}/{2}/{3}")
    @CsvSource({"0.0,2,3,4", "0.99,2,4,6"})
    void ankiLowEaseIntervalsStayOrdered(double fuzz, int hard, int good, int easy) {
        // rslib/src/scheduler/states/review.rs test extreme_multiplier_fuzz, first two expectations.
        assertArrayEquals(new int[] {hard, good, easy}, Sm2Scheduler.passingIntervals(1, 0, 1.3, fuzz, 36500));
    }

    @ParameterizedTest(name = "lapse at ivl {0}, ease {1} -> relearn 10 min, then {2} d, ease {3}")
    @CsvSource({"10,2.5,1,2.3", "100,1.4,1,1.3"})
    void lapseGoesThroughRelearning(int ivl, double ease, int days, double newEase) {
        Instant now = LAST.plus(Duration.ofDays(ivl));
        CardState lapsed = SM2.schedule(inReview(ivl, ease), Rating.AGAIN, now, UTC);
        assertEquals(CardPhase.RELEARNING, lapsed.phase());
        assertEquals(Duration.ofMinutes(10), Duration.between(now, lapsed.due()));
        assertEquals(1, lapsed.lapses());
        assertEquals(newEase, lapsed.ease(), 1e-9);
        CardState relearnt = SM2.schedule(lapsed, Rating.GOOD, lapsed.due(), UTC);
        assertEquals(CardPhase.REVIEW, relearnt.phase());
        assertEquals(days, relearnt.intervalDays());
    }

    // Easy graduates at 4 d; Good on time then gives 4 × 2.5 = 10 d.
    @ParameterizedTest(name = "new card {0} then {1} -> {2} {3}")
    @CsvSource({"GOOD,GOOD,REVIEW,PT24H", "GOOD,AGAIN,LEARNING,PT1M", "AGAIN,HARD,LEARNING,PT5M30S",
        "EASY,GOOD,REVIEW,P10D", "HARD,GOOD,LEARNING,PT10M"})
    void learningSteps(Rating first, Rating second, CardPhase phase, String delay) {
        Instant now = Instant.parse("2024-03-01T12:00:00Z");
        CardState card = SM2.schedule(CardState.newCard(1, now), first, now, UTC);
        Instant later = card.due();
        CardState next = SM2.schedule(card, second, later, UTC);
        assertEquals(phase, next.phase());
        assertEquals(Duration.parse(delay), Duration.between(later, next.due()));
    }
}
