package id.simak.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything a scheduler needs to know about one card, flat so the app can persist it column by column.
 *
 * @param cardId       the app's card id; seeds the fuzz
 * @param phase        NEW, LEARNING, REVIEW or RELEARNING
 * @param step         index into the (re)learning steps; 0 outside them
 * @param due          when the card should next be shown
 * @param stability    FSRS stability in days; 0 for a new card or under SM-2
 * @param difficulty   FSRS difficulty 1..10; 0 for a new card or under SM-2
 * @param ease         SM-2 ease factor (2.5 initially); 0 under FSRS
 * @param intervalDays the scheduled interval in whole days; 0 while in (re)learning steps
 * @param reps         number of reviews so far
 * @param lapses       number of times the card was forgotten in review
 * @param lastReview   time of the last review; null for a new card
 */
public record CardState(
        long cardId,
        CardPhase phase,
        int step,
        Instant due,
        double stability,
        double difficulty,
        double ease,
        int intervalDays,
        int reps,
        int lapses,
        Instant lastReview) {

    public CardState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if (phase != CardPhase.NEW && lastReview == null) {
            throw new IllegalArgumentException("a reviewed card needs lastReview");
        }
    }

    /** A card never reviewed, due immediately. */
    public static CardState newCard(long cardId, Instant now) {
        return new CardState(cardId, CardPhase.NEW, 0, now, 0, 0, 0, 0, 0, 0, null);
    }

    /** The FSRS memory, or null when the card has none yet. */
    public MemoryState memory() {
        return memory(stability, difficulty);
    }

    /** The FSRS memory of a card with this stability and difficulty, or null when it has none yet. */
    public static MemoryState memory(double stability, double difficulty) {
        return stability > 0 ? new MemoryState(stability, difficulty) : null;
    }
}
