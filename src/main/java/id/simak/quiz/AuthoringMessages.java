package id.simak.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the teacher's authoring pages, used in templates as {@code {guru:key}}; Indonesian in
 * {@code messages/guru.properties}, English in {@code messages/guru_en.properties}.
 */
@MessageBundle(value = "guru", locale = "id")
public interface AuthoringMessages {

    @Message
    String set_status_DRAFT();

    @Message
    String set_status_PUBLISHED();

    @Message
    String set_origin_GENERATED();

    @Message
    String set_origin_AUTHORED();

    @Message
    String set_origin_FILE();

    @Message
    String set_article();

    @Message
    String set_counts(int total, int reviewed);

    @Message
    String set_published_note();

    @Message
    String set_draft_note();

    @Message
    String set_edited_note();

    @Message
    String set_stale_note();

    @Message
    String set_regenerate();

    @Message
    String set_regenerate_confirm();

    @Message
    String set_publish();

    @Message
    String set_unreviewed_hint(int n);

    @Message
    String set_unpublish();

    @Message
    String set_unpublish_assigned(int n);

    @Message
    String set_unpublish_withdraw();

    @Message
    String set_unpublish_remove();

    @Message
    String set_title_label();

    @Message
    String set_rename();

    @Message
    String set_delete();

    @Message
    String set_delete_confirm();

    @Message
    String set_questions();

    @Message
    String set_empty();

    @Message
    String set_add_question();

    @Message
    String set_others();

    @Message
    String set_new_title();

    @Message
    String set_new_hint();

    @Message
    String set_create();

    @Message
    String set_actions();

    @Message
    String set_page_title();

    @Message
    String set_preparing_title();

    @Message
    String set_preparing_text();

    @Message
    String set_preparing_reload();

    @Message
    String q_accepted();

    @Message
    String q_not_reviewed();

    @Message
    String q_accept();

    @Message
    String q_edit();

    @Message
    String q_delete();

    @Message
    String q_delete_confirm();

    @Message
    String q_up();

    @Message
    String q_down();

    @Message
    String q_number(int n);

    @Message
    String q_correct();

    @Message
    String q_accepted_answers();

    @Message
    String q_evidence();

    @Message
    String q_actions(int n);

    @Message
    String form_new_title();

    @Message
    String form_edit_title();

    @Message
    String form_type();

    @Message
    String form_type_apply();

    @Message
    String form_type_hint();

    @Message
    String form_skill();

    @Message
    String form_prompt();

    @Message
    String form_prompt_hint();

    @Message
    String form_prompt_hint_cloze();

    @Message
    String form_prompt_hint_tf();

    @Message
    String form_choices();

    @Message
    String form_choices_hint();

    @Message
    String form_choice(int n);

    @Message
    String form_choice_correct(int n);

    @Message
    String form_tf_answer();

    @Message
    String form_true();

    @Message
    String form_false();

    @Message
    String form_cloze_answers();

    @Message
    String form_cloze_hint();

    @Message
    String form_cloze_answer(int n);

    @Message
    String form_pairs();

    @Message
    String form_pairs_hint();

    @Message
    String form_left(int n);

    @Message
    String form_right(int n);

    @Message
    String form_order();

    @Message
    String form_order_hint();

    @Message
    String form_order_item(int n);

    @Message
    String form_explanation();

    @Message
    String form_evidence();

    @Message
    String form_evidence_hint();

    @Message
    String form_evidence_none();

    @Message
    String form_save();

    @Message
    String form_cancel();

    @Message
    String form_errors();

    @Message
    String form_set_errors();

    @Message
    String dashboard_sets();

    @Message
    String dashboard_sets_empty();

    @Message
    String dashboard_col_set();

    @Message
    String dashboard_col_article();

    @Message
    String dashboard_col_status();

    @Message
    String dashboard_col_questions();

    @Message
    String dashboard_col_reviewed();

    @Message
    String dashboard_draft_link();

    @Message
    String flash_article_created();

    @Message
    String flash_set_created();

    @Message
    String flash_set_published();

    @Message
    String flash_set_unpublished();

    @Message
    String flash_set_unpublished_withdrawn();

    @Message
    String flash_set_unpublished_removed();

    @Message
    String flash_set_unpublish_choose();

    @Message
    String flash_set_renamed();

    @Message
    String flash_set_deleted();

    @Message
    String flash_set_regenerated();

    @Message
    String flash_question_added();

    @Message
    String flash_question_saved();

    @Message
    String flash_question_deleted();

    @Message
    String flash_question_accepted();

    @Message
    String flash_question_moved();

    @Message
    String bank_title(int n);

    @Message
    String bank_hint();

    @Message
    String bank_filter_label();

    @Message
    String bank_filter_all();

    @Message
    String bank_filter_apply();

    @Message
    String bank_empty();

    @Message
    String bank_add();

    @Message
    String bank_number(int n);

    @Message
    String bank_paragraph(int n);

    @Message
    String bank_more(int shown, int total);

    @Message
    String difficulty_EASY();

    @Message
    String difficulty_MEDIUM();

    @Message
    String difficulty_HARD();

    @Message
    String set_publish_confirm(int n);

    @Message
    String set_publish_anyway();

    @Message
    String set_publish_cancel();

    @Message
    String set_kind_published();

    @Message
    String set_kind_draft();

    @Message
    String set_kind_assigned();

    @Message
    String set_kind_withdrawn();

    @Message
    String bulk_hint();

    @Message
    String bulk_pick(int n);

    @Message
    String bulk_accept();

    @Message
    String bulk_delete();

    @Message
    String bulk_delete_confirm();

    @Message
    String flash_questions_accepted();

    @Message
    String flash_questions_deleted();

    @Message
    String flash_none_selected();

    @Message
    String filter_label();

    @Message
    String filter_empty();
}
