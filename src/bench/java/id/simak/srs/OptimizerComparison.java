package id.simak.srs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Out-of-sample comparison of the old optimizer (finite differences, no recency weighting), the current
 * {@link ParameterOptimizer} with three ablations (no recency weighting; five epochs only, as before the
 * minimum number of steps; with fsrs-rs' pre-training of w0–w3) and fsrs-rs (parameters fitted by bench/fsrs/fit.mjs through its Node binding)
 * over 20 seeds, on the time split of {@link Evaluate}: fitted on the reviews before the median row, scored
 * on those after it with the same replay and metrics for all three. A measurement, not a test.
 *
 * <pre>
 * OptimizerComparison --export items.json          training items for fsrs-rs, in time order
 * OptimizerComparison [--fsrs-rs fitted.json]      the table (fsrs-rs rows only with its fitted parameters)
 * OptimizerComparison --validate                   the choices, on validation splits inside the training half
 * </pre>
 */
public final class OptimizerComparison {

    static final int SEEDS = 20;
    static final long FIRST_SEED = 2023;
    private static final int WARM_UP = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private interface Fitter {
        double[] fit(List<ReviewSequence> training, long seed);
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of("src/test/resources/fsrs/review-log-sample.csv");
        Path export = null;
        Path fsrsRs = null;
        boolean validate = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--validate" -> validate = true;
                case "--export" -> export = Path.of(args[++i]);
                case "--fsrs-rs" -> fsrsRs = Path.of(args[++i]);
                default -> csv = Path.of(args[i]);
            }
        }
        ReviewLog log = ReviewLog.read(csv);
        List<ReviewSequence> sequences = log.sequences(DayConvention.UTC_CALENDAR);
        Instant split = log.timeAtFraction(0.5);
        List<ReviewSequence> training = ReviewSequence.allBefore(sequences, split);
        if (validate) {
            validate(log, sequences);
            return;
        }
        if (export != null) {
            Files.writeString(export, items(training), StandardCharsets.UTF_8);
            System.out.println("wrote " + export);
            return;
        }
        System.out.printf(Locale.ROOT, "split %s, %d training cards, %d seeds from %d%n", split, training.size(),
                SEEDS, FIRST_SEED);
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %11s %9s %8s %10s   %s%n", "optimizer", "log loss", "sd",
                "RMSE(bins)", "sd", "AUC", "CPU ms/fit", "mean RMSE(bins)^2 = of averaged predictions + scatter");
        row("defaults (no fit)", sequences, split, training, (t, s) -> Fsrs.DEFAULT_PARAMETERS.clone(), false);
        row("old: finite differences, unweighted", sequences, split, training,
                (t, s) -> new FiniteDifferenceOptimizer(5, 512, 0.04, 1.0, s).optimize(t, Fsrs.DEFAULT_PARAMETERS)
                        .parameters(), true);
        int minimum = ParameterOptimizer.MINIMUM_STEPS;
        row("new, unweighted (ablation)", sequences, split, training,
                (t, s) -> new ParameterOptimizer(5, 512, 0.04, 1.0, s, false, false, minimum)
                        .optimize(t, Fsrs.DEFAULT_PARAMETERS).parameters(), true);
        row("new, 5 epochs only (before)", sequences, split, training,
                (t, s) -> new ParameterOptimizer(5, 512, 0.04, 1.0, s, true, false, 0)
                        .optimize(t, Fsrs.DEFAULT_PARAMETERS).parameters(), true);
        row("new + fsrs-rs pre-training (abl.)", sequences, split, training,
                (t, s) -> new ParameterOptimizer(5, 512, 0.04, 1.0, s, true, true, minimum)
                        .optimize(t, Fsrs.DEFAULT_PARAMETERS).parameters(), true);
        row("new (the app's)", sequences, split, training,
                (t, s) -> new ParameterOptimizer(5, 512, 0.04, 1.0, s, true, false, minimum)
                        .optimize(t, Fsrs.DEFAULT_PARAMETERS).parameters(), true);
        if (fsrsRs != null) {
            fsrsRsRow(Files.readString(fsrsRs, StandardCharsets.UTF_8), sequences, split);
        }
    }

    /**
     * Each candidate setting fitted on the reviews before a time inside the training half and scored on the
     * training reviews after it, over 20 seeds: four windows of 1/16 of the log's rows each, and the whole
     * second quarter. Never looks at the test half.
     */
    private static void validate(ReviewLog log, List<ReviewSequence> sequences) {
        double[][] folds = {{0.25, 0.3125}, {0.3125, 0.375}, {0.375, 0.4375}, {0.4375, 0.5}, {0.25, 0.5}};
        record Candidate(String name, boolean recency, boolean initial, int minimumSteps) {}
        List<Candidate> candidates = List.of(new Candidate("old self (unweighted, 5 epochs)", false, false, 0),
                new Candidate("weighted, 5 epochs", true, false, 0),
                new Candidate("weighted, >= 100 steps", true, false, 100),
                new Candidate("weighted, >= 200 steps", true, false, 200),
                new Candidate("weighted, >= 400 steps", true, false, 400),
                new Candidate("weighted, pre-training, 5 epochs", true, true, 0),
                new Candidate("weighted, pre-training, >= 200", true, true, 200));
        System.out.printf(Locale.ROOT, "%-34s %s%n", "candidate (mean of 20 seeds)",
                "log loss and RMSE(bins): four 1/16 windows, their mean | the whole second quarter");
        for (Candidate c : candidates) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", c.name()));
            double sumLogLoss = 0;
            double sumRmse = 0;
            for (int f = 0; f < folds.length; f++) {
                Instant from = log.timeAtFraction(folds[f][0]);
                Instant to = log.timeAtFraction(folds[f][1]);
                List<ReviewSequence> fit = ReviewSequence.allBefore(sequences, from);
                List<ReviewSequence> scored = ReviewSequence.allBefore(sequences, to);
                double logLoss = 0;
                double rmse = 0;
                for (int k = 0; k < SEEDS; k++) {
                    double[] w = new ParameterOptimizer(5, 512, 0.04, 1.0, FIRST_SEED + k, c.recency(), c.initial(),
                            c.minimumSteps()).optimize(fit, Fsrs.DEFAULT_PARAMETERS).parameters();
                    PredictionMetrics m = Evaluation.fsrs(new Fsrs(w), scored, from);
                    logLoss += m.logLoss() / SEEDS;
                    rmse += m.rmseBins() / SEEDS;
                }
                if (f == folds.length - 1) {
                    line.append(String.format(Locale.ROOT, " | mean %.5f %.5f | %.5f %.5f", sumLogLoss / 4,
                            sumRmse / 4, logLoss, rmse));
                } else {
                    sumLogLoss += logLoss;
                    sumRmse += rmse;
                    line.append(String.format(Locale.ROOT, " %.5f %.5f", logLoss, rmse));
                }
            }
            System.out.println(line);
        }
    }

    private static void row(String name, List<ReviewSequence> sequences, Instant split,
            List<ReviewSequence> training, Fitter fitter, boolean timed) {
        for (int i = 0; timed && i < WARM_UP; i++) {
            fitter.fit(training, FIRST_SEED + i);
        }
        List<double[]> fits = new ArrayList<>();
        long cpu = 0;
        for (int k = 0; k < SEEDS; k++) {
            long start = THREADS.getCurrentThreadCpuTime();
            fits.add(fitter.fit(training, FIRST_SEED + k));
            cpu += THREADS.getCurrentThreadCpuTime() - start;
        }
        print(name, fits, sequences, split, timed ? cpu / 1e6 / SEEDS : Double.NaN);
    }

    private static void print(String name, List<double[]> fits, List<ReviewSequence> sequences, Instant split,
            double cpuMs) {
        double[] logLoss = new double[fits.size()];
        double[] rmse = new double[fits.size()];
        double[] auc = new double[fits.size()];
        double meanSquare = 0;
        for (int k = 0; k < fits.size(); k++) {
            PredictionMetrics m = Evaluation.fsrs(new Fsrs(fits.get(k)), sequences, split);
            logLoss[k] = m.logLoss();
            rmse[k] = m.rmseBins();
            auc[k] = m.auc();
            meanSquare += rmse[k] * rmse[k] / fits.size();
        }
        double averaged = averagedPredictions(fits, sequences, split).rmseBins();
        System.out.printf(Locale.ROOT, "%-34s %9.5f %9.5f %11.5f %9.5f %8.5f %10.1f   %.7f = %.7f + %.7f%n", name,
                mean(logLoss), sd(logLoss), mean(rmse), sd(rmse), mean(auc), cpuMs, meanSquare, averaged * averaged,
                meanSquare - averaged * averaged);
    }

    /**
     * The metrics of the fits' averaged prediction for every scored review: the mean over fits of the squared
     * RMSE(bins) is the squared RMSE(bins) of this average plus the fits' scatter around it, bin by bin.
     */
    static PredictionMetrics averagedPredictions(List<double[]> fits, List<ReviewSequence> sequences, Instant split) {
        List<Fsrs> models = new ArrayList<>();
        for (double[] w : fits) {
            models.add(new Fsrs(w));
        }
        PredictionMetrics metrics = new PredictionMetrics();
        MemoryState[] states = new MemoryState[models.size()];
        for (ReviewSequence seq : sequences) {
            for (int k = 0; k < states.length; k++) {
                states[k] = models.get(k).initial(Rating.ofGrade(seq.grades()[0]));
            }
            int longTerm = 0;
            int lapses = 0;
            for (int i = 1; i < seq.size(); i++) {
                long t = seq.elapsed()[i];
                Rating rating = Rating.ofGrade(seq.grades()[i]);
                if (t > 0) {
                    if (!seq.times()[i].isBefore(split)) {
                        double sum = 0;
                        for (int k = 0; k < states.length; k++) {
                            sum += models.get(k).retrievability(states[k], t);
                        }
                        metrics.add(sum / states.length, rating.recalled(), t, longTerm, lapses);
                    }
                    longTerm++;
                    lapses += rating.recalled() ? 0 : 1;
                }
                for (int k = 0; k < states.length; k++) {
                    states[k] = models.get(k).next(states[k], rating, t);
                }
            }
        }
        return metrics;
    }

    /** Reads {"seed":..,"cpuMs":..,"parameters":[..]} lines written by bench/fsrs/fit.mjs. */
    private static void fsrsRsRow(String json, List<ReviewSequence> sequences, Instant split) {
        Pattern line = Pattern.compile("\"cpuMs\":([0-9.eE+-]+),\"parameters\":\\[([^\\]]*)\\]");
        List<double[]> fits = new ArrayList<>();
        double cpu = 0;
        for (String text : json.split("\n")) {
            Matcher m = line.matcher(text);
            if (!m.find()) {
                continue;
            }
            cpu += Double.parseDouble(m.group(1));
            String[] values = m.group(2).split(",");
            double[] w = new double[values.length];
            for (int j = 0; j < w.length; j++) {
                w[j] = Double.parseDouble(values[j].trim());
            }
            fits.add(w);
        }
        print("fsrs-rs 6.5.0 (Node binding 0.5.0)", fits, sequences, split, cpu / fits.size());
    }

    /**
     * One fsrs-rs item per review at least a day after the previous one: the card's reviews up to it as
     * [rating, days since the previous review], ordered by the time of that review (fsrs-rs' recency weights
     * assume time order).
     */
    static String items(List<ReviewSequence> training) {
        record Item(Instant at, String json) {}
        List<Item> items = new ArrayList<>();
        for (ReviewSequence seq : training) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < seq.size(); i++) {
                if (i > 0) {
                    prefix.append(',');
                }
                prefix.append('[').append(seq.grades()[i]).append(',').append(seq.elapsed()[i]).append(']');
                if (i > 0 && seq.elapsed()[i] > 0) {
                    items.add(new Item(seq.times()[i], "[" + prefix + "]"));
                }
            }
        }
        items.sort(Comparator.comparing(Item::at));
        StringBuilder out = new StringBuilder("[\n");
        for (int k = 0; k < items.size(); k++) {
            out.append(items.get(k).json()).append(k + 1 < items.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    private static double sd(double[] xs) {
        double mean = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - mean) * (x - mean);
        }
        return xs.length < 2 ? 0 : Math.sqrt(sum / (xs.length - 1));
    }
}
