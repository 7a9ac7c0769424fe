package id.simak.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * A review log summed up by study day: how many reviews, how many of cards that were new, and how many of cards
     * in review and of those how many recalled (not "Lagi"). Everything the figures need of the log, and it does not
     * change with the time of the request, so a learner's summary can be kept until their log changes.
     */
    public static final class ReviewDays {

        /** The study days with reviews (epoch days, ascending) and, for each, four counts (see the class). */
        private final int[] days;
        private final int[] counts;
        private final int total;

        private ReviewDays(TreeMap<LocalDate, int[]> byDay, int total) {
            // compact: some 20 bytes a day, so a cache of many learners' summaries stays small
            this.days = new int[byDay.size()];
            this.counts = new int[byDay.size() * 4];
            int i = 0;
            for (Map.Entry<LocalDate, int[]> d : byDay.entrySet()) {
                days[i] = (int) d.getKey().toEpochDay();
                System.arraycopy(d.getValue(), 0, counts, i * 4, 4);
                i++;
            }
            this.total = total;
        }

        /** All reviews. */
        public int total() {
            return total;
        }

        /** Study days with reviews. */
        public int days() {
            return days.length;
        }

        int reviewsOn(LocalDate day) {
            int i = Arrays.binarySearch(days, (int) day.toEpochDay());
            return i < 0 ? 0 : counts[i * 4];
        }

        /** The index of the first day on or after {@code day}. */
        private int from(LocalDate day) {
            int i = Arrays.binarySearch(days, (int) day.toEpochDay());
            return i < 0 ? -i - 1 : i;
        }

        /** Reviews of new cards on {@code day} and later. */
        int newReviewsFrom(LocalDate day) {
            int n = 0;
            for (int i = from(day); i < days.length; i++) {
                n += counts[i * 4 + 1];
            }
            return n;
        }

        /** As {@link ProgressCalculator#streak}: consecutive days with reviews up to today, or yesterday. */
        int streak(LocalDate today) {
            int i = Arrays.binarySearch(days, (int) today.toEpochDay());
            if (i < 0) {
                i = Arrays.binarySearch(days, (int) today.toEpochDay() - 1);
                if (i < 0) {
                    return 0;
                }
            }
            int n = 1;
            while (i > 0 && days[i - 1] == days[i] - 1) {
                n++;
                i--;
            }
            return n;
        }
    }

    /** Sums up reviews by study day: {@link #add} each, then {@link #done}. Not thread-safe. */
    public final class ReviewDaysBuilder {

        private final TreeMap<LocalDate, int[]> days = new TreeMap<>();
        private int total;
        private long dayStartSecond = Long.MAX_VALUE;
        private long dayEndSecond = Long.MIN_VALUE;
        private int[] current;

        /** One review: when, its grade 1–4 and the card's phase before it. */
        public ReviewDaysBuilder add(Instant at, int grade, CardPhase phaseBefore) {
            long second = at.getEpochSecond();
            if (second < dayStartSecond || second >= dayEndSecond) {
                // Reviews come in runs of the same day: the day's bounds spare working the day out for each.
                LocalDate d = day(at);
                current = days.computeIfAbsent(d, k -> new int[4]);
                // the instants whose study day is d, as StudyDay.of works it out
                dayStartSecond = d.atStartOfDay(zone).toEpochSecond() + dayStartHour * 3600L;
                dayEndSecond = d.plusDays(1).atStartOfDay(zone).toEpochSecond() + dayStartHour * 3600L;
            }
            total++;
            current[0]++;
            if (phaseBefore == CardPhase.NEW) {
                current[1]++;
            } else if (phaseBefore == CardPhase.REVIEW) {
                current[2]++;
                if (grade > 1) {
                    current[3]++;
                }
            }
            return this;
        }

        public ReviewDays done() {
            return new ReviewDays(days, total);
        }
    }

    /** A builder of a {@link ReviewDays} in this calculator's zone and study days. */
    public ReviewDaysBuilder reviewDays() {
        return new ReviewDaysBuilder();
    }

    /** The summary of these reviews. */
    public ReviewDays reviewDays(List<ReviewEvent> reviews) {
        ReviewDaysBuilder b = reviewDays();
        for (ReviewEvent r : reviews) {
            b.add(r.at(), r.grade(), r.phaseBefore());
        }
        return b.done();
    }

    /** Reviews of new cards since the study day of {@code now} began (later ones too), for the daily new limit. */
    public int newReviewsToday(Instant now, ReviewDays reviews) {
        return reviews.newReviewsFrom(day(now));
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
        return compute(now, reviewDays(reviews), cards, answers, attempts, newLimitLeft, historyDays, forecastDays,
                retentionWeeks);
    }

    /** The figures at {@code now} from a log already summed up by day. */
    public Progress compute(Instant now, ReviewDays reviews, List<CardSnapshot> cards,
            List<QuizAnswer> answers, List<AttemptScore> attempts, int newLimitLeft, int historyDays,
            int forecastDays, int retentionWeeks) {
        LocalDate today = day(now);

        // Reviews per day over the last historyDays days, today included, and the streak.
        List<DayCount> history = new ArrayList<>();
        for (int i = historyDays - 1; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            history.add(new DayCount(d, reviews.reviewsOn(d)));
        }
        int doneToday = reviews.reviewsOn(today);
        int streak = reviews.streak(today);

        // True retention per week: reviews of cards that were in review (not learning), recalled = not Again.
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (int i = retentionWeeks - 1; i >= 0; i--) {
            weeks.put(thisWeek.minusWeeks(i), new int[2]);
        }
        for (int i = reviews.from(thisWeek.minusWeeks(retentionWeeks - 1L)); i < reviews.days.length; i++) {
            int[] w = weeks.get(LocalDate.ofEpochDay(reviews.days[i])
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (w != null) {
                w[0] += reviews.counts[i * 4 + 2];
                w[1] += reviews.counts[i * 4 + 3];
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
                reviews.total(), history, retention, forecast, mastery(cards, answers), scores(attempts));
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
