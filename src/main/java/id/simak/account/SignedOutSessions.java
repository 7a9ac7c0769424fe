package id.simak.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import id.simak.web.ServerBusy;

/**
 * Refuses a login cookie that was issued before its account logged out. Quarkus' form login keeps no session on
 * the server: its cookie holds the user name and when it expires, encrypted. Logging out stores the time in
 * {@code account.signed_out_at}; this augmentor reads the issue time out of the cookie (its expiry minus
 * {@code quarkus.http.auth.form.timeout}) and fails the login when the cookie is not newer than the sign-out,
 * so a copy of the cookie saved before logging out no longer works, on every node that shares the database.
 */
@ApplicationScoped
@Unremovable
public class SignedOutSessions implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SignedOutSessions.class);

    private final String cookieName;
    private final long timeoutMillis;
    private final SecretKey key;

    @Inject
    DataSource dataSource;

    SignedOutSessions(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> encryptionKey) {
        this.cookieName = cookieName;
        this.timeoutMillis = timeout.toMillis();
        this.key = encryptionKey.filter(k -> k.length() >= 16).map(SignedOutSessions::keyOf).orElse(null);
        if (key == null) {
            LOG.warn("No quarkus.http.auth.session.encryption-key: a login cookie saved before logging out keeps "
                    + "working until it expires");
        }
    }

    /** The AES key Quarkus' PersistentLoginManager derives from the configured encryption key. */
    static SecretKey keyOf(String encryptionKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return new SecretKeySpec(sha.digest(encryptionKey.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || key == null || rc == null
                || rc.request().headers().contains(HttpHeaders.AUTHORIZATION)
                || rc.normalizedPath().endsWith("/j_security_check")) {
            return Uni.createFrom().item(identity);
        }
        Cookie cookie = rc.request().getCookie(cookieName);
        Long issuedAt = cookie == null ? null : issuedAt(cookie.getValue());
        if (issuedAt == null) {
            return Uni.createFrom().item(identity);
        }
        SignedIn account = SignedIn.of(identity);
        if (account != null) {
            // read with the identity (CookieSessions): no second read of the account row
            return loggedOutSince(issuedAt, account.signedOutAt())
                    ? Uni.createFrom().failure(refuse(rc))
                    : Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            OffsetDateTime signedOut = signedOutAt(username);
            if (loggedOutSince(issuedAt, signedOut == null ? null : signedOut.toInstant())) {
                throw refuse(rc);
            }
            return identity;
        });
    }

    private static boolean loggedOutSince(long issuedAt, Instant signedOut) {
        return signedOut != null && issuedAt <= signedOut.toEpochMilli();
    }

    /** Tells the browser to drop the dead cookie, and fails the login. */
    private AuthenticationFailedException refuse(RoutingContext rc) {
        rc.response().addCookie(Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0).setHttpOnly(true));
        return new AuthenticationFailedException("The login cookie was issued before its account logged out");
    }

    /** When the cookie was issued (epoch milliseconds), or null when it cannot be read. */
    Long issuedAt(String value) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(value.getBytes(StandardCharsets.UTF_8)));
            int ivLength = buffer.get();
            byte[] iv = new byte[ivLength];
            buffer.get(iv);
            byte[] encrypted = new byte[buffer.remaining()];
            buffer.get(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            String plain = new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return colon < 0 ? null : Long.parseLong(plain.substring(0, colon)) - timeoutMillis;
        } catch (RuntimeException | GeneralSecurityException e) {
            return null;
        }
    }

    private OffsetDateTime signedOutAt(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select signed_out_at from account where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
            }
        } catch (SQLException e) {
            throw ServerBusy.orAuthenticationFailure(e);
        }
    }
}
