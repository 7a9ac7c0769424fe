package id.simak.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.srs.CardPhase;
import id.simak.srs.CardState;
import id.simak.srs.Rating;

/**
 * One review of a card: the rating, when and how long it took, and the scheduler state before and after, so
 * the review can be undone and progress can measure true retention.
 */
@Entity
@Table(name = "review_log")
public class CardReview extends PanacheEntity {

    @Column(name = "card_id", nullable = false)
    public long cardId;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    /** 1 (Again) to 4 (Easy). */
    @Column(nullable = false)
    public int rating;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Column(name = "client_review_id", length = 64)
    public String clientReviewId;

    /** The predicted recall at the moment of the review (0 for a new card). */
    @Column(nullable = false)
    public double retrievability;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_before", nullable = false, length = 16)
    public CardPhase phaseBefore;
    @Column(name = "step_before", nullable = false)
    public int stepBefore;
    @Column(name = "due_before", nullable = false)
    public Instant dueBefore;
    @Column(name = "stability_before", nullable = false)
    public double stabilityBefore;
    @Column(name = "difficulty_before", nullable = false)
    public double difficultyBefore;
    @Column(name = "ease_before", nullable = false)
    public double easeBefore;
    @Column(name = "interval_before", nullable = false)
    public int intervalBefore;
    @Column(name = "reps_before", nullable = false)
    public int repsBefore;
    @Column(name = "lapses_before", nullable = false)
    public int lapsesBefore;
    @Column(name = "last_review_before")
    public Instant lastReviewBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_after", nullable = false, length = 16)
    public CardPhase phaseAfter;
    @Column(name = "step_after", nullable = false)
    public int stepAfter;
    @Column(name = "due_after", nullable = false)
    public Instant dueAfter;
    @Column(name = "stability_after", nullable = false)
    public double stabilityAfter;
    @Column(name = "difficulty_after", nullable = false)
    public double difficultyAfter;
    @Column(name = "ease_after", nullable = false)
    public double easeAfter;
    @Column(name = "interval_after", nullable = false)
    public int intervalAfter;
    @Column(name = "reps_after", nullable = false)
    public int repsAfter;
    @Column(name = "lapses_after", nullable = false)
    public int lapsesAfter;

    static CardReview of(Card card, Rating rating, CardState before, CardState after, Instant at, long durationMs,
            String clientReviewId, double retrievability) {
        CardReview r = new CardReview();
        r.cardId = card.id;
        r.ownerId = card.ownerId;
        r.rating = rating.grade();
        r.reviewedAt = at;
        r.durationMs = durationMs;
        r.clientReviewId = clientReviewId;
        r.retrievability = retrievability;
        r.phaseBefore = before.phase();
        r.stepBefore = before.step();
        r.dueBefore = before.due();
        r.stabilityBefore = before.stability();
        r.difficultyBefore = before.difficulty();
        r.easeBefore = before.ease();
        r.intervalBefore = before.intervalDays();
        r.repsBefore = before.reps();
        r.lapsesBefore = before.lapses();
        r.lastReviewBefore = before.lastReview();
        r.phaseAfter = after.phase();
        r.stepAfter = after.step();
        r.dueAfter = after.due();
        r.stabilityAfter = after.stability();
        r.difficultyAfter = after.difficulty();
        r.easeAfter = after.ease();
        r.intervalAfter = after.intervalDays();
        r.repsAfter = after.reps();
        r.lapsesAfter = after.lapses();
        return r;
    }

    public Rating rating() {
        return Rating.ofGrade(rating);
    }

    public CardState before() {
        return new CardState(cardId, phaseBefore, stepBefore, dueBefore, stabilityBefore, difficultyBefore, easeBefore,
                intervalBefore, repsBefore, lapsesBefore, lastReviewBefore);
    }

    public CardState after() {
        return new CardState(cardId, phaseAfter, stepAfter, dueAfter, stabilityAfter, difficultyAfter, easeAfter,
                intervalAfter, repsAfter, lapsesAfter, reviewedAt);
    }

    /**
     * The learner's most recent review, or null. Found by its time first: ordering the learner's log by time and id
     * made PostgreSQL's incremental sort read at least 32 reviews (its smallest batch), each on another page of a
     * school's 20,000,000, on every request of the session (docs/benchmarks.md, issue 14 item 5); now it reads the
     * newest index entry and the reviews at that time (one, unless several share it).
     */
    static CardReview lastOf(long ownerId) {
        return find("ownerId = ?1 and reviewedAt = (select max(r.reviewedAt) from CardReview r where r.ownerId = ?1) "
                + "order by id desc", ownerId).firstResult();
    }

    static CardReview byClientId(long ownerId, String clientReviewId) {
        return find("ownerId = ?1 and clientReviewId = ?2", ownerId, clientReviewId).firstResult();
    }
}
