package id.simak.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import id.simak.account.Account;
import id.simak.quiz.QuizViews.AnswerResult;
import id.simak.quiz.QuizViews.AttemptQuestion;
import id.simak.quiz.QuizViews.AttemptView;
import id.simak.quiz.QuizViews.EvidenceView;
import id.simak.quiz.QuizViews.Feedback;
import id.simak.quiz.QuizViews.Progress;
import id.simak.quiz.QuizViews.QuestionView;
import id.simak.quiz.QuizViews.QuizDetail;
import id.simak.quiz.QuizViews.QuizSummary;
import id.simak.quiz.QuizViews.Score;
import id.simak.web.ApiException;

/**
 * Learners taking question sets: who may take which set, starting and resuming attempts, grading and storing
 * each answer once, and retrying the wrong ones. Every method runs in one transaction and returns loaded views.
 */
@ApplicationScoped
public class QuizService {

    /**
     * Longer than this on one question is a learner who walked away, not time spent answering: the pages count it
     * as this much, the API refuses more (an API client sends what it measured, 0 to 86,400,000 ms).
     */
    public static final long MAX_TIME_MS = Duration.ofHours(24).toMillis();

    @Inject
    Event<QuestionAnswered> questionAnswered;

    @Inject
    SetAssignments assignments;

    /** An attempt and whether this call made it (false: the unfinished one was handed back). */
    public record Started(AttemptView attempt, boolean created) {}

    /**
     * Learners take published sets; a teacher may also try a draft of their own or one without an owner (the
     * drafts of seed articles, which every teacher looks after).
     */
    static boolean canTake(Account who, QuestionSet set) {
        if (set.status == QuestionSet.Status.PUBLISHED) {
            return true;
        }
        return SetAccess.mayManage(who, set);
    }

    /**
     * The set, if the account may take it. A set that was published once and is now unpublished is withdrawn:
     * 410, so that a learner who follows an old link or an assignment learns that the teacher withdrew it
     * (learners had seen it, so nothing is revealed); a set never published is 404 like a missing one.
     */
    private QuestionSet takeable(Account who, long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set != null && !canTake(who, set) && (set.publishedAt != null || !assignments.classesWith(setId).isEmpty())) {
            throw new ApiException(410, "Kuis ditarik", "Kuis \"" + set.title + "\" ditarik oleh gurunya untuk "
                    + "sementara. Tidak ada yang perlu dikerjakan sampai kuis ini diterbitkan lagi.", List.of());
        }
        if (set == null || !canTake(who, set)) {
            throw ApiException.notFound("Kuis " + setId + " tidak ada atau belum diterbitkan.");
        }
        return set;
    }

    private static Account me(Account who) {
        if (who == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Account me = Account.findById(who.id);
        if (me == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return me;
    }

    private static Attempt owned(Account me, long attemptId, boolean lock) {
        Attempt a = lock ? Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE) : Attempt.findById(attemptId);
        if (a == null) {
            throw ApiException.notFound("Percobaan " + attemptId + " tidak ada.");
        }
        if (!a.account.id.equals(me.id)) {
            throw ApiException.forbidden("Percobaan ini milik murid lain.");
        }
        return a;
    }

    /** The published sets, with this learner's last score and unfinished attempt. */
    @Transactional
    public List<QuizSummary> published(Account who) {
        Account me = me(who);
        return summaries(me, QuestionSet.list("status = ?1 order by title, id", QuestionSet.Status.PUBLISHED));
    }

    /** The learner's last finished attempts, newest first, at most {@code max}. */
    @Transactional
    public List<QuizViews.RecentResult> recentResults(Account who, int max) {
        Account me = me(who);
        return Attempt.<Attempt>find("account = ?1 and finishedAt is not null order by finishedAt desc, id desc", me)
                .page(0, max).list().stream()
                .map(a -> new QuizViews.RecentResult(a.set.id, a.set.title, Score.of(a))).toList();
    }

    /** The drafts a teacher may try (none for a learner). */
    @Transactional
    public List<QuizSummary> draftsToTry(Account who) {
        Account me = me(who);
        if (!me.isTeacher()) {
            return List.of();
        }
        List<QuestionSet> drafts = QuestionSet.list("status = ?1 and (owner is null or owner = ?2) order by title, id",
                QuestionSet.Status.DRAFT, me);
        Map<Long, Integer> counts = questionCounts();
        return summaries(me, drafts.stream().filter(s -> counts.getOrDefault(s.id, 0) > 0).toList());
    }

    /** How many questions each set has, in one query instead of loading every set's questions. */
    private static Map<Long, Integer> questionCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        List<Object[]> rows = QuizQuestion.getEntityManager()
                .createQuery("select q.set.id, count(q) from QuizQuestion q group by q.set.id", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static List<QuizSummary> summaries(Account me, List<QuestionSet> sets) {
        Map<Long, Integer> counts = questionCounts();
        Map<Long, Score> last = new HashMap<>();
        Map<Long, Progress> open = new HashMap<>();
        for (Attempt a : Attempt.ofLearner(me)) {
            long setId = a.set.id;
            if (a.isFinished()) {
                if (a.retryOf == null) {
                    last.putIfAbsent(setId, Score.of(a));
                }
            } else if (!open.containsKey(setId)) {
                open.put(setId, new Progress(a.id, (int) AttemptAnswer.count("attempt", a), a.questionCount));
            }
        }
        List<QuizSummary> out = new ArrayList<>();
        for (QuestionSet s : sets) {
            out.add(new QuizSummary(s.id, s.title, s.article == null ? null : s.article.id,
                    s.article == null ? null : s.article.title, s.status.name(), counts.getOrDefault(s.id, 0), last.get(s.id),
                    open.get(s.id)));
        }
        return out;
    }

    /** A set the account may take, with its questions and without their answers. */
    @Transactional
    public QuizDetail detail(Account who, long setId) {
        QuestionSet s = takeable(me(who), setId);
        List<QuestionView> questions = new ArrayList<>();
        int n = 1;
        for (QuizQuestion q : s.questions) {
            questions.add(QuestionView.of(q, n++));
        }
        return new QuizDetail(s.id, s.title, s.article == null ? null : s.article.id,
                s.article == null ? null : s.article.title, s.status.name(), List.copyOf(questions));
    }

    /** The learner's finished attempts at a set, newest first. */
    @Transactional
    public List<Score> scores(Account who, long setId) {
        Account me = me(who);
        QuestionSet s = takeable(me, setId);
        return Attempt.<Attempt>list("account = ?1 and set = ?2 and finishedAt is not null order by finishedAt desc, id desc",
                me, s).stream().map(Score::of).toList();
    }

    /** The learner's unfinished attempt at a set, or null. */
    @Transactional
    public AttemptView unfinished(Account who, long setId) {
        Account me = me(who);
        Attempt a = openAttempt(me, takeable(me, setId));
        return a == null ? null : view(a);
    }

    /** Starts an attempt at every question of the set, or hands back the unfinished one. */
    @Transactional
    public Started start(Account who, long setId) {
        Account me = me(who);
        QuestionSet set = takeable(me, setId);
        // One start at a time per learner: a double click must not make two attempts.
        Account.findById(me.id, LockModeType.PESSIMISTIC_WRITE);
        Attempt open = openAttempt(me, set);
        if (open != null) {
            return new Started(view(open), false);
        }
        if (set.questions.isEmpty()) {
            throw ApiException.conflict("Kuis ini belum punya soal.");
        }
        return new Started(view(newAttempt(me, set, set.questions, null)), true);
    }

    /** A new attempt with only the questions answered wrong in a finished attempt. */
    @Transactional
    public Started retryWrong(Account who, long attemptId) {
        Account me = me(who);
        Attempt done = owned(me, attemptId, false);
        QuestionSet set = takeable(me, done.set.id);
        if (!done.isFinished()) {
            throw ApiException.conflict("Selesaikan dulu percobaan ini; jawaban yang salah baru diulang setelahnya.");
        }
        Account.findById(me.id, LockModeType.PESSIMISTIC_WRITE);
        Attempt open = openAttempt(me, set);
        if (open != null) {
            if (done.id.equals(open.retryOf)) {
                return new Started(view(open), false);
            }
            throw ApiException.conflict("Masih ada percobaan kuis ini yang belum selesai: selesaikan dulu.");
        }
        Map<Long, AttemptAnswer> answers = answersByQuestion(done);
        List<QuizQuestion> wrong = done.askedQuestions().stream()
                .filter(q -> answers.containsKey(q.id) && !answers.get(q.id).correct).toList();
        if (wrong.isEmpty()) {
            throw ApiException.conflict("Semua jawaban sudah benar: tidak ada yang perlu diulang.");
        }
        return new Started(view(newAttempt(me, set, wrong, done.id)), true);
    }

    /** An attempt of the caller, with feedback on the questions answered so far. */
    @Transactional
    public AttemptView attempt(Account who, long attemptId) {
        return view(owned(me(who), attemptId, false));
    }

    /**
     * Grades and stores the answer to one question of an attempt, once: a second answer to the same question is
     * refused and changes nothing. The flashcard queue hears of it in the same transaction.
     */
    @Transactional
    public AnswerResult answer(Account who, long attemptId, long questionId, List<String> response, Long timeMs) {
        Account me = me(who);
        // The lock makes answers to one attempt take turns, so two at once cannot both be the first.
        Attempt a = owned(me, attemptId, true);
        takeable(me, a.set.id);
        List<QuizQuestion> asked = a.askedQuestions();
        QuizQuestion q = asked.stream().filter(x -> x.id == questionId).findFirst().orElse(null);
        if (q == null) {
            throw ApiException.invalid("questionId", "Soal " + questionId + " bukan bagian dari percobaan ini.");
        }
        if (AttemptAnswer.of(a, q) != null) {
            throw ApiException.conflict("Soal ini sudah dijawab dalam percobaan ini; jawaban tidak dapat diubah.");
        }
        if (timeMs != null && (timeMs < 0 || timeMs > MAX_TIME_MS)) {
            throw ApiException.invalid("timeMs",
                    "Waktu menjawab harus antara 0 dan " + MAX_TIME_MS + " milidetik (satu hari).");
        }
        ResponseCheck.Graded graded;
        try {
            graded = ResponseCheck.grade(q.toQuestion(), response);
        } catch (ResponseCheck.InvalidResponse e) {
            throw ApiException.invalid("response", e.getMessage());
        }
        Instant now = Instant.now();
        AttemptAnswer answer = new AttemptAnswer();
        answer.attempt = a;
        answer.question = q;
        answer.response = graded.response();
        answer.correct = graded.correct();
        answer.timeMs = timeMs == null ? 0 : Math.min(timeMs, MAX_TIME_MS);
        answer.answeredAt = now;
        answer.persist();
        if (answer.correct) {
            a.correctCount++;
        }
        long answered = AttemptAnswer.count("attempt", a);
        if (answered >= asked.size()) {
            a.finishedAt = now;
        }
        questionAnswered.fire(new QuestionAnswered(me.id, q.id, answer.correct, now));
        Feedback f = feedback(q, answer, articleId(a.set));
        return new AnswerResult(f.correct(), f.response(), f.answer(), f.explanation(), f.evidence(), f.timeMs(),
                f.answeredAt(), a.isFinished(), (int) answered, asked.size(), a.correctCount);
    }

    private static Attempt openAttempt(Account me, QuestionSet set) {
        Attempt a = Attempt.unfinished(me, set);
        if (a != null && AttemptAnswer.count("attempt", a) >= a.askedQuestions().size()) {
            // Its last open questions were removed from the set: there is nothing left to answer.
            a.finishedAt = Instant.now();
            return null;
        }
        return a;
    }

    private static Attempt newAttempt(Account me, QuestionSet set, List<QuizQuestion> questions, Long retryOf) {
        Attempt a = new Attempt();
        a.set = set;
        a.account = me;
        a.retryOf = retryOf;
        a.questions = new ArrayList<>(questions);
        a.questionCount = questions.size();
        a.correctCount = 0;
        a.startedAt = Instant.now();
        a.persist();
        return a;
    }

    private static Map<Long, AttemptAnswer> answersByQuestion(Attempt a) {
        Map<Long, AttemptAnswer> out = new HashMap<>();
        for (AttemptAnswer x : AttemptAnswer.of(a)) {
            out.put(x.question.id, x);
        }
        return out;
    }

    private static Long articleId(QuestionSet set) {
        return set.article == null ? null : set.article.id;
    }

    private static Feedback feedback(QuizQuestion q, AttemptAnswer x, Long articleId) {
        EvidenceView evidence = q.evidenceText == null && q.evidenceSentence == null ? null
                : new EvidenceView(q.evidenceSentence, q.evidenceText, articleId);
        return new Feedback(x.correct, x.response, q.answer, q.explanation, evidence, x.timeMs, x.answeredAt);
    }

    static AttemptView view(Attempt a) {
        Map<Long, AttemptAnswer> answers = answersByQuestion(a);
        Long articleId = articleId(a.set);
        List<AttemptQuestion> questions = new ArrayList<>();
        Long next = null;
        int answered = 0;
        int correct = 0;
        int n = 1;
        for (QuizQuestion q : a.askedQuestions()) {
            AttemptAnswer x = answers.get(q.id);
            if (x == null) {
                if (next == null) {
                    next = q.id;
                }
                questions.add(new AttemptQuestion(QuestionView.of(q, n++), null));
            } else {
                answered++;
                correct += x.correct ? 1 : 0;
                questions.add(new AttemptQuestion(QuestionView.of(q, n++), feedback(q, x, articleId)));
            }
        }
        int total = questions.size();
        return new AttemptView(a.id, a.set.id, a.set.title, articleId, a.set.article == null ? null : a.set.article.title,
                a.retryOf, a.isFinished(), a.startedAt, a.finishedAt, total, answered, correct,
                QuizViews.percent(correct, total), a.isFinished() ? null : next, List.copyOf(questions));
    }
}
