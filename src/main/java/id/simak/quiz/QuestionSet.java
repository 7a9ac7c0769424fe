package id.simak.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.account.Account;
import id.simak.article.Article;

/** A set of questions about one article: the generator's draft or a teacher's own, draft or published. */
@Entity
@Table(name = "question_set")
public class QuestionSet extends PanacheEntity {

    /** Whether learners can see the set. */
    public enum Status { DRAFT, PUBLISHED }

    /** Where the questions came from. */
    public enum Origin { GENERATED, AUTHORED, FILE }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Origin origin;

    /** Hash of the article text a generated draft was made from: a changed text makes a new draft. */
    @Column(name = "source_hash", length = 64)
    public String sourceHash;

    /**
     * Stable id of a set kept as a file ({@code quizzes/*.yaml}, or an imported GIFT/Moodle/CSV file), unique
     * across sets; null for sets without one.
     */
    @Column(name = "set_key", length = 100)
    public String key;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When a teacher last changed the set (null: untouched). A generated draft a teacher changed is never regenerated. */
    @Column(name = "edited_at")
    public Instant editedAt;

    /** When the set was last published, or null. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<QuizQuestion> questions = new ArrayList<>();

    /** Whether the article's text changed since the set was made, so its evidence sentences may be out of date. */
    public boolean isStale() {
        return article != null && sourceHash != null && !sourceHash.equals(article.contentHash);
    }

    /** The set with this stable file id, or null. */
    public static QuestionSet byKey(String key) {
        return find("key", key).firstResult();
    }

    /** The generator's draft for this article, or null. */
    public static QuestionSet generatedDraftOf(Article article) {
        return find("article = ?1 and origin = ?2", article, Origin.GENERATED).firstResult();
    }
}
