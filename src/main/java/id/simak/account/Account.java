package id.simak.account;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A person who logs in to Simak, with a bcrypt password hash and one role. */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntity {

    @Username
    @Column(nullable = false, unique = true, length = 32)
    public String username;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @Column(nullable = false, length = 16)
    public String role;

    /** The administrator: a teacher who may change roles (the first account; never none while one exists). */
    @Column(nullable = false)
    public boolean admin;

    /** When the account last logged out: login cookies issued before are refused ({@link SignedOutSessions}). */
    @Column(name = "signed_out_at")
    public Instant signedOutAt;

    /** The article this account last opened in the reader, for the home page (it may have been deleted since). */
    @Column(name = "last_article_id")
    public Long lastArticleId;

    /** When it opened that article (the first of several reads of it in a row). */
    @Column(name = "last_article_at")
    public Instant lastArticleAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Role role() {
        return Role.valueOf(role);
    }

    public boolean isTeacher() {
        return Role.TEACHER.name().equals(role);
    }

    public static Account findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public static long administrators() {
        return count("admin", true);
    }

    public static List<Account> listByName() {
        return list("order by displayName, username");
    }
}
