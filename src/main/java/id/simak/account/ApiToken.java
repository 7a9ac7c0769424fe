package id.simak.account;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A bearer token an account gave to an API client: only its SHA-256 is stored, never the token itself, so a copy
 * of the database does not open the API.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    @Column(name = "account_id", nullable = false)
    public long accountId;

    /** SHA-256 of the token, 64 hexadecimal digits. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    /** The owner's name for it ("Aplikasi ponsel"), shown on the account page. */
    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The last call with this token, written at most once a minute; null when it was never used. */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** The account's tokens, newest first. */
    public static List<ApiToken> ofAccount(long accountId) {
        return list("accountId = ?1 order by createdAt desc, id desc", accountId);
    }
}
