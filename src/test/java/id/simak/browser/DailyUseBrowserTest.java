package id.simak.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.quiz.QuizQuestion;
import id.simak.review.ReviewTestAccess;

/**
 * Issue 13 in Chromium: a teacher unpublishes an assigned set (saying what happens to the assignment) and the
 * learner sees it withdrawn; a learner answers with the article beside the questions and sees the evidence marked
 * in it; a learner's home says what to do today, and a done assignment shows its score.
 */
@QuarkusTest
class DailyUseBrowserTest {

    static final String ARTICLE = "Semarang (ANTARA) - Pemerintah Kota Semarang menanam 4.500 pohon trembesi di "
            + "sepanjang Jalan Pemuda pada Kamis (9/3). \"Pohon ini meneduhkan pejalan kaki,\" kata Wali Kota "
            + "Semarang. Penanaman itu melibatkan pelajar dari Tembalang, Banyumanik, dan Gunungpati.";

    @TestHTTPResource("/")
    URL app;

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD).contentType("application/json");
    }

    /** A class of the teacher with the learner in it and the set assigned; answers the assignment's id. */
    static long classWithAssignment(String teacher, String learner, String className, long setId) {
        long classId = as(teacher).body(Map.of("name", className)).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        return as(teacher).body(Map.of("setId", setId, "due", "2030-12-02"))
                .post("/api/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void aTeacherUnpublishesAnAssignedSetAndTheLearnerSeesItWithdrawn() {
        String teacher = Fixtures.teacher("guru-peramban-tarik");
        String learner = Fixtures.learner("murid-peramban-tarik");
        long setId = Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), teacher, "Pohon trembesi");
        long assignmentId = classWithAssignment(teacher, learner, "IX A", setId);
        try (Browser b = Browser.open(app.toString(), 1280, 1000)) {
            b.login(teacher, Fixtures.PASSWORD);
            b.go("/guru/set/" + setId);
            WebElement form = b.byTestId("unpublish-form");
            assertTrue(b.byTestId("assigned-classes").getText().contains("IX A"));
            WebElement before = b.byTestId("set-status");
            // Unpublishing without a choice is stopped by the form: the set stays published.
            form.findElement(By.id("unpublish")).click();
            assertEquals("PUBLISHED", given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                    .get("/api/sets/" + setId).then().extract().jsonPath().getString("set.status"));
            b.driver().findElement(By.cssSelector("label[for='tugas-tarik']")).click();
            b.button("Batalkan penerbitan").click();
            b.waiting().until(ExpectedConditions.stalenessOf(before));
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
                    "tugasnya ditarik"));
        }
        try (Browser b = Browser.open(app.toString(), 360, 1500)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/kelas");
            WebElement item = b.byTestId("assignment-" + assignmentId);
            assertTrue(item.getText().contains("Ditarik guru"), item.getText());
            assertTrue(item.findElements(By.xpath(".//a[normalize-space()='Kerjakan']")).isEmpty(),
                    "a withdrawn assignment has nothing to start");
            b.go("/kuis/" + setId);
            assertEquals("Kuis ditarik", b.driver().findElement(By.tagName("h1")).getText());
            assertTrue(b.byTestId("signed-in-as").isDisplayed(), "the page keeps the navigation and the account");
            assertFalse(b.scrollsSideways());
        }
    }

    @Test
    void aLearnerAnswersWithTheTextBesideTheQuestions() {
        String teacher = Fixtures.teacher("guru-peramban-teks");
        String learner = Fixtures.learner("murid-peramban-teks");
        long setId = Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), teacher, "Teks di samping");
        try (Browser b = Browser.open(app.toString(), 1280, 1000)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/kuis/" + setId);
            b.byTestId("start-quiz").click();
            WebElement article = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid='quiz-article']")));
            WebElement question = b.byTestId("question");
            assertTrue(article.getText().contains("Jalan Pemuda"), "the article is shown: " + article.getText());
            assertTrue(article.getLocation().getX() > question.getLocation().getX() + question.getSize().getWidth() / 2,
                    "the text stands beside the question on a wide screen");
            assertTrue(question.getLocation().getY() < 400, "the question is not pushed below the text");

            // Answer until a question with an evidence sentence has its feedback shown.
            for (int i = 0; i < 3; i++) {
                answerSomehow(b.byTestId("question"));
                WebElement before = b.byTestId("question");
                b.byTestId("check").click();
                b.waiting().until(ExpectedConditions.stalenessOf(before));
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='verdict']")));
                List<WebElement> quoted = b.driver().findElements(By.cssSelector("[data-testid='evidence']"));
                if (!quoted.isEmpty()) {
                    WebElement evidence = b.driver().findElement(
                            By.cssSelector("[data-testid='quiz-article'] [data-testid='quiz-evidence']"));
                    // The quote is the marked sentence as the text has it, less a dateline that opens the story
                    // ("Semarang (ANTARA) - Pemerintah Kota ...").
                    String marked = evidence.getText().strip();
                    String quote = quoted.get(0).getText().strip();
                    assertTrue(!quote.isEmpty() && marked.endsWith(quote), "the evidence sentence is marked in the text: "
                            + marked + " / " + quote);
                    assertTrue(evidence.isDisplayed());
                    b.screenshot(Browser.screenshotFile("kuis-teks.png"));
                    break;
                }
                assertTrue(i < 2, "one of the questions has an evidence sentence");
                b.byTestId("next").click();
                b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='check']")));
            }
        }
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/kuis/" + setId);
            if (!b.driver().findElements(By.cssSelector("[data-testid='start-quiz']")).isEmpty()) {
                b.byTestId("start-quiz").click();
            }
            WebElement article = b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid='quiz-article']")));
            assertFalse(article.getDomAttribute("open") != null, "on a phone the text waits behind a toggle");
            article.findElement(By.tagName("summary")).click();
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-quiz-article-text]")));
            assertTrue(article.getText().contains("Jalan Pemuda"));
            assertFalse(b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
        }
    }

    @Test
    void aLearnersHomeShowsTheDueCardsAndTheAssignment() {
        String teacher = Fixtures.teacher("guru-peramban-beranda");
        String learner = Fixtures.learner("murid-peramban-beranda");
        long setId = Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), teacher, "Tugas beranda");
        long assignmentId = classWithAssignment(teacher, learner, "IX B", setId);
        ReviewTestAccess.meet(learner, 2);
        try (Browser b = Browser.open(app.toString(), 360, 1500)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/");
            assertEquals("2 kartu menunggu sekarang", b.byTestId("today-due").getText());
            assertEquals("/ulasan", b.byTestId("today-start").getDomAttribute("href"));
            WebElement assignment = b.byTestId("today-assignment");
            assertTrue(assignment.getText().contains("Tugas beranda") && assignment.getText().contains("2 Desember 2030"),
                    assignment.getText());
            assertEquals("open", assignment.getDomAttribute("data-state"));
            assertFalse(b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
            b.screenshot(Browser.screenshotFile("beranda-murid.png"));

            finishQuiz(learner, setId);
            b.go("/");
            assignment = b.byTestId("today-assignment");
            assertEquals("done", assignment.getDomAttribute("data-state"));
            assertTrue(assignment.getText().contains("skor"), assignment.getText());
            assertTrue(b.byTestId("today-results").getText().contains("Tugas beranda"));
            b.go("/kelas");
            WebElement item = b.byTestId("assignment-" + assignmentId);
            assertTrue(item.getText().contains("Ulangi") && !item.getText().contains("Kerjakan"), item.getText());
            assertTrue(b.byTestId("result").getText().contains("skor"));
        }
    }

    /** Gives an answer of the right shape to the question shown, right or wrong. */
    static void answerSomehow(WebElement question) {
        String type = question.getDomAttribute("data-type");
        switch (type) {
            case "CLOZE" -> question.findElement(By.id("cloze")).sendKeys("pohon");
            case "MATCHING" -> question.findElements(By.tagName("select"))
                    .forEach(s -> new org.openqa.selenium.support.ui.Select(s).selectByIndex(1));
            case "ORDERING" -> { } // the order shown is an answer
            default -> question.findElement(By.cssSelector("label[for='choice-0']")).click();
        }
    }

    /** Takes the whole set through the API with some answers; answers the attempt's id. */
    static long finishQuiz(String learner, long setId) {
        long attemptId = as(learner).post("/api/quizzes/" + setId + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Object[]> questions = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream()
                .map(q -> new Object[] { q.id, switch (q.type) {
                    case "MULTIPLE_CHOICE", "TRUE_FALSE", "CLOZE" -> List.of(q.answer.get(0));
                    default -> q.answer;
                } }).toList());
        for (Object[] q : questions) {
            as(learner).body(Map.of("questionId", q[0], "response", q[1], "timeMs", 1000))
                    .post("/api/attempts/" + attemptId + "/answers").then().statusCode(200);
        }
        return attemptId;
    }
}
