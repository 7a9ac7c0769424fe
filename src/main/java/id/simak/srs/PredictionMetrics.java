package id.simak.srs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Accumulates recall predictions and outcomes and scores them like srs-benchmark: log loss, RMSE over
 * fsrs-rs bins (interval, review count, lapses) and ROC AUC.
 */
public final class PredictionMetrics {

    private static final double EPS = 1e-10;

    private double[] predicted = new double[1024];
    private boolean[] recalled = new boolean[1024];
    private long[] bins = new long[1024];
    private int size;

    /** Records one review scored at {@code elapsedDays} with {@code longTermReviews} and {@code lapses} before it. */
    public void add(double prediction, boolean recall, long elapsedDays, int longTermReviews, int lapses) {
        if (size == predicted.length) {
            predicted = Arrays.copyOf(predicted, size * 2);
            recalled = Arrays.copyOf(recalled, size * 2);
            bins = Arrays.copyOf(bins, size * 2);
        }
        predicted[size] = prediction;
        recalled[size] = recall;
        bins[size] = binKey(elapsedDays, longTermReviews, lapses);
        size++;
    }

    /**
     * fsrs-rs FSRSItem::r_matrix_index: the interval bin (×100 to stay integral), the review-count bin over
     * (long-term reviews before this one + 1 for this one + 1), and the lapse bin.
     */
    static long binKey(long elapsedDays, int longTermReviewsBefore, int lapses) {
        double t = elapsedDays;
        long intervalBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(t) / Math.log(3.62))) * 100);
        double length = longTermReviewsBefore + 2;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (intervalBin * 100_000L + lengthBin) * 10_000L + lapseBin;
    }

    public int size() {
        return size;
    }

    public double logLoss() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double p = Math.min(1 - EPS, Math.max(EPS, predicted[i]));
            sum -= recalled[i] ? Math.log(p) : Math.log(1 - p);
        }
        return sum / size;
    }

    public double rmseBins() {
        Map<Long, double[]> byBin = new HashMap<>();
        for (int i = 0; i < size; i++) {
            double[] acc = byBin.computeIfAbsent(bins[i], k -> new double[3]);
            acc[0]++;
            acc[1] += predicted[i];
            acc[2] += recalled[i] ? 1 : 0;
        }
        double weighted = 0;
        for (double[] acc : byBin.values()) {
            double gap = acc[1] / acc[0] - acc[2] / acc[0];
            weighted += acc[0] * gap * gap;
        }
        return Math.sqrt(weighted / size);
    }

    /** Mann–Whitney AUC with tied predictions counted half, so a constant predictor scores 0.5. */
    public double auc() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < size) {
            int j = i;
            while (j + 1 < size && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (recalled[order[k]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = size - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    public double meanRecall() {
        int hits = 0;
        for (int i = 0; i < size; i++) {
            hits += recalled[i] ? 1 : 0;
        }
        return (double) hits / size;
    }
}
