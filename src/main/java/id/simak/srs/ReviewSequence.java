package id.simak.srs;

import java.time.Instant;
import java.util.Arrays;

/**
 * One card's reviews in time order, with the whole days elapsed before each one under some day convention.
 *
 * @param cardId  the card
 * @param grades  ratings 1..4
 * @param elapsed days since the previous review; 0 for the first review and for same-day reviews
 * @param times   when each review happened
 */
public record ReviewSequence(long cardId, int[] grades, long[] elapsed, Instant[] times) {

    public ReviewSequence {
        if (grades.length == 0 || grades.length != elapsed.length || grades.length != times.length) {
            throw new IllegalArgumentException("a sequence needs equally long, non-empty grades, elapsed and times");
        }
    }

    public int size() {
        return grades.length;
    }

    /** Each history cut at {@code cutoff}, leaving out those with no review before it: a training set in time. */
    public static java.util.List<ReviewSequence> allBefore(java.util.List<ReviewSequence> sequences, Instant cutoff) {
        java.util.List<ReviewSequence> out = new java.util.ArrayList<>();
        for (ReviewSequence seq : sequences) {
            ReviewSequence earlier = seq.before(cutoff);
            if (earlier != null) {
                out.add(earlier);
            }
        }
        return out;
    }

    /** The reviews strictly before {@code cutoff}, or null if there are none. */
    public ReviewSequence before(Instant cutoff) {
        int n = 0;
        while (n < times.length && times[n].isBefore(cutoff)) {
            n++;
        }
        if (n == 0) {
            return null;
        }
        return new ReviewSequence(cardId, Arrays.copyOf(grades, n), Arrays.copyOf(elapsed, n),
                Arrays.copyOf(times, n));
    }
}
