package id.simak.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.progress.ProgressCalculator.AttemptScore;
import id.simak.progress.ProgressCalculator.CardSnapshot;
import id.simak.progress.ProgressCalculator.Progress;
import id.simak.progress.ProgressCalculator.QuizAnswer;
import id.simak.progress.ProgressCalculator.ReviewDays;
import id.simak.review.Card;
import id.simak.review.LearnerParameters;
import id.simak.review.PersonalParameters;
import id.simak.review.ReviewClock;
import id.simak.review.ReviewSettings;
import id.simak.srs.CardPhase;
import id.simak.srs.FsrsScheduler;

/** Gathers a learner's cards, reviews and quiz attempts and turns them into the progress figures. */
@ApplicationScoped
public class ProgressService {

    static final int HISTORY_DAYS = 30;
    static final int FORECAST_DAYS = 30;
    static final int RETENTION_WEEKS = 12;
    static final int WEAKEST = 10;
    static final int DAY_START_HOUR = 4;

    /**
     * A reviewed card with its predicted recall now, for the list of cards to watch; {@code relearning} when the
     * learner rated it "Lagi" (or is still learning it) and it is in its learning steps: such a card comes first,
     * shown as being relearned, never with the near-100 % that its minutes-old review gives it.
     */
    public record CardRecall(long cardId, String skill, String front, double recall, Instant due, boolean relearning) {}

    /** The learner's own FSRS parameters: fitted or not yet, and how the last fit went. */
    public record Parameters(boolean personal, int reviews, int needed, Instant fittedAt, Integer fittedParameters,
            Double logLoss, Double previousLogLoss, boolean lastFitChanged) {
        /** Whether the learner may ask for a fit now. */
        public boolean canFit() {
            return reviews >= needed;
        }
    }

    /** Everything GET /api/progress answers and the progress page shows. */
    public record View(Progress figures, List<CardRecall> weakest, Parameters parameters) {}

    private final ReviewClock clock;
    private final ReviewSettings settings;
    private final PersonalParameters personal;
    private final ReviewHistory history;
    private final ZoneId zone;

    ProgressService(ReviewClock clock, ReviewSettings settings, PersonalParameters personal, ReviewHistory history) {
        this.clock = clock;
        this.settings = settings;
        this.personal = personal;
        this.history = history;
        this.zone = ZoneId.of(settings.zone());
    }

    /**
     * Reads only the columns the figures need, as plain values rather than managed entities: a learner with
     * 20,000 reviews made the page load and dirty-check 20,000 log entities per request (3.6 s), and the front of
     * every question card was one more query (docs/benchmarks.md, issue 14). The review log is read summed up by
     * day and kept until it changes ({@link ReviewHistory}); the cards, whose recall moves with the time, are read
     * on every request.
     */
    @Transactional
    public View view(long ownerId) {
        Instant now = clock.now();
        LearnerParameters fitted = personal.of(ownerId);
        FsrsScheduler scheduler = personal.scheduler(fitted == null ? null : fitted.parameters);
        var em = Card.getEntityManager();
        ProgressCalculator calculator = new ProgressCalculator(zone, DAY_START_HOUR);
        ReviewDays reviews = history.of(ownerId, calculator);

        // Suspended cards are set aside by the learner: no forecast, no due count, no mastery.
        List<Card.Recall> cards = Card.recallsOf(ownerId);
        List<CardSnapshot> snapshots = new ArrayList<>(cards.size());
        List<CardRecall> reviewed = new ArrayList<>();
        for (Card.Recall c : cards) {
            CardPhase phase = c.state().phase();
            double recall = phase == CardPhase.NEW ? 0 : scheduler.retrievability(c.state(), now);
            snapshots.add(new CardSnapshot(c.skill(), phase, c.state().due(), recall));
            if (phase != CardPhase.NEW) {
                reviewed.add(new CardRecall(c.state().cardId(), c.skill(), c.front(), recall, c.state().due(),
                        phase == CardPhase.LEARNING || phase == CardPhase.RELEARNING));
            }
        }
        reviewed.sort(Comparator.comparing((CardRecall r) -> !r.relearning()).thenComparingDouble(CardRecall::recall));
        List<CardRecall> weakest = List.copyOf(reviewed.subList(0, Math.min(WEAKEST, reviewed.size())));

        List<QuizAnswer> quizAnswers = em.createQuery("select a.question.skill, a.correct from AttemptAnswer a "
                + "where a.attempt.account.id = ?1", Object[].class).setParameter(1, ownerId).getResultStream()
                .map(a -> new QuizAnswer((String) a[0], (Boolean) a[1])).toList();
        List<AttemptScore> scores = em.createQuery("select a.set.id, a.set.title, a.finishedAt, a.correctCount, "
                + "a.questionCount from Attempt a where a.account.id = ?1 and a.finishedAt is not null", Object[].class)
                .setParameter(1, ownerId).getResultStream()
                .map(a -> new AttemptScore((Long) a[0], (String) a[1], (Instant) a[2], (Integer) a[3], (Integer) a[4]))
                .toList();

        long newToday = calculator.newReviewsToday(now, reviews);
        int newLeft = (int) Math.max(0, settings.newPerDay() - newToday);

        Progress figures = calculator.compute(now, reviews, snapshots, quizAnswers, scores, newLeft, HISTORY_DAYS,
                FORECAST_DAYS, RETENTION_WEEKS);
        return new View(figures, weakest, parameters(fitted, reviews.total()));
    }

    private Parameters parameters(LearnerParameters p, int reviews) {
        if (p == null) {
            return new Parameters(false, reviews, personal.fitAfter(), null, null, null, null, false);
        }
        return new Parameters(true, reviews, personal.fitAfter(), p.fittedAt, p.fittedParameters, p.logLoss,
                p.previousLogLoss, p.changed);
    }
}
