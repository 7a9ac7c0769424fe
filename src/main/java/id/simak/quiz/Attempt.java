package id.simak.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.account.Account;

/**
 * One learner's go at a question set: the questions it asks, in order, and how many were answered right.
 * Finished when every question has an answer.
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet set;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    /** The attempt whose wrong answers this one repeats ("Ulangi yang salah"), or null for a whole set. */
    @Column(name = "retry_of")
    public Long retryOf;

    @Column(name = "question_count", nullable = false)
    public int questionCount;

    @Column(name = "correct_count", nullable = false)
    public int correctCount;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "attempt_question", joinColumns = @JoinColumn(name = "attempt_id"),
            inverseJoinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    public List<QuizQuestion> questions = new ArrayList<>();

    /** The attempt's questions in order; a question deleted from its set since (a remade draft) is left out. */
    public List<QuizQuestion> askedQuestions() {
        return questions.stream().filter(Objects::nonNull).toList();
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** The learner's unfinished attempt at this set, the newest if there were ever more, or null. */
    public static Attempt unfinished(Account account, QuestionSet set) {
        return find("account = ?1 and set = ?2 and finishedAt is null order by startedAt desc, id desc", account, set)
                .firstResult();
    }

    /** All of the learner's attempts, newest first. */
    public static List<Attempt> ofLearner(Account account) {
        return list("account = ?1 order by startedAt desc, id desc", account);
    }
}
