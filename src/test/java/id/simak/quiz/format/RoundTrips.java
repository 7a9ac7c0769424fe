package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;

/** Comparing a set with what came back from another format. */
final class RoundTrips {

    private RoundTrips() {
    }

    /**
     * Every field the same; for MATCHING the right-hand choices as a set, since GIFT and Moodle keep no order for
     * them (they shuffle them themselves); for MULTIPLE_RESPONSE the answers in the order of the choices, which is
     * all GIFT and Moodle know of them (the shipped set lists them so, and its test compares them exactly).
     */
    static void assertSameQuestions(List<Question> expected, List<Question> actual) {
        assertEquals(expected.size(), actual.size(), "number of questions");
        for (int i = 0; i < expected.size(); i++) {
            Question e = expected.get(i);
            Question a = actual.get(i);
            String id = e.id();
            assertEquals(e.id(), a.id());
            assertEquals(e.type(), a.type(), id);
            assertEquals(e.skill(), a.skill(), id);
            assertEquals(e.prompt(), a.prompt(), id);
            assertEquals(e.items(), a.items(), id);
            if (e.type() == QuestionType.MATCHING) {
                assertEquals(new HashSet<>(e.choices()), new HashSet<>(a.choices()), id);
            } else {
                assertEquals(e.choices(), a.choices(), id);
            }
            if (e.type() == QuestionType.MULTIPLE_RESPONSE) {
                assertEquals(e.choices().stream().filter(e.answer()::contains).toList(), a.answer(), id);
            } else {
                assertEquals(e.answer(), a.answer(), id);
            }
            assertEquals(e.explanation(), a.explanation(), id);
            assertEquals(e.evidence() == null ? null : e.evidence().text(),
                    a.evidence() == null ? null : a.evidence().text(), id);
        }
    }
}
