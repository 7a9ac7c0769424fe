package id.simak.srs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the memory-model update rate and the optimizer's wall time on the sample log, single-threaded,
 * after JIT warm-up; a measurement, not a test, so it lives outside src/test. Run as documented in
 * docs/benchmarks.md.
 */
public final class SchedulerBenchmark {

    private static volatile double sink;
    // The build machine is shared, so wall time overstates the cost; thread CPU time is the one-core figure.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "src/test/resources/fsrs/review-log-sample.csv");
        ReviewLog log;
        try (Reader reader = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8)) {
            log = ReviewLog.parse(reader);
        }
        benchmarkNext();
        benchmarkOptimizer(log.sequences(DayConvention.UTC_CALENDAR));
    }

    private static void benchmarkNext() {
        Fsrs fsrs = new Fsrs(Fsrs.DEFAULT_PARAMETERS);
        Rating[] ratings = Rating.values();
        // A mix of same-day, short and long gaps and all four ratings, so no branch is predicted for free.
        long[] gaps = {0, 1, 3, 0, 8, 21, 2, 55, 0, 5, 13, 1};
        int n = 10_000_000;
        for (int round = 0; round < 8; round++) {
            MemoryState state = fsrs.initial(Rating.GOOD);
            double acc = 0;
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                state = fsrs.next(state, ratings[(i * 7 + (i >>> 3)) & 3], gaps[i % gaps.length]);
                if (state.stability() > 1000) {
                    acc += state.stability();
                    state = fsrs.initial(Rating.HARD);
                }
            }
            long nanos = System.nanoTime() - start;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            sink = acc + state.difficulty();
            System.out.printf(Locale.ROOT,
                    "next: round %d  %,d updates: wall %.1f ms = %.1f M/s, cpu %.1f ms = %.1f M/s%n", round, n,
                    nanos / 1e6, n / (nanos / 1e9) / 1e6, cpu / 1e6, n / (cpu / 1e9) / 1e6);
        }
    }

    private static void benchmarkOptimizer(List<ReviewSequence> sequences) {
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            ParameterOptimizer.Result result = new ParameterOptimizer().optimize(sequences, Fsrs.DEFAULT_PARAMETERS);
            long nanos = System.nanoTime() - start;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            sink = result.logLoss();
            System.out.printf(Locale.ROOT,
                    "optimizer: round %d  %d items, log loss %.5f -> %.5f: wall %.0f ms, cpu %.0f ms%n", round,
                    result.items(), result.previousLogLoss(), result.logLoss(), nanos / 1e6, cpu / 1e6);
        }
    }
}
