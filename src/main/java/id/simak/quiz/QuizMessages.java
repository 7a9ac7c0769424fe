package id.simak.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The quiz pages' texts, used in templates as {@code {kuis:key}}; Indonesian in {@code messages/kuis.properties},
 * English in {@code messages/kuis_en.properties}.
 */
@MessageBundle(value = "kuis", locale = "id")
public interface QuizMessages {

    @Message
    String list_title();

    @Message
    String list_intro();

    @Message
    String list_empty();

    @Message
    String list_preparing();

    @Message
    String list_questions(int count);

    @Message
    String list_last_score(int correct, int total, int percent);

    @Message
    String list_resume(int answered, int total);

    @Message
    String list_never();

    @Message
    String list_drafts_title();

    @Message
    String list_drafts_hint();

    @Message
    String article();

    @Message
    String draft_note();

    @Message
    String intro_start();

    @Message
    String intro_keys();

    @Message
    String intro_scores();

    @Message
    String intro_retry();

    @Message
    String intro_result_link();

    @Message
    String cards_add();

    @Message
    String cards_hint();

    @Message
    String progress(int number, int total);

    @Message
    String check();

    @Message
    String keys_choice();

    @Message
    String keys_typed();

    @Message
    String keys_next();

    @Message
    String cloze_label();

    @Message
    String multiple_response_hint();

    @Message
    String matching_pick();

    @Message
    String matching_hint();

    @Message
    String ordering_hint();

    @Message
    String ordering_up();

    @Message
    String ordering_down();

    @Message
    String ordering_up_label(String item);

    @Message
    String ordering_down_label(String item);

    @Message
    String ordering_moved(String position, String total);

    @Message
    String form_error();

    @Message
    String verdict_right();

    @Message
    String verdict_wrong();

    @Message
    String your_answer();

    @Message
    String correct_answer();

    @Message
    String also_accepted();

    @Message
    String explanation();

    @Message
    String evidence();

    @Message
    String evidence_link();

    @Message
    String article_toggle();

    @Message
    String article_region(String title);

    @Message
    String next();

    @Message
    String see_result();

    @Message
    String result_title();

    @Message
    String result_score(int correct, int total, int percent);

    @Message
    String result_retry(int wrong);

    @Message
    String result_retry_hint();

    @Message
    String result_all_right();

    @Message
    String result_cards_made(int n);

    @Message
    String result_cards_link();

    @Message
    String result_review();

    @Message
    String result_unanswered();

    @Message
    String result_unfinished();

    @Message
    String result_continue();

    @Message
    String result_mark_right();

    @Message
    String result_mark_wrong();

    @Message
    String retry_badge();

    @Message
    String back_to_list();
}
