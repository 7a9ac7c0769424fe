package id.simak.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.srs.Fsrs;
import id.simak.srs.FsrsScheduler;
import id.simak.srs.ParameterOptimizer;
import id.simak.srs.ReviewLog;
import id.simak.srs.SchedulerSettings;

/**
 * Each learner's own FSRS-6 parameters: the scheduler of a learner uses them once fitted. A fit runs in the
 * background after the review that reaches {@code simak.reviews.fit-after} reviews (and again every
 * {@code simak.reviews.refit-every} more), or when the learner asks for it on the progress page. The optimizer
 * keeps the parameters in use unless the new ones predict the learner's history better.
 */
@ApplicationScoped
public class PersonalParameters {

    private static final Logger LOG = Logger.getLogger(PersonalParameters.class);

    /** What a fit did. */
    public record Fit(boolean ran, boolean changed, int reviews, int items, int fittedParameters, Double logLoss,
            Double previousLogLoss, Instant at) {

        static Fit of(LearnerParameters p) {
            return new Fit(true, p.changed, p.reviewsUsed, p.itemsUsed, p.fittedParameters, p.logLoss,
                    p.previousLogLoss, p.fittedAt);
        }
    }

    private final ReviewSettings settings;
    private final ReviewClock clock;
    private final ZoneId zone;
    private final SchedulerSettings schedulerSettings;
    private final FsrsScheduler defaults;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simak-fsrs-fit");
        t.setDaemon(true);
        return t;
    });

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReviewMetrics metrics;

    PersonalParameters(ReviewSettings settings, ReviewClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.zone = ZoneId.of(settings.zone());
        this.schedulerSettings = SchedulerSettings.DEFAULTS.withDesiredRetention(settings.desiredRetention());
        this.defaults = new FsrsScheduler(new Fsrs(Fsrs.DEFAULT_PARAMETERS), schedulerSettings);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The scheduler for this learner: their own parameters when fitted, else the FSRS-6 defaults. */
    public FsrsScheduler scheduler(long ownerId) {
        LearnerParameters p = LearnerParameters.findById(ownerId);
        return p == null ? defaults : new FsrsScheduler(new Fsrs(p.weights()), schedulerSettings);
    }

    /** The schedulers of these learners (as {@link #scheduler(long)} for each), their parameters read in one query. */
    public Map<Long, FsrsScheduler> schedulers(Collection<Long> ownerIds) {
        Map<Long, FsrsScheduler> out = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            for (LearnerParameters p : LearnerParameters.<LearnerParameters>list("accountId in ?1", ownerIds)) {
                out.put(p.accountId, new FsrsScheduler(new Fsrs(p.weights()), schedulerSettings));
            }
        }
        for (Long id : ownerIds) {
            out.putIfAbsent(id, defaults);
        }
        return out;
    }

    /** The learner's parameters record, or null before the first fit. */
    public LearnerParameters of(long ownerId) {
        return LearnerParameters.findById(ownerId);
    }

    /** Reviews needed before the first fit. */
    public int fitAfter() {
        return settings.fitAfter();
    }

    /**
     * Called inside the transaction of a review: when the learner's log has just reached the threshold (or grown
     * by {@code refit-every} since the last fit), a fit runs in the background once the review is committed.
     */
    void afterReview(long ownerId) {
        long reviews = CardReview.count("ownerId", ownerId);
        LearnerParameters p = LearnerParameters.findById(ownerId);
        boolean due = reviews >= settings.fitAfter()
                && (p == null || reviews - p.reviewsUsed >= settings.refitEvery());
        if (!due) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    background.submit(() -> {
                        try {
                            fitNow(ownerId);
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "Fitting the FSRS parameters of account %d failed", ownerId);
                        }
                    });
                }
            }
        });
    }

    /** Fits the learner's parameters now, in its own transaction; below {@code fit-after} reviews it does nothing. */
    public Fit fitNow(long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CardReview> log = CardReview.list("ownerId = ?1 order by reviewedAt, id", ownerId);
            if (log.size() < settings.fitAfter()) {
                LearnerParameters p = LearnerParameters.findById(ownerId);
                return p == null ? new Fit(false, false, log.size(), 0, 0, null, null, null) : Fit.of(p);
            }
            List<ReviewLog.Review> rows = log.stream()
                    .map(r -> new ReviewLog.Review(r.cardId, r.rating, r.reviewedAt)).toList();
            LearnerParameters p = LearnerParameters.findById(ownerId);
            double[] current = p == null ? Fsrs.DEFAULT_PARAMETERS : p.weights();
            ParameterOptimizer.Result result = metrics.optimizerRun(() -> new ParameterOptimizer()
                    .optimize(new ReviewLog(rows).sequences(zone, 4), current));
            boolean fresh = p == null;
            if (fresh) {
                p = new LearnerParameters();
                p.accountId = ownerId;
            }
            p.parameters = LearnerParameters.format(result.parameters());
            p.changed = result.changed();
            p.reviewsUsed = log.size();
            p.itemsUsed = result.items();
            p.fittedParameters = result.fittedParameters();
            p.logLoss = finite(result.logLoss());
            p.previousLogLoss = finite(result.previousLogLoss());
            p.fittedAt = clock.now();
            if (fresh) {
                p.persist();
            }
            return Fit.of(p);
        });
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
