package id.simak.progress;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statistics of a class report, in plain Java: share correct, the most chosen wrong option, discrimination
 * (upper third against lower third) and median time of one question, and the median of a list of numbers.
 */
public final class ReportStatistics {

    /** Fewer learners than this give no discrimination. */
    public static final int MIN_FOR_DISCRIMINATION = 3;

    /** One learner's answer to the question: who (for the thirds), what they gave, right or not, and how long. */
    public record Answer(long learnerId, List<String> response, boolean correct, long timeMs) {}

    /** The most chosen wrong option and how often it was chosen, or null values when nobody chose a wrong one. */
    public record WrongOption(String option, int count) {}

    /** The figures of one question. */
    public record ItemFigures(int answers, int correct, Double shareCorrect, WrongOption mostChosenWrong,
            Double discrimination, Double medianSeconds) {}

    private ReportStatistics() {
    }

    /**
     * The figures of one question from the answers of a class's learners (one answer per learner) and each
     * learner's total score on the set (for the upper and lower thirds).
     *
     * @param type the question type's name (MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE, CLOZE, ...)
     * @param choices the question's choices, in their stored order (ties of wrong options go to the earlier one)
     * @param answer the question's right answer(s)
     */
    public static ItemFigures item(String type, List<String> choices, List<String> answer, List<Answer> answers,
            Map<Long, Integer> totals) {
        int n = answers.size();
        int correct = (int) answers.stream().filter(Answer::correct).count();
        Double share = n == 0 ? null : (double) correct / n;
        WrongOption wrong = mostChosenWrong(type, choices, answer, answers);
        Map<Long, Boolean> byLearner = new LinkedHashMap<>();
        for (Answer a : answers) {
            byLearner.putIfAbsent(a.learnerId(), a.correct());
        }
        Double discrimination = discrimination(byLearner, totals);
        Double median = median(answers.stream().map(Answer::timeMs).toList());
        return new ItemFigures(n, correct, share, wrong, discrimination, median == null ? null : median / 1000.0);
    }

    /**
     * Share correct among the upper third of the learners who answered (by total score on the set) minus the share
     * among the lower third; a third is {@code n / 3} learners (rounded down). Learners with equal totals are
     * ordered by id, so the result does not depend on the order of the input. Null for fewer than three learners.
     */
    public static Double discrimination(Map<Long, Boolean> correctByLearner, Map<Long, Integer> totals) {
        int n = correctByLearner.size();
        if (n < MIN_FOR_DISCRIMINATION) {
            return null;
        }
        List<Long> ranked = new ArrayList<>(correctByLearner.keySet());
        ranked.sort(Comparator.<Long>comparingInt(id -> totals.getOrDefault(id, 0)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int third = n / 3;
        double upper = 0;
        double lower = 0;
        for (int i = 0; i < third; i++) {
            upper += Boolean.TRUE.equals(correctByLearner.get(ranked.get(i))) ? 1 : 0;
            lower += Boolean.TRUE.equals(correctByLearner.get(ranked.get(n - 1 - i))) ? 1 : 0;
        }
        return (upper - lower) / third;
    }

    /** The median (mean of the two middle values for an even count), or null for no values. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int mid = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(mid).doubleValue();
        }
        return (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    /**
     * For choice types, the wrong choice picked most often over all responses (ties: the earlier choice of the
     * question); for cloze, the most frequent wrong typed answer, normalised (ties: alphabetical); null for other
     * types or when nobody answered wrong.
     */
    public static WrongOption mostChosenWrong(String type, List<String> choices, List<String> answer,
            List<Answer> answers) {
        Map<String, Integer> counts = new HashMap<>();
        switch (type) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE", "MULTIPLE_RESPONSE" -> {
                Set<String> right = Set.copyOf(answer.stream().map(String::strip).toList());
                for (Answer a : answers) {
                    for (String r : a.response()) {
                        String picked = r.strip();
                        if (!right.contains(picked)) {
                            counts.merge(picked, 1, Integer::sum);
                        }
                    }
                }
                List<String> order = choices.stream().map(String::strip).toList();
                Comparator<String> byChoice = Comparator.comparingInt(
                        (String c) -> order.indexOf(c) < 0 ? Integer.MAX_VALUE : order.indexOf(c))
                        .thenComparing(Comparator.naturalOrder());
                return best(counts, byChoice);
            }
            case "CLOZE" -> {
                for (Answer a : answers) {
                    if (!a.correct() && !a.response().isEmpty()) {
                        String typed = normalize(a.response().get(0));
                        if (!typed.isEmpty()) {
                            counts.merge(typed, 1, Integer::sum);
                        }
                    }
                }
                return best(counts, Comparator.naturalOrder());
            }
            default -> {
                return null;
            }
        }
    }

    private static WrongOption best(Map<String, Integer> counts, Comparator<String> tieBreak) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(tieBreak)))
                .findFirst().map(e -> new WrongOption(e.getKey(), e.getValue())).orElse(null);
    }

    /** A typed answer as it is counted: lower case, without diacritics, punctuation and runs of spaces as one space. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }
}
