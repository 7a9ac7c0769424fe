package id.simak.article;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.account.Account;

/** A news text that learners read and quizzes are made from; its owner is the teacher who added it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 500)
    public String source;

    @Column(nullable = false, length = ArticleText.MAX_CHARS * 2)
    public String body;

    @Column(nullable = false)
    public int words;

    @Column(nullable = false)
    public int sentences;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** The teacher who added it; null for an article imported from {@code seeds/}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Article> newestFirst() {
        return list("order by createdAt desc, id desc");
    }

    public static List<Article> ownedBy(Account owner) {
        return list("owner = ?1 order by createdAt desc, id desc", owner);
    }

    /** What the reader shows of an article besides its text, and the hash of the text. */
    public record Heading(long id, String title, String source, int words, int sentences, String contentHash) {}

    /**
     * The heading of an article, or null if there is none: one row without the text, which the reader needs only
     * the first time it lays the text out ({@link ArticleReading#readerHtml}).
     */
    static Heading heading(long id) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select title, source, words, sentences, content_hash from article where id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? new Heading(id, r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            r.getString(5)) : null;
                }
            }
        });
    }
}
