package id.simak.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The question-file page's texts: {@code messages/berkas.properties} (Indonesian) and {@code berkas_en.properties}. */
@MessageBundle(value = "berkas", locale = "id")
public interface ExchangeMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String import_title();

    @Message
    String import_help();

    @Message
    String format_label();

    @Message
    String format_simak();

    @Message
    String article_label();

    @Message
    String article_from_file();

    @Message
    String file_label();

    @Message
    String import_button();

    @Message
    String imported(String title, int added, int updated, int removed);

    @Message
    String import_summary(int imported, int skipped);

    @Message
    String skipped_heading();

    @Message
    String skipped_item(int line, String label, String type, String name, String reason);

    @Message
    String open_set();

    @Message
    String export_title();

    @Message
    String no_sets();

    @Message
    String col_set();

    @Message
    String col_article();

    @Message
    String col_download();
}
