package id.simak.classroom;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import id.simak.account.Account;
import id.simak.quiz.QuestionSet;

/** A published question set a class is to do by a due date, with the teacher's optional note. */
@Entity
@Table(name = "class_assignment")
public class Assignment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public Classroom classroom;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet set;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A class's assignments with their sets loaded, soonest due first. */
    public static List<Assignment> inClass(Classroom classroom) {
        return find("select a from Assignment a join fetch a.set where a.classroom = ?1 order by a.dueAt, a.id",
                classroom).list();
    }

    /** Every assignment of the classes a learner belongs to (archived classes left out), soonest due first. */
    public static List<Assignment> forLearner(Account learner) {
        return find("select a from Assignment a join fetch a.set join fetch a.classroom c join fetch c.teacher "
                + "where c.archived = false and exists (select m from ClassMember m where m.classroom = c "
                + "and m.learner = ?1) order by a.dueAt, a.id", learner).list();
    }
}
