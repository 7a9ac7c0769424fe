package id.simak.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.account.Account;
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
 *
 * <p>A fit runs once per threshold even when reviews keep coming while it runs, and when several app nodes share
 * the database: every fit holds the learner's account row locked ({@code select ... for update}) until it commits,
 * and a background fit checks again under that lock whether it is still due (the reviews that arrived during
 * another node's or this node's fit find the new parameters and start nothing).
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
    /** Learners whose background fit is queued on this node (a second one would only find nothing to do). */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
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
        return scheduler(p == null ? null : p.parameters);
    }

    /**
     * The scheduler for a learner whose stored parameters ({@link LearnerParameters#parameters}, null before the
     * first fit) were read already, as {@link #scheduler(long)} gives it.
     */
    public FsrsScheduler scheduler(String parameters) {
        return parameters == null ? defaults
                : new FsrsScheduler(new Fsrs(LearnerParameters.weights(parameters)), schedulerSettings);
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
     * The learner's reviews in the log, read in the transaction of a review before it writes its entry: H2 counts
     * a learner's entries from the index's page counts while the transaction has written nothing to the log, but
     * walks them one by one once it has (some 4 ms for 20,000 reviews, while the card stays locked;
     * docs/benchmarks.md, "Review loop, fourth pass").
     */
    long reviewsBefore(long ownerId) {
        return CardReview.count("ownerId", ownerId);
    }

    /**
     * Called inside the transaction of a review once its entry is written, with the learner's reviews now: when the
     * log has just reached the threshold (or grown by {@code refit-every} since the last fit), a fit runs in the
     * background once the review is committed.
     */
    void afterReview(long ownerId, long reviews) {
        if (!due(reviews, LearnerParameters.findById(ownerId))) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && queued.add(ownerId)) {
                    background.submit(() -> {
                        try {
                            fitIfDue(ownerId);
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "Fitting the FSRS parameters of account %d failed", ownerId);
                        } finally {
                            queued.remove(ownerId);
                        }
                    });
                }
            }
        });
    }

    private boolean due(long reviews, LearnerParameters p) {
        return reviews >= settings.fitAfter() && (p == null || reviews - p.reviewsUsed >= settings.refitEvery());
    }

    /** The background fit: runs only if, under the learner's lock, the log is still due for one. */
    Fit fitIfDue(long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lock(ownerId);
            LearnerParameters p = LearnerParameters.findById(ownerId);
            if (!due(CardReview.count("ownerId", ownerId), p)) {
                return p == null ? new Fit(false, false, 0, 0, 0, null, null, null) : Fit.of(p);
            }
            return fit(ownerId);
        });
    }

    /** Waits until the fits queued on this node so far have run (for tests). */
    void awaitBackground() {
        try {
            background.submit(() -> {
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fits the learner's parameters now, in its own transaction; below {@code fit-after} reviews it does nothing. */
    public Fit fitNow(long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lock(ownerId);
            return fit(ownerId);
        });
    }

    /** One fit at a time per learner, on every node: the account row stays locked until the fit commits. */
    private static void lock(long ownerId) {
        Account.findById(ownerId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Fit fit(long ownerId) {
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
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
