package id.simak.srs;

import java.time.Instant;
import java.util.List;

/**
 * Replays review histories through a model and scores its recall predictions on every review at least a
 * day after the previous one (reference §3.1/§4.2): same-day reviews drive the state but are not scored.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** FSRS predictions for the reviews at or after {@code from} (null: all), replaying each whole history. */
    public static PredictionMetrics fsrs(Fsrs model, List<ReviewSequence> sequences, Instant from) {
        PredictionMetrics metrics = new PredictionMetrics();
        for (ReviewSequence seq : sequences) {
            MemoryState state = model.initial(Rating.ofGrade(seq.grades()[0]));
            int longTerm = 0;
            int lapses = 0;
            for (int i = 1; i < seq.size(); i++) {
                long t = seq.elapsed()[i];
                Rating rating = Rating.ofGrade(seq.grades()[i]);
                if (t > 0) {
                    if (from == null || !seq.times()[i].isBefore(from)) {
                        metrics.add(model.retrievability(state, t), rating.recalled(), t, longTerm, lapses);
                    }
                    longTerm++;
                    lapses += rating.recalled() ? 0 : 1;
                }
                state = model.next(state, rating, t);
            }
        }
        return metrics;
    }

    /**
     * Original SM-2 as srs-benchmark models/sm2.py reads it: grades 1..4 become qualities 2..5, same-day
     * reviews are dropped, and the interval I becomes a prediction R = 0.9^(t / I).
     */
    public static PredictionMetrics sm2(List<ReviewSequence> sequences, Instant from) {
        PredictionMetrics metrics = new PredictionMetrics();
        for (ReviewSequence seq : sequences) {
            double interval = 0;
            int streak = 0;
            double ease = 2.5;
            int longTerm = 0;
            int lapses = 0;
            for (int i = 0; i < seq.size(); i++) {
                long t = seq.elapsed()[i];
                if (i > 0 && t == 0) {
                    continue;
                }
                boolean recalled = seq.grades()[i] > 1;
                if (i > 0) {
                    if (from == null || !seq.times()[i].isBefore(from)) {
                        metrics.add(Math.pow(0.9, t / interval), recalled, t, longTerm, lapses);
                    }
                    longTerm++;
                    lapses += recalled ? 0 : 1;
                }
                int q = seq.grades()[i] + 1;
                if (q >= 3) {
                    interval = streak == 0 ? 1 : streak == 1 ? 6 : interval * ease;
                    streak++;
                } else {
                    streak = 0;
                    interval = 1;
                }
                ease = Math.max(1.3, ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
            }
        }
        return metrics;
    }

    /** The same recall probability for every review: the AVG baseline of srs-benchmark. */
    public static PredictionMetrics constant(double recall, List<ReviewSequence> sequences, Instant from) {
        PredictionMetrics metrics = new PredictionMetrics();
        for (ReviewSequence seq : sequences) {
            int longTerm = 0;
            int lapses = 0;
            for (int i = 1; i < seq.size(); i++) {
                long t = seq.elapsed()[i];
                if (t == 0) {
                    continue;
                }
                boolean recalled = seq.grades()[i] > 1;
                if (from == null || !seq.times()[i].isBefore(from)) {
                    metrics.add(recall, recalled, t, longTerm, lapses);
                }
                longTerm++;
                lapses += recalled ? 0 : 1;
            }
        }
        return metrics;
    }
}
