package id.simak.progress;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The progress page's texts: {@code messages/kemajuan.properties} (Indonesian) and {@code kemajuan_en.properties}. */
@MessageBundle(value = "kemajuan", locale = "id")
public interface ProgressMessages {

    @Message
    String today();

    @Message
    String due_today();

    @Message
    String new_available();

    @Message
    String done_today();

    @Message
    String streak();

    @Message
    String days(int count);

    @Message
    String total_reviews();

    @Message
    String go_review();

    @Message
    String chart_reviews();

    @Message
    String chart_reviews_desc();

    @Message
    String chart_retention();

    @Message
    String chart_retention_desc();

    @Message
    String chart_forecast();

    @Message
    String chart_forecast_desc();

    @Message
    String chart_mastery();

    @Message
    String chart_mastery_desc();

    @Message
    String chart_scores();

    @Message
    String chart_scores_desc();

    @Message
    String table_toggle();

    @Message
    String no_data();

    @Message
    String col_day();

    @Message
    String col_reviews();

    @Message
    String col_week();

    @Message
    String col_recalled();

    @Message
    String col_retention();

    @Message
    String col_due();

    @Message
    String col_skill();

    @Message
    String col_cards();

    @Message
    String col_recall();

    @Message
    String col_answers();

    @Message
    String col_quiz_share();

    @Message
    String col_attempt();

    @Message
    String col_date();

    @Message
    String col_score();

    @Message
    String col_score_share();

    @Message
    String col_card();

    @Message
    String col_predicted();

    @Message
    String col_next_due();

    @Message
    String weakest_title();

    @Message
    String weakest_desc();

    @Message
    String weakest_relearning();

    @Message
    String params_title();

    @Message
    String params_default(int needed, int reviews);

    @Message
    String params_personal(String date, int reviews);

    @Message
    String params_fit(String before, String after);

    @Message
    String params_kept();

    @Message
    String fit_button();

    @Message
    String fit_hint(int needed);

    @Message
    String fit_changed();

    @Message
    String fit_kept();

    @Message
    String fit_too_few();
}
