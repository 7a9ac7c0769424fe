package id.simak.progress;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The class report pages' texts: {@code messages/laporan.properties} (Indonesian) and {@code laporan_en.properties}. */
@MessageBundle(value = "laporan", locale = "id")
public interface ReportMessages {

    @Message
    String open_report();

    @Message
    String title(String className);

    @Message
    String back_to_class();

    @Message
    String back_to_report();

    @Message
    String intro();

    @Message
    String download_class();

    @Message
    String download_class_xlsx();

    @Message
    String download_set();

    @Message
    String download_set_xlsx();

    @Message
    String no_sets();

    @Message
    String no_learners();

    @Message
    String learners_title();

    @Message
    String learners_caption();

    @Message
    String col_learner();

    @Message
    String col_reviews_7();

    @Message
    String col_reviews_total();

    @Message
    String col_retention();

    @Message
    String due(String date);

    @Message
    String best();

    @Message
    String last();

    @Message
    String attempts(int count);

    @Message
    String status_ON_TIME();

    @Message
    String status_LATE();

    @Message
    String status_IN_PROGRESS();

    @Message
    String status_NOT_STARTED();

    @Message
    String retention_hint();

    @Message
    String items_title();

    @Message
    String items_link(String title);

    @Message
    String set_title(String title);

    @Message
    String set_intro(String className, String dueText);

    @Message
    String first_attempts_only(int answered, int learners);

    @Message
    String questions_caption();

    @Message
    String col_number();

    @Message
    String col_question();

    @Message
    String col_type();

    @Message
    String col_answers();

    @Message
    String col_correct();

    @Message
    String col_wrong();

    @Message
    String col_discrimination();

    @Message
    String col_median();

    @Message
    String wrong_times(int count);

    @Message
    String legend();

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
}
