package id.simak.srs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** Decides when a card is shown next after the learner rates it. */
public interface Scheduler {

    /** The card after being rated {@code rating} at {@code now} by a learner living in {@code zone}. */
    CardState schedule(CardState card, Rating rating, Instant now, ZoneId zone);

    /** The outcome of each of the four ratings, so the answer buttons can show their intervals. */
    default Map<Rating, CardState> previews(CardState card, Instant now, ZoneId zone) {
        Map<Rating, CardState> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, schedule(card, rating, now, zone));
        }
        return outcomes;
    }

    /** Probability the learner recalls the card at {@code now}; 0 for a new card. For "lowest first" ordering. */
    double retrievability(CardState card, Instant now);
}
