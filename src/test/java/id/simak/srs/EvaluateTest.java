package id.simak.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the evaluator on the py-fsrs sample log (copied to src/test/resources/fsrs) against the figures of the
 * team's FSRS reference §4.2, which are given to 5 decimals.
 */
class EvaluateTest {

    private static final double REFERENCE_TOLERANCE = 1e-5;
    private static ReviewLog log;

    @BeforeAll
    static void readSample() throws IOException {
        try (Reader reader = new InputStreamReader(
                EvaluateTest.class.getResourceAsStream("/fsrs/review-log-sample.csv"), StandardCharsets.UTF_8)) {
            log = ReviewLog.parse(reader);
        }
    }

    private static Map<String, Evaluate.Row> rows(DayConvention days) {
        return Evaluate.evaluate(log, days, 0.5).stream()
                .collect(Collectors.toMap(r -> r.model() + "/" + r.scope(), Function.identity()));
    }

    @ParameterizedTest(name = "§4.2 {0} {1}: n={2} logLoss={3} rmse={4} auc={5}")
    @CsvSource({
        "ELAPSED_24H,fsrs6-default,5329,0.45866,0.09563,0.71387",
        "ELAPSED_24H,constant,5329,0.51119,0.13105,0.5",
        "UTC_CALENDAR,fsrs6-default,6032,0.46666,0.08549,0.72796",
        "UTC_CALENDAR,constant,6032,0.52795,0.12367,0.5"})
    void inSampleFiguresMatchReference(DayConvention days, String model, int n, double logLoss, double rmse,
            double auc) {
        Evaluate.Row row = rows(days).get(model + "/all");
        assertEquals(n, row.reviews());
        assertEquals(logLoss, row.logLoss(), REFERENCE_TOLERANCE);
        assertEquals(rmse, row.rmseBins(), REFERENCE_TOLERANCE);
        assertEquals(auc, row.auc(), REFERENCE_TOLERANCE);
    }

    @ParameterizedTest(name = "{0}: fitted beats defaults on the later half")
    @CsvSource({"UTC_CALENDAR"})
    void fittedBeatsDefaultsOutOfSample(DayConvention days) {
        Map<String, Evaluate.Row> rows = rows(days);
        Evaluate.Row fitted = rows.get("fsrs6-fitted/test");
        Evaluate.Row defaults = rows.get("fsrs6-default/test");
        assertEquals(defaults.reviews(), fitted.reviews());
        assertTrue(fitted.logLoss() < defaults.logLoss(), fitted + " vs " + defaults);
        assertTrue(fitted.rmseBins() < defaults.rmseBins(), fitted + " vs " + defaults);
        // and every FSRS variant predicts better than SM-2 and the constant on the same reviews
        assertTrue(defaults.logLoss() < rows.get("sm2/test").logLoss());
        assertTrue(defaults.logLoss() < rows.get("constant/test").logLoss());
    }

    @ParameterizedTest(name = "study days in {0} from {1}:00 equal {2} when they coincide")
    @CsvSource({"UTC,0,UTC_CALENDAR"})
    void learnerStudyDaysReduceToTheCalendarConvention(String zone, int dayStart, DayConvention days) {
        List<ReviewSequence> learner = log.sequences(ZoneId.of(zone), dayStart);
        List<ReviewSequence> calendar = log.sequences(days);
        assertEquals(calendar.size(), learner.size());
        for (int i = 0; i < calendar.size(); i++) {
            assertArrayEquals(calendar.get(i).elapsed(), learner.get(i).elapsed());
        }
    }

    @ParameterizedTest(name = "JSON line of {0}")
    @CsvSource({"fsrs6-default", "fsrs6-fitted", "sm2", "constant"})
    void jsonLinesCarryTheContractKeys(String model) {
        List<Evaluate.Row> rows = Evaluate.evaluate(log, DayConvention.UTC_CALENDAR, 0.5);
        String line = rows.stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow().json();
        assertTrue(line.matches("\\{\"model\":\"" + model + "\",\"scope\":\"(all|test)\",\"reviews\":\\d+,"
                + "\"logLoss\":0\\.\\d{5},\"rmseBins\":0\\.\\d{5},\"auc\":0\\.\\d{5}}"), line);
    }
}
