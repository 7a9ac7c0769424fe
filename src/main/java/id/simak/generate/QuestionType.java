package id.simak.generate;

/**
 * How a question is answered. {@code choices} and {@code answer} of a {@link Question} mean:
 * MULTIPLE_CHOICE one correct choice; MULTIPLE_RESPONSE every correct choice; TRUE_FALSE choices
 * ["Benar","Salah"]; CLOZE no choices, the prompt holds the gap "____" and answer lists the accepted
 * answers (the first is the canonical one); MATCHING {@code items} are the left side, choices the right
 * side, answer.get(i) matches items.get(i); ORDERING choices shuffled, answer in the right order.
 */
public enum QuestionType { MULTIPLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, CLOZE, MATCHING, ORDERING }
