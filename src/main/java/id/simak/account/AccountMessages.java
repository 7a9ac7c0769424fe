package id.simak.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the account page, used in templates as {@code {akun:key}}; Indonesian in
 * {@code messages/akun.properties}, English in {@code messages/akun_en.properties}.
 */
@MessageBundle(value = "akun", locale = "id")
public interface AccountMessages {

    @Message
    String title();

    @Message
    String username();

    @Message
    String display_name();

    @Message
    String role();

    @Message
    String role_teacher();

    @Message
    String role_learner();

    @Message
    String role_admin();

    @Message
    String tokens_title();

    @Message
    String tokens_intro(long days);

    @Message
    String tokens_none();

    @Message
    String col_name();

    @Message
    String col_created();

    @Message
    String col_expires();

    @Message
    String col_last_used();

    @Message
    String never_used();

    @Message
    String expired();

    @Message
    String revoke();

    @Message
    String revoke_named(String name);

    @Message
    String revoked();

    @Message
    String how_title();

    @Message
    String how_text();
}
