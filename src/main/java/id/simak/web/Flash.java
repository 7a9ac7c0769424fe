package id.simak.web;

import java.util.Set;

/**
 * The one-line notices shown after a redirect ("Artikel ditambahkan."), passed as {@code ?pesan=key}: only
 * known message keys are shown, so a crafted link cannot put text on the page.
 */
public final class Flash {

    private static final Set<String> KNOWN = Set.of(
            "article_created", "article_deleted", "cards_added", "cards_added_answered", "logout_done", "register_done", "teacher_role_changed");

    private Flash() {
    }

    /** The message key to show, or null. */
    public static String message(String key) {
        return key != null && KNOWN.contains(key) ? key : null;
    }
}
