package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.simak.Fixtures;

@QuarkusTest
class QuestionResourceTest {

    @Test
    void theSeedHasAShortDraftInPlanOrderWithPlaceDifficultyAndScore() {
        JsonPath json = given().auth().preemptive().basic(Fixtures.teacher("guru-rencana"), Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions?scope=draft")
                .then().statusCode(200)
                .body("size()", allOf(greaterThanOrEqualTo(5), lessThanOrEqualTo(15)))
                .body("paragraph", everyItem(greaterThanOrEqualTo(1)))
                .body("difficulty", everyItem(anyOf(equalTo("EASY"), equalTo("MEDIUM"), equalTo("HARD"))))
                .body("score", everyItem(greaterThanOrEqualTo(0.5f)))
                .extract().jsonPath();
        List<String> difficulties = json.getList("difficulty");
        List<String> levels = List.of("EASY", "MEDIUM", "HARD");
        for (int i = 1; i < difficulties.size(); i++) {
            assertTrue(levels.indexOf(difficulties.get(i - 1)) <= levels.indexOf(difficulties.get(i)), "easy to hard: " + difficulties);
        }
        assertEquals(json.getList("evidence.sentence").size(), json.getList("evidence.sentence").stream().distinct().count(),
                "one question per sentence");
        // Without a scope the answer is the same draft.
        assertEquals(json.getList("id"), given().auth().preemptive().basic(Fixtures.teacher("guru-rencana"), Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions").then().statusCode(200)
                .extract().jsonPath().getList("id"));
    }

    @Test
    void theBankHoldsEveryOtherCheckedQuestionBestFirst() {
        String teacher = Fixtures.teacher("guru-bank");
        List<String> draftIds = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions").then().statusCode(200)
                .extract().jsonPath().getList("id");
        JsonPath bank = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions?scope=bank")
                .then().statusCode(200)
                .body("size()", greaterThan(30))
                .body("skill", hasItems("DATE", "QUOTE", "ROOT_WORD", "NUMBER", "PLACE"))
                .body("type", hasItems("MATCHING", "CLOZE", "ORDERING", "TRUE_FALSE", "MULTIPLE_RESPONSE"))
                .extract().jsonPath();
        List<String> bankIds = bank.getList("id");
        assertTrue(bankIds.stream().noneMatch(draftIds::contains), "a draft question is in the bank too");
        List<Float> scores = bank.getList("score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "the bank is not best first");
        }
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions?scope=semua")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("scope"));
    }

    @Test
    void theDraftAndTheBankHoldEveryQuestionWithEvidenceAndAnswersAmongTheChoices() {
        String teacher = Fixtures.teacher("guru-soal");
        List<Map<String, Object>> questions = new ArrayList<>();
        for (String scope : List.of("draft", "bank")) {
            questions.addAll(given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                    .get("/api/articles/" + Fixtures.seedArticleId() + "/questions?scope=" + scope)
                    .then().statusCode(200).body("evidence.text", everyItem(notNullValue()))
                    .extract().jsonPath().getList("$"));
        }
        for (Map<String, Object> q : questions) {
            @SuppressWarnings("unchecked")
            List<String> choices = (List<String>) q.get("choices");
            @SuppressWarnings("unchecked")
            List<String> answer = (List<String>) q.get("answer");
            assertTrue(!answer.isEmpty(), "every question has an answer: " + q);
            if (q.get("type").equals("MULTIPLE_CHOICE") || q.get("type").equals("MULTIPLE_RESPONSE")) {
                assertTrue(choices.containsAll(answer), "the answer is among the choices: " + q);
            }
        }
        assertEquals(questions.size(), questions.stream().map(q -> q.get("id")).distinct().count(), "ids are unique");
    }

    @Test
    void aNewArticleGetsItsDraftAtOnceAndTheSameTextGivesTheSameQuestions() {
        String teacher = Fixtures.teacher("guru-rancangan");
        String text = "Jakarta (ANTARA) - Menteri Perdagangan Budi Santoso mengunjungi Pasar Senen pada Kamis (2/3). "
                + "\"Harga beras stabil di Rp15.250 per kilogram,\" kata Budi. Ia juga berkunjung ke Bekasi, "
                + "Bogor, dan Depok. Kementerian Perdagangan (Kemendag) menargetkan inflasi 3 persen.";
        long a = create(teacher, text);
        long b = create(teacher, text);
        String first = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/api/articles/" + a + "/questions").then().statusCode(200)
                .body("size()", greaterThan(1)).extract().asString();
        String second = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/api/articles/" + b + "/questions").then().statusCode(200).extract().asString();
        assertEquals(first, second, "the same text always gives the same questions");
    }

    @Test
    void learnersDoNotSeeTheDraftAnswers() {
        given().auth().preemptive().basic(Fixtures.learner("murid-soal"), Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/questions")
                .then().statusCode(403).contentType("application/problem+json")
                .body(not(containsString("answer")));
        given().get("/api/articles/" + Fixtures.seedArticleId() + "/questions").then().statusCode(401);
    }

    @Test
    void deletingAnArticleDeletesItsDraft() {
        String teacher = Fixtures.teacher("guru-hapus-soal");
        long id = create(teacher, "Bandung (ANTARA) - Hujan deras melanda Bandung pada Senin (6/3). Banjir merendam 120 rumah.");
        long sets = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("article.id", id));
        assertEquals(1, sets);
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).delete("/api/articles/" + id).then().statusCode(204);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("article.id", id)));
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + id + "/questions")
                .then().statusCode(404);
    }

    private static long create(String teacher, String text) {
        return given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("text", text)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
