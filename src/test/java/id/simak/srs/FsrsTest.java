package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Memory-model vectors copied from the team's FSRS reference (fsrs/README.md §2, itself read from
 * fsrs-rs src/model.rs and src/inference.rs, ts-fsrs and py-fsrs tests). fsrs-rs computes in f32, hence 1e-4.
 */
class FsrsTest {

    private static final double RS = 1e-4;
    private static final Fsrs DEFAULT = new Fsrs(Fsrs.DEFAULT_PARAMETERS);

    /** Old FSRS-6 defaults (fsrs-rs 2025-04-25…06-06, java-fsrs 1.0.0). */
    static final double[] OLD_FSRS6 = {0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112,
        1.0178, 1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2};
    /** FSRS-5 defaults (19 values). */
    static final double[] FSRS5 = {0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621};
    /** fsrs-rs src/inference.rs PARAMETERS (19 values), used by V2. */
    static final double[] RS_INFERENCE = {0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
        1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035,
        3.201072, 0.18046261, 0.121442534};

    private static Fsrs withDecay(double decay) {
        double[] w = Fsrs.DEFAULT_PARAMETERS.clone();
        w[20] = decay;
        return new Fsrs(w);
    }

    private static double[] shortTermOff(double[] parameters) {
        double[] w = Fsrs.migrate(parameters);
        w[17] = 0;
        w[18] = 0;
        w[19] = 0;
        return w;
    }

    @ParameterizedTest(name = "R({0}, S={1}) = {2}")
    @CsvSource({"0,1,1.0", "1,2,0.9403443", "2,3,0.9253786", "3,4,0.9185229", "4,4,0.9", "5,2,0.8261359"})
    void formula1_powerForgettingCurve(double t, double s, double expected) {
        assertEquals(expected, DEFAULT.retrievability(new MemoryState(s, 5), t), 1e-7);
    }

    @ParameterizedTest(name = "ts R({0}, S=1) = {1}")
    @CsvSource({"0,1.0", "1,0.9", "2,0.84588465", "3,0.8093881"})
    void formula2_forgettingCurveTs(double t, double expected) {
        assertEquals(expected, DEFAULT.retrievability(new MemoryState(1, 5), t), 1e-8);
    }

    @ParameterizedTest(name = "decay 0.2: R({0}, S=1) = {1}")
    @CsvSource({"0,1.0", "1,0.9", "2,0.84028935", "3,0.7985001"})
    void formula3_currentRetrievabilityWithDecay02(double t, double expected) {
        assertEquals(expected, withDecay(0.2).retrievability(new MemoryState(1, 5), t), 1e-7);
    }

    @ParameterizedTest(name = "{0}: S0={1}, D0={2}")
    @CsvSource({"AGAIN,0.212,6.4133", "HARD,1.2931,5.11217071", "GOOD,2.3065,2.11810397", "EASY,8.2956,1"})
    void formula4and5_initialStabilityAndDifficulty(Rating rating, double s0, double d0) {
        MemoryState state = DEFAULT.initial(rating);
        assertEquals(s0, state.stability(), 1e-12);
        assertEquals(d0, state.difficulty(), 1e-8);
    }

    @ParameterizedTest(name = "D=5, {0}: damped {1}, reverted {2}")
    @CsvSource({"AGAIN,8.354889,8.34176237", "HARD,6.6774445,6.66599536", "GOOD,5.0,4.99022837",
        "EASY,3.3225555,3.31446137"})
    void formula6and7_nextDifficulty(Rating rating, double damped, double reverted) {
        assertEquals(damped, DEFAULT.linearDamping(5, rating), 1e-6);
        assertEquals(reverted, DEFAULT.nextDifficulty(5, rating), 1e-8);
    }

    @ParameterizedTest(name = "S=5 D={0} R={1} {2}: recall {3}, forget {4}")
    @CsvSource({"1,0.9,AGAIN,25.60252118,1.05253961", "2,0.8,HARD,28.22657096,1.18943295",
        "3,0.7,GOOD,58.65599107,1.36808387", "4,0.6,EASY,127.2266925,1.58498896"})
    void formula8and9_nextStability(double d, double r, Rating rating, double recall, double forget) {
        // The reference calls the success formula for all four rows; for AGAIN that means no penalty or bonus.
        Rating successRating = rating == Rating.AGAIN ? Rating.GOOD : rating;
        assertEquals(recall, DEFAULT.stabilityAfterSuccess(5, d, r, successRating), 1e-5);
        assertEquals(forget, DEFAULT.stabilityAfterFailure(5, d, r), 1e-7);
    }

    @ParameterizedTest(name = "same day S=5 {0} -> {1}")
    @CsvSource({"AGAIN,1.596818", "HARD,5.0", "GOOD,5.0", "EASY,8.12960956"})
    void formula10_shortTermStabilityNeverLowersOnHard(Rating rating, double expected) {
        assertEquals(expected, DEFAULT.next(new MemoryState(5, 5), rating, 0).stability(), 1e-6);
    }

    static Stream<Arguments> intervals() {
        long[] current = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        long[] old = {144193, 4505, 592, 139, 45, 17, 7, 3, 1, 1};
        return Stream.iterate(1, i -> i <= 10, i -> i + 1)
                .map(i -> Arguments.of(i / 10.0, current[i - 1], old[i - 1]));
    }

    @ParameterizedTest(name = "DR={0}: {1} days (old defaults {2})")
    @MethodSource("intervals")
    void formula11and12_nextInterval(double retention, long expected, long expectedOld) {
        MemoryState one = new MemoryState(1, 5);
        assertEquals(expected, Math.max(1, Math.round(DEFAULT.interval(one, retention))));
        assertEquals(expectedOld, Math.max(1, Math.round(new Fsrs(OLD_FSRS6).interval(one, retention))));
    }

    @ParameterizedTest(name = "decay {0}: FACTOR {1}")
    @CsvSource({"0.1542,0.98034649", "0.5,0.2345679012"})
    void formula13_factor(double decay, double expected) {
        assertEquals(expected, withDecay(decay).factor(), 1e-8);
    }

    static Stream<Arguments> v1Cases() {
        return Stream.of(
                Arguments.of("FSRS-6 default", Fsrs.DEFAULT_PARAMETERS, 53.62691, 6.3574867),
                Arguments.of("FSRS-6 short-term off", shortTermOff(Fsrs.DEFAULT_PARAMETERS), 53.335106, 6.3574867),
                Arguments.of("FSRS-5", FSRS5, 48.26549438, 7.10441712),
                Arguments.of("FSRS-5 short-term off", shortTermOff(FSRS5), 48.065163, 7.10441712),
                Arguments.of("old FSRS-6", OLD_FSRS6, 49.4473, 6.8573),
                Arguments.of("old FSRS-6 short-term off", shortTermOff(OLD_FSRS6), 48.6015, 6.8573));
    }

    private static MemoryState replay(Fsrs fsrs, int[] grades, long[] elapsed) {
        MemoryState state = fsrs.initial(Rating.ofGrade(grades[0]));
        for (int i = 1; i < grades.length; i++) {
            state = fsrs.next(state, Rating.ofGrade(grades[i]), elapsed[i]);
        }
        return state;
    }

    @ParameterizedTest(name = "V1 {0}: S={2}, D={3}")
    @MethodSource("v1Cases")
    void v1_canonicalMemoryState(String label, double[] parameters, double s, double d) {
        MemoryState state = replay(new Fsrs(parameters), new int[] {1, 3, 3, 3, 3, 3}, new long[] {0, 0, 1, 3, 8, 21});
        assertEquals(s, state.stability(), RS);
        assertEquals(d, state.difficulty(), RS);
    }

    @ParameterizedTest(name = "V1 step {0}: S={1}, D={2}")
    @CsvSource({"0,0.212,6.4133", "1,0.24668919,6.40211507", "2,2.02147725,6.39094132",
        "3,7.86369884,6.37977875", "4,21.91771315,6.36862734", "5,53.62690292,6.35748708"})
    void v1_intermediateStates(int upTo, double s, double d) {
        int[] grades = Arrays.copyOf(new int[] {1, 3, 3, 3, 3, 3}, upTo + 1);
        long[] elapsed = Arrays.copyOf(new long[] {0, 0, 1, 3, 8, 21}, upTo + 1);
        MemoryState state = replay(DEFAULT, grades, elapsed);
        assertEquals(s, state.stability(), 1e-7);
        assertEquals(d, state.difficulty(), 1e-7);
    }

    @ParameterizedTest(name = "V2 memo state {0}/{1}")
    @CsvSource({"31.722992,7.382128"})
    void v2_memoStateWith19Parameters(double s, double d) {
        MemoryState state = replay(new Fsrs(RS_INFERENCE), new int[] {1, 3, 3, 3, 3}, new long[] {0, 1, 3, 8, 21});
        assertEquals(s, state.stability(), RS);
        assertEquals(d, state.difficulty(), RS);
    }

    @ParameterizedTest(name = "V2 next state {0}: S={1} D={2}")
    @CsvSource({"AGAIN,2.9691455,8.000659", "HARD,17.091452,7.6913934", "GOOD,31.722992,7.382128",
        "EASY,71.7502,7.0728626"})
    void v2_nextStatesWith19Parameters(Rating rating, double s, double d) {
        Fsrs fsrs = new Fsrs(RS_INFERENCE);
        MemoryState before = replay(fsrs, new int[] {1, 3, 3, 3}, new long[] {0, 1, 3, 8});
        MemoryState after = fsrs.next(before, rating, 21);
        assertEquals(s, after.stability(), RS);
        assertEquals(d, after.difficulty(), RS);
        // decay 0.5 and retention 0.9 make the interval equal to the stability.
        assertEquals(s, fsrs.interval(after, 0.9), RS);
    }

    @ParameterizedTest(name = "V2 good from S=20.925528 D=7.005062")
    @CsvSource({"40.87456,6.9913807"})
    void v2_goodAfter21Days(double s, double d) {
        MemoryState after = new Fsrs(RS_INFERENCE).next(new MemoryState(20.925528, 7.005062), Rating.GOOD, 21);
        assertEquals(s, after.stability(), RS);
        assertEquals(d, after.difficulty(), RS);
        assertEquals(121.01551, new Fsrs(RS_INFERENCE).interval(new MemoryState(121.01552, 5), 0.9), RS);
    }

    @ParameterizedTest(name = "V3 ease {0} ivl {1} r {2}: S={3} D={4}")
    @CsvSource({"2.5,10,0.9,10.0,6.9140563", "2.5,10,0.8,3.01572,9.393428", "2.5,10,0.95,24.841097,1.2974405",
        "1.3,20,0.9,20.0,10.0"})
    void v3_memoryStateFromSm2(double ease, double interval, double retention, double s, double d) {
        MemoryState state = DEFAULT.fromSm2(ease, interval, retention);
        assertEquals(s, state.stability(), RS);
        assertEquals(d, state.difficulty(), RS);
    }

    @ParameterizedTest(name = "17 parameters are migrated")
    @CsvSource({"0.4;0.6;2.4;5.8;4.93;0.94;0.86;0.01;1.49;0.14;0.94;2.18;0.05;0.34;1.26;0.29;2.61,"
        + "0.4;0.6;2.4;5.8;6.81;0.44675013;1.36;0.01;1.49;0.14;0.94;2.18;0.05;0.34;1.26;0.29;2.61;0.0;0.0;0.0;0.5"})
    void migratesFsrs45Parameters(String given, String expected) {
        double[] in = Arrays.stream(given.split(";")).mapToDouble(Double::parseDouble).toArray();
        double[] out = Arrays.stream(expected.split(";")).mapToDouble(Double::parseDouble).toArray();
        double[] migrated = new Fsrs(in).parameters();
        for (int i = 0; i < out.length; i++) {
            assertEquals(out[i], migrated[i], 1e-7, "w" + i);
        }
    }

    @ParameterizedTest(name = "w{0} = {1} is rejected")
    @CsvSource({"0,0", "4,10.5", "7,0.9", "16,0.5", "20,0.05", "20,0.9", "19,-0.1"})
    void rejectsParametersOutOfBounds(int index, double value) {
        double[] w = Fsrs.DEFAULT_PARAMETERS.clone();
        w[index] = value;
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(w));
    }

    @ParameterizedTest(name = "{0} values are rejected")
    @CsvSource({"0", "18", "20", "22"})
    void rejectsWrongLength(int length) {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(new double[length]));
    }
}
