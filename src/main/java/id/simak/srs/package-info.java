/**
 * Spaced repetition for Simak, pure Java: the FSRS-6 memory model ({@link id.simak.srs.Fsrs}), the
 * schedulers the app calls ({@link id.simak.srs.FsrsScheduler}, {@link id.simak.srs.Sm2Scheduler} behind
 * {@link id.simak.srs.Scheduler}), a per-learner parameter optimizer and an evaluator.
 *
 * <p>Typical use from the app: keep one {@link id.simak.srs.CardState} row per card, starting with
 * {@code CardState.newCard(cardId, now)}; when the learner answers, persist
 * {@code scheduler.schedule(card, rating, now, learnerZone)}; label the answer buttons with
 * {@code scheduler.previews(card, now, learnerZone)}; order due cards by
 * {@code scheduler.retrievability(card, now)}, lowest first. Refit a learner's parameters with
 * {@code new ParameterOptimizer().optimize(reviewLog.sequences(learnerZone, 4), current)}.
 */
package id.simak.srs;
