package id.simak.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily review's settings, under {@code simak.reviews}. */
@ConfigMapping(prefix = "simak.reviews")
public interface ReviewSettings {

    /** New cards a learner meets per day at most. */
    @WithDefault("20")
    int newPerDay();

    /** The learners' time zone: their day starts at 04:00 there. */
    @WithDefault("Asia/Jakarta")
    String zone();

    /** The probability of recall a card should have when it comes due. */
    @WithDefault("0.90")
    double desiredRetention();

    /** Reviews a learner needs before their own FSRS parameters are fitted (fsrs-rs fits fully from 400). */
    @WithDefault("400")
    int fitAfter();

    /** After the first fit, a new fit every this many more reviews. */
    @WithDefault("200")
    int refitEvery();
}
