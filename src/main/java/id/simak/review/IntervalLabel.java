package id.simak.review;

/**
 * A wait before a card comes back, rounded the way a learner reads it on a button: "1 mnt", "10 mnt",
 * "3 hr", "2 bln". The unit names are in the {@code rev} bundle ({@code interval_MINUTE} ...).
 */
public record IntervalLabel(long amount, String unit) {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    public static IntervalLabel of(long seconds) {
        long s = Math.max(0, seconds);
        if (s < HOUR) {
            return new IntervalLabel(Math.max(1, Math.round(s / (double) MINUTE)), "MINUTE");
        }
        if (s < DAY) {
            return new IntervalLabel(Math.round(s / (double) HOUR), "HOUR");
        }
        double days = s / (double) DAY;
        if (days < 30) {
            return new IntervalLabel(Math.round(days), "DAY");
        }
        if (days < 365) {
            return new IntervalLabel(Math.max(1, Math.round(days / 30.44)), "MONTH");
        }
        return new IntervalLabel(Math.round(days / 365.25), "YEAR");
    }
}
