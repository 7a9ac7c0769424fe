package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;
import id.simak.review.ReviewTestAccess;

/**
 * axe-core finds no critical or serious accessibility violation on any page a guest, a learner or a teacher can
 * reach, on a phone (360 px) and on a wide screen, in the states people meet them in: a question before and after
 * its answer, a card's front and back, the reader with a word opened, a withdrawn quiz, an error page.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    @TestHTTPResource("/")
    URL app;

    /** Visits each page and gathers what axe-core finds, so one run names every page at fault. */
    private static void check(Browser b, String who, List<String> paths, List<String> faults) {
        for (String path : paths) {
            b.go(path);
            b.waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            for (String v : b.seriousAccessibilityViolations()) {
                faults.add(who + " " + path + ": " + v);
            }
        }
    }

    @Test
    void noPageHasACriticalOrSeriousViolation() {
        String teacher = Fixtures.teacher("guru-aksesibel");
        String learner = Fixtures.learner("murid-aksesibel");
        long article = Fixtures.teacherArticle(teacher, DailyUseBrowserTest.ARTICLE);
        long done = Fixtures.publishedSet(article, teacher, "Set aksesibel selesai");
        long open = Fixtures.publishedSet(article, teacher, "Set aksesibel berjalan");
        long withdrawn = Fixtures.publishedSet(article, teacher, "Set aksesibel ditarik");
        long draft = Fixtures.questionSet(article, teacher, "Set aksesibel rancangan", QuestionSet.Status.DRAFT);
        long draftQuestion = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>find("set.id = ?1 order by position", draft).firstResult().id);
        DailyUseBrowserTest.classWithAssignment(teacher, learner, "Kelas aksesibel", done);
        long classId = DailyUseBrowserTest.as(teacher).get("/api/classes").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Kelas aksesibel' }.id");
        DailyUseBrowserTest.as(teacher).body(Map.of("setId", withdrawn, "due", "2030-12-02"))
                .post("/api/classes/" + classId + "/assignments").then().statusCode(201);
        DailyUseBrowserTest.as(teacher).post("/api/sets/" + withdrawn + "/unpublish?assignments=withdraw")
                .then().statusCode(200);

        long finished = DailyUseBrowserTest.finishQuiz(learner, done);
        long running = DailyUseBrowserTest.as(learner).post("/api/quizzes/" + open + "/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long answered = DailyUseBrowserTest.as(learner).get("/api/attempts/" + running).then().extract().jsonPath()
                .getLong("questions[0].question.id");
        List<String> answer = QuarkusTransaction.requiringNew().call(() -> {
            QuizQuestion q = QuizQuestion.findById(answered);
            return q.type.equals("MULTIPLE_RESPONSE") || q.type.equals("MATCHING") || q.type.equals("ORDERING")
                    ? List.copyOf(q.answer) : List.of(q.answer.get(0));
        });
        DailyUseBrowserTest.as(learner).body(Map.of("questionId", answered, "response", answer, "timeMs", 900))
                .post("/api/attempts/" + running + "/answers").then().statusCode(200);
        List<Long> cards = ReviewTestAccess.meet(learner, 3);
        long wordCard = DailyUseBrowserTest.as(learner).body(Map.of("articleId", Fixtures.seedArticleId(),
                "word", "pembukaan")).post("/api/cards/words").then().statusCode(201).extract().jsonPath().getLong("id");
        // Something due this week, for the teacher's home.
        DailyUseBrowserTest.as(teacher).body(Map.of("setId", open, "due",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(3).toString()))
                .post("/api/classes/" + classId + "/assignments").then().statusCode(201);

        List<String> guestPages = List.of("/", "/masuk", "/daftar", "/masuk?gagal", "/tidak-ada");
        List<String> learnerPages = List.of("/", "/artikel", "/artikel/" + article, "/artikel/" + article + "?kalimat=1",
                "/kuis", "/kuis/" + done, "/kuis/" + open, "/kuis/percobaan/" + running + "/soal/" + answered,
                "/kuis/percobaan/" + finished + "/hasil", "/kuis/" + withdrawn, "/ulasan", "/ulasan/kartu/" + cards.get(0),
                "/ulasan/kartu", "/ulasan/kartu/" + wordCard + "/ubah", "/kemajuan", "/kelas", "/artikel/999999");
        List<String> teacherPages = List.of("/", "/guru", "/guru/kelas", "/guru/kelas/" + classId,
                "/guru/kelas/" + classId + "/laporan", "/guru/kelas/" + classId + "/laporan/set/" + done,
                "/guru/set/" + draft, "/guru/set/" + done, "/guru/set/" + draft + "/soal/baru",
                "/guru/set/" + draft + "/soal/" + draftQuestion + "/ubah", "/guru/artikel/" + article + "/soal",
                "/guru/berkas");

        List<String> faults = new ArrayList<>();
        for (int width : new int[] { 360, 1280 }) {
            try (Browser b = Browser.open(app.toString(), width, 900)) {
                check(b, "guest@" + width, guestPages, faults);
            }
            try (Browser b = Browser.open(app.toString(), width, 900)) {
                b.login(learner, Fixtures.PASSWORD);
                check(b, "learner@" + width, learnerPages, faults);
                // The reader with a word's popover open.
                b.go("/artikel/" + article);
                b.driver().findElement(By.cssSelector("button.word")).click();
                b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='word-popover']")));
                b.waiting().until(d -> !d.findElements(By.cssSelector("[data-testid='word-root']")).isEmpty()
                        || !d.findElements(By.cssSelector("[data-testid='add-word']")).isEmpty());
                b.seriousAccessibilityViolations().forEach(v -> faults.add("learner@" + width + " word popover: " + v));
                if (width == 360) {
                    b.go("/ulasan/kartu/" + wordCard + "/ubah");
                    b.screenshot(Browser.screenshotFile("ulasan-kartu-ubah.png"));
                }
            }
            try (Browser b = Browser.open(app.toString(), width, 900)) {
                b.login(teacher, Fixtures.PASSWORD);
                check(b, "teacher@" + width, teacherPages, faults);
                if (width == 1280) {
                    b.go("/");
                    b.screenshot(Browser.screenshotFile("beranda-guru.png"));
                    b.go("/guru/set/" + done);
                    b.screenshot(Browser.screenshotFile("guru-set-ditugaskan.png"));
                    // axe really looks at the page: a field without a label is found.
                    ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                            "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>');");
                    assertTrue(b.seriousAccessibilityViolations().stream().anyMatch(v -> v.startsWith("label ")),
                            "axe-core finds a field without a label");
                }
            }
        }
        assertEquals(List.of(), faults, "axe-core's critical and serious violations");
    }
}
