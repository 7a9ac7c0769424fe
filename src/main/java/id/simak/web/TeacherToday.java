package id.simak.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a signed-in teacher has to look at today, as the home page shows it, told by the classroom feature (the
 * drafts to check come from the teacher's sets, which the home page reads itself). Through this interface the
 * home page depends on no classroom code.
 */
public final class TeacherToday {

    private TeacherToday() {
    }

    /** An assignment of one of the teacher's classes, due within the coming week; {@code dueText} in the page's language. */
    public record DueAssignment(long classId, String className, String setTitle, OffsetDateTime due, String dueText) {}

    /** A class of the teacher where {@code learners} members have not finished an assignment whose due date passed. */
    public record LateClass(long classId, String className, int learners) {}

    /** The classroom feature's part. */
    public interface Classes {

        /** The assignments of the teacher's active classes due from now to seven days on, soonest first. */
        List<DueAssignment> dueThisWeek(long teacherId, Locale locale);

        /** The teacher's active classes with learners late on a published assignment, the most late first. */
        List<LateClass> withLateLearners(long teacherId);
    }
}
