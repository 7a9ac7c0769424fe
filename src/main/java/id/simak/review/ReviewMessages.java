package id.simak.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The review and reader texts, used in templates as {@code {rev:key}}; Indonesian in
 * {@code messages/rev.properties}, English in {@code messages/rev_en.properties}.
 */
@MessageBundle(value = "rev", locale = "id")
public interface ReviewMessages {

    @Message
    String title();

    @Message
    String counts(int due, int fresh);

    @Message
    String keys_help();

    @Message
    String empty_title();

    @Message
    String empty_next();

    @Message
    String empty_none();

    @Message
    String empty_new_waiting(long waiting, int limit);

    @Message
    String show_answer();

    @Message
    String key_space();

    @Message
    String check();

    @Message
    String choose_hint();

    @Message
    String choose_multi_hint();

    @Message
    String rate_group();

    @Message
    String rating_AGAIN();

    @Message
    String rating_HARD();

    @Message
    String rating_GOOD();

    @Message
    String rating_EASY();

    @Message
    String proposed();

    @Message
    String result_right();

    @Message
    String result_wrong();

    @Message
    String your_choice();

    @Message
    String correct_choice();

    @Message
    String answer();

    @Message
    String explanation();

    @Message
    String evidence();

    @Message
    String evidence_link();

    @Message
    String word_prompt();

    @Message
    String root();

    @Message
    String synonyms();

    @Message
    String no_synonyms();

    @Message
    String undo();

    @Message
    String undo_done();

    @Message
    String undo_none();

    @Message
    String phase_NEW();

    @Message
    String interval_MINUTE(long n);

    @Message
    String interval_HOUR(long n);

    @Message
    String interval_DAY(long n);

    @Message
    String interval_MONTH(long n);

    @Message
    String interval_YEAR(long n);

    @Message
    String reader_help();

    @Message
    String reader_in_cards();

    @Message
    String reader_in_cards_legend();

    @Message
    String word_close();

    @Message
    String word_sentence();

    @Message
    String word_add();

    @Message
    String word_in_cards();

    @Message
    String word_added();

    @Message
    String word_unknown();

    @Message
    String word_same_root();

    @Message
    String choose_first();

    /** The card's predicted recall now, on a card reviewed before. */
    @Message
    String recall_now(int percent);

    @Message
    String phase_relearning();
}
