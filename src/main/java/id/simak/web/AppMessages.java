package id.simak.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The UI texts, used in templates as {@code {msg:key}}; Indonesian in {@code messages/msg.properties},
 * English in {@code messages/msg_en.properties}.
 */
@MessageBundle(value = "msg", locale = "id")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_articles();

    @Message
    String nav_quizzes();

    @Message
    String nav_reviews();

    @Message
    String nav_progress();

    @Message
    String nav_teacher();

    @Message
    String nav_login();

    @Message
    String nav_register();

    @Message
    String nav_logout();

    @Message
    String nav_signed_in_as(String name);

    @Message
    String language_label();

    @Message
    String language_id();

    @Message
    String language_en();

    @Message
    String footer_text();

    @Message
    String home_title();

    @Message
    String home_intro();

    @Message
    String home_learner();

    @Message
    String home_teacher();

    @Message
    String home_start();

    @Message
    String home_signin_prompt();

    @Message
    String home_articles_count(long count);

    @Message
    String today_title(String name);

    @Message
    String today_streak(int days);

    @Message
    String today_no_streak();

    @Message
    String today_reviews_done(int n);

    @Message
    String today_cards_title();

    @Message
    String today_cards_due(int n);

    @Message
    String today_cards_detail(int due, int fresh, int minutes);

    @Message
    String today_cards_start();

    @Message
    String today_cards_none();

    @Message
    String today_assignments_title();

    @Message
    String today_assignments_none();

    @Message
    String today_assignment_done(Integer percent, String date);

    @Message
    String today_results_title();

    @Message
    String today_results_none();

    @Message
    String today_teacher_link();

    @Message
    String today_last_read_title();

    @Message
    String today_drafts_title();

    @Message
    String today_drafts_none();

    @Message
    String today_draft_unchecked(int unchecked, int total);

    @Message
    String today_week_title();

    @Message
    String today_week_none();

    @Message
    String today_late_title();

    @Message
    String today_late_none();

    @Message
    String today_late_learners(int count);

    @Message
    String today_result(int percent, int correct, int total);

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String login_no_account();

    @Message
    String login_register_link();

    @Message
    String logout_done();

    @Message
    String register_title();

    @Message
    String register_display_name();

    @Message
    String register_username_hint();

    @Message
    String register_password_hint();

    @Message
    String register_submit();

    @Message
    String register_done();

    @Message
    String register_first_teacher();

    @Message
    String form_errors();

    @Message
    String articles_title();

    @Message
    String articles_empty();

    @Message
    String articles_preparing();

    @Message
    String articles_add();

    @Message
    String articles_col_title();

    @Message
    String articles_col_words();

    @Message
    String articles_col_sentences();

    @Message
    String articles_col_added();

    @Message
    String article_source();

    @Message
    String article_words(int words, int sentences);

    @Message
    String article_back();

    @Message
    String article_deleted();

    @Message
    String article_created();

    @Message
    String article_delete();

    @Message
    String article_delete_confirm();

    @Message
    String article_photo();

    @Message
    String teacher_title();

    @Message
    String teacher_add_title();

    @Message
    String teacher_field_title();

    @Message
    String teacher_field_title_hint();

    @Message
    String teacher_field_source();

    @Message
    String teacher_field_source_hint();

    @Message
    String teacher_field_text();

    @Message
    String teacher_field_text_hint();

    @Message
    String teacher_field_file();

    @Message
    String teacher_submit_article();

    @Message
    String teacher_my_articles();

    @Message
    String teacher_accounts();

    @Message
    String teacher_col_username();

    @Message
    String teacher_col_name();

    @Message
    String teacher_col_role();

    @Message
    String teacher_make_teacher();

    @Message
    String teacher_role_changed();

    @Message
    String role_TEACHER();

    @Message
    String role_LEARNER();

    @Message
    String quizzes_title();

    @Message
    String quizzes_empty();

    @Message
    String reviews_title();

    @Message
    String reviews_empty();

    @Message
    String cards_added();

    @Message
    String cards_added_answered();

    @Message
    String progress_title();

    @Message
    String progress_empty();

    @Message
    String error_title();

    @Message
    String error_status(int status);

    @Message
    String error_home();

    @Message
    String html_lang();

    @Message
    String draft_title();

    @Message
    String draft_empty();

    @Message
    String draft_accepted();

    @Message
    String draft_correct();

    @Message
    String draft_link();

    @Message
    String skill_DATE();

    @Message
    String skill_PLACE();

    @Message
    String skill_VISIT();

    @Message
    String skill_PERSON();

    @Message
    String skill_QUOTE();

    @Message
    String skill_LIST();

    @Message
    String skill_NUMBER();

    @Message
    String skill_ACRONYM();

    @Message
    String skill_ROOT_WORD();

    @Message
    String skill_SYNONYM();

    @Message
    String skill_CONTEXT_VOCAB();

    @Message
    String skill_CAUSE();

    @Message
    String skill_CALCULATION();

    @Message
    String skill_MAIN_IDEA();

    @Message
    String skill_AGENT();

    @Message
    String skill_OTHER();

    @Message
    String type_MULTIPLE_CHOICE();

    @Message
    String type_MULTIPLE_RESPONSE();

    @Message
    String type_TRUE_FALSE();

    @Message
    String type_CLOZE();

    @Message
    String type_MATCHING();

    @Message
    String type_ORDERING();

    @Message
    String page_nav();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String page_position(int page, int pages, long total);
}
