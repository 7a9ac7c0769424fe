package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grader accepts what a teacher would mark right and refuses what a teacher would mark wrong, for every type. */
class AnswerGraderTest {

    private final AnswerGrader grader = new AnswerGrader();

    private static Question question(QuestionType type, String answers, String choices, String items) {
        return new Question("q", type, Skill.DATE, "Isi ____", split(items), split(choices), split(answers), "", new Evidence(0, "x"));
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : List.of(list.split(";", -1));
    }

    @ParameterizedTest(name = "cloze {0} <- «{1}»: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            China                       | China                       | true
            China                       | china                       | true
            China                       | '  China. '                 | true
            China                       | Tiongkok                    | true
            China                       | Cina                        | true
            China                       | Jepang                      | false
            solidaritas di masa-masa sulit | solidaritas di masa masa sulit | true
            solidaritas di masa-masa sulit | Solidaritas di masa2 sulit  | true
            masa-masa                   | masamasa                    | true
            Jakarta                     | Djakarta                    | true
            Surabaya                    | Soerabaja                   | true
            kedaulatan                  | kedaulatan                  | true
            kedaulatan                  | kedaulaten                  | true
            kedaulatan                  | kedaualtan                  | true
            kedaulatan                  | kedaulatanya                | false
            lima                        | lama                        | false
            lima;5                      | 5                           | true
            lima;5                      | 6                           | false
            2013                        | 2014                        | false
            27 Oktober 2020             | 27 oktober 2020             | true
            27 Oktober 2020             | 27 Oktober 2021             | false
            Xi'an                       | Xian                        | true
            Xi'an                       | Xi an                       | true
            menghormati                 | mènghormati                 | true
            menghormati                 | menghargai                  | false
            keberhasilan                | ''                          | false
            1.000                       | seribu                      | true
            1.000                       | 1000                        | true
            seribu                      | 1.000                       | true
            1.250                       | seribu dua ratus lima puluh | true
            1.250                       | 1.025                       | false
            tiga puluh                  | 30                          | true
            2,5 juta                    | 2.500.000                   | true
            """)
    void clozeIsTolerantButNotLax(String accepted, String typed, boolean correct) {
        assertEquals(correct, grader.isCorrect(question(QuestionType.CLOZE, accepted, "", ""), List.of(typed)));
    }

    @ParameterizedTest(name = "{0} answer {1} <- {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            MULTIPLE_CHOICE   | 2013              | 2012;2013;2014       |       | 2013              | true
            MULTIPLE_CHOICE   | 2013              | 2012;2013;2014       |       | 2014              | false
            MULTIPLE_CHOICE   | 2013              | 2012;2013;2014       |       | 2013;2014         | false
            MULTIPLE_RESPONSE | A;B;C             | A;B;C;D;E            |       | C;A;B             | true
            MULTIPLE_RESPONSE | A;B;C             | A;B;C;D;E            |       | A;B               | false
            MULTIPLE_RESPONSE | A;B;C             | A;B;C;D;E            |       | A;B;C;D           | false
            TRUE_FALSE        | Benar             | Benar;Salah          |       | benar             | true
            TRUE_FALSE        | Benar             | Benar;Salah          |       | Salah             | false
            MATCHING          | X;Y;Z             | Z;X;Y                | a;b;c | X;Y;Z             | true
            MATCHING          | X;Y;Z             | Z;X;Y                | a;b;c | Y;X;Z             | false
            ORDERING          | first;second;third | third;first;second  |       | first;second;third | true
            ORDERING          | first;second;third | third;first;second  |       | second;first;third | false
            ORDERING          | first;second;third | third;first;second  |       | first;second       | false
            """)
    void everyTypeIsGraded(QuestionType type, String answer, String choices, String items, String response, boolean correct) {
        assertEquals(correct, grader.isCorrect(question(type, answer, choices, items), split(response)));
    }
}
