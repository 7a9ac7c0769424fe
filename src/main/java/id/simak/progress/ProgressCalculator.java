package id.simak.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.simak.srs.CardPhase;
import id.simak.srs.StudyDay;

/**
 * A learner's progress figures from their cards, review log and quiz attempts. Pure Java: the app feeds it rows
 * from the database, the tests feed it hand-made histories. Days are study days: they start at
 * {@code dayStartHour} in the learner's time zone, as the review queue's days do.
 */
public final class ProgressCalculator {

    /** One logged review: when, the grade 1–4, and the card's phase before it. */
    public record ReviewEvent(Instant at, int grade, CardPhase phaseBefore) {}

    /** One card now: its skill (the question's skill, or VOCABULARY for a word), phase, due time and recall now. */
    public record CardSnapshot(String skill, CardPhase phase, Instant due, double retrievability) {}

    /** One answer given in a quiz, for mastery per skill. */
    public record QuizAnswer(String skill, boolean correct) {}

    /** A finished quiz attempt. */
    public record AttemptScore(long setId, String setTitle, Instant finishedAt, int correct, int total) {}

    /** Reviews done on one day. */
    public record DayCount(LocalDate day, int count) {}

    /** True retention in one week (Monday first): reviews of cards in review, and how many were recalled. */
    public record WeekRetention(LocalDate weekStart, int reviews, int recalled) {
        /** Share recalled, or null without reviews. */
        public Double retention() {
            return reviews == 0 ? null : (double) recalled / reviews;
        }
    }

    /**
     * How well one skill is known: cards and their mean predicted recall (of cards reviewed at least once),
     * quiz answers and the share right.
     */
    public record SkillMastery(String skill, int cards, int reviewedCards, Double meanRecall, int answers,
            int correctAnswers) {
        public Double quizShare() {
            return answers == 0 ? null : (double) correctAnswers / answers;
        }
    }

    /** The score history of one set, oldest first. */
    public record SetScores(long setId, String setTitle, List<AttemptScore> attempts) {}

    /** Everything the progress page and {@code GET /api/progress} show. */
    public record Progress(LocalDate today, int dueToday, int newAvailable, int doneToday, int streakDays,
            int totalReviews, List<DayCount> reviewsPerDay, List<WeekRetention> retentionPerWeek,
            List<DayCount> forecast, List<SkillMastery> mastery, List<SetScores> scores) {}

    private final ZoneId zone;
    private final int dayStartHour;

    public ProgressCalculator(ZoneId zone, int dayStartHour) {
        this.zone = zone;
        this.dayStartHour = dayStartHour;
    }

    private LocalDate day(Instant t) {
        return LocalDate.ofEpochDay(StudyDay.of(t, zone, dayStartHour));
    }

    /**
     * The figures at {@code now}.
     *
     * @param newLimitLeft how many new cards the queue would still introduce today (the daily limit minus those
     *                     already introduced), so "new available" matches what the review page will show
     */
    public Progress compute(Instant now, List<ReviewEvent> reviews, List<CardSnapshot> cards,
            List<QuizAnswer> answers, List<AttemptScore> attempts, int newLimitLeft, int historyDays,
            int forecastDays, int retentionWeeks) {
        LocalDate today = day(now);

        // Reviews per day over the last historyDays days, today included, and the streak.
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (ReviewEvent r : reviews) {
            perDay.merge(day(r.at()), 1, Integer::sum);
        }
        List<DayCount> history = new ArrayList<>();
        for (int i = historyDays - 1; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            history.add(new DayCount(d, perDay.getOrDefault(d, 0)));
        }
        int doneToday = perDay.getOrDefault(today, 0);
        int streak = streak(perDay.keySet(), today);

        // True retention per week: reviews of cards that were in review (not learning), recalled = not Again.
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (int i = retentionWeeks - 1; i >= 0; i--) {
            weeks.put(thisWeek.minusWeeks(i), new int[2]);
        }
        for (ReviewEvent r : reviews) {
            if (r.phaseBefore() != CardPhase.REVIEW) {
                continue;
            }
            int[] w = weeks.get(day(r.at()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (w != null) {
                w[0]++;
                if (r.grade() > 1) {
                    w[1]++;
                }
            }
        }
        List<WeekRetention> retention = new ArrayList<>();
        weeks.forEach((start, w) -> retention.add(new WeekRetention(start, w[0], w[1])));

        // Due today (overdue included) and the forecast of the next days; new cards are not "due".
        Map<LocalDate, Integer> dueByDay = new TreeMap<>();
        int newCards = 0;
        for (CardSnapshot c : cards) {
            if (c.phase() == CardPhase.NEW) {
                newCards++;
                continue;
            }
            LocalDate d = day(c.due());
            dueByDay.merge(d.isBefore(today) ? today : d, 1, Integer::sum);
        }
        int dueToday = dueByDay.getOrDefault(today, 0);
        List<DayCount> forecast = new ArrayList<>();
        for (int i = 0; i < forecastDays; i++) {
            LocalDate d = today.plusDays(i);
            forecast.add(new DayCount(d, dueByDay.getOrDefault(d, 0)));
        }

        return new Progress(today, dueToday, Math.min(newCards, Math.max(0, newLimitLeft)), doneToday, streak,
                reviews.size(), history, retention, forecast, mastery(cards, answers), scores(attempts));
    }

    /** Consecutive days with reviews ending today, or yesterday when today has none yet (the streak lives on). */
    static int streak(Set<LocalDate> studied, LocalDate today) {
        Set<LocalDate> days = new HashSet<>(studied);
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    private static List<SkillMastery> mastery(List<CardSnapshot> cards, List<QuizAnswer> answers) {
        Map<String, double[]> bySkill = new TreeMap<>();
        // cards, reviewed, sum of recall, answers, correct
        for (CardSnapshot c : cards) {
            double[] m = bySkill.computeIfAbsent(c.skill(), k -> new double[5]);
            m[0]++;
            if (c.phase() != CardPhase.NEW) {
                m[1]++;
                m[2] += c.retrievability();
            }
        }
        for (QuizAnswer a : answers) {
            double[] m = bySkill.computeIfAbsent(a.skill(), k -> new double[5]);
            m[3]++;
            if (a.correct()) {
                m[4]++;
            }
        }
        List<SkillMastery> out = new ArrayList<>();
        bySkill.forEach((skill, m) -> out.add(new SkillMastery(skill, (int) m[0], (int) m[1],
                m[1] == 0 ? null : m[2] / m[1], (int) m[3], (int) m[4])));
        return out;
    }

    private static List<SetScores> scores(List<AttemptScore> attempts) {
        Map<Long, List<AttemptScore>> bySet = new LinkedHashMap<>();
        attempts.stream().sorted(Comparator.comparing(AttemptScore::finishedAt))
                .forEach(a -> bySet.computeIfAbsent(a.setId(), k -> new ArrayList<>()).add(a));
        List<SetScores> out = new ArrayList<>();
        bySet.forEach((id, list) -> out.add(new SetScores(id, list.get(list.size() - 1).setTitle(), List.copyOf(list))));
        out.sort(Comparator.comparing(SetScores::setTitle));
        return out;
    }
}
