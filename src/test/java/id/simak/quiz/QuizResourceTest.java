package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static id.simak.quiz.QuizTesting.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.simak.Fixtures;

@QuarkusTest
class QuizResourceTest {

    @Test
    void learnersSeeThePublishedSeedQuizWithItsArticleAndQuestionCount() {
        long setId = Fixtures.publishSeedQuiz();
        int count = QuizTesting.storedOfSet(setId).size();
        as(Fixtures.learner("murid-daftar-kuis")).get("/api/quizzes").then().statusCode(200)
                .body("id", hasItem((int) setId))
                .body("status", everyItem(equalTo("PUBLISHED")))
                .body("find { it.id == " + setId + " }.questionCount", equalTo(count))
                .body("find { it.id == " + setId + " }.articleId", equalTo((int) Fixtures.seedArticleId()))
                .body("find { it.id == " + setId + " }.articleTitle", containsString("Menjelang pembukaan"))
                .body("find { it.id == " + setId + " }.lastScore", nullValue())
                .body("find { it.id == " + setId + " }.unfinished", nullValue());
        given().get("/api/quizzes").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/quizzes/" + setId).then().statusCode(401);
    }

    @Test
    void aQuizShowsEveryQuestionButNoAnswerExplanationOrEvidence() {
        long setId = Fixtures.publishSeedQuiz();
        String learner = Fixtures.learner("murid-tanpa-bocoran");
        String body = as(learner).get("/api/quizzes/" + setId).then().statusCode(200)
                .body("questions", not(org.hamcrest.Matchers.empty()))
                .body("questions[0]", not(hasKey("answer")))
                .body("questions[0]", not(hasKey("explanation")))
                .body("questions[0]", not(hasKey("evidence")))
                .extract().asString();
        assertNoAnswerIn(body, setId);

        // Starting and reading the attempt before answering reveals nothing more.
        String started = as(learner).post("/api/quizzes/" + setId + "/attempts").then().statusCode(201)
                .body("questions.feedback", everyItem(nullValue())).extract().asString();
        assertNoAnswerIn(started, setId);
        long attemptId = JsonPath.from(started).getLong("id");
        assertNoAnswerIn(as(learner).get("/api/attempts/" + attemptId).then().statusCode(200).extract().asString(), setId);
    }

    private static void assertNoAnswerIn(String json, long setId) {
        assertFalse(json.contains("\"answer\""), "no answer field");
        assertFalse(json.contains("\"explanation\""), "no explanation field");
        assertFalse(json.contains("\"evidence\""), "no evidence field");
        JsonPath shown = JsonPath.from(json);
        String questionsPath = shown.get("questions[0].question") != null ? "questions.question" : "questions";
        List<Map<String, Object>> questions = shown.getList(questionsPath);
        List<QuizTesting.Stored> stored = QuizTesting.storedOfSet(setId);
        for (QuizTesting.Stored q : stored) {
            assertFalse(json.contains(q.explanation()), "the explanation names the answer: " + q.explanation());
            // A vocabulary question may quote its sentence in the prompt (its answer is not in it); nothing else may.
            boolean quotedByAPrompt = stored.stream().anyMatch(o -> q.evidence() != null && o.prompt().contains(q.evidence()));
            if (q.evidence() != null && !quotedByAPrompt) {
                assertFalse(json.contains(q.evidence()), "the evidence sentence holds the answer: " + q.evidence());
            }
            Map<String, Object> view = questions.stream()
                    .filter(m -> ((Number) m.get("id")).longValue() == q.id()).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            List<String> choices = (List<String>) view.get("choices");
            if (q.type().equals("ORDERING") || q.type().equals("MATCHING")) {
                assertNotEquals(q.answer(), choices, "shown already solved: " + q.id());
                assertEquals(new HashSet<>(q.choices()), new HashSet<>(choices));
            }
            if (q.type().equals("CLOZE")) {
                assertTrue(choices.isEmpty(), "a cloze question offers no choices");
            }
        }
    }

    @Test
    void aDraftIsNotAQuizForLearnersButItsTeacherMayTryIt() {
        String teacher = Fixtures.teacher("guru-coba-rancangan");
        long article = as(teacher).contentType("application/json")
                .body(Map.of("text", "Jakarta (ANTARA) - Menteri Perdagangan Budi Santoso mengunjungi Pasar Senen pada "
                        + "Kamis (2/3). \"Harga beras stabil di Rp15.250 per kilogram,\" kata Budi. Ia juga berkunjung "
                        + "ke Bekasi, Bogor, dan Depok. Kementerian Perdagangan (Kemendag) menargetkan inflasi 3 persen."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long draft = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>find("article.id", article)
                .firstResult().id);
        String learner = Fixtures.learner("murid-rancangan");

        as(learner).get("/api/quizzes/" + draft).then().statusCode(404).contentType("application/problem+json");
        as(learner).post("/api/quizzes/" + draft + "/attempts").then().statusCode(404);
        as(learner).get("/api/quizzes").then().body("id", not(hasItem((int) draft)));
        as(Fixtures.teacher("guru-lain-rancangan")).get("/api/quizzes/" + draft).then().statusCode(404);
        long none = QuarkusTransaction.requiringNew().call(() -> Attempt.count("set.id", draft));
        assertEquals(0, none);

        as(teacher).get("/api/quizzes/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(teacher).post("/api/quizzes/" + draft + "/attempts").then().statusCode(201).body("setId", equalTo((int) draft));
        as(learner).get("/api/quizzes/987654321").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheQuizApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/quizzes"))
                .body("paths", hasKey("/api/quizzes/{setId}"))
                .body("paths", hasKey("/api/quizzes/{setId}/attempts"))
                .body("paths", hasKey("/api/attempts/{id}"))
                .body("paths", hasKey("/api/attempts/{id}/answers"))
                .body("paths", hasKey("/api/attempts/{id}/retry-wrong"))
                .body("paths.'/api/attempts/{id}/answers'.post.responses", hasKey("409"))
                .body("paths.'/api/attempts/{id}/answers'.post.tags", hasItem("Kuis"))
                .body("paths", not(hasKey("/kuis")));
    }
}
