package id.simak.review;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.quiz.QuizQuestion;
import id.simak.quiz.StringListConverter;
import id.simak.srs.CardPhase;
import id.simak.srs.CardState;

/**
 * One flashcard of one learner: a question they met or a word they chose in the reader, with its scheduler
 * state ({@link CardState}) kept column by column.
 */
@Entity
@Table(name = "card")
public class Card extends PanacheEntity {

    /** What the card asks. */
    public enum Kind { QUESTION, WORD }

    /** The skill of word cards: they ask for the root (and show the synonyms). */
    public static final String WORD_SKILL = "ROOT_WORD";

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public QuizQuestion question;

    /** The article the card comes from, when there is one; cards go when their article goes. */
    @Column(name = "article_id")
    public Long articleId;

    @Column(nullable = false, length = 24)
    public String skill;

    @Column(length = 100)
    public String word;

    @Column(length = 100)
    public String root;

    @Convert(converter = StringListConverter.class)
    @Column(length = 4000)
    public List<String> synonyms = List.of();

    @Column(name = "sentence_index")
    public Integer sentenceIndex;

    @Column(length = 4000)
    public String sentence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CardPhase phase;

    @Column(nullable = false)
    public int step;

    @Column(nullable = false)
    public Instant due;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    @Column(nullable = false)
    public double ease;

    @Column(name = "interval_days", nullable = false)
    public int intervalDays;

    @Column(nullable = false)
    public int reps;

    @Column(nullable = false)
    public int lapses;

    @Column(name = "last_review")
    public Instant lastReview;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A new card of this learner, due at once. */
    static Card fresh(long ownerId, Kind kind, String skill, Instant now) {
        Card c = new Card();
        c.ownerId = ownerId;
        c.kind = kind;
        c.skill = skill;
        c.createdAt = now;
        c.apply(CardState.newCard(0, now));
        return c;
    }

    public CardState state() {
        return new CardState(id == null ? 0 : id, phase, step, due, stability, difficulty, ease, intervalDays, reps,
                lapses, lastReview);
    }

    void apply(CardState s) {
        phase = s.phase();
        step = s.step();
        due = s.due();
        stability = s.stability();
        difficulty = s.difficulty();
        ease = s.ease();
        intervalDays = s.intervalDays();
        reps = s.reps();
        lapses = s.lapses();
        lastReview = s.lastReview();
    }

    public boolean isNew() {
        return phase == CardPhase.NEW;
    }

    /** The learner's card, or null when there is none or it belongs to someone else. */
    static Card ofOwner(long ownerId, long cardId) {
        Card c = findById(cardId);
        return c != null && c.ownerId == ownerId ? c : null;
    }

    static Card forQuestion(long ownerId, long questionId) {
        return find("ownerId = ?1 and question.id = ?2", ownerId, questionId).firstResult();
    }

    static Card forWord(long ownerId, String word) {
        return find("ownerId = ?1 and word = ?2", ownerId, word).firstResult();
    }

    /** Cards already reviewed whose time has come, due by {@code until}. */
    static List<Card> reviewsDue(long ownerId, Instant until) {
        return list("ownerId = ?1 and phase <> ?2 and due <= ?3", ownerId, CardPhase.NEW, until);
    }

    /** Never-reviewed cards, oldest first. */
    static List<Card> newCards(long ownerId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return find("ownerId = ?1 and phase = ?2 order by createdAt, id", ownerId, CardPhase.NEW)
                .page(0, limit).list();
    }

    /** The words of this learner's word cards, lower case. */
    static List<String> words(long ownerId) {
        return getEntityManager()
                .createQuery("select c.word from Card c where c.ownerId = ?1 and c.kind = ?2", String.class)
                .setParameter(1, ownerId).setParameter(2, Kind.WORD).getResultList();
    }
}
