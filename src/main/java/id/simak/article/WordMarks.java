package id.simak.article;

import java.util.Set;

/**
 * The words a reader already keeps as flashcards, so the reader can mark them. Implemented downstream (by the
 * review feature), so the article feature never calls the features that use it.
 */
public interface WordMarks {

    /** The words (lower case) of the account's word cards. */
    Set<String> wordsInCards(long accountId);
}
