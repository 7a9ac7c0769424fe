package id.simak.quiz;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A learner's answer to one question of an attempt: what they gave, whether it was right, and how long it took. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public QuizQuestion question;

    /** The choices picked, the matches in the order of the items, the order given, or the one typed answer. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20000)
    public List<String> response = List.of();

    @Column(nullable = false)
    public boolean correct;

    @Column(name = "time_ms", nullable = false)
    public long timeMs;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static List<AttemptAnswer> of(Attempt attempt) {
        return list("attempt = ?1 order by answeredAt, id", attempt);
    }

    public static AttemptAnswer of(Attempt attempt, QuizQuestion question) {
        return find("attempt = ?1 and question = ?2", attempt, question).firstResult();
    }
}
