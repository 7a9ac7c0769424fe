package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytic gradient of the optimizer's loss against central finite differences on the sample log and on
 * a synthetic history.
 Tolerance: |analytic - numeric| <= 1e-5 * (1 + |numeric|) per parameter, with step h = 1e-6 * (1 + |w_j|).
 * Rounding in the summed loss costs about 1e-6 at that step, and a step that crosses one of the model's
 * kinks (a clamp, the failure cap, the same-day floor) shifts the difference by up to ~1e-5 (seen on w20 at
 * the far point); a missing or wrong term is off by far more. The sample log is almost only Again and Good,
 * so a synthetic history with all four ratings and same-day reviews covers the Hard, Easy and short-term
 * terms.
 */
class LossGradientTest {

    private static List<ReviewSequence> sample;
    private static List<ReviewSequence> synthetic;

    @BeforeAll
    static void readSample() throws IOException {
        try (Reader reader = new InputStreamReader(
                LossGradientTest.class.getResourceAsStream("/fsrs/review-log-sample.csv"),
                StandardCharsets.UTF_8)) {
            sample = ReviewLog.parse(reader).sequences(DayConvention.UTC_CALENDAR);
        }
        synthetic = syntheticHistory(300, 42);
    }

    /** Cards with every rating, same-day steps and gaps up to two months, at random. */
    static List<ReviewSequence> syntheticHistory(int cards, long seed) {
        Random random = new Random(seed);
        List<ReviewSequence> history = new ArrayList<>();
        Instant day0 = Instant.parse("2025-01-01T08:00:00Z");
        for (int card = 0; card < cards; card++) {
            int n = 2 + random.nextInt(12);
            int[] grades = new int[n];
            long[] elapsed = new long[n];
            Instant[] times = new Instant[n];
            long day = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                grades[i] = 1 + random.nextInt(4);
                elapsed[i] = i == 0 ? 0 : random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(60);
                day += elapsed[i];
                times[i] = day0.plus(Duration.ofDays(day)).plusSeconds(60L * i);
            }
            history.add(new ReviewSequence(card, grades, elapsed, times));
        }
        return history;
    }

    static Stream<Arguments> points() {
        double[] fitted = {0.31, 1.9, 3.4, 12.1, 6.9, 0.62, 2.4, 0.02, 1.6, 0.21, 0.95, 1.7, 0.09, 0.31, 1.4,
            0.45, 2.2, 0.61, 0.13, 0.12, 0.23};
        double[] farOff = {1.5, 0.4, 6.0, 30.0, 3.1, 1.9, 0.8, 0.3, 2.6, 0.05, 2.1, 0.9, 0.2, 0.6, 2.7, 0.85,
            3.9, 1.1, 0.4, 0.5, 0.5};
        return Stream.of(Arguments.of("sample log, FSRS-6 defaults", "sample", Fsrs.DEFAULT_PARAMETERS, true),
                Arguments.of("sample log, a fitted-like point", "sample", fitted, true),
                Arguments.of("sample log, far from the defaults", "sample", farOff, true),
                Arguments.of("sample log, far from the defaults, unweighted", "sample", farOff, false),
                Arguments.of("synthetic, FSRS-6 defaults", "synthetic", Fsrs.DEFAULT_PARAMETERS, true),
                Arguments.of("synthetic, a fitted-like point", "synthetic", fitted, true),
                Arguments.of("synthetic, far from the defaults", "synthetic", farOff, false));
    }

    private static List<ReviewSequence> history(String which) {
        return which.equals("sample") ? sample : synthetic;
    }

    @ParameterizedTest(name = "{0}, recency weighting {3}")
    @MethodSource("points")
    void analyticGradientMatchesCentralDifferences(String name, String which, double[] w, boolean recency) {
        List<ParameterOptimizer.Weighted> data = ParameterOptimizer.weigh(history(which), recency);
        double[] analytic = new double[LossGradient.N];
        double loss = 0;
        LossGradient model = new LossGradient(w);
        for (ParameterOptimizer.Weighted seq : data) {
            loss += model.add(seq.sequence(), seq.weights(), analytic);
        }
        assertEquals(ParameterOptimizer.weightedLoss(w, data), loss, 1e-9 * loss);
        for (int j = 0; j < LossGradient.N; j++) {
            double h = 1e-6 * (1 + Math.abs(w[j]));
            double[] up = w.clone();
            up[j] += h;
            double[] down = w.clone();
            down[j] -= h;
            double numeric = (ParameterOptimizer.weightedLoss(up, data) - ParameterOptimizer.weightedLoss(down, data))
                    / (2 * h);
            assertTrue(Math.abs(analytic[j] - numeric) <= 1e-5 * (1 + Math.abs(numeric)),
                    "w" + j + ": analytic " + analytic[j] + ", central difference " + numeric);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void unweightedLossIsTheReplayedLogLoss(String name, String which, double[] w, boolean recency) {
        List<ParameterOptimizer.Weighted> data = ParameterOptimizer.weigh(history(which), false);
        assertEquals(ParameterOptimizer.logLoss(w, history(which)), ParameterOptimizer.weightedLoss(w, data), 1e-9);
    }
}
