package id.simak.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.simak.progress.ReportStatistics.Answer;
import id.simak.progress.ReportStatistics.WrongOption;

class ReportStatisticsTest {

    private static final List<String> CHOICES = List.of("Bandung", "Bogor", "Bekasi", "Depok");

    private static Answer mc(long learner, String choice) {
        return new Answer(learner, List.of(choice), choice.equals("Bandung"), 1000);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3000.0, ReportStatistics.median(List.of(9000L, 1000L, 3000L)));
        assertEquals(7.0, ReportStatistics.median(List.of(7L)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2500.0, ReportStatistics.median(List.of(4000L, 1000L, 2000L, 3000L)));
        assertEquals(1500.5, ReportStatistics.median(List.of(1000L, 2001L)));
        assertNull(ReportStatistics.median(List.of()));
    }

    @Test
    void discriminationIsTheUpperThirdsShareCorrectMinusTheLowerThirds() {
        // Six learners: totals 10, 9, 8 | 5, 2, 1 → thirds of two: upper {1, 2}, lower {5, 6}.
        Map<Long, Integer> totals = Map.of(1L, 10, 2L, 9, 3L, 8, 4L, 5, 5L, 2, 6L, 1);
        Map<Long, Boolean> correct = new LinkedHashMap<>();
        correct.put(6L, false);
        correct.put(1L, true);
        correct.put(2L, true);
        correct.put(3L, false);
        correct.put(4L, true);
        correct.put(5L, true);
        // upper 2/2, lower 1/2 → 0.5; learners 3 and 4 (the middle) do not count.
        assertEquals(0.5, ReportStatistics.discrimination(correct, totals), 1e-9);
    }

    @Test
    void aQuestionTheWeakGetRightAndTheStrongGetWrongDiscriminatesNegatively() {
        Map<Long, Integer> totals = Map.of(1L, 3, 2L, 2, 3L, 0);
        Map<Long, Boolean> correct = Map.of(1L, false, 2L, true, 3L, true);
        assertEquals(-1.0, ReportStatistics.discrimination(correct, totals), 1e-9);
    }

    @Test
    void discriminationNeedsThreeLearnersAndBreaksEqualTotalsById() {
        assertNull(ReportStatistics.discrimination(Map.of(1L, true, 2L, false), Map.of(1L, 3, 2L, 0)));
        // All totals equal: ordered by id, so learner 1 is the upper third and learner 3 the lower.
        Map<Long, Integer> totals = Map.of(1L, 2, 2L, 2, 3L, 2);
        assertEquals(1.0, ReportStatistics.discrimination(Map.of(3L, false, 2L, true, 1L, true), totals), 1e-9);
        assertEquals(-1.0, ReportStatistics.discrimination(Map.of(3L, true, 2L, true, 1L, false), totals), 1e-9);
    }

    @Test
    void theMostChosenWrongChoiceIsCountedOverTheResponses() {
        List<Answer> answers = List.of(mc(1, "Bogor"), mc(2, "Depok"), mc(3, "Depok"), mc(4, "Bandung"),
                mc(5, "Bandung"), mc(6, "Bandung"));
        assertEquals(new WrongOption("Depok", 2),
                ReportStatistics.mostChosenWrong("MULTIPLE_CHOICE", CHOICES, List.of("Bandung"), answers));
    }

    @Test
    void tiedWrongChoicesGoToTheEarlierChoiceOfTheQuestion() {
        List<Answer> answers = List.of(mc(1, "Depok"), mc(2, "Bekasi"), mc(3, "Bekasi"), mc(4, "Depok"));
        assertEquals(new WrongOption("Bekasi", 2),
                ReportStatistics.mostChosenWrong("MULTIPLE_CHOICE", CHOICES, List.of("Bandung"), answers));
        List<Answer> reversed = List.of(answers.get(3), answers.get(2), answers.get(1), answers.get(0));
        assertEquals(new WrongOption("Bekasi", 2),
                ReportStatistics.mostChosenWrong("MULTIPLE_CHOICE", CHOICES, List.of("Bandung"), reversed));
    }

    @Test
    void nobodyWrongGivesNoWrongOption() {
        assertNull(ReportStatistics.mostChosenWrong("MULTIPLE_CHOICE", CHOICES, List.of("Bandung"),
                List.of(mc(1, "Bandung"))));
        assertNull(ReportStatistics.mostChosenWrong("ORDERING", CHOICES, CHOICES,
                List.of(new Answer(1, List.of("Depok", "Bekasi", "Bogor", "Bandung"), false, 10))));
    }

    @Test
    void multipleResponseCountsEveryWrongPick() {
        List<String> right = List.of("Bandung", "Bogor");
        List<Answer> answers = List.of(new Answer(1, List.of("Bandung", "Depok"), false, 1),
                new Answer(2, List.of("Bekasi", "Depok"), false, 1), new Answer(3, List.of("Bekasi"), false, 1));
        // Depok 2, Bekasi 2: Bekasi comes first among the choices.
        assertEquals(new WrongOption("Bekasi", 2),
                ReportStatistics.mostChosenWrong("MULTIPLE_RESPONSE", CHOICES, right, answers));
    }

    @Test
    void wrongTypedAnswersAreNormalisedBeforeCounting() {
        List<Answer> answers = List.of(new Answer(1, List.of("Jawa  Barat."), false, 1),
                new Answer(2, List.of("jawa barat"), false, 1), new Answer(3, List.of("Bandung"), true, 1),
                new Answer(4, List.of("Jakarta"), false, 1), new Answer(5, List.of("Jakarta"), false, 1),
                new Answer(6, List.of("Bogor"), false, 1));
        // "jawa barat" 2 and "jakarta" 2 tie: alphabetical → "jakarta".
        assertEquals(new WrongOption("jakarta", 2),
                ReportStatistics.mostChosenWrong("CLOZE", List.of(), List.of("Bandung"), answers));
        assertEquals("kota cafe", ReportStatistics.normalize("  Kota—Café! "));
    }

    @Test
    void itemFiguresPutTheStatisticsTogether() {
        List<Answer> answers = List.of(new Answer(1, List.of("Bandung"), true, 4000),
                new Answer(2, List.of("Bogor"), false, 12000), new Answer(3, List.of("Bandung"), true, 6000),
                new Answer(4, List.of("Bogor"), false, 9000));
        Map<Long, Integer> totals = Map.of(1L, 5, 2L, 1, 3L, 4, 4L, 0);
        ReportStatistics.ItemFigures f = ReportStatistics.item("MULTIPLE_CHOICE", CHOICES, List.of("Bandung"), answers,
                totals);
        assertEquals(4, f.answers());
        assertEquals(2, f.correct());
        assertEquals(0.5, f.shareCorrect(), 1e-9);
        assertEquals(new WrongOption("Bogor", 2), f.mostChosenWrong());
        assertEquals(1.0, f.discrimination(), 1e-9); // thirds of one: learner 1 right, learner 4 wrong
        assertEquals(7.5, f.medianSeconds(), 1e-9);
    }
}
