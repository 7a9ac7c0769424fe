package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a teacher checks on every generated question, shared by the fixture and the seed-article tests. */
final class TeacherChecks {

    private TeacherChecks() {
    }

    static void assertSound(Question q) {
        String where = q.id() + " " + q.prompt();
        assertFalse(q.id().isBlank(), where);
        assertFalse(q.answer().isEmpty(), "no answer: " + where);
        assertFalse(q.explanation() == null || q.explanation().isBlank(), "no explanation: " + where);
        assertTrue(q.evidence() != null && !q.evidence().text().isBlank(), "no evidence: " + where);
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                assertEquals(1, q.answer().size(), where);
                assertTrue(q.choices().contains(q.answer().get(0)), "answer not offered: " + where);
                assertTrue(q.choices().size() >= 3, "too few choices: " + where);
                assertDistractorsAreNotVariants(q, where);
                assertPromptHidesAnswer(q, where);
            }
            case MULTIPLE_RESPONSE -> {
                assertTrue(q.choices().containsAll(q.answer()), "answer not offered: " + where);
                assertTrue(q.choices().size() > q.answer().size(), "nothing wrong to leave out: " + where);
                assertDistractorsAreNotVariants(q, where);
                assertPromptHidesAnswer(q, where);
            }
            case TRUE_FALSE -> {
                assertEquals(List.of("Benar", "Salah"), q.choices(), where);
                assertTrue(q.answer().equals(List.of("Benar")) || q.answer().equals(List.of("Salah")), where);
            }
            case CLOZE -> {
                assertTrue(q.prompt().contains("____"), "no gap: " + where);
                assertTrue(q.choices().isEmpty(), where);
                assertPromptHidesAnswer(q, where);
            }
            case MATCHING -> {
                assertEquals(q.items().size(), q.answer().size(), where);
                assertEquals(new HashSet<>(q.answer()), new HashSet<>(q.choices()), where);
                assertTrue(q.items().size() >= 3, where);
            }
            case ORDERING -> {
                assertEquals(new HashSet<>(q.answer()), new HashSet<>(q.choices()), where);
                assertTrue(q.answer().size() >= 3, where);
            }
        }
    }

    private static void assertDistractorsAreNotVariants(Question q, String where) {
        List<String> distractors = new ArrayList<>(q.choices());
        distractors.removeAll(q.answer());
        for (String d : distractors) {
            for (String a : q.answer()) {
                assertFalse(AnswerText.isVariant(d, a), "distractor «" + d + "» is a variant of «" + a + "»: " + where);
            }
        }
        Set<String> keys = new HashSet<>();
        for (String c : q.choices()) {
            assertTrue(keys.add(AnswerText.key(c)), "repeated choice «" + c + "»: " + where);
        }
    }

    private static void assertPromptHidesAnswer(Question q, String where) {
        String shown = q.prompt();
        if (q.skill() == Skill.ROOT_WORD) {
            // The fixed wording "Apa kata dasar dari kata" is no hint; only the quoted word could be.
            shown = shown.substring(shown.indexOf('«'));
        }
        String prompt = " " + AnswerText.normalize(shown) + " ";
        List<String> answers = q.type() == QuestionType.MULTIPLE_RESPONSE ? q.answer() : List.of(q.answer().get(0));
        for (String a : answers) {
            assertFalse(prompt.contains(" " + AnswerText.normalize(a) + " "), "prompt gives away «" + a + "»: " + where);
        }
    }

    /** No two questions have the same id, nor the same type and prompt (whatever skill they were filed under). */
    static void assertNoDuplicates(List<Question> questions) {
        Set<String> ids = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (Question q : questions) {
            assertTrue(ids.add(q.id()), "duplicate id " + q.id());
            assertTrue(asked.add(q.type() + "|" + q.prompt()), "asked twice: " + q.prompt());
        }
    }
}
