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

/** A teacher's class: learners join it with its code and are given question sets to do by a due date. */
@Entity
@Table(name = "classroom")
public class Classroom extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public Account teacher;

    @Column(nullable = false, length = 100)
    public String name;

    /** What learners type to join: {@link JoinCode#LENGTH} characters of {@link JoinCode#ALPHABET}, unique. */
    @Column(name = "join_code", nullable = false, length = 8, unique = true)
    public String joinCode;

    /** An archived class keeps its members and assignments but takes no new members and shows no work to do. */
    @Column(nullable = false)
    public boolean archived;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<Classroom> taughtBy(Account teacher) {
        return list("teacher = ?1 order by archived, lower(name), id", teacher);
    }

    public static Classroom byJoinCode(String code) {
        return find("joinCode", code).firstResult();
    }
}
