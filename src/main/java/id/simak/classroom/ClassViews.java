package id.simak.classroom;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the classes API and pages show. A teacher sees their class's code and members; a learner sees a class's
 * name, its teacher's display name and its assignments, never the other members.
 */
public final class ClassViews {

    private ClassViews() {
    }

    /** A class in a list: {@code code} and {@code memberCount} only for its teacher. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClassSummary(long id, String name, String teacher, String code, boolean archived,
            Integer memberCount, int assignmentCount) {}

    /** One class: {@code code} and {@code members} only for its teacher. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClassDetail(long id, String name, String teacher, String code, boolean archived,
            List<MemberView> members, List<AssignmentView> assignments) {}

    /** A learner in a class, as their teacher sees them. */
    public record MemberView(String username, String displayName, Instant joinedAt) {}

    /**
     * A set a class is to do: {@code due} in the school's time zone, {@code dueText} the same in words
     * ("Senin, 7 Desember 2026"), {@code quizUrl} the page where the learner takes it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssignmentView(long id, long classId, String className, long setId, String setTitle,
            OffsetDateTime due, String dueText, boolean overdue, String note, String quizUrl, String state,
            Result result) {

        /** To do: the set is published and (for a learner) not finished yet. */
        public static final String OPEN = "open";
        /** The learner has finished the set; {@code result} holds the score and date. */
        public static final String DONE = "done";
        /** The set was unpublished by its teacher: the assignment waits until it is published again. */
        public static final String WITHDRAWN = "withdrawn";

        /** The same assignment with its due date (and the result's date) written for another language. */
        public AssignmentView withDueText(String text, String doneText) {
            return new AssignmentView(id, classId, className, setId, setTitle, due, text, overdue, note, quizUrl,
                    state, result == null ? null : result.withDateText(doneText));
        }

        /** The same assignment, done with this result. */
        AssignmentView done(Result r) {
            return new AssignmentView(id, classId, className, setId, setTitle, due, dueText, overdue, note, quizUrl,
                    DONE, r);
        }

        public boolean isDone() {
            return DONE.equals(state);
        }

        public boolean isWithdrawn() {
            return WITHDRAWN.equals(state);
        }

        /** The due day as a date input wants it ("2026-12-07"). */
        public String dueDay() {
            return due.toLocalDate().toString();
        }
    }

    /**
     * A learner's first finished attempt at an assigned set: right answers of all, in percent, when it was
     * finished ({@code finishedText} in words) and whether that was after the due date.
     */
    public record Result(int correct, int total, int percent, OffsetDateTime finishedAt, String finishedText,
            boolean late) {

        Result withDateText(String text) {
            return new Result(correct, total, percent, finishedAt, text, late);
        }
    }

    /** A learner's class with what it asks them to do, for the learner's page. */
    public record LearnerClass(long id, String name, String teacher, boolean archived,
            List<AssignmentView> assignments) {}

    /** A published set a teacher may assign. */
    public record SetChoice(long id, String title, String articleTitle) {}

    /** A class as sent to create or change it; {@code archived} left out keeps it as it is. */
    public record ClassRequest(String name, Boolean archived) {}

    /** A join code typed by a learner. */
    public record JoinRequest(String code) {}

    /** A set to assign (or an assignment's new due date): {@code due} an ISO date or date-time. */
    public record AssignmentRequest(Long setId, String due, String note) {}
}
