package id.simak.srs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Estimates the initial stabilities w0–w3 before gradient descent, from how often each card's first long-term
 * review was recalled after each interval, as fsrs-rs does (pre_training.rs, later parameter_initialization.rs).
 * Off by default in {@link ParameterOptimizer}: on validation splits of the sample log it did not improve the fit
 * (docs/scheduler-quality.md); a likely reason is that it reads the first long-term review as if no same-day
 * review had come between it and the first rating.
 */
final class InitialStability {

    /** fsrs-rs INIT_S_MAX: no first rating is worth more than 100 days. */
    static final double MAX = 100.0;
    /**
     * fsrs-rs smooth_and_fill (fsrs 6.x): ln S0(Hard) = W1 ln S0(Again) + (1 - W1) ln S0(Good) and
     * ln S0(Good) = (1 - W2) ln S0(Hard) + W2 ln S0(Easy), the typical spacing of the four initial stabilities.
     */
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    /**
     * The estimated w0–w3 and how many cards' first long-term reviews each rests on (0: none, filled from
     * the others).
     */
    record Estimate(double[] stabilities, int[] cards) {}

    private InitialStability() {
    }

    /**
     * w0–w3 for {@code sequences}: per first rating, the stability whose forgetting curve (with the decay of
     * {@code start}) best predicts the recall of the first long-term review, interval by interval, with each
     * interval's recall rate smoothed toward the learner's average by one pseudo-review and an L1 pull of 1/16
     * per day toward {@code start}'s value; then made to grow with the rating and filled in for ratings never
     * given first. Null when no card has a long-term review.
     */
    static Estimate estimate(List<ReviewSequence> sequences, double[] start) {
        // first rating - 1 -> interval of the first long-term review -> {reviews, recalled}
        List<Map<Long, int[]>> groups = List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        int scored = 0;
        int recalled = 0;
        for (ReviewSequence seq : sequences) {
            boolean first = true;
            for (int i = 1; i < seq.size(); i++) {
                if (seq.elapsed()[i] == 0) {
                    continue;
                }
                boolean recall = seq.grades()[i] > 1;
                scored++;
                recalled += recall ? 1 : 0;
                if (first) {
                    int[] group = groups.get(seq.grades()[0] - 1).computeIfAbsent(seq.elapsed()[i], t -> new int[2]);
                    group[0]++;
                    group[1] += recall ? 1 : 0;
                    first = false;
                }
            }
        }
        if (scored == 0) {
            return null;
        }
        double averageRecall = (double) recalled / scored;
        double decay = -start[20];
        double[] stabilities = new double[4];
        int[] cards = new int[4];
        for (int r = 0; r < 4; r++) {
            Map<Long, int[]> byInterval = groups.get(r);
            for (int[] group : byInterval.values()) {
                cards[r] += group[0];
            }
            stabilities[r] = cards[r] == 0 ? Double.NaN : fit(byInterval, averageRecall, start[r], decay);
        }
        return new Estimate(smoothAndFill(stabilities, cards, start), cards);
    }

    /**
     * The stability minimising the smoothed log loss of one first rating's intervals plus the L1 pull toward
     * {@code prior}, by ternary search over [S_MIN, MAX] as fsrs-rs search_parameters.
     */
    static double fit(Map<Long, int[]> byInterval, double averageRecall, double prior, double decay) {
        int n = byInterval.size();
        double[] t = new double[n];
        double[] count = new double[n];
        double[] recall = new double[n];
        int k = 0;
        for (Map.Entry<Long, int[]> e : byInterval.entrySet()) {
            t[k] = e.getKey();
            count[k] = e.getValue()[0];
            // Laplace smoothing: one pseudo-review at the learner's average recall (fsrs4anki PR 358).
            recall[k] = (e.getValue()[1] + averageRecall) / (count[k] + 1);
            k++;
        }
        double factor = Math.pow(0.9, 1.0 / decay) - 1.0;
        double low = Fsrs.S_MIN;
        double high = MAX;
        double best = prior;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            double loss1 = loss(t, count, recall, mid1, prior, factor, decay);
            if (loss1 < loss(t, count, recall, mid2, prior, factor, decay)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (low + high) / 2;
        }
        return best;
    }

    private static double loss(double[] t, double[] count, double[] recall, double s, double prior, double factor,
            double decay) {
        double sum = 0;
        for (int k = 0; k < t.length; k++) {
            double p = Math.pow(1 + factor * t[k] / s, decay);
            sum -= count[k] * (recall[k] * Math.log(p) + (1 - recall[k]) * Math.log(1 - p));
        }
        return sum + Math.abs(s - prior) / 16;
    }

    /**
     * fsrs-rs smooth_and_fill: the known stabilities (not NaN, {@code cards[r] > 0}) are made to grow with
     * the rating (of two out of order, the one with fewer cards takes the other's value), the
     * others are filled in by the log-linear spacing of W1 and W2 (one known rating scales all four of
     * {@code prior}), and all are clamped to [S_MIN, MAX]. Null when no rating has cards.
     */
    static double[] smoothAndFill(double[] stabilities, int[] cards, double[] prior) {
        double[] s = new double[4];
        int known = 0;
        for (int r = 0; r < 4; r++) {
            s[r] = cards[r] > 0 ? stabilities[r] : Double.NaN;
            known += Double.isNaN(s[r]) ? 0 : 1;
        }
        if (known == 0) {
            return null;
        }
        int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {0, 2}, {1, 3}, {0, 3}};
        for (int[] pair : pairs) {
            int small = pair[0];
            int big = pair[1];
            if (s[small] > s[big]) { // false if either is NaN
                if (cards[small] > cards[big]) {
                    s[big] = s[small];
                } else {
                    s[small] = s[big];
                }
            }
        }
        if (known == 1) {
            int r = 0;
            while (Double.isNaN(s[r])) {
                r++;
            }
            double scale = s[r] / prior[r];
            for (int j = 0; j < 4; j++) {
                s[j] = prior[j] * scale;
            }
            Arrays.sort(s);
        } else {
            fill(s);
        }
        for (int j = 0; j < 4; j++) {
            s[j] = Fsrs.clamp(s[j], Fsrs.S_MIN, MAX);
        }
        return s;
    }

    /** Fills the unknown (NaN) of two or three known stabilities in log space, case by case as fsrs-rs. */
    private static void fill(double[] s) {
        double l1 = Math.log(s[0]);
        double l2 = Math.log(s[1]);
        double l3 = Math.log(s[2]);
        double l4 = Math.log(s[3]);
        int mask = (Double.isNaN(s[0]) ? 0 : 1) | (Double.isNaN(s[1]) ? 0 : 2) | (Double.isNaN(s[2]) ? 0 : 4)
                | (Double.isNaN(s[3]) ? 0 : 8);
        switch (mask) {
            case 0b1100 -> { // Good and Easy
                l2 = (l3 - W2 * l4) / (1 - W2);
                l1 = (l2 - (1 - W1) * l3) / W1;
            }
            case 0b1010 -> { // Hard and Easy
                l3 = (1 - W2) * l2 + W2 * l4;
                l1 = (l2 - (1 - W1) * l3) / W1;
            }
            case 0b0110 -> { // Hard and Good
                l4 = (l3 - (1 - W2) * l2) / W2;
                l1 = (l2 - (1 - W1) * l3) / W1;
            }
            case 0b1001 -> { // Again and Easy: both relations at once
                double c = W1 + W2 - W1 * W2;
                l2 = W1 / c * l1 + (1 - W1 / c) * l4;
                l3 = (1 - W2 / c) * l1 + W2 / c * l4;
            }
            case 0b0101 -> { // Again and Good
                l2 = W1 * l1 + (1 - W1) * l3;
                l4 = (l3 - (1 - W2) * l2) / W2;
            }
            case 0b0011 -> { // Again and Hard
                l3 = (l2 - W1 * l1) / (1 - W1);
                l4 = (l3 - (1 - W2) * l2) / W2;
            }
            case 0b1110 -> l1 = (l2 - (1 - W1) * l3) / W1;
            case 0b1101 -> l2 = W1 * l1 + (1 - W1) * l3;
            case 0b1011 -> l3 = (1 - W2) * l2 + W2 * l4;
            case 0b0111 -> l4 = (l3 - (1 - W2) * l2) / W2;
            default -> {
                // all four known
            }
        }
        s[0] = Math.exp(l1);
        s[1] = Math.exp(l2);
        s[2] = Math.exp(l3);
        s[3] = Math.exp(l4);
    }
}
