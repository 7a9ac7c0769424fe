package id.simak.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a request needs of its signed-in account, read once when the request is authenticated (a login cookie:
 * {@link CookieSessions}; an API token: {@link ApiTokens}) and carried on the {@link SecurityIdentity} as an
 * attribute, so that {@link SignedOutSessions}, {@link Viewer} and the pages do not read the same account row
 * again (issue 14: three reads per request before). HTTP Basic identities (security-jpa) carry none; then the
 * account is read as before.
 *
 * @param lastArticleId the article the account last opened in the reader, or null
 */
public record SignedIn(long id, String username, String displayName, String role, boolean admin,
        Instant signedOutAt, Long lastArticleId) {

    static final String ATTRIBUTE = "simak.signed-in";

    /** The columns {@link #read} reads, in its order, for a query on {@code account a}. */
    static final String COLUMNS = "a.id, a.username, a.display_name, a.role, a.admin, a.signed_out_at, a.last_article_id";

    /** The account read when the request was authenticated, or null (a guest, or HTTP Basic). */
    public static SignedIn of(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null
                : identity.getAttribute(ATTRIBUTE) instanceof SignedIn s ? s : null;
    }

    /** The account of a user name, or null when there is none. */
    static SignedIn read(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from account a where a.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs, 1) : null;
            }
        }
    }

    /** The account in the columns {@link #COLUMNS} of a row, from column {@code first} on. */
    static SignedIn read(ResultSet rs, int first) throws SQLException {
        OffsetDateTime signedOut = rs.getObject(first + 5, OffsetDateTime.class);
        long lastArticle = rs.getLong(first + 6);
        return new SignedIn(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getBoolean(first + 4), signedOut == null ? null : signedOut.toInstant(),
                rs.wasNull() ? null : lastArticle);
    }
}
