package id.simak.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/** How a quiz grades each type of question, and which responses it refuses as the wrong shape. */
class QuizGradingTest {

    private static Question question(QuestionType type, String items, String choices, String answer) {
        return new Question("q", type, Skill.DATE, "Soal ____", split(items), split(choices), split(answer), "Karena.",
                new Evidence(3, "Kalimat bukti."));
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(";", -1));
    }

    @ParameterizedTest(name = "{0} {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MULTIPLE_CHOICE   | -          | 2012;2013;2014      | 2013              | 2013                | true
            MULTIPLE_CHOICE   | -          | 2012;2013;2014      | 2013              | 2014                | false
            MULTIPLE_CHOICE   | -          | 2012;2013;2014      | 2013              | ' 2013 '            | true
            TRUE_FALSE        | -          | Benar;Salah         | Salah             | Salah               | true
            TRUE_FALSE        | -          | Benar;Salah         | Salah             | Benar               | false
            MULTIPLE_RESPONSE | -          | A;B;C;D             | A;C               | C;A                 | true
            MULTIPLE_RESPONSE | -          | A;B;C;D             | A;C               | A                   | false
            MULTIPLE_RESPONSE | -          | A;B;C;D             | A;C               | A;B;C               | false
            CLOZE             | -          | -                   | Asia Tengah       | asia  tengah        | true
            CLOZE             | -          | -                   | Xi'an             | Xian                | true
            CLOZE             | -          | -                   | China             | Tiongkok            | true
            CLOZE             | -          | -                   | menghormati       | mènghormati         | true
            CLOZE             | -          | -                   | keberhasilan      | keberhasilen        | true
            CLOZE             | -          | -                   | tujuh;7           | 7                   | true
            CLOZE             | -          | -                   | tujuh;7           | 8                   | false
            CLOZE             | -          | -                   | lima;5            | lama                | false
            MATCHING          | x;y;z      | 2014;2013;2022      | 2013;2014;2022    | 2013;2014;2022      | true
            MATCHING          | x;y;z      | 2014;2013;2022      | 2013;2014;2022    | 2014;2013;2022      | false
            MATCHING          | x;y;z      | 2014;2013;2022      | 2013;2014;2022    | 2013;2013;2013      | false
            ORDERING          | -          | b;c;a               | a;b;c             | a;b;c               | true
            ORDERING          | -          | b;c;a               | a;b;c             | b;a;c               | false
            """)
    void everyTypeIsGradedFromItsResponse(QuestionType type, String items, String choices, String answer,
            String response, boolean correct) {
        ResponseCheck.Graded graded = ResponseCheck.grade(question(type, items, choices, answer), split(response));
        assertEquals(correct, graded.correct());
        assertEquals(split(response).stream().map(String::strip).toList(), graded.response(), "stored as given, trimmed");
    }

    @ParameterizedTest(name = "{0} {4} is refused")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MULTIPLE_CHOICE   | -     | 2012;2013;2014 | 2013        | 2015
            MULTIPLE_CHOICE   | -     | 2012;2013;2014 | 2013        | 2013;2014
            MULTIPLE_CHOICE   | -     | 2012;2013;2014 | 2013        | ''
            TRUE_FALSE        | -     | Benar;Salah    | Benar       | Ya
            MULTIPLE_RESPONSE | -     | A;B;C          | A;B         | A;A
            MULTIPLE_RESPONSE | -     | A;B;C          | A;B         | A;E
            MULTIPLE_RESPONSE | -     | A;B;C          | A;B         | ''
            CLOZE             | -     | -              | China       | '  '
            CLOZE             | -     | -              | China       | China;Tiongkok
            MATCHING          | x;y;z | 1;2;3          | 1;2;3       | 1;2
            MATCHING          | x;y;z | 1;2;3          | 1;2;3       | 1;;3
            MATCHING          | x;y;z | 1;2;3          | 1;2;3       | 1;2;4
            ORDERING          | -     | b;c;a          | a;b;c       | a;b
            ORDERING          | -     | b;c;a          | a;b;c       | a;a;b
            ORDERING          | -     | b;c;a          | a;b;c       | a;b;c;d
            """)
    void aResponseOfTheWrongShapeIsRefusedNotGraded(QuestionType type, String items, String choices, String answer,
            String response) {
        Question q = question(type, items, choices, answer);
        ResponseCheck.InvalidResponse e = assertThrows(ResponseCheck.InvalidResponse.class,
                () -> ResponseCheck.grade(q, split(response)));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void anEmptyOrMissingResponseIsRefused() {
        Question q = question(QuestionType.CLOZE, "", "", "China");
        assertThrows(ResponseCheck.InvalidResponse.class, () -> ResponseCheck.grade(q, null));
        assertThrows(ResponseCheck.InvalidResponse.class, () -> ResponseCheck.grade(q, List.of()));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(ResponseCheck.InvalidResponse.class, () -> ResponseCheck.grade(q, withNull));
        assertThrows(ResponseCheck.InvalidResponse.class, () -> ResponseCheck.grade(q, List.of("x".repeat(501))));
    }

    @Test
    void anOrderingOrMatchingQuestionIsNeverShownSolved() {
        List<String> answer = List.of("pertama", "kedua", "ketiga");
        for (long seed = 0; seed < 500; seed++) {
            List<String> shown = ShownOrder.choices(seed, QuestionType.ORDERING, answer, answer);
            assertNotEquals(answer, shown, "seed " + seed);
            assertEquals(new HashSet<>(answer), new HashSet<>(shown));
            assertNotEquals(answer, ShownOrder.choices(seed, QuestionType.MATCHING, answer, answer), "seed " + seed);
        }
    }

    @Test
    void theShownOrderIsStableAndDoesNotKeepTheAnswerInOnePlace() {
        List<String> choices = List.of("benar", "salah1", "salah2", "salah3");
        int[] answerAt = new int[4];
        for (long seed = 0; seed < 400; seed++) {
            List<String> shown = ShownOrder.choices(seed, QuestionType.MULTIPLE_CHOICE, choices, List.of("benar"));
            assertEquals(shown, ShownOrder.choices(seed, QuestionType.MULTIPLE_CHOICE, choices, List.of("benar")));
            answerAt[shown.indexOf("benar")]++;
        }
        for (int count : answerAt) {
            assertTrue(count > 50, "the answer lands in every position: " + Arrays.toString(answerAt));
        }
        assertEquals(List.of("Benar", "Salah"),
                ShownOrder.choices(7, QuestionType.TRUE_FALSE, List.of("Benar", "Salah"), List.of("Salah")));
    }
}
