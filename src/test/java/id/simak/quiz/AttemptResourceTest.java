package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static id.simak.quiz.QuizTesting.answer;
import static id.simak.quiz.QuizTesting.answerCount;
import static id.simak.quiz.QuizTesting.as;
import static id.simak.quiz.QuizTesting.right;
import static id.simak.quiz.QuizTesting.stored;
import static id.simak.quiz.QuizTesting.wrong;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.simak.Fixtures;

@QuarkusTest
class AttemptResourceTest {

    @Inject
    AnsweredEvents events;

    private static JsonPath start(String learner, long setId, int status) {
        return as(learner).post("/api/quizzes/" + setId + "/attempts").then().statusCode(status).extract().jsonPath();
    }

    private static List<Long> questionIds(JsonPath attempt) {
        return attempt.getList("questions.question.id", Long.class);
    }

    private static JsonPath send(String learner, long attemptId, long questionId, List<String> response, int status) {
        return as(learner).contentType("application/json").body(answer(questionId, response, 1200))
                .post("/api/attempts/" + attemptId + "/answers").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void anAnswerTimeOfMoreThanADayIsRefusedAndNothingIsStored() {
        long setId = QuizTesting.smallSet("Kuis kecil: waktu");
        String learner = Fixtures.learner("murid-waktu");
        JsonPath attempt = start(learner, setId, 201);
        long id = attempt.getLong("id");
        long question = questionIds(attempt).get(0);
        for (long time : new long[] { 1L << 62, 24L * 3600 * 1000 + 1, -1 }) {
            as(learner).contentType("application/json").body(answer(question, List.of("x"), time))
                    .post("/api/attempts/" + id + "/answers").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("timeMs"));
        }
        assertEquals(0, QuizTesting.answerCount(id));
    }

    @Test
    void aLearnerAnswersEveryQuestionAndTheScoreCountsTheRightOnes() {
        long setId = QuizTesting.smallSet("Kuis kecil: skor");
        String learner = Fixtures.learner("murid-skor");
        long accountId = QuizTesting.accountId(learner);
        JsonPath attempt = start(learner, setId, 201);
        long id = attempt.getLong("id");
        List<Long> ids = questionIds(attempt);
        assertEquals(QuizTesting.storedOfSet(setId).size(), ids.size(), "a new attempt asks every question of the set");
        assertEquals(ids.get(0), attempt.getLong("nextQuestionId"));
        assertEquals(7, ids.size());

        int expectedRight = 0;
        for (int i = 0; i < ids.size(); i++) {
            QuizTesting.Stored q = stored(ids.get(i));
            boolean answerRight = i % 3 != 0;
            expectedRight += answerRight ? 1 : 0;
            JsonPath result = send(learner, id, q.id(), answerRight ? right(q) : wrong(q), 200);
            assertEquals(answerRight, result.getBoolean("correct"), q.type() + " " + q.id());
            assertEquals(q.answer(), result.getList("answer", String.class));
            assertEquals(q.explanation(), result.getString("explanation"));
            assertEquals(q.evidence(), result.getString("evidence.text"));
            assertEquals(Fixtures.seedArticleId(), result.getLong("evidence.articleId"));
            assertNotNull(result.get("evidence.sentence"));
            assertEquals(i == ids.size() - 1, result.getBoolean("finished"));
        }

        JsonPath done = as(learner).get("/api/attempts/" + id).then().statusCode(200)
                .body("finished", equalTo(true))
                .body("nextQuestionId", nullValue())
                .extract().jsonPath();
        assertEquals(expectedRight, done.getInt("correct"));
        assertEquals(ids.size(), done.getInt("answered"));
        assertEquals(Math.round(100f * expectedRight / ids.size()), done.getInt("percent"));
        assertEquals(Boolean.FALSE, done.get("questions[0].feedback.correct"), "the first was answered wrong");
        assertEquals(1200, done.getInt("questions[0].feedback.timeMs"));

        // Stored: one row per answer with its response, correctness and time; the attempt's score.
        assertEquals(ids.size(), answerCount(id));
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt a = Attempt.findById(id);
            assertNotNull(a.finishedAt);
            AttemptAnswer first = AttemptAnswer.of(a, QuizQuestion.findById(ids.get(0)));
            assertEquals(wrong(stored(ids.get(0))), first.response);
            assertFalse(first.correct);
            assertEquals(1200, first.timeMs);
            assertNotNull(first.answeredAt);
        });
        int right = expectedRight;
        QuarkusTransaction.requiringNew().run(() -> assertEquals(right, ((Attempt) Attempt.findById(id)).correctCount));

        // The flashcard queue heard of every answer, with whether it was right.
        List<QuestionAnswered> heard = events.of(accountId);
        assertEquals(ids.size(), heard.size());
        assertEquals(ids.get(1), heard.get(1).questionId());
        assertTrue(heard.get(1).correct());
        assertFalse(heard.get(0).correct());

        // The list shows the last score.
        as(learner).get("/api/quizzes").then().statusCode(200)
                .body("find { it.id == " + setId + " }.lastScore.correct", equalTo(expectedRight))
                .body("find { it.id == " + setId + " }.unfinished", nullValue());
    }

    @Test
    void retryingTheWrongOnesStartsAnAttemptWithExactlyThoseInOrder() {
        long setId = QuizTesting.smallSet("Kuis kecil: ulang");
        String learner = Fixtures.learner("murid-ulang");
        JsonPath attempt = start(learner, setId, 201);
        long id = attempt.getLong("id");
        List<Long> ids = questionIds(attempt);
        List<Long> wrongOnes = List.of(ids.get(1), ids.get(4), ids.get(ids.size() - 1));

        send(learner, id, ids.get(0), right(stored(ids.get(0))), 200);
        as(learner).post("/api/attempts/" + id + "/retry-wrong").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Selesaikan"));
        for (long q : ids.subList(1, ids.size())) {
            QuizTesting.Stored s = stored(q);
            send(learner, id, q, wrongOnes.contains(q) ? wrong(s) : right(s), 200);
        }

        JsonPath retry = as(learner).post("/api/attempts/" + id + "/retry-wrong").then().statusCode(201)
                .header("Location", containsString("/api/attempts/"))
                .body("retryOf", equalTo((int) id))
                .body("total", equalTo(3))
                .body("answered", equalTo(0))
                .extract().jsonPath();
        assertEquals(wrongOnes, questionIds(retry));
        long retryId = retry.getLong("id");
        as(learner).post("/api/attempts/" + id + "/retry-wrong").then().statusCode(200).body("id", equalTo((int) retryId));
        // Starting the set again resumes the retry, which is the unfinished attempt.
        start(learner, setId, 200);
        assertEquals(retryId, start(learner, setId, 200).getLong("id"));

        for (long q : wrongOnes) {
            send(learner, retryId, q, right(stored(q)), 200);
        }
        as(learner).get("/api/attempts/" + retryId).then().body("finished", equalTo(true)).body("correct", equalTo(3))
                .body("percent", equalTo(100));
        as(learner).post("/api/attempts/" + retryId + "/retry-wrong").then().statusCode(409)
                .body("detail", containsString("benar"));
        // The last score of the set is the whole set's, not the retry's three questions.
        as(learner).get("/api/quizzes").then()
                .body("find { it.id == " + setId + " }.lastScore.total", equalTo(ids.size()))
                .body("find { it.id == " + setId + " }.lastScore.correct", equalTo(ids.size() - 3));
    }

    @Test
    void anUnfinishedAttemptIsResumedAtTheFirstUnansweredQuestion() {
        long setId = Fixtures.publishSeedQuiz();
        String learner = Fixtures.learner("murid-lanjut");
        JsonPath first = start(learner, setId, 201);
        long id = first.getLong("id");
        List<Long> ids = questionIds(first);
        send(learner, id, ids.get(0), right(stored(ids.get(0))), 200);
        send(learner, id, ids.get(2), wrong(stored(ids.get(2))), 200);

        JsonPath again = start(learner, setId, 200);
        assertEquals(id, again.getLong("id"), "the same attempt, not a new one");
        assertEquals(ids.get(1), again.getLong("nextQuestionId"));
        assertEquals(2, again.getInt("answered"));
        assertEquals(1, again.getInt("correct"));
        assertEquals(Boolean.TRUE, again.get("questions[0].feedback.correct"));
        assertNull(again.get("questions[1].feedback"));
        as(learner).get("/api/quizzes").then()
                .body("find { it.id == " + setId + " }.unfinished.attemptId", equalTo((int) id))
                .body("find { it.id == " + setId + " }.unfinished.answered", equalTo(2));
        long attempts = QuarkusTransaction.requiringNew().call(() -> Attempt.count("account.username", learner));
        assertEquals(1, attempts);
    }

    @Test
    void answeringTheSameQuestionTwiceIsRefusedAndChangesNothing() {
        long setId = Fixtures.publishSeedQuiz();
        String learner = Fixtures.learner("murid-dua-kali");
        long accountId = QuizTesting.accountId(learner);
        JsonPath attempt = start(learner, setId, 201);
        long id = attempt.getLong("id");
        QuizTesting.Stored q = stored(questionIds(attempt).get(0));
        send(learner, id, q.id(), wrong(q), 200);

        as(learner).contentType("application/json").body(answer(q.id(), right(q), 500))
                .post("/api/attempts/" + id + "/answers").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("sudah dijawab"));
        assertEquals(1, answerCount(id));
        as(learner).get("/api/attempts/" + id).then()
                .body("correct", equalTo(0))
                .body("questions[0].feedback.correct", equalTo(false))
                .body("questions[0].feedback.timeMs", equalTo(1200));
        assertEquals(1, events.of(accountId).size(), "the refused answer fired no event");
    }

    @Test
    void anotherLearnerCannotSeeOrAnswerMyAttemptAndStrangersMustLogIn() {
        long setId = Fixtures.publishSeedQuiz();
        String owner = Fixtures.learner("murid-pemilik");
        String other = Fixtures.learner("murid-lain");
        JsonPath attempt = start(owner, setId, 201);
        long id = attempt.getLong("id");
        long q = questionIds(attempt).get(0);
        QuizTesting.Stored s = stored(q);

        as(other).get("/api/attempts/" + id).then().statusCode(403).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString(s.prompt())));
        as(other).contentType("application/json").body(answer(q, right(s), 10))
                .post("/api/attempts/" + id + "/answers").then().statusCode(403);
        as(other).post("/api/attempts/" + id + "/retry-wrong").then().statusCode(403);
        as(Fixtures.teacher("guru-intip")).get("/api/attempts/" + id).then().statusCode(403);
        assertEquals(0, answerCount(id));

        as(other).get("/api/attempts/99999999").then().statusCode(404).contentType("application/problem+json");
        as(other).contentType("application/json").body(answer(q, right(s), 10))
                .post("/api/attempts/99999999/answers").then().statusCode(404);

        given().get("/api/attempts/" + id).then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().contentType("application/json").body(answer(q, right(s), 10))
                .post("/api/attempts/" + id + "/answers").then().statusCode(401);
        given().post("/api/attempts/" + id + "/retry-wrong").then().statusCode(401);
        given().post("/api/quizzes/" + setId + "/attempts").then().statusCode(401);
        assertEquals(0, answerCount(id));
    }

    @Test
    void aResponseOfTheWrongShapeIs400AndNothingIsStored() {
        long setId = QuizTesting.smallSet("Kuis bentuk jawaban");
        String learner = Fixtures.learner("murid-salah-bentuk");
        long accountId = QuizTesting.accountId(learner);
        JsonPath attempt = start(learner, setId, 201);
        long id = attempt.getLong("id");
        List<QuizTesting.Stored> questions = questionIds(attempt).stream().map(QuizTesting::stored).toList();
        QuizTesting.Stored choice = first(questions, "MULTIPLE_CHOICE");
        QuizTesting.Stored matching = first(questions, "MATCHING");
        QuizTesting.Stored ordering = first(questions, "ORDERING");
        QuizTesting.Stored cloze = first(questions, "CLOZE");

        send(learner, id, choice.id(), List.of("bukan pilihan"), 400).getString("detail").contains("bukan salah satu");
        as(learner).contentType("application/json").body(answer(choice.id(), List.of("bukan pilihan"), 10))
                .post("/api/attempts/" + id + "/answers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("response"));
        send(learner, id, choice.id(), choice.choices().subList(0, 2), 400);
        send(learner, id, matching.id(), matching.answer().subList(0, matching.answer().size() - 1), 400);
        List<String> doubled = new ArrayList<>(ordering.answer());
        doubled.set(1, doubled.get(0));
        send(learner, id, ordering.id(), doubled, 400);
        send(learner, id, cloze.id(), List.of("   "), 400);
        send(learner, id, cloze.id(), List.of(), 400);
        long otherSetQuestion = 0L;
        send(learner, id, otherSetQuestion, List.of("x"), 400);
        as(learner).contentType("application/json").body(Map.of("response", List.of("x")))
                .post("/api/attempts/" + id + "/answers").then().statusCode(400).body("errors[0].field", equalTo("questionId"));
        as(learner).contentType("application/json").body("{\"questionId\": " + cloze.id() + ", \"response\": \"China\"}")
                .post("/api/attempts/" + id + "/answers").then().statusCode(400);
        as(learner).contentType("application/json").body("{bukan json")
                .post("/api/attempts/" + id + "/answers").then().statusCode(400).contentType("application/problem+json");
        as(learner).contentType("application/json").body(Map.of("questionId", cloze.id(), "response", right(cloze), "timeMs", -5))
                .post("/api/attempts/" + id + "/answers").then().statusCode(400).body("errors[0].field", equalTo("timeMs"));

        assertEquals(0, answerCount(id), "nothing was stored");
        assertEquals(0, events.of(accountId).size());
        // After all that, a good answer is still accepted: the question was not used up.
        send(learner, id, cloze.id(), right(cloze), 200);
    }

    private static QuizTesting.Stored first(List<QuizTesting.Stored> questions, String type) {
        return questions.stream().filter(q -> q.type().equals(type)).findFirst().orElseThrow();
    }
}
