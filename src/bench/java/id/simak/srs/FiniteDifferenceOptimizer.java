package id.simak.srs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The parameter optimizer as it was before issue 14 (main's ParameterOptimizer up to 2026-12-05), kept only
 * to compare against: mini-batch Adam on the unweighted log loss, gradients by central finite differences
 * (2 x 21 replays of a batch per step). Used by OptimizerComparison; not part of the application.
 */
public final class FiniteDifferenceOptimizer {

    /** Anki treats fewer long-term reviews than this as too few to fit all parameters. */
    public static final int MINIMUM_ITEMS_FOR_FULL_FIT = 400;
    /** fsrs-rs returns the defaults below this many items. */
    public static final int MINIMUM_ITEMS = 8;

    /** fsrs-rs training.rs PARAMS_STDDEV: how far each parameter typically strays from the defaults. */
    private static final double[] STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
        0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    /** The optimizer keeps w19 away from 0, which would switch the short-term saturation off (fsrs-rs clipper). */
    private static final double[] LOWER = Fsrs.LOWER.clone();

    static {
        LOWER[19] = 0.01;
    }

    private static final double STEP = 1e-5;
    private static final double EPS = 1e-10;

    /** What the optimizer did and how well the chosen parameters fit the history. */
    public record Result(double[] parameters, boolean changed, int items, int fittedParameters,
            double previousLogLoss, double logLoss) {}

    private final int epochs;
    private final int batchSize;
    private final double learningRate;
    private final double gamma;
    private final long seed;

    /** The fsrs-rs settings: 5 epochs, batches of 512 reviews, learning rate 0.04, gamma 1, seed 2023. */
    public FiniteDifferenceOptimizer() {
        this(5, 512, 0.04, 1.0, 2023);
    }

    public FiniteDifferenceOptimizer(int epochs, int batchSize, double learningRate, double gamma, long seed) {
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.gamma = gamma;
        this.seed = seed;
    }

    /**
     * Parameters fitted to {@code history}, starting from and pulled toward {@code current}; returns
     * {@code current} unchanged when there is too little data or the fit is not better on the history.
     */
    public Result optimize(List<ReviewSequence> history, double[] current) {
        double[] start = new Fsrs(current).parameters();
        List<ReviewSequence> sequences = new ArrayList<>();
        int items = 0;
        for (ReviewSequence seq : history) {
            int n = countItems(seq);
            if (n > 0) {
                sequences.add(seq);
                items += n;
            }
        }
        double previous = items == 0 ? Double.NaN : logLoss(start, sequences) / items;
        if (items < MINIMUM_ITEMS) {
            return new Result(start, false, items, 0, previous, previous);
        }
        // With little data only the initial stabilities are identifiable; fsrs-rs fits just w0–w3 then.
        int free = items < MINIMUM_ITEMS_FOR_FULL_FIT ? 4 : Fsrs.PARAMETER_COUNT;
        double[] w = start.clone();
        clip(w);
        double[] m = new double[Fsrs.PARAMETER_COUNT];
        double[] v = new double[Fsrs.PARAMETER_COUNT];
        List<List<ReviewSequence>> batches = new ArrayList<>();
        Random random = new Random(seed);
        int stepsPerEpoch = batches(sequences, random).size();
        int totalSteps = Math.max(1, stepsPerEpoch * epochs);
        int step = 0;
        double[] best = w.clone();
        double bestLoss = logLoss(w, sequences) / items;
        for (int epoch = 0; epoch < epochs; epoch++) {
            batches = batches(sequences, random);
            for (List<ReviewSequence> batch : batches) {
                int batchItems = 0;
                for (ReviewSequence seq : batch) {
                    batchItems += countItems(seq);
                }
                double[] gradient = gradient(w, start, batch, batchItems, items, free);
                step++;
                double rate = learningRate * 0.5 * (1 + Math.cos(Math.PI * (step - 1) / totalSteps));
                for (int j = 0; j < free; j++) {
                    m[j] = 0.9 * m[j] + 0.1 * gradient[j];
                    v[j] = 0.999 * v[j] + 0.001 * gradient[j] * gradient[j];
                    double mHat = m[j] / (1 - Math.pow(0.9, step));
                    double vHat = v[j] / (1 - Math.pow(0.999, step));
                    w[j] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
                }
                clip(w);
            }
            // Like py-fsrs, keep the best epoch rather than the last.
            double loss = logLoss(w, sequences) / items;
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        boolean better = bestLoss < previous;
        return new Result(better ? best : start, better, items, free, previous, better ? bestLoss : previous);
    }

    private List<List<ReviewSequence>> batches(List<ReviewSequence> sequences, Random random) {
        List<ReviewSequence> shuffled = new ArrayList<>(sequences);
        Collections.shuffle(shuffled, random);
        List<List<ReviewSequence>> batches = new ArrayList<>();
        List<ReviewSequence> batch = new ArrayList<>();
        int inBatch = 0;
        for (ReviewSequence seq : shuffled) {
            batch.add(seq);
            inBatch += countItems(seq);
            if (inBatch >= batchSize) {
                batches.add(batch);
                batch = new ArrayList<>();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private double[] gradient(double[] w, double[] start, List<ReviewSequence> batch, int batchItems, int items,
            int free) {
        double[] gradient = new double[Fsrs.PARAMETER_COUNT];
        double penaltyWeight = gamma * batchItems / items;
        double[] probe = w.clone();
        for (int j = 0; j < free; j++) {
            probe[j] = w[j] + STEP;
            double up = logLoss(probe, batch);
            probe[j] = w[j] - STEP;
            double down = logLoss(probe, batch);
            probe[j] = w[j];
            double penalty = 2 * penaltyWeight * (w[j] - start[j]) / (STDDEV[j] * STDDEV[j]);
            gradient[j] = ((up - down) / (2 * STEP) + penalty) / batchItems;
        }
        return gradient;
    }

    private static void clip(double[] w) {
        for (int j = 0; j < Fsrs.PARAMETER_COUNT; j++) {
            w[j] = Math.max(LOWER[j], Math.min(Fsrs.UPPER[j], w[j]));
        }
    }

    /** Number of reviews that are scored: every review after the first that is at least a day later. */
    static int countItems(ReviewSequence seq) {
        int n = 0;
        for (int i = 1; i < seq.size(); i++) {
            if (seq.elapsed()[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /** Summed binary cross-entropy of the recall predictions on {@code sequences}. */
    static double logLoss(double[] w, List<ReviewSequence> sequences) {
        Fsrs model = new Fsrs(w, true);
        double sum = 0;
        for (ReviewSequence seq : sequences) {
            int[] grades = seq.grades();
            long[] elapsed = seq.elapsed();
            MemoryState state = model.initial(Rating.ofGrade(grades[0]));
            for (int i = 1; i < grades.length; i++) {
                Rating rating = Rating.ofGrade(grades[i]);
                if (elapsed[i] > 0) {
                    double p = Math.min(1 - EPS, Math.max(EPS, model.retrievability(state, elapsed[i])));
                    sum -= rating.recalled() ? Math.log(p) : Math.log(1 - p);
                }
                state = model.next(state, rating, elapsed[i]);
            }
        }
        return sum;
    }
}
