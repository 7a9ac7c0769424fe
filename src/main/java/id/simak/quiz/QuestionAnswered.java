package id.simak.quiz;

import java.time.Instant;

/**
 * Fired (as a CDI event, inside the transaction that stores the answer) when a learner answers a question of a
 * set, in a quiz or anywhere else. The flashcard queue observes it: every question a learner has met becomes a
 * card.
 *
 * @param accountId  the learner
 * @param questionId the {@link QuizQuestion} answered
 * @param correct    whether the answer was right
 * @param at         when it was answered
 */
public record QuestionAnswered(long accountId, long questionId, boolean correct, Instant at) {
}
