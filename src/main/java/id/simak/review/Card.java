package id.simak.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.Session;

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

    /**
     * How many reviews of this card its log holds: one more with each review, one less with an undo; the log goes
     * with the card. The class report sums it instead of counting the log (V24).
     */
    @Column(name = "review_count", nullable = false)
    public int reviewCount;

    /** Set aside by its learner: never shown for review until resumed (its schedule is kept). */
    @Column(nullable = false)
    public boolean suspended;

    /** The learner's own note (a meaning, a hint), shown on the card's back. */
    @Column(length = NOTE_LENGTH)
    public String note;

    /** The longest note a learner may keep on a card. */
    public static final int NOTE_LENGTH = 1000;

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

    /**
     * What the progress page needs of a card: its scheduling state, skill and front (the question's prompt, or
     * the word of a word card).
     */
    public record Recall(CardState state, String skill, String front) {
    }

    /** The learner's cards that are not suspended, read as values in one query (with their questions' prompts). */
    public static List<Recall> recallsOf(long ownerId) {
        // Plain SQL: reading a busy learner's 1,000 cards through HQL's row reader was a third of the progress page
        // (docs/benchmarks.md, "Review loop, fourth pass"). The transaction's own connection, so the same snapshot.
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(RECALLS)) {
                s.setLong(1, ownerId);
                List<Recall> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        CardState state = new CardState(r.getLong(1), CardPhase.valueOf(r.getString(2)), r.getInt(3),
                                instant(r, 4), r.getDouble(5), r.getDouble(6), r.getDouble(7), r.getInt(8),
                                r.getInt(9), r.getInt(10), instant(r, 11));
                        String front = Kind.WORD.name().equals(r.getString(13)) ? r.getString(14)
                                : r.getString(15) == null ? "" : r.getString(15);
                        out.add(new Recall(state, r.getString(12), front));
                    }
                }
                return out;
            }
        });
    }

    private static final String RECALLS = "select c.id, c.phase, c.step, c.due, c.stability, c.difficulty, c.ease, "
            + "c.interval_days, c.reps, c.lapses, c.last_review, c.skill, c.kind, c.word, q.prompt "
            + "from card c left join quiz_question q on q.id = c.question_id where c.owner_id = ? and c.suspended = false";

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * What the class report needs of one learner's cards: the scheduling states of those already reviewed (every
     * phase but NEW, suspended cards too), for the predicted retention, and the number of reviews in the log of all
     * of them (a card reset to new keeps its reviews).
     */
    public record ReviewedCards(List<CardState> states, long reviews) {
    }

    /**
     * {@link ReviewedCards} of these learners, by learner, read as values in one query. The reviews are the sum of
     * the cards' {@link #reviewCount}: counting the log read some 2,000 index entries per learner on a school's
     * data (docs/benchmarks.md, issue 14 item 5). Learners without a reviewed card are left out.
     */
    public static Map<Long, ReviewedCards> reviewedCardsOf(Collection<Long> ownerIds) {
        Map<Long, List<CardState>> states = new HashMap<>();
        Map<Long, Long> reviews = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        getEntityManager().createQuery("select c.ownerId, c.reviewCount, c.id, c.phase, c.step, c.due, c.stability, "
                + "c.difficulty, c.ease, c.intervalDays, c.reps, c.lapses, c.lastReview from Card c "
                + "where c.ownerId in ?1 and (c.phase <> ?2 or c.reviewCount > 0)", Object[].class)
                .setParameter(1, ownerIds).setParameter(2, CardPhase.NEW).getResultStream()
                .forEach(r -> {
                    Long owner = (Long) r[0];
                    reviews.merge(owner, ((Integer) r[1]).longValue(), Long::sum);
                    List<CardState> mine = states.computeIfAbsent(owner, k -> new ArrayList<>());
                    if (r[3] != CardPhase.NEW) {
                        mine.add(new CardState((Long) r[2], (CardPhase) r[3], (Integer) r[4], (Instant) r[5],
                                (Double) r[6], (Double) r[7], (Double) r[8], (Integer) r[9], (Integer) r[10],
                                (Integer) r[11], (Instant) r[12]));
                    }
                });
        Map<Long, ReviewedCards> out = new HashMap<>();
        states.forEach((owner, list) -> out.put(owner, new ReviewedCards(list, reviews.get(owner))));
        return out;
    }

    /** The words of this learner's word cards, lower case. */
    static List<String> words(long ownerId) {
        // Plain SQL, read on every visit of the reader (a learner may keep hundreds of words).
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select word from card where owner_id = ? and kind = ?")) {
                s.setLong(1, ownerId);
                s.setString(2, Kind.WORD.name());
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }
}
