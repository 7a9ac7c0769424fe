package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
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
        // A learner who has answered none of them earns none of the answers yet.
        as(learner).post("/api/cards/sets/" + set).then().statusCode(200).body("added", equalTo(0))
                .body("withheld", equalTo(total));
        as(learner).post("/api/cards/sets/999999").then().statusCode(404);
    }

    /** The attack of issue 12: an open attempt, "add the set to my cards", then read the card's back. */
    @Test
    void aSetsCardsNeverShowAnAnswerBeforeTheLearnerAnsweredItsQuestion() {
        String teacher = Fixtures.teacher("guru-kartu-rahasia");
        String learner = Fixtures.learner("murid-kartu-rahasia");
        long set = Fixtures.publishedSet(Fixtures.seedArticleId(), teacher, "Set rahasia");
        var attempt = as(learner).post("/api/quizzes/" + set + "/attempts").then().statusCode(201).extract().jsonPath();
        long attemptId = attempt.getLong("id");
        List<Long> questions = attempt.getList("questions.question.id", Long.class);
        assertEquals(3, questions.size());
        long answered = questions.get(0);
        var first = ReviewFixtures.question(answered);
        as(learner).contentType("application/json")
                .body(Map.of("questionId", answered, "response",
                        "CLOZE".equals(first.type) ? List.of(first.answer.get(0)) : first.answer, "timeMs", 1000))
                .post("/api/attempts/" + attemptId + "/answers").then().statusCode(200);

        as(learner).post("/api/cards/sets/" + set).then().statusCode(200)
                .body("total", equalTo(3)).body("withheld", equalTo(2));

        List<Long> cards = cardIds(learner);
        assertEquals(1, cards.size(), "only the answered question is a card");
        as(learner).get("/api/cards/" + cards.get(0)).then().statusCode(200)
                .body("back.answer", notNullValue()).body("prompt", equalTo(first.prompt));
        for (long unanswered : questions.subList(1, 3)) {
            String prompt = ReviewFixtures.question(unanswered).prompt;
            String page = browserPage(learner, "/ulasan");
            assertFalse(page.contains(prompt), "the unanswered question is not in the session");
            for (long card : cards) {
                as(learner).get("/api/cards/" + card).then().statusCode(200).body("prompt", not(equalTo(prompt)));
                assertFalse(browserPage(learner, "/ulasan/kartu/" + card).contains(prompt));
            }
        }
    }

    @Test
    void afterTheDueDateALearnerWithoutAnOpenAttemptGetsEveryCardButOneStillAnsweringDoesNot() {
        String teacher = Fixtures.teacher("guru-kartu-tenggat");
        String done = Fixtures.learner("murid-tenggat-lewat");
        String busy = Fixtures.learner("murid-tenggat-sibuk");
        long set = Fixtures.publishedSet(Fixtures.seedArticleId(), teacher, "Set bertenggat");
        as(busy).post("/api/quizzes/" + set + "/attempts").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            id.simak.classroom.Classroom c = new id.simak.classroom.Classroom();
            c.teacher = id.simak.account.Account.findByUsername(teacher);
            c.name = "Kelas tenggat";
            c.joinCode = "TGT" + (System.nanoTime() % 1000);
            c.createdAt = java.time.Instant.now();
            c.updatedAt = c.createdAt;
            c.persist();
            for (String learner : List.of(done, busy)) {
                id.simak.classroom.ClassMember m = new id.simak.classroom.ClassMember();
                m.classroom = c;
                m.learner = id.simak.account.Account.findByUsername(learner);
                m.joinedAt = c.createdAt;
                m.persist();
            }
            id.simak.classroom.Assignment a = new id.simak.classroom.Assignment();
            a.classroom = c;
            a.set = QuestionSet.findById(set);
            a.dueAt = java.time.Instant.now().minusSeconds(3600);
            a.createdAt = a.dueAt;
            a.updatedAt = a.dueAt;
            a.persist();
        });
        as(done).post("/api/cards/sets/" + set).then().statusCode(200).body("added", equalTo(3))
                .body("withheld", equalTo(0));
        as(busy).post("/api/cards/sets/" + set).then().statusCode(200).body("added", equalTo(0))
                .body("withheld", equalTo(3));
    }

    private static List<Long> cardIds(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>list("ownerId",
                id.simak.account.Account.findByUsername(username).id).stream().map(c -> c.id).toList());
    }

    /** A page as the learner's browser sees it (form login). */
    private static String browserPage(String username, String path) {
        String cookie = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("simak-sesi");
        return given().cookie("simak-sesi", cookie).get(path).then().statusCode(200).extract().asString();
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
