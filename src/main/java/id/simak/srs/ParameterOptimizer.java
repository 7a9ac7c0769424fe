package id.simak.srs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Fits the 21 FSRS-6 parameters to one learner's history the way fsrs-rs training.rs does: mini-batch Adam
 * with a cosine-annealed learning rate on the log loss of reviews at least a day apart, each review weighted
 * by its recency as fsrs-rs dataset.rs recency_weighted_fsrs_items does (0.25 + 0.75 (i / (n - 1))^3 for
 * the i-th of n reviews in time order), an L2 pull toward the starting parameters, and the parameter bounds
 * of parameter_clipper.rs. Gradients are exact (forward-mode, {@link LossGradient}). Unlike fsrs-rs, a small
 * history gets as many more than five epochs as make {@link #MINIMUM_STEPS} steps.
 */
public final class ParameterOptimizer {

    /** Anki treats fewer long-term reviews than this as too few to fit all parameters. */
    public static final int MINIMUM_ITEMS_FOR_FULL_FIT = 400;
    /** fsrs-rs returns the defaults below this many items. */
    public static final int MINIMUM_ITEMS = 8;
    /**
     * Fewest Adam steps of a fit: fsrs-rs counts its budget in epochs (5), which on a history of 2,652 scored
     * reviews is 30 steps of batch 512; more epochs are run until this many steps. Chosen on validation splits
     * carved from the training half of the sample log (out of 0, 100, 200, 400), see docs/scheduler-quality.md.
     */
    static final int MINIMUM_STEPS = 200;

    /** fsrs-rs training.rs PARAMS_STDDEV: how far each parameter typically strays from the defaults. */
    private static final double[] STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
        0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    /** The optimizer keeps w19 away from 0, which would switch the short-term saturation off (fsrs-rs clipper). */
    private static final double[] LOWER = Fsrs.LOWER.clone();

    static {
        LOWER[19] = 0.01;
    }

    private static final double EPS = 1e-10;

    /** What the optimizer did and how well the chosen parameters fit the history. */
    public record Result(double[] parameters, boolean changed, int items, int fittedParameters,
            double previousLogLoss, double logLoss) {}

    private final int epochs;
    private final int batchSize;
    private final double learningRate;
    private final double gamma;
    private final long seed;
    private final boolean recencyWeighting;
    private final boolean initialStability;
    private final int minimumSteps;

    /**
     * The fsrs-rs settings (5 epochs, batches of 512 reviews, learning rate 0.04, gamma 1, seed 2023) with at
     * least {@link #MINIMUM_STEPS} steps.
     */
    public ParameterOptimizer() {
        this(5, 512, 0.04, 1.0, 2023);
    }

    public ParameterOptimizer(int epochs, int batchSize, double learningRate, double gamma, long seed) {
        this(epochs, batchSize, learningRate, gamma, seed, true);
    }

    /** {@code recencyWeighting} false weights every review 1, as fsrs-rs did before recency weighting. */
    public ParameterOptimizer(int epochs, int batchSize, double learningRate, double gamma, long seed,
            boolean recencyWeighting) {
        this(epochs, batchSize, learningRate, gamma, seed, recencyWeighting, false, MINIMUM_STEPS);
    }

    /**
     * {@code initialStability} true first estimates w0–w3 as fsrs-rs does ({@link InitialStability}; measured
     * not to help, see docs/scheduler-quality.md); {@code minimumSteps} 0 runs exactly {@code epochs} epochs.
     */
    ParameterOptimizer(int epochs, int batchSize, double learningRate, double gamma, long seed,
            boolean recencyWeighting, boolean initialStability, int minimumSteps) {
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.gamma = gamma;
        this.seed = seed;
        this.recencyWeighting = recencyWeighting;
        this.initialStability = initialStability;
        this.minimumSteps = minimumSteps;
    }

    /** One card's history with the weight of each of its reviews in the loss (0: not scored). */
    record Weighted(ReviewSequence sequence, double[] weights, int items) {}

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
        List<Weighted> weighted = weigh(sequences, recencyWeighting);
        // With little data only the initial stabilities are identifiable; fsrs-rs fits just w0–w3 then.
        int free = items < MINIMUM_ITEMS_FOR_FULL_FIT ? 4 : Fsrs.PARAMETER_COUNT;
        // With the estimate, as in fsrs-rs, descent starts from, and the L2 term pulls toward, the estimated w0–w3.
        InitialStability.Estimate estimate = initialStability ? InitialStability.estimate(sequences, start) : null;
        double[] anchor = start.clone();
        if (estimate != null) {
            System.arraycopy(estimate.stabilities(), 0, anchor, 0, 4);
        }
        clip(anchor);
        double[] w = anchor.clone();
        double[] m = new double[Fsrs.PARAMETER_COUNT];
        double[] v = new double[Fsrs.PARAMETER_COUNT];
        double[] gradient = new double[Fsrs.PARAMETER_COUNT];
        Random random = new Random(seed);
        int stepsPerEpoch = batches(weighted, random).size();
        // A small history is a few batches an epoch: five epochs stop where the shuffle decides, short of the optimum.
        int epochs = Math.max(this.epochs, (minimumSteps + stepsPerEpoch - 1) / stepsPerEpoch);
        int totalSteps = Math.max(1, stepsPerEpoch * epochs);
        int step = 0;
        double[] best = w.clone();
        // Like fsrs-rs, the epoch kept is the one with the lowest loss as trained (recency-weighted).
        double bestLoss = weightedLoss(w, weighted);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (List<Weighted> batch : batches(weighted, random)) {
                gradient(w, anchor, batch, items, free, gradient);
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
            double loss = weightedLoss(w, weighted);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        if (estimate != null) {
            // As fsrs-rs after training: w0–w3 grow with the rating; ratings never given first are filled in.
            double[] smoothed = InitialStability.smoothAndFill(best, estimate.cards(), anchor);
            System.arraycopy(smoothed, 0, best, 0, 4);
            clip(best);
        }
        // The result reports, and the choice to keep the current parameters uses, the plain log loss per review.
        double fitted = logLoss(best, sequences) / items;
        boolean better = fitted < previous;
        return new Result(better ? best : start, better, items, free, previous, better ? fitted : previous);
    }

    /**
     * Each scored review's weight: its rank {@code i} among all {@code n} scored reviews by time (ties in the
     * order given) becomes 0.25 + 0.75 (i / max(n - 1, 1))^3, as in fsrs-rs dataset.rs; 1 without recency.
     */
    static List<Weighted> weigh(List<ReviewSequence> sequences, boolean recency) {
        List<Weighted> weighted = new ArrayList<>(sequences.size());
        List<long[]> scored = new ArrayList<>();
        for (int k = 0; k < sequences.size(); k++) {
            ReviewSequence seq = sequences.get(k);
            double[] weights = new double[seq.size()];
            int n = 0;
            for (int i = 1; i < seq.size(); i++) {
                if (seq.elapsed()[i] > 0) {
                    weights[i] = 1;
                    n++;
                    scored.add(new long[] {k, i});
                }
            }
            weighted.add(new Weighted(seq, weights, n));
        }
        if (recency) {
            // List.sort is stable, so reviews at the same instant keep the order of the history.
            scored.sort(Comparator.comparing((long[] at) -> sequences.get((int) at[0]).times()[(int) at[1]]));
            double last = Math.max(scored.size() - 1, 1);
            for (int rank = 0; rank < scored.size(); rank++) {
                long[] at = scored.get(rank);
                double x = rank / last;
                weighted.get((int) at[0]).weights()[(int) at[1]] = 0.25 + 0.75 * x * x * x;
            }
        }
        return weighted;
    }

    private List<List<Weighted>> batches(List<Weighted> sequences, Random random) {
        List<Weighted> shuffled = new ArrayList<>(sequences);
        Collections.shuffle(shuffled, random);
        List<List<Weighted>> batches = new ArrayList<>();
        List<Weighted> batch = new ArrayList<>();
        int inBatch = 0;
        for (Weighted seq : shuffled) {
            batch.add(seq);
            inBatch += seq.items();
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

    /** The gradient, per scored review of the batch, of the batch's weighted loss plus its share of the L2 pull. */
    private void gradient(double[] w, double[] start, List<Weighted> batch, int items, int free,
            double[] gradient) {
        Arrays.fill(gradient, 0);
        LossGradient loss = new LossGradient(w);
        int batchItems = 0;
        for (Weighted seq : batch) {
            loss.add(seq.sequence(), seq.weights(), gradient);
            batchItems += seq.items();
        }
        double penaltyWeight = gamma * batchItems / items;
        for (int j = 0; j < Fsrs.PARAMETER_COUNT; j++) {
            if (j >= free) {
                gradient[j] = 0;
                continue;
            }
            double penalty = 2 * penaltyWeight * (w[j] - start[j]) / (STDDEV[j] * STDDEV[j]);
            gradient[j] = (gradient[j] + penalty) / batchItems;
        }
    }

    /** Summed recency-weighted log loss: what training minimises, without the L2 pull. */
    static double weightedLoss(double[] w, List<Weighted> sequences) {
        LossGradient loss = new LossGradient(w);
        double sum = 0;
        for (Weighted seq : sequences) {
            sum += loss.add(seq.sequence(), seq.weights(), null);
        }
        return sum;
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
