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
    String note();

    @Message
    String browse_link();

    @Message
    String browse_title();

    @Message
    String browse_intro();

    @Message
    String browse_search();

    @Message
    String browse_state();

    @Message
    String browse_apply();

    @Message
    String browse_count(long total);

    @Message
    String browse_empty();

    @Message
    String browse_empty_none();

    @Message
    String browse_state_all();

    @Message
    String browse_state_due();

    @Message
    String browse_state_new();

    @Message
    String browse_state_learning();

    @Message
    String browse_state_review();

    @Message
    String browse_state_suspended();

    @Message
    String browse_due(String date);

    @Message
    String browse_from();

    @Message
    String browse_word();

    @Message
    String browse_reviews(int reps, int lapses);

    @Message
    String browse_actions(String front);

    @Message
    String browse_suspend();

    @Message
    String browse_resume();

    @Message
    String browse_reset();

    @Message
    String browse_reset_confirm();

    @Message
    String browse_delete();

    @Message
    String browse_edit();

    @Message
    String edit_word_title();

    @Message
    String edit_word_intro();

    @Message
    String edit_word_word();

    @Message
    String edit_word_root();

    @Message
    String edit_word_synonyms();

    @Message
    String edit_word_synonyms_hint();

    @Message
    String edit_word_save();

    @Message
    String edit_word_cancel();

    @Message
    String browse_delete_confirm();

    @Message
    String browse_note();

    @Message
    String browse_note_save();

    @Message
    String browse_note_hint();

    @Message
    String card_suspended();

    @Message
    String card_resumed();

    @Message
    String card_reset();

    @Message
    String card_deleted();

    @Message
    String card_note_saved();

    @Message
    String card_word_saved();

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
