package id.simak.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

import id.simak.web.ApiException;
import id.simak.web.ServerBusy;
import id.simak.web.SimakConfig;
import id.simak.web.TextRules;

/**
 * Issues, checks, lists and revokes API tokens. A token is 256 random bits (43 characters of base64url after the
 * prefix {@code smk_}); the database keeps only its SHA-256, which is enough for a secret that cannot be guessed
 * (a password needs bcrypt because people choose guessable ones). Checking a token is one indexed read, no
 * bcrypt; its account's role is read with it, so a changed role applies to the next call and a deleted account's
 * tokens are gone with it (the foreign key cascades).
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "smk_";
    static final int MAX_NAME = 100;
    /** The last use is written when it is older than this, so a busy client costs one write a minute, not one a call. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);
    /** bcrypt of a password nobody has, checked for an unknown user name so that the answer takes as long. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password " + Math.random());

    private final SecureRandom random = new SecureRandom();
    private final DataSource dataSource;
    private final LoginGuard guard;
    private final Duration lifetime;
    private final int maxPerAccount;
    private volatile Clock clock = Clock.systemUTC();

    ApiTokens(DataSource dataSource, LoginGuard guard, SimakConfig config) {
        this.dataSource = dataSource;
        this.guard = guard;
        this.lifetime = config.tokens().lifetime();
        this.maxPerAccount = config.tokens().maxPerAccount();
    }

    /** A new token and its stored record; the token is shown to its owner once and never again. */
    public record Issued(ApiToken record, String token) {}

    /** For tests: the clock to use from now on; {@code null} goes back to the system clock. */
    public void use(Clock fixed) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Checks the user name and password (counted by the login limiter like every other login: while it is locked
     * the password is not checked and 429 is answered) and issues a token for the account. The bcrypt check runs
     * outside any transaction, so a spray of wrong passwords holds no database connection.
     */
    public Issued issue(String username, String password, String name, String address) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("Kirim JSON {\"username\", \"password\"} (dan boleh \"name\").");
        }
        String label = name == null || name.isBlank() ? "Token API" : name.strip();
        if (label.length() > MAX_NAME) {
            throw ApiException.invalid("name", "Nama token paling banyak 100 karakter.");
        }
        String textProblem = TextRules.problem(label);
        if (textProblem != null) {
            throw ApiException.invalid("name", textProblem);
        }
        long wait = guard.lockedSeconds(username, address);
        if (wait > 0) {
            throw new TooManyAttempts(wait);
        }
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username));
        boolean matches = BcryptUtil.matches(password, account == null ? NO_ACCOUNT_HASH : account.passwordHash);
        if (account == null || !matches) {
            guard.failed(username, address);
            throw new ApiException(401, "Perlu masuk", "Nama pengguna atau kata sandi salah.");
        }
        guard.succeeded(username);
        String token = newToken();
        ApiToken stored = QuarkusTransaction.requiringNew().call(() -> store(account.id, hash(token), label));
        return new Issued(stored, token);
    }

    private ApiToken store(long accountId, String tokenHash, String label) {
        Instant now = now();
        ApiToken.delete("accountId = ?1 and expiresAt <= ?2", accountId, now);
        if (ApiToken.count("accountId", accountId) >= maxPerAccount) {
            throw ApiException.conflict("Akun ini sudah punya " + maxPerAccount + " token. Cabut token yang tidak "
                    + "dipakai lagi di halaman Akun atau dengan DELETE /api/tokens/{id}.");
        }
        ApiToken t = new ApiToken();
        t.accountId = accountId;
        t.tokenHash = tokenHash;
        t.name = label;
        t.createdAt = now;
        t.expiresAt = now.plus(lifetime);
        t.persist();
        return t;
    }

    /** The account's tokens, newest first (never the tokens themselves). */
    @Transactional
    public List<ApiToken> of(Account account) {
        return ApiToken.ofAccount(account.id);
    }

    /** Revokes one of the account's tokens; another account's token, or none, is 404 (nothing says it exists). */
    @Transactional
    public void revoke(Account account, long id) {
        long deleted = ApiToken.delete("id = ?1 and accountId = ?2", id, account.id);
        if (deleted == 0) {
            throw ApiException.notFound("Token " + id + " tidak ada.");
        }
    }

    /**
     * The identity of a bearer token: the account's user name and current role. An unknown, revoked or expired
     * token fails. Runs in the authentication, outside any transaction: plain JDBC, one indexed read, and a write
     * of the last use at most once a minute per token.
     */
    SecurityIdentity identify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            throw new AuthenticationFailedException("Not a Simak API token");
        }
        Instant now = now();
        try (Connection c = dataSource.getConnection()) {
            long id;
            SignedIn account;
            Instant lastUsed;
            try (PreparedStatement ps = c.prepareStatement("select t.id, t.expires_at, t.last_used_at, " + SignedIn.COLUMNS
                    + " from api_token t join account a on a.id = t.account_id where t.token_hash = ?")) {
                ps.setString(1, hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new AuthenticationFailedException("Unknown or revoked API token");
                    }
                    id = rs.getLong(1);
                    Instant expires = rs.getObject(2, OffsetDateTime.class).toInstant();
                    if (!expires.isAfter(now)) {
                        throw new AuthenticationFailedException("Expired API token");
                    }
                    OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
                    lastUsed = last == null ? null : last.toInstant();
                    account = SignedIn.read(rs, 4);
                }
            }
            if (lastUsed == null || !lastUsed.plus(LAST_USE_GRANULARITY).isAfter(now)) {
                try (PreparedStatement ps = c.prepareStatement("update api_token set last_used_at = ? where id = ?")) {
                    ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username()))
                    .addRole(account.role()).addAttribute(ATTRIBUTE, id).addAttribute(SignedIn.ATTRIBUTE, account)
                    .build();
        } catch (SQLException e) {
            throw ServerBusy.orAuthenticationFailure(e);
        }
    }

    /** The identity attribute holding the id of the token a request came with. */
    static final String ATTRIBUTE = "simak.api-token";

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, in hexadecimal: what the database keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Too many failed logins for this name or address: answered 429 with {@code Retry-After}. */
    public static final class TooManyAttempts extends ApiException {
        private static final long serialVersionUID = 1L;
        final long retryAfterSeconds;

        TooManyAttempts(long seconds) {
            super(429, "Terlalu banyak percobaan",
                    "Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah " + seconds + " detik.");
            this.retryAfterSeconds = seconds;
        }
    }
}
