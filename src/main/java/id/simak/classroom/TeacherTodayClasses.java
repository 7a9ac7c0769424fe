package id.simak.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.quiz.QuestionSet;
import id.simak.web.TeacherToday;

/** The teacher's home page's view of her classes: assignments due this week and classes with late learners. */
@ApplicationScoped
public class TeacherTodayClasses implements TeacherToday.Classes {

    private final ClassService classes;

    TeacherTodayClasses(ClassService classes) {
        this.classes = classes;
    }

    @Override
    @Transactional
    public List<TeacherToday.DueAssignment> dueThisWeek(long teacherId, Locale locale) {
        Instant now = Instant.now();
        ZoneId zone = classes.zone();
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
                : ClassService.INDONESIAN;
        List<Assignment> due = Assignment.<Assignment>find("select a from Assignment a join fetch a.classroom c "
                + "join fetch a.set where c.teacher.id = ?1 and c.archived = false and a.dueAt >= ?2 and a.dueAt <= ?3 "
                + "order by a.dueAt, a.id", teacherId, now, now.plus(Duration.ofDays(7))).list();
        List<TeacherToday.DueAssignment> out = new ArrayList<>();
        for (Assignment a : due) {
            out.add(new TeacherToday.DueAssignment(a.classroom.id, a.classroom.name, a.set.title,
                    a.dueAt.atZone(zone).toOffsetDateTime(), DueDate.format(a.dueAt, zone, language)));
        }
        return out;
    }

    /**
     * A learner is late when an assignment of the class (of a published set) is past due and the learner has no
     * finished whole-set attempt at it (a "repeat the wrong ones" attempt does not count), as in the class report.
     */
    @Override
    @Transactional
    public List<TeacherToday.LateClass> withLateLearners(long teacherId) {
        List<Object[]> rows = Assignment.getEntityManager().createQuery(
                "select c.id, c.name, count(distinct m.learner.id) from Assignment a join a.classroom c, ClassMember m "
                        + "where m.classroom = c and c.teacher.id = :teacher and c.archived = false and a.dueAt < :now "
                        + "and a.set.status = :published and not exists (select t.id from Attempt t where t.set = a.set "
                        + "and t.account = m.learner and t.finishedAt is not null and t.retryOf is null) "
                        + "group by c.id, c.name", Object[].class)
                .setParameter("teacher", teacherId).setParameter("now", Instant.now())
                .setParameter("published", QuestionSet.Status.PUBLISHED).getResultList();
        List<TeacherToday.LateClass> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new TeacherToday.LateClass((Long) r[0], (String) r[1], ((Number) r[2]).intValue()));
        }
        out.sort(Comparator.comparingInt(TeacherToday.LateClass::learners).reversed()
                .thenComparing(TeacherToday.LateClass::className));
        return out;
    }
}
