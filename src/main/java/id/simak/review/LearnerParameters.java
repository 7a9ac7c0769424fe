package id.simak.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A learner's own FSRS-6 parameters and how the last fit went. */
@Entity
@Table(name = "learner_parameters")
public class LearnerParameters extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public long accountId;

    /** The 21 weights, comma-separated. */
    @Column(nullable = false, length = 1000)
    public String parameters;

    /** Whether the last fit replaced the parameters in use; false when it was not better and they were kept. */
    @Column(nullable = false)
    public boolean changed;

    /** Reviews in the log when it was fitted. */
    @Column(name = "reviews_used", nullable = false)
    public int reviewsUsed;

    /** Reviews the optimizer could learn from (a day or more after the card's previous review). */
    @Column(name = "items_used", nullable = false)
    public int itemsUsed;

    /** 4 with little data (only the initial stabilities), 21 for a full fit. */
    @Column(name = "fitted_parameters", nullable = false)
    public int fittedParameters;

    @Column(name = "log_loss")
    public Double logLoss;

    @Column(name = "previous_log_loss")
    public Double previousLogLoss;

    @Column(name = "fitted_at", nullable = false)
    public Instant fittedAt;

    public double[] weights() {
        return weights(parameters);
    }

    /** The weights stored as {@code parameters}. */
    static double[] weights(String parameters) {
        return Arrays.stream(parameters.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    static String format(double[] w) {
        return Arrays.stream(w).mapToObj(Double::toString).collect(Collectors.joining(","));
    }
}
