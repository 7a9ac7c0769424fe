package id.simak.srs;

import java.util.SplittableRandom;

/** Anki's review-interval fuzz (rslib/src/scheduler/states/fuzz.rs), so cards learnt together drift apart. */
public final class ReviewFuzz {

    private ReviewFuzz() {
    }

    /**
     * The whole-day interval for {@code interval}, fuzzed by {@code fuzzFactor} in [0, 1) or only rounded
     * when it is null, always within [minimum, maximum]. Computed in float like Anki so that the .5
     * rounding edges fall the same way.
     */
    public static int apply(Double fuzzFactor, double interval, int minimum, int maximum) {
        float ivl = (float) interval;
        if (fuzzFactor == null) {
            return clamp(Math.round(ivl), minimum, maximum);
        }
        int[] bounds = bounds(ivl, minimum, maximum);
        return (int) Math.floor(bounds[0] + fuzzFactor.floatValue() * (float) (1 + bounds[1] - bounds[0]));
    }

    /** The reproducible fuzz factor of one card at one review count, like Anki's seed of card id + reps. */
    public static double factor(long cardId, int reps) {
        return new SplittableRandom(cardId + reps).nextDouble();
    }

    static int[] bounds(float interval, int minimum, int maximum) {
        int min = Math.min(minimum, maximum);
        float ivl = Math.max(min, Math.min(maximum, interval));
        float delta = delta(ivl);
        int lower = clamp(Math.round(ivl - delta), min, maximum);
        int upper = clamp(Math.round(ivl + delta), min, maximum);
        // Anki widens a one-value range when it can, so that fuzz still spreads cards.
        if (upper == lower && upper > 2 && upper < maximum) {
            upper = lower + 1;
        }
        return new int[] {lower, upper};
    }

    private static float delta(float interval) {
        if (interval < 2.5f) {
            return 0f;
        }
        return 1.0f
                + 0.15f * Math.max(0f, Math.min(interval, 7f) - 2.5f)
                + 0.10f * Math.max(0f, Math.min(interval, 20f) - 7f)
                + 0.05f * Math.max(0f, interval - 20f);
    }

    private static int clamp(int x, int lo, int hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
