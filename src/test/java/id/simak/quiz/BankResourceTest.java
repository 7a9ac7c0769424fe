package id.simak.quiz;

import static id.simak.quiz.SetResourceTest.article;
import static id.simak.quiz.SetResourceTest.as;
import static id.simak.quiz.SetResourceTest.newSet;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/** A teacher takes questions from an article's bank into a set: POST /api/sets/{id}/questions/from-bank. */
@QuarkusTest
class BankResourceTest {

    private static String firstBankKey(String teacher, long articleId) {
        List<String> keys = as(teacher).get("/api/articles/" + articleId + "/questions?scope=bank").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertTrue(!keys.isEmpty(), "the article's bank is empty");
        return keys.get(0);
    }

    @Test
    void aBankQuestionJoinsTheOwnSetAsAcceptedAndLeavesTheBank() {
        String teacher = Fixtures.teacher("guru-ambil-bank");
        long articleId = article(teacher, SetResourceTest.TEXT);
        long set = newSet(teacher, articleId, "Set dari bank");
        String key = firstBankKey(teacher, articleId);
        long id = as(teacher).body(Map.of("key", key)).post("/api/sets/" + set + "/questions/from-bank")
                .then().statusCode(201).body("key", equalTo(key)).body("reviewed", equalTo(true))
                .extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            QuizQuestion stored = QuizQuestion.findById(id);
            assertEquals(key, stored.key);
            assertNotNull(stored.paragraph, "the bank question keeps its paragraph");
            assertNotNull(stored.score, "the bank question keeps its score");
            assertEquals(0, stored.position);
        });
        // Taken once: the set holds it, so the set's bank no longer offers it and a second take finds nothing.
        as(teacher).body(Map.of("key", key)).post("/api/sets/" + set + "/questions/from-bank")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badKeysOtherTeachersLearnersAndPublishedSetsAreRefusedAndNothingIsStored() {
        String teacher = Fixtures.teacher("guru-bank-aturan");
        long articleId = article(teacher, SetResourceTest.TEXT);
        long set = newSet(teacher, articleId, "Set aturan bank");
        String key = firstBankKey(teacher, articleId);
        as(teacher).body(Map.of("key", "")).post("/api/sets/" + set + "/questions/from-bank")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("key"));
        as(teacher).body(Map.of("key", "tidak-ada")).post("/api/sets/" + set + "/questions/from-bank").then().statusCode(404);
        as(Fixtures.teacher("guru-lain-bank")).body(Map.of("key", key)).post("/api/sets/" + set + "/questions/from-bank")
                .then().statusCode(403);
        as(Fixtures.learner("murid-bank")).body(Map.of("key", key)).post("/api/sets/" + set + "/questions/from-bank")
                .then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0, ((QuestionSet) QuestionSet.findById(set)).questions.size()));
        as(teacher).body(Map.of("key", key)).post("/api/sets/" + set + "/questions/from-bank").then().statusCode(201);
        as(teacher).post("/api/sets/" + set + "/publish").then().statusCode(200);
        String next = firstBankKey(teacher, articleId);
        as(teacher).body(Map.of("key", next)).post("/api/sets/" + set + "/questions/from-bank").then().statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, ((QuestionSet) QuestionSet.findById(set)).questions.size()));
    }
}
