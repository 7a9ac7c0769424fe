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

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

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
import id.simak.review.PersonalParameters;
import id.simak.review.ReviewClock;
import id.simak.srs.CardState;
import id.simak.srs.FsrsScheduler;
import id.simak.web.ApiException;
import id.simak.web.Paging;

/**
 * The reports of a class for its teacher: each learner's work on the assigned sets, reviews and predicted
 * retention; and per question of an assigned set, the item statistics over the learners' first attempts.
 * Everything is read in one transaction and handed out as records.
 */
@ApplicationScoped
public class ClassReportService {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int RECENT_DAYS = 7;
    private static final Card.ReviewedCards NO_CARDS = new Card.ReviewedCards(List.of(), 0);

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

    /**
     * The item statistics of an assigned set in a class (GET /api/classes/{id}/report/sets/{setId}): one page of
     * its questions ({@code page}, 1-based, of {@code size}) out of {@code total}.
     */
    public record SetReport(long classId, String className, long setId, String title, OffsetDateTime dueAt,
            String dueText, int learners, int learnersAnswered, String counted, List<QuestionStats> questions,
            int page, int size, long total) {}

    /** One page of a class report's learners ({@code page}, 1-based, of {@code size}) out of {@code total}. */
    public record ReportPage(ClassReport report, int page, int size, long total) {}

    private final ClassService classes;
    private final PersonalParameters personal;
    private final ReviewClock clock;

    ClassReportService(ClassService classes, PersonalParameters personal, ReviewClock clock) {
        this.classes = classes;
        this.personal = personal;
        this.clock = clock;
    }

    /** The whole report, every learner (the CSV). */
    @Transactional
    public ClassReport report(Account actor, long classId) {
        Classroom c = owned(actor, classId);
        return report(c, ClassMember.inClass(c));
    }

    /** One page of the report's learners, read a page at a time from the database. */
    @Transactional
    public ReportPage report(Account actor, long classId, Paging paging) {
        Classroom c = owned(actor, classId);
        PanacheQuery<ClassMember> members = ClassMember.ofClass(c);
        List<ClassMember> page = members.page(Page.of(paging.index(), paging.size())).list();
        return new ReportPage(report(c, page), paging.page(), paging.size(), ClassMember.count("classroom", c));
    }

    /**
     * The report of these members. A fixed number of queries whatever the number of learners: the assigned sets'
     * question counts, the members' whole-set attempts, their week's reviews and their cards (the reviewed ones'
     * states, and every card's count of reviews for the total) are each read for all of them at once, as values (it
     * was some ten queries per learner, and every reviewed card loaded as an entity; then the totals counted the
     * whole review log of the class: docs/benchmarks.md, issue 14 item 5).
     */
    private ClassReport report(Classroom c, List<ClassMember> members) {
        Instant now = clock.now();
        var em = Card.getEntityManager();
        List<Assignment> assignments = Assignment.inClass(c);
        List<Long> setIds = assignments.stream().map(a -> a.set.id).toList();
        Map<Long, Integer> questionCounts = new HashMap<>();
        if (!setIds.isEmpty()) {
            em.createQuery("select q.set.id, count(q) from QuizQuestion q where q.set.id in ?1 group by q.set.id",
                    Object[].class).setParameter(1, setIds).getResultStream()
                    .forEach(r -> questionCounts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        List<AssignedSet> sets = new ArrayList<>();
        for (Assignment a : assignments) {
            sets.add(new AssignedSet(a.set.id, a.set.title, a.dueAt.atZone(classes.zone()).toOffsetDateTime(),
                    DueDate.format(a.dueAt, classes.zone(), INDONESIAN), questionCounts.getOrDefault(a.set.id, 0)));
        }
        List<Long> learnerIds = members.stream().map(m -> m.learner.id).toList();
        Instant recent = now.minus(RECENT_DAYS, ChronoUnit.DAYS);
        // Whole-set attempts (not "repeat the wrong ones") of these learners at the assigned sets, by learner and set.
        Map<Long, Map<Long, List<AttemptRow>>> attempts = new HashMap<>();
        Map<Long, Long> recentReviews = new HashMap<>();
        Map<Long, Card.ReviewedCards> cards = Map.of();
        Map<Long, FsrsScheduler> schedulers = Map.of();
        if (!learnerIds.isEmpty()) {
            if (!setIds.isEmpty()) {
                em.createQuery("select a.account.id, a.set.id, a.id, a.correctCount, a.questionCount, a.finishedAt "
                        + "from Attempt a where a.account.id in ?1 and a.set.id in ?2 and a.retryOf is null "
                        + "order by a.startedAt, a.id", Object[].class)
                        .setParameter(1, learnerIds).setParameter(2, setIds).getResultStream()
                        .forEach(r -> attempts.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                                .computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                                .add(new AttemptRow((Long) r[2], (Integer) r[3], (Integer) r[4], (Instant) r[5])));
            }
            // The week's reviews from the index on (owner, time), only the week's entries; the totals from the cards.
            em.createQuery("select r.ownerId, count(r) from CardReview r where r.ownerId in ?1 and r.reviewedAt >= ?2 "
                    + "group by r.ownerId", Object[].class)
                    .setParameter(1, learnerIds).setParameter(2, recent).getResultStream()
                    .forEach(r -> recentReviews.put((Long) r[0], ((Number) r[1]).longValue()));
            cards = Card.reviewedCardsOf(learnerIds);
            schedulers = personal.schedulers(learnerIds);
        }
        List<LearnerRow> rows = new ArrayList<>();
        for (ClassMember m : members) {
            Account l = m.learner;
            Map<Long, List<AttemptRow>> mine = attempts.getOrDefault(l.id, Map.of());
            List<SetResult> results = new ArrayList<>();
            for (Assignment a : assignments) {
                results.add(result(a, mine.getOrDefault(a.set.id, List.of())));
            }
            Card.ReviewedCards ownCards = cards.getOrDefault(l.id, NO_CARDS);
            FsrsScheduler scheduler = schedulers.get(l.id);
            List<CardState> reviewed = ownCards.states();
            double sum = 0;
            for (CardState card : reviewed) {
                sum += scheduler.retrievability(card, now);
            }
            Double retention = reviewed.isEmpty() ? null : sum / reviewed.size();
            rows.add(new LearnerRow(l.id, l.username, l.displayName, recentReviews.getOrDefault(l.id, 0L),
                    ownCards.reviews(), reviewed.size(), retention, results));
        }
        return new ClassReport(c.id, c.name, now.atZone(classes.zone()).toOffsetDateTime(), sets, rows);
    }

    /** What the report needs of a whole-set attempt. */
    private record AttemptRow(long id, int correctCount, int questionCount, Instant finishedAt) {
        boolean isFinished() {
            return finishedAt != null;
        }
    }

    /** The statistics of every question of the set (the CSV). */
    @Transactional
    public SetReport setReport(Account actor, long classId, long setId) {
        return setReport(actor, classId, setId, null);
    }

    /**
     * The statistics of one page of the set's questions, read a page at a time; {@code paging} null for all.
     * Only the page's answers are read, and each learner's total score on the set (for the discrimination) is
     * counted in the database.
     */
    @Transactional
    public SetReport setReport(Account actor, long classId, long setId, Paging paging) {
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
        PanacheQuery<QuizQuestion> query = QuizQuestion.find("set.id = ?1 order by position, id", setId);
        List<QuizQuestion> questions = paging == null ? query.list()
                : query.page(Page.of(paging.index(), paging.size())).list();
        long total = paging == null ? questions.size() : query.count();
        Map<Long, List<ReportStatistics.Answer>> byQuestion = new HashMap<>();
        Map<Long, Integer> totals = new HashMap<>();
        if (!first.isEmpty()) {
            List<Long> ids = first.values().stream().map(a -> a.id).toList();
            for (Object[] row : AttemptAnswer.getEntityManager().createQuery("select a.attempt.account.id, "
                    + "sum(case when a.correct = true then 1 else 0 end) from AttemptAnswer a where a.attempt.id in ?1 "
                    + "group by a.attempt.account.id", Object[].class).setParameter(1, ids).getResultList()) {
                totals.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
            if (!questions.isEmpty()) {
                List<AttemptAnswer> answers = AttemptAnswer.list("attempt.id in ?1 and question in ?2 "
                        + "order by answeredAt, id", ids, questions);
                for (AttemptAnswer ans : answers) {
                    byQuestion.computeIfAbsent(ans.question.id, k -> new ArrayList<>()).add(new ReportStatistics.Answer(
                            ans.attempt.account.id, List.copyOf(ans.response), ans.correct, ans.timeMs));
                }
            }
        }
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
                "FIRST_ATTEMPTS", stats, paging == null ? 1 : paging.page(),
                paging == null ? Math.max(1, (int) total) : paging.size(), total);
    }

    /** A learner's standing with an assigned set, from their whole-set attempts at it (by start). */
    private SetResult result(Assignment a, List<AttemptRow> attempts) {
        List<AttemptRow> finished = attempts.stream().filter(AttemptRow::isFinished)
                .sorted(Comparator.comparing(AttemptRow::finishedAt).thenComparingLong(AttemptRow::id)).toList();
        Status status;
        if (attempts.isEmpty()) {
            status = Status.NOT_STARTED;
        } else if (finished.isEmpty()) {
            status = Status.IN_PROGRESS;
        } else if (!finished.get(0).finishedAt().isAfter(a.dueAt)) {
            status = Status.ON_TIME;
        } else {
            status = Status.LATE;
        }
        if (finished.isEmpty()) {
            return new SetResult(a.set.id, status, attempts.size(), 0, null, null, null, null, null, null, null);
        }
        AttemptRow best = finished.stream().max(Comparator.comparingDouble(ClassReportService::score)).orElseThrow();
        AttemptRow last = finished.get(finished.size() - 1);
        return new SetResult(a.set.id, status, attempts.size(), finished.size(), best.correctCount(),
                best.questionCount(), score(best), last.correctCount(), last.questionCount(), score(last),
                finished.get(0).finishedAt().atZone(classes.zone()).toOffsetDateTime());
    }

    private static double score(AttemptRow a) {
        return a.questionCount() == 0 ? 0 : (double) a.correctCount() / a.questionCount();
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
