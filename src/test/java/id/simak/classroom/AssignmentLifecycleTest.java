package id.simak.classroom;

import static id.simak.classroom.ClassResourceTest.as;
import static id.simak.classroom.ClassResourceTest.assign;
import static id.simak.classroom.ClassResourceTest.codeOf;
import static id.simak.classroom.ClassResourceTest.createClass;
import static id.simak.classroom.ClassResourceTest.join;
import static id.simak.classroom.ClassResourceTest.publishedSetOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.article.Article;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;

/**
 * Issue 13, item 1: an assigned set is unpublished only when its teacher says what happens to the assignment;
 * learners see a withdrawn assignment as withdrawn, a done one with its score; and the sets that come with Simak
 * may be assigned by any teacher.
 */
@QuarkusTest
class AssignmentLifecycleTest {

    static final String FUTURE_DAY = ClassResourceTest.FUTURE_DAY;

    @Test
    void anyTeacherPublishesAndAssignsTheSetsThatComeWithSimak() {
        String teacher = Fixtures.teacher("guru-bawaan-tugas");
        long classId = createClass(teacher, "Kelas Bawaan");
        long seedDraft = QuarkusTransaction.requiringNew().call(() -> QuestionSet.generatedDraftOf(
                Article.findById(Fixtures.seedArticleId())).id);
        long fileSet = QuarkusTransaction.requiringNew().call(() -> QuestionSet.byKey("seed-ktt-china-asia-tengah").id);
        for (long setId : List.of(seedDraft, fileSet)) {
            as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(200);
            as(teacher).body(Map.of("setId", setId, "due", FUTURE_DAY)).post("/api/classes/" + classId + "/assignments")
                    .then().statusCode(201).body("setId", equalTo((int) setId));
            as(teacher).get("/api/export/" + setId + "?format=simak").then().statusCode(200);
        }
    }

    @Test
    void unpublishingAnAssignedSetAsksWhatHappensToTheAssignment() {
        String teacher = Fixtures.teacher("guru-tarik-tugas");
        String learner = Fixtures.learner("murid-tarik-tugas");
        long classId = createClass(teacher, "Kelas Tarik");
        long setId = publishedSetOf(teacher, "Set Tarik");
        long assignmentId = assign(teacher, classId, setId, FUTURE_DAY);
        join(learner, codeOf(teacher, classId));
        // The set page says what the set is: published and assigned to which classes.
        given_aPage(teacher, "/guru/set/" + setId, 200, "Ditugaskan ke kelas: Kelas Tarik");

        as(teacher).post("/api/sets/" + setId + "/unpublish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Kelas Tarik"));
        as(teacher).get("/api/sets/" + setId).then().statusCode(200).body("set.status", equalTo("PUBLISHED"));
        as(teacher).post("/api/sets/" + setId + "/unpublish?assignments=lupakan").then().statusCode(400);

        as(teacher).post("/api/sets/" + setId + "/unpublish?assignments=withdraw").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        as(learner).get("/api/assignments").then().statusCode(200)
                .body("find { it.id == " + assignmentId + " }.state", equalTo("withdrawn"));
        // The quiz of a withdrawn assignment is withdrawn, not missing.
        as(learner).get("/api/quizzes/" + setId).then().statusCode(410).body("title", equalTo("Kuis ditarik"));
        given_aPage(learner, "/kuis/" + setId, 410, "ditarik");
        given_aPage(learner, "/kelas", 200, "Ditarik guru");
        given_aPage(teacher, "/guru/set/" + setId, 200, "Tugasnya ditarik di kelas: Kelas Tarik");
        given_aPage(teacher, "/guru/set/" + setId, 200, "Set soal rancangan");

        // Published again, the assignment is open again.
        as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(200);
        as(learner).get("/api/assignments").then().statusCode(200)
                .body("find { it.id == " + assignmentId + " }.state", equalTo("open"));

        as(teacher).post("/api/sets/" + setId + "/unpublish?assignments=remove").then().statusCode(200);
        assertEquals(0, ClassResourceTest.assignmentCount(classId));
        // Without assignments there is nothing to ask.
        as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(200);
        as(teacher).post("/api/sets/" + setId + "/unpublish").then().statusCode(200).body("status", equalTo("DRAFT"));
        String page = as(teacher).accept("text/html").get("/guru/set/" + setId).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("data-testid=\"set-assigned\""), "assigned nowhere");
    }

    @Test
    void aDoneAssignmentShowsItsScoreAndDate() {
        String teacher = Fixtures.teacher("guru-tugas-selesai");
        String learner = Fixtures.learner("murid-tugas-selesai");
        long classId = createClass(teacher, "Kelas Selesai");
        long setId = publishedSetOf(teacher, "Set Selesai");
        long assignmentId = assign(teacher, classId, setId, FUTURE_DAY);
        join(learner, codeOf(teacher, classId));
        as(learner).get("/api/assignments").then().statusCode(200)
                .body("find { it.id == " + assignmentId + " }.state", equalTo("open"))
                .body("find { it.id == " + assignmentId + " }.result", nullValue());

        finishRightly(learner, setId);

        String path = "find { it.id == " + assignmentId + " }";
        as(learner).get("/api/assignments").then().statusCode(200)
                .body(path + ".state", equalTo("done"))
                .body(path + ".result.percent", equalTo(100))
                .body(path + ".result.finishedText", notNullValue());
        given_aPage(learner, "/kelas", 200, "Ulangi");
        String page = as(learner).get("/kelas").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("skor 100 %"), page);
        org.junit.jupiter.api.Assertions.assertFalse(page.contains(">Kerjakan<"), "a done set is not to do again");
    }

    static void given_aPage(String user, String path, int status, String text) {
        io.restassured.RestAssured.given().auth().preemptive().basic(user, Fixtures.PASSWORD).accept("text/html")
                .get(path).then().statusCode(status).body(containsString(text));
    }

    /** Takes the whole set through the API, answering every question rightly. */
    static void finishRightly(String learner, long setId) {
        long attemptId = as(learner).post("/api/quizzes/" + setId + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Object[]> questions = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream()
                .map(q -> new Object[] { q.id, right(q) }).toList());
        for (Object[] q : questions) {
            as(learner).body(Map.of("questionId", q[0], "response", q[1], "timeMs", 1000))
                    .post("/api/attempts/" + attemptId + "/answers").then().statusCode(200);
        }
        as(learner).get("/api/attempts/" + attemptId).then().statusCode(200).body("finished", equalTo(true));
    }

    static List<String> right(QuizQuestion q) {
        return switch (q.type) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE", "CLOZE" -> List.of(q.answer.get(0));
            default -> q.answer;
        };
    }
}
