package id.simak.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import id.simak.account.Account;
import id.simak.classroom.Assignment;
import id.simak.generate.AnswerGrader;
import id.simak.quiz.Attempt;
import id.simak.quiz.AttemptAnswer;
import id.simak.quiz.QuestionAnswered;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;
import id.simak.quiz.SetAccess;
import id.simak.srs.CardPhase;
import id.simak.srs.CardState;
import id.simak.srs.Fsrs;
import id.simak.srs.FsrsScheduler;
import id.simak.srs.Rating;
import id.simak.srs.SchedulerSettings;
import id.simak.srs.StudyDay;
import id.simak.web.ApiException;
import id.simak.web.Paging;

/**
 * A learner's cards and their daily session: cards join the queue when a question is met or a set or word is
 * added; the session orders what is due ({@link DueQueue}); a review moves a card on with FSRS-6 and is
 * logged, and the last review can be undone.
 */
@ApplicationScoped
public class ReviewService {

    /** Learning steps due this soon are shown early when nothing else is left (Anki's learn-ahead limit). */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private static final AnswerGrader GRADER = new AnswerGrader();

    private final ReviewClock clock;
    private final ReviewSettings settings;
    private final FsrsScheduler scheduler;
    private final ZoneId zone;

    private final PersonalParameters personal;

    @Inject
    ReviewMetrics metrics;

    @Inject
    SessionReads reads;

    ReviewService(ReviewClock clock, ReviewSettings settings, PersonalParameters personal) {
        this.clock = clock;
        this.personal = personal;
        this.settings = settings;
        this.zone = ZoneId.of(settings.zone());
        this.scheduler = new FsrsScheduler(new Fsrs(Fsrs.DEFAULT_PARAMETERS),
                SchedulerSettings.DEFAULTS.withDesiredRetention(settings.desiredRetention()));
    }

    /**
     * The day's session of one learner: {@code cards} holds one page of it (the first card first on page 1),
     * {@code total} counts the whole session.
     */
    public record Session(Instant now, List<CardView> cards, int dueCount, int newCount, long newToday,
            int newPerDay, Instant nextDue, long waitingNew, boolean canUndo, long total) {

        public CardView first() {
            return cards.isEmpty() ? null : cards.get(0);
        }

        public boolean isEmpty() {
            return total == 0;
        }

        /** How long until the next card is due, when none is due now. */
        public IntervalLabel nextDueIn() {
            return nextDue == null ? null : IntervalLabel.of(Duration.between(now, nextDue).toSeconds());
        }
    }

    /** The result of a review (the first one, when a client sends the same review twice). */
    public record Outcome(long reviewId, long cardId, Rating rating, Instant reviewedAt, long durationMs,
            String clientReviewId, StateView before, StateView after) {
    }

    /** A card's scheduler state, for the API. */
    public record StateView(CardPhase phase, int step, Instant due, double stability, double difficulty,
            int intervalDays, int reps, int lapses, Instant lastReview) {

        static StateView of(CardState s) {
            return new StateView(s.phase(), s.step(), s.due(), s.stability(), s.difficulty(), s.intervalDays(),
                    s.reps(), s.lapses(), s.lastReview());
        }
    }

    /**
     * How many of a set's questions were added to the learner's cards, of how many; {@code withheld} counts the
     * questions whose answers the learner has not earned yet (see {@link #earned}), which were not added.
     */
    public record Added(long setId, int added, int total, int withheld) {
    }

    // ---------------------------------------------------------------- cards join the queue

    /** A question met in a quiz becomes a card; runs in the transaction that stores the answer. */
    void onAnswered(@Observes QuestionAnswered answered) {
        QuizQuestion question = QuizQuestion.findById(answered.questionId());
        if (question != null) {
            addQuestion(answered.accountId(), question, answered.at() == null ? clock.now() : answered.at());
        }
    }

    /** Adds the question to the learner's cards unless it is there already; true when added. */
    boolean addQuestion(long ownerId, QuizQuestion question, Instant now) {
        if (Card.forQuestion(ownerId, question.id) != null) {
            return false;
        }
        Card card = Card.fresh(ownerId, Card.Kind.QUESTION, question.skill, now);
        card.question = question;
        card.articleId = question.set.article == null ? null : question.set.article.id;
        card.persist();
        return true;
    }

    /**
     * "Tambahkan semua ke kartu": the questions of a published set, or of the caller's own set, whose answers the
     * caller has earned. A card shows its answer, so a question the learner still has to answer in a quiz never
     * becomes a card early.
     */
    @Transactional
    public Added addSet(Account caller, long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw ApiException.notFound("Set soal " + setId + " tidak ada.");
        }
        boolean own = SetAccess.mayManage(caller, set);
        if (set.status != QuestionSet.Status.PUBLISHED && !own) {
            throw ApiException.forbidden("Set soal ini belum diterbitkan.");
        }
        Set<Long> earned = earned(caller, set);
        Instant now = clock.now();
        int added = 0;
        int withheld = 0;
        int position = 0;
        for (QuizQuestion q : set.questions) {
            if (!earned.contains(q.id)) {
                withheld++;
                continue;
            }
            // Cards of one set keep the set's order among the new cards.
            if (addQuestion(caller.id, q, now.plusNanos(1000L * position++))) {
                added++;
            }
        }
        return new Added(setId, added, set.questions.size(), withheld);
    }

    /**
     * The questions of the set whose answers the learner has earned: all of them for the set's owner, and for
     * everyone once an assignment of the set in one of their classes is past due and they have no unfinished
     * attempt at it; otherwise only the questions they have answered in any attempt.
     */
    Set<Long> earned(Account learner, QuestionSet set) {
        Set<Long> all = new HashSet<>();
        set.questions.forEach(q -> all.add(q.id));
        if (SetAccess.mayManage(learner, set)) {
            return all;
        }
        boolean open = Attempt.unfinished(learner, set) != null;
        if (!open && Assignment.count("from Assignment a where a.set = ?1 and a.dueAt <= ?2 and exists ("
                + "select m from ClassMember m where m.classroom = a.classroom and m.learner = ?3)", set, clock.now(), learner) > 0) {
            return all;
        }
        return new HashSet<>(AttemptAnswer.getEntityManager().createQuery("select distinct a.question.id from "
                + "AttemptAnswer a where a.attempt.account = ?1 and a.question.set = ?2", Long.class)
                .setParameter(1, learner).setParameter(2, set).getResultList());
    }

    // ---------------------------------------------------------------- the session

    /** The learner's session now, with its first card (the review page shows one card at a time). */
    public Session session(long ownerId) {
        return session(ownerId, new Paging(1, 1));
    }

    /**
     * One page of the learner's session now: due cards, then the day's new cards. The order depends on each
     * card's predicted recall under the learner's own FSRS parameters and on the skills and articles around it
     * ({@link DueQueue}), which SQL cannot express; so the order is worked out from the few columns it needs of
     * every due card, and only the page's cards are read in full. All of it is read as values ({@link
     * SessionReads}) on one connection: two statements when nothing is due, three when the page shows a card, no
     * entity and no transaction (the session only reads; a read in auto-commit mode costs no begin and commit).
     */
    public Session session(long ownerId, Paging paging) {
        Instant now = clock.now();
        try (Connection connection = reads.connection()) {
            return session(connection, ownerId, paging, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the review session's connection failed", e);
        }
    }

    private Session session(Connection connection, long ownerId, Paging paging, Instant now) {
        SessionReads.Standing standing = reads.standing(connection, ownerId, dayStart(now), now);
        FsrsScheduler scheduler = personal.scheduler(standing.parameters());
        int allowance = (int) Math.max(0, settings.newPerDay() - standing.newToday());
        // One statement for the due cards, the learning steps due within the learn-ahead limit (shown only when
        // nothing else is left) and, when the learner has new cards and may take some today, the oldest of them.
        List<SessionReads.Queued> due = new ArrayList<>();
        List<SessionReads.Queued> ahead = new ArrayList<>();
        List<SessionReads.Queued> fresh = new ArrayList<>();
        int newLimit = standing.newWaiting() > 0 ? allowance : 0;
        for (SessionReads.Queued c : reads.queued(connection, ownerId, now.plus(LEARN_AHEAD), newLimit)) {
            if (c.isNew()) {
                fresh.add(c);
            } else if (!c.due().isAfter(now)) {
                due.add(c);
            } else if (c.phase() == CardPhase.LEARNING || c.phase() == CardPhase.RELEARNING) {
                ahead.add(c);
            }
        }
        if (due.isEmpty() && fresh.isEmpty()) {
            due = ahead;
        }
        Map<Long, Double> recall = new HashMap<>();
        Map<Long, SessionReads.Queued> byId = new HashMap<>();
        List<DueQueue.Entry> dueEntries = new ArrayList<>(due.size());
        for (SessionReads.Queued c : due) {
            double r = c.retrievability(scheduler, now);
            recall.put(c.id(), r);
            byId.put(c.id(), c);
            dueEntries.add(c.entry(r));
        }
        List<DueQueue.Entry> newEntries = new ArrayList<>(fresh.size());
        for (SessionReads.Queued c : fresh) {
            recall.put(c.id(), 0.0);
            byId.put(c.id(), c);
            newEntries.add(c.entry(0));
        }
        // Only the skill and article of the card reviewed last matter to the order (see DueQueue.interleave).
        DueQueue.Entry previous = standing.lastSkill() == null ? null
                : new DueQueue.Entry(standing.lastCardId(), false, now, 0, standing.lastSkill(),
                        standing.lastArticleId(), now);
        List<DueQueue.Entry> order = DueQueue.order(dueEntries, newEntries, allowance, previous);
        List<Long> pageIds = paging.of(order).items().stream().map(DueQueue.Entry::id).toList();
        Map<Long, SessionReads.Shown> shown = reads.shown(connection, ownerId, pageIds);
        List<CardView> cards = new ArrayList<>(pageIds.size());
        for (Long id : pageIds) {
            SessionReads.Shown c = shown.get(id);
            if (c == null) {
                continue; // deleted since the order was read (no transaction holds the two reads together)
            }
            SessionReads.Queued q = byId.get(id);
            cards.add(CardView.front(c, q.skill(), q.articleId(), recall.get(id), intervals(scheduler, c.state(), now)));
        }
        Instant nextDue = order.isEmpty() ? standing.nextDue() : null;
        long waitingNew = standing.newWaiting() - fresh.size();
        return new Session(now, cards, due.size(), fresh.size(), standing.newToday(), settings.newPerDay(), nextDue,
                waitingNew, standing.hasReview(), order.size());
    }

    /** The learner's card with its back and the interval each rating would give. */
    @Transactional
    public CardView card(long ownerId, long cardId) {
        Card c = owned(ownerId, cardId);
        Instant now = clock.now();
        FsrsScheduler scheduler = personal.scheduler(ownerId);
        return CardView.of(c, scheduler.retrievability(c.state(), now), intervals(scheduler, c.state(), now), true);
    }

    /** A choice answered on the card's front: right or not, what was chosen and which choices are right. */
    public record Graded(boolean correct, Set<Integer> chosen, Set<Integer> right) {
    }

    /**
     * Grades the choices (indexes into the card's choices) picked on a choice question's front; null when none
     * of them is a choice. Nothing is stored: the learner still rates the card.
     */
    @Transactional
    public Graded grade(long ownerId, long cardId, List<Integer> picked) {
        Card c = owned(ownerId, cardId);
        QuizQuestion q = c.question;
        if (q == null || !CardView.of(c, null, null, false).isChoice()) {
            throw ApiException.badRequest("Kartu ini tidak dijawab dengan pilihan.");
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        List<String> response = new ArrayList<>();
        for (Integer i : picked == null ? List.<Integer>of() : picked) {
            if (i != null && i >= 0 && i < q.choices.size() && chosen.add(i)) {
                response.add(q.choices.get(i));
            }
        }
        if (response.isEmpty()) {
            return null;
        }
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < q.choices.size(); i++) {
            if (q.answer.contains(q.choices.get(i))) {
                right.add(i);
            }
        }
        return new Graded(GRADER.isCorrect(q.toQuestion(), response), chosen, right);
    }

    /** Seconds until the card would be due after each rating, now, under the learner's scheduler. */
    private Map<Rating, Long> intervals(FsrsScheduler scheduler, CardState state, Instant now) {
        Map<Rating, Long> out = new EnumMap<>(Rating.class);
        scheduler.previews(state, now, zone)
                .forEach((rating, after) -> out.put(rating, Duration.between(now, after.due()).toSeconds()));
        return out;
    }

    /** The start of the learner's study day containing {@code now} (04:00 in their zone). */
    Instant dayStart(Instant now) {
        int hour = scheduler.settings().dayStartHour();
        return java.time.LocalDate.ofEpochDay(StudyDay.of(now, zone, hour)).atTime(hour, 0).atZone(zone).toInstant();
    }

    // ---------------------------------------------------------------- reviews

    /**
     * Rates a card and logs the review. A {@code clientReviewId} seen before answers the first review's result
     * and changes nothing, so a client may safely send a review again after a lost answer.
     */
    @Transactional
    public Outcome review(long ownerId, long cardId, Rating rating, long durationMs, String clientReviewId) {
        Card card = Card.findById(cardId, LockModeType.PESSIMISTIC_WRITE);
        if (card == null || card.ownerId != ownerId) {
            throw ApiException.notFound("Kartu " + cardId + " tidak ada.");
        }
        if (clientReviewId != null) {
            CardReview first = CardReview.byClientId(ownerId, clientReviewId);
            if (first != null) {
                if (first.cardId != cardId) {
                    throw ApiException.conflict("clientReviewId ini sudah dipakai untuk kartu lain.");
                }
                return outcome(first);
            }
        }
        if (card.suspended) {
            throw ApiException.conflict("Kartu " + cardId + " sedang ditangguhkan; lanjutkan dulu untuk mengulasnya.");
        }
        long earlier = personal.reviewsBefore(ownerId);
        Instant now = clock.now();
        FsrsScheduler scheduler = personal.scheduler(ownerId);
        CardState before = card.state();
        double recall = scheduler.retrievability(before, now);
        CardState after = scheduler.schedule(before, rating, now, zone);
        card.apply(after);
        card.reviewCount++;
        CardReview log = CardReview.of(card, rating, before, after, now, durationMs, clientReviewId, recall);
        log.persist();
        personal.afterReview(ownerId, earlier + 1);
        metrics.reviewWritten();
        return outcome(log);
    }

    private static Outcome outcome(CardReview r) {
        return new Outcome(r.id, r.cardId, r.rating(), r.reviewedAt, r.durationMs, r.clientReviewId,
                StateView.of(r.before()), StateView.of(r.after()));
    }

    /** Takes back the learner's last review: the card gets its state before it, and the log entry goes. */
    @Transactional
    public CardView undo(long ownerId) {
        CardReview last = CardReview.lastOf(ownerId);
        if (last == null) {
            throw ApiException.conflict("Tidak ada ulasan yang bisa dibatalkan.");
        }
        Card card = Card.findById(last.cardId, LockModeType.PESSIMISTIC_WRITE);
        card.apply(last.before());
        card.reviewCount--;
        last.delete();
        Instant now = clock.now();
        FsrsScheduler scheduler = personal.scheduler(ownerId);
        return CardView.of(card, scheduler.retrievability(card.state(), now), intervals(scheduler, card.state(), now),
                false);
    }

    private static Card owned(long ownerId, long cardId) {
        Card c = Card.ofOwner(ownerId, cardId);
        if (c == null) {
            throw ApiException.notFound("Kartu " + cardId + " tidak ada.");
        }
        return c;
    }

    ZoneId zone() {
        return zone;
    }
}
