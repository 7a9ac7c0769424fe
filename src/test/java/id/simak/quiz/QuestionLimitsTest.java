package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/**
 * One import cannot fill the server: a file of more questions than {@code simak.limits.questions-per-import}
 * is refused whole, and a set holds at most {@code simak.limits.questions-per-set} (both 30 in tests, 200 by
 * default).
 */
@QuarkusTest
class QuestionLimitsTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    private static String csv(int questions) {
        StringBuilder csv = new StringBuilder("id;soal;jawaban;salah;salah\n");
        for (int i = 1; i <= questions; i++) {
            csv.append("k").append(i).append(";Soal nomor ").append(i).append(": di kota mana KTT diadakan?;Xi'an;")
                    .append("Beijing;Shanghai\n");
        }
        return csv.toString();
    }

    @Test
    void aFileOfTooManyQuestionsIsRefusedWholeAtTheFirstOneTooMany() {
        String teacher = Fixtures.teacher("guru-batas-impor");
        long sets = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("owner.username", teacher));
        as(teacher).contentType("text/csv").body(csv(5_000))
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("line", equalTo(32)).body("detail", containsString("paling banyak 30 soal"));
        assertEquals(sets, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("owner.username", teacher)));
    }

    @Test
    void aFullSetTakesNoFurtherQuestion() {
        String teacher = Fixtures.teacher("guru-batas-set");
        long setId = as(teacher).contentType("text/csv").body(csv(30))
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(201).body("added", equalTo(30)).extract().jsonPath().getLong("setId");
        as(teacher).contentType("application/json")
                .body(Map.of("type", "TRUE_FALSE", "skill", "PLACE", "prompt", "KTT diadakan di Xi'an.",
                        "answer", java.util.List.of("Benar")))
                .post("/api/sets/" + setId + "/questions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("batas satu set (30)"));
        assertEquals(30, (long) QuarkusTransaction.requiringNew().call(
                () -> QuizQuestion.count("set.id", setId)));
    }
}
