package id.simak.srs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line: how well FSRS-6 (default and fitted), SM-2 and a constant predict recall on a review log.
 * {@code java -cp target/classes id.simak.srs.Evaluate <review-log.csv> [--json] [--days=utc|24h] [--train=0.5]}
 */
public final class Evaluate {

    /** One model's scores on one part of the log. */
    public record Row(String model, String scope, int reviews, double logLoss, double rmseBins, double auc) {

        static Row of(String model, String scope, PredictionMetrics metrics) {
            return new Row(model, scope, metrics.size(), metrics.logLoss(), metrics.rmseBins(), metrics.auc());
        }

        String json() {
            return String.format(Locale.ROOT,
                    "{\"model\":\"%s\",\"scope\":\"%s\",\"reviews\":%d,\"logLoss\":%.5f,\"rmseBins\":%.5f,\"auc\":%s}",
                    model, scope, reviews, logLoss, rmseBins, Double.isNaN(auc) ? "null" : String.format(Locale.ROOT,
                            "%.5f", auc));
        }
    }

    private Evaluate() {
    }

    /**
     * Scores every model on the whole log ("all": in-sample, as reference §4.2) and on the reviews after the
     * {@code trainFraction} time split ("test"), where the fitted parameters and the constant come only from
     * the reviews before the split.
     */
    public static List<Row> evaluate(ReviewLog log, DayConvention days, double trainFraction) {
        List<ReviewSequence> sequences = log.sequences(days);
        Fsrs defaults = new Fsrs(Fsrs.DEFAULT_PARAMETERS);
        List<Row> rows = new ArrayList<>();
        PredictionMetrics all = Evaluation.fsrs(defaults, sequences, null);
        rows.add(Row.of("fsrs6-default", "all", all));
        rows.add(Row.of("sm2", "all", Evaluation.sm2(sequences, null)));
        rows.add(Row.of("constant", "all", Evaluation.constant(all.meanRecall(), sequences, null)));

        Instant split = log.timeAtFraction(trainFraction);
        List<ReviewSequence> training = ReviewSequence.allBefore(sequences, split);
        ParameterOptimizer.Result fit = new ParameterOptimizer().optimize(training, Fsrs.DEFAULT_PARAMETERS);
        double trainingRecall = Evaluation.constant(0.5, training, null).meanRecall();
        rows.add(Row.of("fsrs6-default", "test", Evaluation.fsrs(defaults, sequences, split)));
        rows.add(Row.of("fsrs6-fitted", "test", Evaluation.fsrs(new Fsrs(fit.parameters()), sequences, split)));
        rows.add(Row.of("sm2", "test", Evaluation.sm2(sequences, split)));
        rows.add(Row.of("constant", "test", Evaluation.constant(trainingRecall, sequences, split)));
        return rows;
    }

    public static void main(String[] args) {
        Path csv = null;
        boolean json = false;
        DayConvention days = DayConvention.UTC_CALENDAR;
        double train = 0.5;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--days=24h")) {
                days = DayConvention.ELAPSED_24H;
            } else if (arg.equals("--days=utc")) {
                days = DayConvention.UTC_CALENDAR;
            } else if (arg.startsWith("--train=")) {
                train = Double.parseDouble(arg.substring("--train=".length()));
            } else if (arg.startsWith("--")) {
                usage("unknown option " + arg);
                return;
            } else {
                csv = Path.of(arg);
            }
        }
        if (csv == null) {
            usage("missing review log");
            return;
        }
        List<Row> rows = evaluate(ReviewLog.read(csv), days, train);
        if (json) {
            rows.forEach(row -> System.out.println(row.json()));
            return;
        }
        System.out.printf(Locale.ROOT, "days: %s, time split at %.0f %% of the log%n", days, train * 100);
        System.out.printf(Locale.ROOT, "%-14s %-5s %8s %9s %11s %8s%n", "model", "scope", "reviews", "log loss",
                "RMSE(bins)", "AUC");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-14s %-5s %8d %9.5f %11.5f %8.5f%n", row.model(), row.scope(),
                    row.reviews(), row.logLoss(), row.rmseBins(), row.auc());
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -cp target/classes id.simak.srs.Evaluate <review-log.csv> [--json]"
                + " [--days=utc|24h] [--train=0.5]");
        System.exit(2);
    }
}
