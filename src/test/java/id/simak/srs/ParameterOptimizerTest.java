package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How much the optimizer fits given how many long-term reviews it sees, on prefixes of the sample log. */
class ParameterOptimizerTest {

    private static List<ReviewSequence> sample;

    @BeforeAll
    static void readSample() throws IOException {
        try (Reader reader = new InputStreamReader(
                ParameterOptimizerTest.class.getResourceAsStream("/fsrs/review-log-sample.csv"),
                StandardCharsets.UTF_8)) {
            sample = ReviewLog.parse(reader).sequences(DayConvention.UTC_CALENDAR);
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
}
