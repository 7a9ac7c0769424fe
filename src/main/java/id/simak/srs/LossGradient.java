package id.simak.srs;

import java.util.Arrays;

/**
 * The weighted log loss of FSRS-6 recall predictions on review histories and its exact gradient with respect
 * to the 21 parameters, by forward-mode differentiation: each replay carries dS/dw and dD/dw next to the
 * memory state, so one pass gives the loss and all 21 partial derivatives (finite differences needed 42).
 * Clamps (stability, difficulty, the 1e-10 clip of the prediction, the failure cap, the same-day floor of
 * 1) pass no gradient where they bind, as autodiff through fsrs-rs' clamps and minima does.
 */
final class LossGradient {

    static final int N = Fsrs.PARAMETER_COUNT;
    private static final double EPS = 1e-10;

    private final double[] w;
    private final double decay;
    private final double factor;
    /** d factor / d w20, where factor = 0.9^(-1 / w20) - 1. */
    private final double factorW20;
    private final double expW8;
    /** The mean-reversion target D0(Easy) and its derivative in w5 (its derivative in w4 is 1). */
    private final double target;
    private final double targetW5;
    private final double forgetCap;
    private final double[] dS = new double[N];
    private final double[] dD = new double[N];

    LossGradient(double[] parameters) {
        this.w = parameters.clone();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1.0 / decay) - 1.0;
        this.factorW20 = Math.pow(0.9, 1.0 / decay) * Math.log(0.9) / (w[20] * w[20]);
        this.expW8 = Math.exp(w[8]);
        this.target = w[4] - Math.exp(3 * w[5]) + 1.0;
        this.targetW5 = -3 * Math.exp(3 * w[5]);
        this.forgetCap = Math.exp(w[17] * w[18]);
    }

    /**
     * Replays {@code seq} and returns the sum over its scored reviews (at least a day after the previous one)
     * of {@code weights[i]} times the binary cross-entropy of the prediction; adds the gradient of that sum
     * to {@code gradient} unless it is null.
     */
    double add(ReviewSequence seq, double[] weights, double[] gradient) {
        boolean derive = gradient != null;
        int[] grades = seq.grades();
        long[] elapsed = seq.elapsed();
        if (derive) {
            Arrays.fill(dS, 0);
            Arrays.fill(dD, 0);
        }
        int first = grades[0];
        double s = w[first - 1];
        if (s < Fsrs.S_MIN || s > Fsrs.S_MAX) {
            s = Fsrs.clamp(s, Fsrs.S_MIN, Fsrs.S_MAX);
        } else if (derive) {
            dS[first - 1] = 1;
        }
        double e5 = Math.exp(w[5] * (first - 1));
        double d = w[4] - e5 + 1.0;
        if (d < Fsrs.D_MIN || d > Fsrs.D_MAX) {
            d = Fsrs.clamp(d, Fsrs.D_MIN, Fsrs.D_MAX);
        } else if (derive) {
            dD[4] = 1;
            dD[5] = -(first - 1) * e5;
        }
        double loss = 0;
        for (int i = 1; i < grades.length; i++) {
            int grade = grades[i];
            long t = elapsed[i];
            double newS;
            // newS's derivative is cs·dS + cd·dD plus direct terms on a few parameters.
            double cs;
            double cd = 0;
            int k0 = -1;
            int k1 = -1;
            int k2 = -1;
            int k3 = -1;
            int k4 = -1;
            double v0 = 0;
            double v1 = 0;
            double v2 = 0;
            double v3 = 0;
            double v4 = 0;
            if (t > 0) {
                double u = 1 + factor * t / s;
                double r = Math.pow(u, decay);
                double rS = r * w[20] * factor * t / (u * s * s);
                double rW20 = r * (-Math.log(u) - w[20] * t / (s * u) * factorW20);
                double weight = weights[i];
                if (weight != 0) {
                    boolean recalled = grade > 1;
                    double p = r;
                    boolean clipped = false;
                    if (p < EPS) {
                        p = EPS;
                        clipped = true;
                    } else if (p > 1 - EPS) {
                        p = 1 - EPS;
                        clipped = true;
                    }
                    loss -= weight * (recalled ? Math.log(p) : Math.log(1 - p));
                    if (derive && !clipped) {
                        double lossP = weight * (recalled ? -1 / p : 1 / (1 - p));
                        double lossS = lossP * rS;
                        for (int j = 0; j < N; j++) {
                            gradient[j] += lossS * dS[j];
                        }
                        gradient[20] += lossP * rW20;
                    }
                }
                double fr;
                if (grade == 1) {
                    double a = Math.pow(d, -w[12]);
                    double sp = Math.pow(s + 1, w[13]);
                    double c = Math.exp(w[14] * (1 - r));
                    double longTerm = w[11] * a * (sp - 1) * c;
                    double cap = s / forgetCap;
                    if (longTerm < cap) {
                        newS = longTerm;
                        fr = -w[14] * longTerm;
                        cs = w[11] * a * c * w[13] * sp / (s + 1) + fr * rS;
                        cd = -w[12] * longTerm / d;
                        k1 = 11;
                        v1 = longTerm / w[11];
                        k2 = 12;
                        v2 = -longTerm * Math.log(d);
                        k3 = 13;
                        v3 = w[11] * a * c * sp * Math.log(s + 1);
                        k4 = 14;
                        v4 = longTerm * (1 - r);
                    } else {
                        newS = cap;
                        fr = 0;
                        cs = 1 / forgetCap;
                        k1 = 17;
                        v1 = -cap * w[18];
                        k2 = 18;
                        v2 = -cap * w[17];
                    }
                } else {
                    double a = expW8 * (grade == 2 ? w[15] : 1.0) * (grade == 4 ? w[16] : 1.0);
                    double power = Math.pow(s, -w[9]);
                    double ex = Math.exp(w[10] * (1 - r));
                    double growth = a * (11 - d) * power;
                    double inc = growth * (ex - 1);
                    newS = s * (1 + inc);
                    fr = -s * growth * ex * w[10];
                    cs = 1 + inc * (1 - w[9]) + fr * rS;
                    cd = -s * a * power * (ex - 1);
                    k1 = 8;
                    v1 = s * inc;
                    k2 = 9;
                    v2 = -s * inc * Math.log(s);
                    k3 = 10;
                    v3 = s * growth * ex * (1 - r);
                    if (grade == 2) {
                        k4 = 15;
                        v4 = s * inc / w[15];
                    } else if (grade == 4) {
                        k4 = 16;
                        v4 = s * inc / w[16];
                    }
                }
                k0 = 20;
                v0 = fr * rW20;
            } else {
                double shift = grade - 3 + w[18];
                double inc = Math.exp(w[17] * shift) * Math.pow(s, -w[19]);
                if (grade != 1 && inc < 1) {
                    newS = s;
                    cs = 1;
                } else {
                    newS = s * inc;
                    cs = inc * (1 - w[19]);
                    k1 = 17;
                    v1 = newS * shift;
                    k2 = 18;
                    v2 = newS * w[17];
                    k3 = 19;
                    v3 = -newS * Math.log(s);
                }
            }
            double delta = -w[6] * (grade - 3);
            double damped = d + delta * (10.0 - d) / 9.0;
            double newD = w[7] * target + (1 - w[7]) * damped;
            if (derive) {
                if (newS < Fsrs.S_MIN || newS > Fsrs.S_MAX) {
                    Arrays.fill(dS, 0);
                } else {
                    for (int j = 0; j < N; j++) {
                        dS[j] = cs * dS[j] + cd * dD[j];
                    }
                    addDirect(dS, k0, v0);
                    addDirect(dS, k1, v1);
                    addDirect(dS, k2, v2);
                    addDirect(dS, k3, v3);
                    addDirect(dS, k4, v4);
                }
                if (newD < Fsrs.D_MIN || newD > Fsrs.D_MAX) {
                    Arrays.fill(dD, 0);
                } else {
                    double cdd = (1 - w[7]) * (1 - delta / 9.0);
                    for (int j = 0; j < N; j++) {
                        dD[j] *= cdd;
                    }
                    dD[4] += w[7];
                    dD[5] += w[7] * targetW5;
                    dD[6] += (1 - w[7]) * (3 - grade) * (10.0 - d) / 9.0;
                    dD[7] += target - damped;
                }
            }
            s = Fsrs.clamp(newS, Fsrs.S_MIN, Fsrs.S_MAX);
            d = Fsrs.clamp(newD, Fsrs.D_MIN, Fsrs.D_MAX);
        }
        return loss;
    }

    private static void addDirect(double[] derivative, int k, double v) {
        if (k >= 0) {
            derivative[k] += v;
        }
    }
}
