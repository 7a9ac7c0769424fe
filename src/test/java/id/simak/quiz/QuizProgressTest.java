package id.simak.quiz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/** A finished quiz shows on the learner's progress: its score per set and the answers per skill. */
@QuarkusTest
class QuizProgressTest {

    @Test
    void aFinishedAttemptIsInTheScoreHistoryAndTheMasteryPerSkill() {
        String learner = Fixtures.learner("sinta-skor");
        long set = QuizTesting.smallSet("Kuis kemajuan");
        long attempt = QuizTesting.as(learner).post("/api/quizzes/" + set + "/attempts").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().jsonPath().getLong("id");
        List<QuizTesting.Stored> questions = QuizTesting.storedOfSet(set);
        int right = 0;
        for (int i = 0; i < questions.size(); i++) {
            QuizTesting.Stored q = questions.get(i);
            boolean answerRight = i % 2 == 0;
            right += answerRight ? 1 : 0;
            QuizTesting.as(learner).contentType("application/json")
                    .body(QuizTesting.answer(q.id(), answerRight ? QuizTesting.right(q) : QuizTesting.wrong(q), 2000))
                    .post("/api/attempts/" + attempt + "/answers").then().statusCode(200)
                    .body("correct", equalTo(answerRight));
        }
        QuizTesting.as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.scores.setTitle", hasItem("Kuis kemajuan"))
                .body("figures.scores.find { it.setTitle == 'Kuis kemajuan' }.attempts[0].correct", equalTo(right))
                .body("figures.scores.find { it.setTitle == 'Kuis kemajuan' }.attempts[0].total",
                        equalTo(questions.size()))
                .body("figures.mastery.answers.sum()", equalTo(questions.size()))
                .body("figures.mastery.correctAnswers.sum()", equalTo(right));
        String html = QuizTesting.as(learner).get("/kemajuan").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, org.hamcrest.Matchers.containsString("id=\"scores-chart\""));
        org.hamcrest.MatcherAssert.assertThat(html, org.hamcrest.Matchers.containsString("Kuis kemajuan #1"));
    }
}
