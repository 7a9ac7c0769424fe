package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How much the optimizer fits given how many long-term reviews it sees, on prefixes of the sample log. */
class ParameterOptimizerTest {

    private static ReviewLog log;
    private static List<ReviewSequence> sample;

    @BeforeAll
    static void readSample() throws IOException {
        try (Reader reader = new InputStreamReader(
                ParameterOptimizerTest.class.getResourceAsStream("/fsrs/review-log-sample.csv"),
                StandardCharsets.UTF_8)) {
            log = ReviewLog.parse(reader);
            sample = log.sequences(DayConvention.UTC_CALENDAR);
        }
    }

    /** Cards of the sample, in order, holding at most {@code items} scored reviews in total. */
    private static List<ReviewSequence> withItems(int items) {
        List<ReviewSequence> picked = new ArrayList<>();
        int count = 0;
        for (ReviewSequence seq : sample) {
            int more = ParameterOptimizer.countItems(seq);
            if (count + more <= items) {
                picked.add(seq);
                count += more;
            }
        }
        return picked;
    }

    @ParameterizedTest(name = "{0} items: {1} parameters fitted")
    @CsvSource({"0,0", "7,0", "100,4", "399,4", "400,21", "6000,21"})
    void fitsMoreParametersWithMoreData(int items, int fitted) {
        ParameterOptimizer.Result result = new ParameterOptimizer().optimize(withItems(items),
                Fsrs.DEFAULT_PARAMETERS);
        assertEquals(Math.min(items, 6032), result.items());
        assertEquals(fitted, result.fittedParameters());
        double[] w = result.parameters();
        for (int j = fitted; j < Fsrs.PARAMETER_COUNT; j++) {
            assertEquals(Fsrs.DEFAULT_PARAMETERS[j], w[j], 0.0, "w" + j + " must stay at its default");
        }
        if (result.changed()) {
            assertTrue(result.logLoss() < result.previousLogLoss());
            new Fsrs(w); // throws if a fitted value left the bounds
        } else {
            assertArrayEquals(Fsrs.DEFAULT_PARAMETERS, w);
        }
    }

    @ParameterizedTest(name = "refitting its own result with {0} epochs never makes the fit worse")
    @CsvSource({"1", "5"})
    void keepsOldParametersUnlessBetter(int epochs) {
        List<ReviewSequence> history = withItems(2000);
        ParameterOptimizer optimizer = new ParameterOptimizer(epochs, 512, 0.04, 1.0, 7);
        ParameterOptimizer.Result first = new ParameterOptimizer().optimize(history, Fsrs.DEFAULT_PARAMETERS);
        ParameterOptimizer.Result second = optimizer.optimize(history, first.parameters());
        assertTrue(second.logLoss() <= first.logLoss() + 1e-12);
        if (!second.changed()) {
            assertArrayEquals(first.parameters(), second.parameters());
        }
    }

    @ParameterizedTest(name = "full sample: fitted log loss {0} below defaults")
    @CsvSource({"0.01"})
    void fitOnWholeSampleImprovesOnDefaults(double margin) {
        ParameterOptimizer.Result result = new ParameterOptimizer().optimize(sample, Fsrs.DEFAULT_PARAMETERS);
        assertTrue(result.changed());
        assertTrue(result.logLoss() < result.previousLogLoss() - margin,
                result.previousLogLoss() + " -> " + result.logLoss());
        assertFalse(Double.isNaN(result.logLoss()));
    }

    /**
     * The first quarter of the sample log's rows holds 1,103 scored reviews, three batches: five epochs are 15
     * Adam steps, and where they stop depends on the shuffle. With at least
     * {@link ParameterOptimizer#MINIMUM_STEPS} steps, five shuffles' fits predict the later reviews alike (seen:
     * a mean difference of 0.009 between two shuffles against 0.019) and fit the history better.
     */
    @Test
    void aSmallHistoryIsFittedToTheSameRecallWhateverTheShuffle() {
        Instant split = log.timeAtFraction(0.25);
        List<ReviewSequence> history = ReviewSequence.allBefore(sample, split);
        double[] spread = new double[2];
        double[] loss = new double[2];
        int[] minimumSteps = {0, ParameterOptimizer.MINIMUM_STEPS};
        for (int k = 0; k < 2; k++) {
            List<double[]> predictions = new ArrayList<>();
            for (long seed = 1; seed <= 5; seed++) {
                ParameterOptimizer.Result fit = new ParameterOptimizer(5, 512, 0.04, 1.0, seed, true, false,
                        minimumSteps[k]).optimize(history, Fsrs.DEFAULT_PARAMETERS);
                predictions.add(predictions(fit.parameters(), sample, split));
                loss[k] += fit.logLoss() / 5;
            }
            for (int a = 0; a < 5; a++) {
                for (int b = a + 1; b < 5; b++) {
                    spread[k] += meanAbsoluteDifference(predictions.get(a), predictions.get(b)) / 10;
                }
            }
        }
        assertTrue(spread[1] < 0.6 * spread[0], "mean |difference| of two shuffles' predicted recall: "
                + spread[0] + " in 5 epochs, " + spread[1] + " in at least " + minimumSteps[1] + " steps");
        assertTrue(loss[1] < loss[0], "log loss on the history " + loss[0] + " in 5 epochs, " + loss[1] + " in more");
    }

    /** The predicted recall of every scored review of {@code history} at or after {@code from}. */
    private static double[] predictions(double[] w, List<ReviewSequence> history, Instant from) {
        Fsrs model = new Fsrs(w);
        List<Double> out = new ArrayList<>();
        for (ReviewSequence seq : history) {
            MemoryState state = model.initial(Rating.ofGrade(seq.grades()[0]));
            for (int i = 1; i < seq.size(); i++) {
                if (seq.elapsed()[i] > 0 && !seq.times()[i].isBefore(from)) {
                    out.add(model.retrievability(state, seq.elapsed()[i]));
                }
                state = model.next(state, Rating.ofGrade(seq.grades()[i]), seq.elapsed()[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double meanAbsoluteDifference(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /**
     * A learner who recalled 95 % of reviews for 150 days and then only 60 %: every card is reviewed
     * throughout, so the change is in behaviour, not in which cards are seen.
     */
    private static List<ReviewSequence> learnerWhoGotWorse() {
        Random random = new Random(11);
        Instant day0 = Instant.parse("2025-01-01T08:00:00Z");
        List<ReviewSequence> history = new ArrayList<>();
        for (int card = 0; card < 300; card++) {
            List<Integer> grades = new ArrayList<>();
            List<Long> gaps = new ArrayList<>();
            long day = random.nextInt(20);
            grades.add(3);
            gaps.add(0L);
            while (true) {
                long gap = 3 + random.nextInt(10);
                day += gap;
                if (day >= 200) {
                    break;
                }
                double recall = day < CHANGE_DAY ? 0.95 : 0.6;
                grades.add(random.nextDouble() < recall ? 3 : 1);
                gaps.add(gap);
            }
            int n = grades.size();
            int[] g = new int[n];
            long[] e = new long[n];
            Instant[] t = new Instant[n];
            long at = 0;
            for (int i = 0; i < n; i++) {
                g[i] = grades.get(i);
                e[i] = gaps.get(i);
                at += e[i];
                t[i] = day0.plus(Duration.ofDays(at)).plusSeconds(card);
            }
            history.add(new ReviewSequence(card, g, e, t));
        }
        return history;
    }

    private static final long CHANGE_DAY = 150;

    @Test
    void recencyWeightingFollowsTheLearnersRecentBehaviour() {
        List<ReviewSequence> history = learnerWhoGotWorse();
        Instant change = Instant.parse("2025-01-01T08:00:00Z").plus(Duration.ofDays(CHANGE_DAY));
        ParameterOptimizer.Result weighted = new ParameterOptimizer(5, 512, 0.04, 1.0, 2023, true)
                .optimize(history, Fsrs.DEFAULT_PARAMETERS);
        ParameterOptimizer.Result plain = new ParameterOptimizer(5, 512, 0.04, 1.0, 2023, false)
                .optimize(history, Fsrs.DEFAULT_PARAMETERS);
        PredictionMetrics recentWeighted = Evaluation.fsrs(new Fsrs(weighted.parameters()), history, change);
        PredictionMetrics recentPlain = Evaluation.fsrs(new Fsrs(plain.parameters()), history, change);
        double recalled = recentPlain.meanRecall();
        assertTrue(recalled < 0.7, "the constructed learner recalls " + recalled + " lately");
        assertTrue(meanPrediction(weighted.parameters(), history, change)
                < meanPrediction(plain.parameters(), history, change) - 0.02,
                "weighted " + meanPrediction(weighted.parameters(), history, change) + ", plain "
                        + meanPrediction(plain.parameters(), history, change) + ", recalled " + recalled);
        assertTrue(recentWeighted.logLoss() < recentPlain.logLoss(),
                recentWeighted.logLoss() + " vs " + recentPlain.logLoss());
    }

    /** The mean predicted recall of the reviews at or after {@code from}. */
    private static double meanPrediction(double[] w, List<ReviewSequence> history, Instant from) {
        Fsrs model = new Fsrs(w);
        double sum = 0;
        int n = 0;
        for (ReviewSequence seq : history) {
            MemoryState state = model.initial(Rating.ofGrade(seq.grades()[0]));
            for (int i = 1; i < seq.size(); i++) {
                if (!seq.times()[i].isBefore(from)) {
                    sum += model.retrievability(state, seq.elapsed()[i]);
                    n++;
                }
                state = model.next(state, Rating.ofGrade(seq.grades()[i]), seq.elapsed()[i]);
            }
        }
        return sum / n;
    }
}
