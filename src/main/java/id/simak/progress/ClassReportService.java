package id.simak.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.account.Account;
import id.simak.classroom.Assignment;
import id.simak.classroom.ClassMember;
import id.simak.classroom.ClassService;
import id.simak.classroom.Classroom;
import id.simak.classroom.DueDate;
import id.simak.quiz.Attempt;
import id.simak.quiz.AttemptAnswer;
import id.simak.quiz.QuizQuestion;
import id.simak.review.Card;
import id.simak.review.CardReview;
import id.simak.review.PersonalParameters;
import id.simak.review.ReviewClock;
import id.simak.srs.CardPhase;
import id.simak.srs.FsrsScheduler;
import id.simak.web.ApiException;

/**
 * The reports of a class for its teacher: each learner's work on the assigned sets, reviews and predicted
 * retention; and per question of an assigned set, the item statistics over the learners' first attempts.
 * Everything is read in one transaction and handed out as records.
 */
@ApplicationScoped
public class ClassReportService {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int RECENT_DAYS = 7;

    /** How a learner stands with an assigned set. */
    public enum Status { ON_TIME, LATE, IN_PROGRESS, NOT_STARTED }

    /** An assigned set: the columns of the report. */
    public record AssignedSet(long setId, String title, OffsetDateTime dueAt, String dueText, int questionCount) {}

    /**
     * One learner's work on one assigned set. Only whole-set attempts count (not "repeat the wrong ones"); scores
     * are shares of the questions answered right in a finished attempt.
     */
    public record SetResult(long setId, Status status, int attempts, int finishedAttempts, Integer bestCorrect,
            Integer bestTotal, Double bestScore, Integer lastCorrect, Integer lastTotal, Double lastScore,
            OffsetDateTime firstFinishedAt) {}

    /** One learner's row: their reviews and predicted retention, and a result per assigned set. */
    public record LearnerRow(long learnerId, String username, String displayName, long reviewsLast7Days,
            long reviewsTotal, int reviewedCards, Double predictedRetention, List<SetResult> sets) {}

    /** The class report (GET /api/classes/{id}/report). */
    public record ClassReport(long classId, String className, OffsetDateTime generatedAt, List<AssignedSet> sets,
            List<LearnerRow> learners) {}

    /** The statistics of one question of an assigned set. */
    public record QuestionStats(long questionId, int position, String type, String skill, String prompt,
            int answers, int correct, Double shareCorrect, String mostChosenWrong, Integer mostChosenWrongCount,
            Double discrimination, Double medianSeconds) {}

    /** The item statistics of an assigned set in a class (GET /api/classes/{id}/report/sets/{setId}). */
    public record SetReport(long classId, String className, long setId, String title, OffsetDateTime dueAt,
            String dueText, int learners, int learnersAnswered, String counted, List<QuestionStats> questions) {}

    private final ClassService classes;
    private final PersonalParameters personal;
    private final ReviewClock clock;

    ClassReportService(ClassService classes, PersonalParameters personal, ReviewClock clock) {
        this.classes = classes;
        this.personal = personal;
        this.clock = clock;
    }

    @Transactional
    public ClassReport report(Account actor, long classId) {
        Classroom c = owned(actor, classId);
        Instant now = clock.now();
        List<Assignment> assignments = Assignment.inClass(c);
        List<AssignedSet> sets = new ArrayList<>();
        for (Assignment a : assignments) {
            int count = (int) QuizQuestion.count("set.id", a.set.id);
            sets.add(new AssignedSet(a.set.id, a.set.title, a.dueAt.atZone(classes.zone()).toOffsetDateTime(),
                    DueDate.format(a.dueAt, classes.zone(), INDONESIAN), count));
        }
        List<LearnerRow> rows = new ArrayList<>();
        Instant recent = now.minus(RECENT_DAYS, ChronoUnit.DAYS);
        for (ClassMember m : ClassMember.inClass(c)) {
            Account l = m.learner;
            List<SetResult> results = new ArrayList<>();
            for (Assignment a : assignments) {
                results.add(result(l, a));
            }
            long total = CardReview.count("ownerId", l.id);
            long last7 = CardReview.count("ownerId = ?1 and reviewedAt >= ?2", l.id, recent);
            FsrsScheduler scheduler = personal.scheduler(l.id);
            List<Card> cards = Card.list("ownerId = ?1 and phase <> ?2", l.id, CardPhase.NEW);
            double sum = 0;
            for (Card card : cards) {
                sum += scheduler.retrievability(card.state(), now);
            }
            Double retention = cards.isEmpty() ? null : sum / cards.size();
            rows.add(new LearnerRow(l.id, l.username, l.displayName, last7, total, cards.size(), retention, results));
        }
        return new ClassReport(c.id, c.name, now.atZone(classes.zone()).toOffsetDateTime(), sets, rows);
    }

    @Transactional
    public SetReport setReport(Account actor, long classId, long setId) {
        Classroom c = owned(actor, classId);
        Assignment assignment = Assignment.<Assignment>find("classroom = ?1 and set.id = ?2", c, setId).firstResult();
        if (assignment == null) {
            throw ApiException.notFound("Set soal " + setId + " tidak ditugaskan ke kelas ini.");
        }
        List<ClassMember> members = ClassMember.inClass(c);
        // Each learner's first whole-set attempt (retry_of null, the earliest started).
        List<Attempt> attempts = Attempt.list("set.id = ?1 and retryOf is null and account in "
                + "(select m.learner from ClassMember m where m.classroom = ?2) order by startedAt, id", setId, c);
        Map<Long, Attempt> first = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            first.putIfAbsent(a.account.id, a);
        }
        Map<Long, List<ReportStatistics.Answer>> byQuestion = new HashMap<>();
        Map<Long, Integer> totals = new HashMap<>();
        if (!first.isEmpty()) {
            List<Long> ids = first.values().stream().map(a -> a.id).toList();
            List<AttemptAnswer> answers = AttemptAnswer.list("attempt.id in ?1 order by answeredAt, id", ids);
            for (AttemptAnswer ans : answers) {
                long learner = ans.attempt.account.id;
                byQuestion.computeIfAbsent(ans.question.id, k -> new ArrayList<>())
                        .add(new ReportStatistics.Answer(learner, List.copyOf(ans.response), ans.correct, ans.timeMs));
                totals.merge(learner, ans.correct ? 1 : 0, Integer::sum);
            }
        }
        List<QuizQuestion> questions = QuizQuestion.list("set.id = ?1 order by position, id", setId);
        List<QuestionStats> stats = new ArrayList<>();
        for (QuizQuestion q : questions) {
            List<ReportStatistics.Answer> answers = byQuestion.getOrDefault(q.id, List.of());
            ReportStatistics.ItemFigures f = ReportStatistics.item(q.type, List.copyOf(q.choices),
                    List.copyOf(q.answer), answers, totals);
            stats.add(new QuestionStats(q.id, q.position + 1, q.type, q.skill, q.prompt, f.answers(), f.correct(),
                    f.shareCorrect(), f.mostChosenWrong() == null ? null : f.mostChosenWrong().option(),
                    f.mostChosenWrong() == null ? null : f.mostChosenWrong().count(), f.discrimination(),
                    f.medianSeconds()));
        }
        return new SetReport(c.id, c.name, setId, assignment.set.title,
                assignment.dueAt.atZone(classes.zone()).toOffsetDateTime(),
                DueDate.format(assignment.dueAt, classes.zone(), INDONESIAN), members.size(), totals.size(),
                "FIRST_ATTEMPTS", stats);
    }

    private SetResult result(Account learner, Assignment a) {
        List<Attempt> attempts = Attempt.list("account = ?1 and set = ?2 and retryOf is null order by startedAt, id",
                learner, a.set);
        List<Attempt> finished = attempts.stream().filter(Attempt::isFinished)
                .sorted(Comparator.comparing((Attempt t) -> t.finishedAt).thenComparing(t -> t.id)).toList();
        Status status;
        if (attempts.isEmpty()) {
            status = Status.NOT_STARTED;
        } else if (finished.isEmpty()) {
            status = Status.IN_PROGRESS;
        } else if (!finished.get(0).finishedAt.isAfter(a.dueAt)) {
            status = Status.ON_TIME;
        } else {
            status = Status.LATE;
        }
        if (finished.isEmpty()) {
            return new SetResult(a.set.id, status, attempts.size(), 0, null, null, null, null, null, null, null);
        }
        Attempt best = finished.stream().max(Comparator.comparingDouble(ClassReportService::score)).orElseThrow();
        Attempt last = finished.get(finished.size() - 1);
        return new SetResult(a.set.id, status, attempts.size(), finished.size(), best.correctCount, best.questionCount,
                score(best), last.correctCount, last.questionCount, score(last),
                finished.get(0).finishedAt.atZone(classes.zone()).toOffsetDateTime());
    }

    private static double score(Attempt a) {
        return a.questionCount == 0 ? 0 : (double) a.correctCount / a.questionCount;
    }

    private static Classroom owned(Account actor, long classId) {
        if (actor == null || !actor.isTeacher()) {
            throw ApiException.forbidden("Hanya guru kelas ini yang boleh melihat laporannya.");
        }
        Classroom c = Classroom.findById(classId);
        if (c == null) {
            throw ApiException.notFound("Kelas " + classId + " tidak ada.");
        }
        if (!c.teacher.id.equals(actor.id)) {
            throw ApiException.forbidden("Kelas ini milik guru lain.");
        }
        return c;
    }
}
