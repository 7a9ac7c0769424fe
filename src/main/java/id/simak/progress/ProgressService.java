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
import id.simak.progress.ProgressCalculator.ReviewEvent;
import id.simak.quiz.Attempt;
import id.simak.quiz.AttemptAnswer;
import id.simak.review.Card;
import id.simak.review.CardReview;
import id.simak.review.LearnerParameters;
import id.simak.review.PersonalParameters;
import id.simak.review.ReviewClock;
import id.simak.review.ReviewSettings;
import id.simak.srs.CardPhase;
import id.simak.srs.FsrsScheduler;
import id.simak.srs.StudyDay;

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
    private final ZoneId zone;

    ProgressService(ReviewClock clock, ReviewSettings settings, PersonalParameters personal) {
        this.clock = clock;
        this.settings = settings;
        this.personal = personal;
        this.zone = ZoneId.of(settings.zone());
    }

    @Transactional
    public View view(long ownerId) {
        Instant now = clock.now();
        FsrsScheduler scheduler = personal.scheduler(ownerId);

        List<CardReview> log = CardReview.list("ownerId = ?1 order by reviewedAt", ownerId);
        List<ReviewEvent> reviews = new ArrayList<>(log.size());
        for (CardReview r : log) {
            reviews.add(new ReviewEvent(r.reviewedAt, r.rating, r.phaseBefore));
        }

        // Suspended cards are set aside by the learner: no forecast, no due count, no mastery.
        List<Card> cards = Card.list("ownerId = ?1 and suspended = false", ownerId);
        List<CardSnapshot> snapshots = new ArrayList<>(cards.size());
        List<CardRecall> reviewed = new ArrayList<>();
        for (Card c : cards) {
            double recall = c.phase == CardPhase.NEW ? 0 : scheduler.retrievability(c.state(), now);
            snapshots.add(new CardSnapshot(c.skill, c.phase, c.due, recall));
            if (c.phase != CardPhase.NEW) {
                reviewed.add(new CardRecall(c.id, c.skill, front(c), recall, c.due,
                        c.phase == CardPhase.LEARNING || c.phase == CardPhase.RELEARNING));
            }
        }
        reviewed.sort(Comparator.comparing((CardRecall r) -> !r.relearning()).thenComparingDouble(CardRecall::recall));
        List<CardRecall> weakest = List.copyOf(reviewed.subList(0, Math.min(WEAKEST, reviewed.size())));

        List<AttemptAnswer> answers = AttemptAnswer.list("attempt.account.id = ?1", ownerId);
        List<QuizAnswer> quizAnswers = answers.stream().map(a -> new QuizAnswer(a.question.skill, a.correct)).toList();
        List<Attempt> attempts = Attempt.list("account.id = ?1 and finishedAt is not null", ownerId);
        List<AttemptScore> scores = attempts.stream().map(a -> new AttemptScore(a.set.id, a.set.title, a.finishedAt,
                a.correctCount, a.questionCount)).toList();

        Instant dayStart = java.time.LocalDate.ofEpochDay(StudyDay.of(now, zone, DAY_START_HOUR))
                .atTime(DAY_START_HOUR, 0).atZone(zone).toInstant();
        long newToday = log.stream().filter(r -> r.phaseBefore == CardPhase.NEW && !r.reviewedAt.isBefore(dayStart))
                .count();
        int newLeft = (int) Math.max(0, settings.newPerDay() - newToday);

        Progress figures = new ProgressCalculator(zone, DAY_START_HOUR).compute(now, reviews, snapshots, quizAnswers,
                scores, newLeft, HISTORY_DAYS, FORECAST_DAYS, RETENTION_WEEKS);
        return new View(figures, weakest, parameters(ownerId, log.size()));
    }

    private Parameters parameters(long ownerId, int reviews) {
        LearnerParameters p = personal.of(ownerId);
        if (p == null) {
            return new Parameters(false, reviews, personal.fitAfter(), null, null, null, null, false);
        }
        return new Parameters(true, reviews, personal.fitAfter(), p.fittedAt, p.fittedParameters, p.logLoss,
                p.previousLogLoss, p.changed);
    }

    /** What the card asks: the question's prompt, or the word of a word card. */
    private static String front(Card c) {
        if (c.kind == Card.Kind.WORD) {
            return c.word;
        }
        return c.question == null ? "" : c.question.prompt;
    }
}
