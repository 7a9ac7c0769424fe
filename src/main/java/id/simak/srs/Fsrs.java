package id.simak.srs;

import java.util.Arrays;

/** The FSRS-6 memory model: how stability and difficulty evolve with each review, following fsrs-rs. */
public final class Fsrs {

    public static final int PARAMETER_COUNT = 21;
    public static final double S_MIN = 0.001;
    public static final double S_MAX = 36500.0;
    public static final double D_MIN = 1.0;
    public static final double D_MAX = 10.0;

    /** FSRS-6 defaults of fsrs-rs src/inference.rs (commit 037345f), py-fsrs and ts-fsrs. */
    public static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    /**
     * Lower bounds of fsrs-rs parameter_clipper.rs for at most one relearning step; w19 may be 0 because
     * migrated FSRS-5 vectors and "short-term off" set it to 0 (the optimizer itself keeps w19 >= 0.01).
     */
    static final double[] LOWER = {
        S_MIN, S_MIN, S_MIN, S_MIN, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1
    };
    static final double[] UPPER = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8
    };

    private final double[] w;
    // Derived once because next() is on the hot path of the optimizer and the evaluator.
    private final double decay;
    private final double factor;
    private final double expW8;
    private final double meanReversionTarget;
    private final double forgetCap;
    private final double[] shortTermScale = new double[4];
    private final double[] recallScale = new double[4];

    public Fsrs(double[] parameters) {
        this(checked(migrate(parameters)), true);
    }

    /** For the optimizer's finite differences, which probe slightly outside the bounds. */
    Fsrs(double[] parameters, boolean trusted) {
        this.w = parameters.clone();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1.0 / decay) - 1.0;
        this.expW8 = Math.exp(w[8]);
        this.meanReversionTarget = rawInitialDifficulty(4);
        this.forgetCap = Math.exp(w[17] * w[18]);
        for (Rating rating : Rating.values()) {
            int g = rating.ordinal();
            shortTermScale[g] = Math.exp(w[17] * (rating.grade() - 3 + w[18]));
            recallScale[g] = expW8 * (rating == Rating.HARD ? w[15] : 1.0) * (rating == Rating.EASY ? w[16] : 1.0);
        }
    }

    /** A copy of the 21 parameters in use. */
    public double[] parameters() {
        return w.clone();
    }

    /** Migrates FSRS-4.5 (17) and FSRS-5 (19) vectors as fsrs-rs check_and_fill_parameters does. */
    static double[] migrate(double[] parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        switch (parameters.length) {
            case PARAMETER_COUNT:
                return parameters.clone();
            case 19: {
                double[] filled = Arrays.copyOf(parameters, PARAMETER_COUNT);
                filled[19] = 0.0;
                filled[20] = 0.5;
                return filled;
            }
            case 17: {
                double[] filled = Arrays.copyOf(parameters, PARAMETER_COUNT);
                filled[4] = parameters[4] + 2 * parameters[5];
                filled[5] = Math.log(1 + 3 * parameters[5]) / 3;
                filled[6] = parameters[6] + 0.5;
                filled[17] = 0.0;
                filled[18] = 0.0;
                filled[19] = 0.0;
                filled[20] = 0.5;
                return filled;
            }
            default:
                throw new IllegalArgumentException("expected 17, 19 or 21 parameters, got " + parameters.length);
        }
    }

    private static double[] checked(double[] w) {
        for (int i = 0; i < PARAMETER_COUNT; i++) {
            if (!(w[i] >= LOWER[i] && w[i] <= UPPER[i])) {
                throw new IllegalArgumentException(
                        "w" + i + " = " + w[i] + " outside [" + LOWER[i] + ", " + UPPER[i] + "]");
            }
        }
        return w;
    }

    public MemoryState initial(Rating rating) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }

    double initialStability(Rating rating) {
        return clamp(w[rating.ordinal()], S_MIN, S_MAX);
    }

    double initialDifficulty(Rating rating) {
        return clamp(rawInitialDifficulty(rating.grade()), D_MIN, D_MAX);
    }

    private double rawInitialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1.0;
    }

    /** The memory after a review {@code elapsedDays} learner-days after the previous one (0 = same day). */
    public MemoryState next(MemoryState state, Rating rating, long elapsedDays) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsedDays must be >= 0, was " + elapsedDays);
        }
        double s = clamp(state.stability(), S_MIN, S_MAX);
        double d = clamp(state.difficulty(), D_MIN, D_MAX);
        double newS;
        if (elapsedDays == 0) {
            newS = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            newS = rating == Rating.AGAIN ? stabilityAfterFailure(s, d, r) : stabilityAfterSuccess(s, d, r, rating);
        }
        return new MemoryState(clamp(newS, S_MIN, S_MAX), nextDifficulty(d, rating));
    }

    double nextDifficulty(double d, Rating rating) {
        double damped = linearDamping(d, rating);
        return clamp(w[7] * meanReversionTarget + (1 - w[7]) * damped, D_MIN, D_MAX);
    }

    double linearDamping(double d, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        return d + delta * (10.0 - d) / 9.0;
    }

    double stabilityAfterSuccess(double s, double d, double r, Rating rating) {
        // recallScale folds e^w8 with the Hard penalty or Easy bonus of this rating.
        return s * (1 + recallScale[rating.ordinal()] * (11 - d) * Math.pow(s, -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1));
    }

    double stabilityAfterFailure(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(longTerm, s / forgetCap);
    }

    double shortTermStability(double s, Rating rating) {
        double increase = shortTermScale[rating.ordinal()] * Math.pow(s, -w[19]);
        // fsrs-rs/Anki: a same-day Hard, Good or Easy never lowers stability (py-fsrs exempts only Good/Easy).
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1.0);
        }
        return s * increase;
    }

    public double retrievability(MemoryState state, double elapsedDays) {
        return retrievability(Math.max(0.0, elapsedDays), clamp(state.stability(), S_MIN, S_MAX));
    }

    double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Days until retrievability falls to {@code desiredRetention}; unrounded, as fsrs-rs next_interval. */
    public double interval(MemoryState state, double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desiredRetention must be in (0, 1], was " + desiredRetention);
        }
        return state.stability() / factor * (Math.pow(desiredRetention, 1.0 / decay) - 1);
    }

    /**
     * The memory an SM-2 card most plausibly has, for importing legacy cards (fsrs-rs memory_state_from_sm2):
     * its interval is read as the time to fall to {@code retention}, its ease as the growth a Good gives.
     */
    public MemoryState fromSm2(double ease, double intervalDays, double retention) {
        double s = Math.max(intervalDays, S_MIN) * factor / (Math.pow(retention, 1.0 / decay) - 1);
        double growth = expW8 * Math.pow(s, -w[9]) * (Math.exp((1 - retention) * w[10]) - 1);
        double d = clamp(11 - (ease - 1) / growth, D_MIN, D_MAX);
        return new MemoryState(clamp(s, S_MIN, S_MAX), d);
    }

    /** The constant of the forgetting curve that makes R(S, S) = 0.9. */
    public double factor() {
        return factor;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
