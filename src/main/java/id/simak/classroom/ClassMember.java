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
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import id.simak.account.Account;

/** A learner's membership of a class: one row per class and learner. */
@Entity
@Table(name = "class_member")
public class ClassMember extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public Classroom classroom;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    public Account learner;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    public static ClassMember of(Classroom classroom, Account learner) {
        return find("classroom = ?1 and learner = ?2", classroom, learner).firstResult();
    }

    /** The members of a class with their accounts loaded, by name. */
    public static List<ClassMember> inClass(Classroom classroom) {
        return ofClass(classroom).list();
    }

    /** The same as a query, to read a page at a time (count members with {@code count("classroom", c)}). */
    public static PanacheQuery<ClassMember> ofClass(Classroom classroom) {
        return find("select m from ClassMember m join fetch m.learner l where m.classroom = ?1 "
                + "order by lower(l.displayName), l.username, m.id", classroom);
    }

    /** A learner's memberships with their classes and teachers loaded, by class name. */
    public static List<ClassMember> ofLearner(Account learner) {
        return find("select m from ClassMember m join fetch m.classroom c join fetch c.teacher where m.learner = ?1 "
                + "order by c.archived, lower(c.name), c.id", learner).list();
    }
}
