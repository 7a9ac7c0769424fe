package id.simak.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import id.simak.progress.ProgressCalculator.AttemptScore;
import id.simak.progress.ProgressCalculator.CardSnapshot;
import id.simak.progress.ProgressCalculator.Progress;
import id.simak.progress.ProgressCalculator.QuizAnswer;
import id.simak.progress.ProgressCalculator.ReviewEvent;
import id.simak.srs.CardPhase;
import id.simak.srs.StudyDay;

class ProgressCalculatorTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final ProgressCalculator calc = new ProgressCalculator(JAKARTA, 4);

    /** 2026-03-11 10:00 in Jakarta (a Wednesday). */
    private static final Instant NOW = Instant.parse("2026-03-11T03:00:00Z");

    private static Instant jakarta(String local) {
        return java.time.LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }

    private Progress compute(List<ReviewEvent> reviews, List<CardSnapshot> cards) {
        return calc.compute(NOW, reviews, cards, List.of(), List.of(), 20, 30, 30, 8);
    }

    @Test
    void aReviewAtThreeInTheMorningCountsForThePreviousDay() {
        Progress p = compute(List.of(
                new ReviewEvent(jakarta("2026-03-11T03:30"), 3, CardPhase.NEW),
                new ReviewEvent(jakarta("2026-03-11T04:30"), 3, CardPhase.NEW)), List.of());
        assertEquals(LocalDate.parse("2026-03-11"), p.today());
        assertEquals(1, p.doneToday());
        assertEquals(30, p.reviewsPerDay().size());
        assertEquals(new ProgressCalculator.DayCount(LocalDate.parse("2026-03-10"), 1), p.reviewsPerDay().get(28));
        assertEquals(2, p.streakDays());
    }

    @Test
    void theStreakCountsBackFromYesterdayUntilTodaysFirstReview() {
        LocalDate today = LocalDate.parse("2026-03-11");
        assertEquals(3, streakOn(today.minusDays(1), today.minusDays(2), today.minusDays(3), today.minusDays(5)));
        assertEquals(4, streakOn(today, today.minusDays(1), today.minusDays(2), today.minusDays(3)));
        assertEquals(0, streakOn(today.minusDays(2)));
        assertEquals(0, streakOn());
    }

    /** The streak at NOW of a learner who reviewed once on each of these days, at 10:00. */
    private int streakOn(LocalDate... days) {
        List<ReviewEvent> reviews = new ArrayList<>();
        for (LocalDate d : days) {
            reviews.add(new ReviewEvent(d.atTime(10, 0).atZone(JAKARTA).toInstant(), 3, CardPhase.REVIEW));
        }
        return compute(reviews, List.of()).streakDays();
    }

    /**
     * The log summed up by day counts each review on the study day {@link StudyDay} gives it, also around the
     * changes of summer time in a zone that has them, and at the very second a study day begins.
     */
    @Test
    void reviewsCountOnTheirStudyDayAcrossSummerTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ProgressCalculator calculator = new ProgressCalculator(berlin, 4);
        Instant now = Instant.parse("2026-11-05T12:00:00Z");
        List<ReviewEvent> reviews = new ArrayList<>();
        Random random = new Random(14);
        Instant from = now.minus(Duration.ofDays(240));
        for (int i = 0; i < 3000; i++) {
            reviews.add(new ReviewEvent(from.plusSeconds((long) (random.nextDouble() * 240 * 86400)), 1 + i % 4,
                    CardPhase.values()[i % CardPhase.values().length]));
        }
        // a study day's first and last second, on both days of a change of time
        for (String day : List.of("2026-03-29", "2026-03-30", "2026-10-25", "2026-10-26")) {
            Instant start = LocalDate.parse(day).atStartOfDay(berlin).toInstant().plus(Duration.ofHours(4));
            reviews.add(new ReviewEvent(start, 3, CardPhase.REVIEW));
            reviews.add(new ReviewEvent(start.minusNanos(1), 3, CardPhase.REVIEW));
        }
        reviews.sort(Comparator.comparing(ReviewEvent::at));
        Progress p = calculator.compute(now, reviews, List.of(), List.of(), List.of(), 20, 240, 1, 30);
        Map<Long, Integer> expected = new TreeMap<>();
        for (ReviewEvent r : reviews) {
            expected.merge(StudyDay.of(r.at(), berlin, 4), 1, Integer::sum);
        }
        for (ProgressCalculator.DayCount d : p.reviewsPerDay()) {
            assertEquals(expected.getOrDefault(d.day().toEpochDay(), 0), d.count(), "reviews on " + d.day());
        }
        assertEquals(reviews.size(), p.totalReviews());
        java.util.Collections.shuffle(reviews, random);
        assertEquals(p, calculator.compute(now, reviews, List.of(), List.of(), List.of(), 20, 240, 1, 30),
                "the same figures from the log in any order");
    }

    @Test
    void trueRetentionOnlyCountsCardsThatWereInReview() {
        Progress p = compute(List.of(
                new ReviewEvent(jakarta("2026-03-09T09:00"), 1, CardPhase.REVIEW),
                new ReviewEvent(jakarta("2026-03-09T09:01"), 3, CardPhase.REVIEW),
                new ReviewEvent(jakarta("2026-03-10T09:00"), 4, CardPhase.REVIEW),
                new ReviewEvent(jakarta("2026-03-10T09:05"), 1, CardPhase.LEARNING),
                new ReviewEvent(jakarta("2026-03-06T09:00"), 2, CardPhase.REVIEW)), List.of());
        var weeks = p.retentionPerWeek();
        assertEquals(8, weeks.size());
        var thisWeek = weeks.get(7);
        assertEquals(LocalDate.parse("2026-03-09"), thisWeek.weekStart());
        assertEquals(3, thisWeek.reviews());
        assertEquals(2.0 / 3, thisWeek.retention(), 1e-12);
        assertEquals(1.0, weeks.get(6).retention(), 1e-12);
        assertNull(weeks.get(0).retention());
    }

    @Test
    void overdueCardsAreDueTodayAndNewCardsAreNotInTheForecast() {
        Progress p = compute(List.of(), List.of(
                new CardSnapshot("DATE", CardPhase.REVIEW, jakarta("2026-03-01T10:00"), 0.7),
                new CardSnapshot("DATE", CardPhase.REVIEW, jakarta("2026-03-12T03:59"), 0.9),
                new CardSnapshot("PLACE", CardPhase.LEARNING, jakarta("2026-03-11T10:10"), 0.95),
                new CardSnapshot("PLACE", CardPhase.REVIEW, jakarta("2026-03-20T10:00"), 0.97),
                new CardSnapshot("PLACE", CardPhase.NEW, NOW, 0)));
        assertEquals(3, p.dueToday());
        assertEquals(1, p.newAvailable());
        assertEquals(3, p.forecast().get(0).count());
        assertEquals(1, p.forecast().get(9).count());
        assertEquals(4, p.forecast().stream().mapToInt(ProgressCalculator.DayCount::count).sum());
        var date = p.mastery().get(0);
        assertEquals("DATE", date.skill());
        assertEquals(0.8, date.meanRecall(), 1e-12);
        var place = p.mastery().get(1);
        assertEquals(3, place.cards());
        assertEquals(2, place.reviewedCards());
        assertEquals(0.96, place.meanRecall(), 1e-12);
    }

    @Test
    void newAvailableIsCappedByWhatTheQueueStillIntroducesToday() {
        List<CardSnapshot> many = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> new CardSnapshot("NUMBER", CardPhase.NEW, NOW, 0)).toList();
        assertEquals(20, calc.compute(NOW, List.of(), many, List.of(), List.of(), 20, 30, 30, 8).newAvailable());
        assertEquals(5, calc.compute(NOW, List.of(), many, List.of(), List.of(), 5, 30, 30, 8).newAvailable());
        assertEquals(0, calc.compute(NOW, List.of(), many, List.of(), List.of(), -3, 30, 30, 8).newAvailable());
    }

    @Test
    void quizAnswersAndScoresPerSet() {
        Progress p = calc.compute(NOW, List.of(), List.of(),
                List.of(new QuizAnswer("QUOTE", true), new QuizAnswer("QUOTE", false), new QuizAnswer("QUOTE", true)),
                List.of(new AttemptScore(7, "Kuis B", jakarta("2026-03-10T09:00"), 8, 10),
                        new AttemptScore(3, "Kuis A", jakarta("2026-03-02T09:00"), 2, 4),
                        new AttemptScore(7, "Kuis B", jakarta("2026-03-01T09:00"), 5, 10)),
                20, 30, 30, 8);
        var quote = p.mastery().get(0);
        assertEquals(3, quote.answers());
        assertEquals(2.0 / 3, quote.quizShare(), 1e-12);
        assertNull(quote.meanRecall());
        assertEquals(2, p.scores().size());
        assertEquals("Kuis A", p.scores().get(0).setTitle());
        var b = p.scores().get(1).attempts();
        assertEquals(5, b.get(0).correct());
        assertEquals(8, b.get(1).correct());
    }
}
