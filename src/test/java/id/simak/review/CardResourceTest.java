package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.article.Article;
import id.simak.quiz.QuestionSet;

@QuarkusTest
class CardResourceTest {

    private static final String TEXT = "Jakarta (ANTARA) - Menteri Perdagangan Budi Santoso mengunjungi Pasar Senen "
            + "pada Kamis (2/3). \"Harga beras stabil di Rp15.250 per kilogram,\" kata Budi. Ia juga berkunjung ke "
            + "Bekasi, Bogor, dan Depok. Kementerian Perdagangan (Kemendag) menargetkan inflasi 3 persen.";

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD);
    }

    /** A teacher's article and the id of its generated draft set (owned by the teacher). */
    private static long teachersDraftSet(String teacher) {
        long article = as(teacher).contentType("application/json").body(Map.of("text", TEXT)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.generatedDraftOf(Article.findById(article)).id);
    }

    private static int questionsOf(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).questions.size());
    }

    @Test
    void aTeacherAddsTheirOwnDraftSetAndALearnerOnlyAPublishedOne() {
        String teacher = Fixtures.teacher("guru-kartu");
        String learner = Fixtures.learner("murid-kartu-set");
        long set = teachersDraftSet(teacher);
        int total = questionsOf(set);

        as(learner).post("/api/cards/sets/" + set).then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, ReviewFixtures.cardCount(learner));

        as(teacher).post("/api/cards/sets/" + set).then().statusCode(200)
                .body("setId", equalTo((int) set)).body("added", equalTo(total)).body("total", equalTo(total))
                .body("added", greaterThan(0));
        as(teacher).post("/api/cards/sets/" + set).then().statusCode(200).body("added", equalTo(0));
        assertEquals(total, ReviewFixtures.cardCount(teacher));

        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(set).status = QuestionSet.Status.PUBLISHED);
        as(learner).post("/api/cards/sets/" + set).then().statusCode(200).body("added", equalTo(total));
        as(learner).get("/api/reviews/due").then().statusCode(200).body("newCount", equalTo(Math.min(20, total)));
        as(learner).post("/api/cards/sets/999999").then().statusCode(404);
    }

    @Test
    void aWordOfTheArticleBecomesOneCardWithItsRootAndSentence() {
        String learner = Fixtures.learner("murid-kata");
        long seed = Fixtures.seedArticleId();
        int id = as(learner).contentType("application/json").body(Map.of("articleId", seed, "word", "pembukaan"))
                .post("/api/cards/words").then().statusCode(201)
                .body("kind", equalTo("WORD"))
                .body("word", equalTo("pembukaan"))
                .body("back.root", equalTo("buka"))
                .body("sentenceIndex", equalTo(0))
                .body("sentence", org.hamcrest.Matchers.containsString("Menjelang pembukaan"))
                .extract().jsonPath().getInt("id");
        // The same word, however written, is the same card.
        as(learner).contentType("application/json").body(Map.of("articleId", seed, "word", " Pembukaan "))
                .post("/api/cards/words").then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, ReviewFixtures.cardCount(learner));
        as(learner).get("/api/reviews/due").then().body("cards.word", hasItem("pembukaan"));
        as(learner).get("/api/cards/" + id).then().statusCode(200).body("back.root", equalTo("buka"));
        as(Fixtures.learner("murid-kata-lain")).get("/api/cards/" + id).then().statusCode(404);
    }

    @Test
    void wordsNotInTheArticleOrNotOneWordAreRefused() {
        String learner = Fixtures.learner("murid-kata-salah");
        long seed = Fixtures.seedArticleId();
        for (String word : new String[] { "komputer", "dua kata", "", "123", "x".repeat(101) }) {
            as(learner).contentType("application/json").body(Map.of("articleId", seed, "word", word))
                    .post("/api/cards/words").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("word"));
        }
        as(learner).contentType("application/json").body(Map.of("word", "pembukaan"))
                .post("/api/cards/words").then().statusCode(400).body("errors.field", hasItem("articleId"));
        as(learner).contentType("application/json").body(Map.of("articleId", 999999, "word", "pembukaan"))
                .post("/api/cards/words").then().statusCode(404);
        assertEquals(0, ReviewFixtures.cardCount(learner));
    }
}
