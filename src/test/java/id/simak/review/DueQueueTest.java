package id.simak.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of a day's session: due before new, most forgotten first, the day's allowance, interleaving. */
class DueQueueTest {

    private static final Instant T = Instant.parse("2026-05-16T02:00:00Z");

    private static DueQueue.Entry due(long id, double r, String skill, long article) {
        return new DueQueue.Entry(id, false, T.minusSeconds(id), r, skill, article, T.minusSeconds(86400 * 10 - id));
    }

    private static DueQueue.Entry fresh(long id, String skill, long article) {
        return new DueQueue.Entry(id, true, T, 0, skill, article, T.plusSeconds(id));
    }

    private static List<Long> ids(List<DueQueue.Entry> entries) {
        return entries.stream().map(DueQueue.Entry::id).toList();
    }

    @Test
    void dueCardsComeBeforeNewCardsWithTheLowestRetrievabilityFirst() {
        List<DueQueue.Entry> order = DueQueue.order(
                List.of(due(1, 0.95, "DATE", 1), due(2, 0.40, "PLACE", 2), due(3, 0.70, "QUOTE", 3)),
                List.of(fresh(10, "NUMBER", 4), fresh(11, "LIST", 5)), 20);
        assertEquals(List.of(2L, 3L, 1L, 10L, 11L), ids(order));
    }

    @Test
    void aNewCardWithNoRecallStillWaitsForTheDueCards() {
        // A new card's retrievability is 0, lower than any due card's; it still comes after them.
        List<DueQueue.Entry> order = DueQueue.order(List.of(due(1, 0.2, "DATE", 1)), List.of(fresh(2, "PLACE", 2)), 5);
        assertEquals(List.of(1L, 2L), ids(order));
    }

    @ParameterizedTest(name = "allowance {0} of 4 new cards gives {1}")
    @CsvSource({ "0, 0", "1, 1", "3, 3", "4, 4", "20, 4", "-2, 0" })
    void newCardsAreLimitedToTheDaysAllowanceOldestFirst(int allowance, int expected) {
        List<DueQueue.Entry> fresh = List.of(fresh(4, "A", 1), fresh(2, "B", 2), fresh(3, "C", 3), fresh(1, "D", 4));
        List<DueQueue.Entry> order = DueQueue.order(List.of(), fresh, allowance);
        assertEquals(expected, order.size());
        assertEquals(List.of(1L, 2L, 3L, 4L).subList(0, expected), ids(order));
    }

    @Test
    void twoCardsOfTheSameSkillDoNotFollowEachOtherWhenAnotherCanGoBetween() {
        // By retrievability: DATE, DATE, DATE, PLACE, QUOTE. Interleaved: DATE, PLACE, DATE, QUOTE, DATE.
        List<DueQueue.Entry> order = DueQueue.order(List.of(due(1, 0.1, "DATE", 7), due(2, 0.2, "DATE", 7),
                due(3, 0.3, "DATE", 7), due(4, 0.4, "PLACE", 7), due(5, 0.5, "QUOTE", 7)), List.of(), 20);
        assertEquals(List.of(1L, 4L, 2L, 5L, 3L), ids(order));
    }

    @Test
    void aCardFromAnotherArticleAndSkillIsPreferredToOneThatOnlyChangesSkill() {
        List<DueQueue.Entry> order = DueQueue.order(
                List.of(due(1, 0.1, "DATE", 1), due(2, 0.2, "PLACE", 1), due(3, 0.3, "QUOTE", 2)), List.of(), 20);
        assertEquals(List.of(1L, 3L, 2L), ids(order));
    }

    @Test
    void whenOnlyOneSkillIsLeftTheCardsStillAllCome() {
        List<DueQueue.Entry> order = DueQueue.order(
                List.of(due(1, 0.1, "DATE", 1), due(2, 0.2, "DATE", 1), due(3, 0.3, "DATE", 1)), List.of(), 20);
        assertEquals(List.of(1L, 2L, 3L), ids(order));
    }

    @Test
    void newCardsAreInterleavedToo() {
        List<DueQueue.Entry> order = DueQueue.order(List.of(),
                List.of(fresh(1, "DATE", 1), fresh(2, "DATE", 1), fresh(3, "PLACE", 1)), 20);
        assertEquals(List.of(1L, 3L, 2L), ids(order));
    }

    @Test
    void theFirstCardDoesNotRepeatTheSkillJustReviewed() {
        DueQueue.Entry justReviewed = due(9, 0.9, "DATE", 1);
        List<DueQueue.Entry> order = DueQueue.order(
                List.of(due(1, 0.1, "DATE", 1), due(2, 0.2, "PLACE", 1)), List.of(), 20, justReviewed);
        assertEquals(List.of(2L, 1L), ids(order));
    }

    @Test
    void theLastDueCardAndTheFirstNewCardAreInterleaved() {
        List<DueQueue.Entry> order = DueQueue.order(List.of(due(1, 0.1, "DATE", 1)),
                List.of(fresh(2, "DATE", 1), fresh(3, "PLACE", 1)), 20);
        assertEquals(List.of(1L, 3L, 2L), ids(order));
    }

    @ParameterizedTest(name = "{0} s reads {1} {2}")
    @CsvSource({ "0, 1, MINUTE", "60, 1, MINUTE", "600, 10, MINUTE", "3600, 1, HOUR", "7200, 2, HOUR",
            "86400, 1, DAY", "259200, 3, DAY", "5184000, 2, MONTH", "31557600, 1, YEAR" })
    void intervalsAreRoundedForTheButtons(long seconds, long amount, String unit) {
        assertEquals(new IntervalLabel(amount, unit), IntervalLabel.of(seconds));
    }
}
