package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.account.Account;
import id.simak.quiz.Attempt;
import id.simak.quiz.QuestionSet;
import id.simak.review.ReviewTestAccess;

/**
 * Issue 13's phone pages at 360 px: the question-file page with long article titles in its selects, the article
 * list and the reader with a long source address, the progress charts (scores and mastery drawn readably), and
 * the review's rating buttons within reach without scrolling.
 */
@QuarkusTest
class PhoneLayoutBrowserTest {

    static final String LONG_TITLE = "Pemerintah Provinsi Jawa Tengah meluncurkan program literasi digital bagi guru "
            + "sekolah dasar di tiga puluh lima kabupaten dan kota";
    static final String LONG_SOURCE = "https://www.antaranews.com/berita/4012345/pemerintah-provinsi-jawa-tengah-"
            + "meluncurkan-program-literasi-digital-bagi-guru-sekolah-dasar?utm_source=antaranews&utm_medium=desktop";
    static final String TEXT = """
            SEMARANG (ANTARA) - Pemerintah Provinsi Jawa Tengah meluncurkan program literasi digital bagi guru sekolah dasar pada Senin (6/5). Program itu menjangkau 1.200 guru di 35 kabupaten dan kota.

            Kepala Dinas Pendidikan Jawa Tengah mengatakan pelatihan berlangsung selama tiga bulan. "Guru harus akrab dengan teknologi agar murid ikut terbiasa," katanya di Semarang.
            """;

    @TestHTTPResource("/")
    URL app;

    private static long width(Browser b) {
        return ((Number) ((JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    private static void fits(Browser b, String page) {
        long w = width(b);
        assertTrue(w <= 360, page + " is " + w + " px wide at 360");
    }

    @Test
    void theTeachersFilePageTheArticlesAndTheReaderFitAPhone() {
        String teacher = Fixtures.teacher("pak-budi-ponsel");
        long article = io.restassured.RestAssured.given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .contentType("application/json")
                .body(Map.of("title", LONG_TITLE, "text", TEXT, "source", LONG_SOURCE)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.publishedSet(article, teacher, LONG_TITLE + " (set terbit untuk kelas lima)");
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.login(teacher, Fixtures.PASSWORD);
            b.go("/guru/berkas");
            fits(b, "/guru/berkas");
            b.go("/artikel");
            fits(b, "/artikel");
            b.go("/artikel/" + article);
            b.waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            fits(b, "the reader");
            assertTrue(b.driver().getPageSource().contains("utm_medium"), "the source is shown, wrapped");
        }
    }

    @Test
    void theProgressChartsAreDrawnReadablyAtThreeHundredSixtyPixels() {
        String learner = Fixtures.learner("dina-ponsel");
        List<Long> cards = ReviewTestAccess.meet(learner, 6);
        Instant now = Instant.now();
        for (int i = 0; i < cards.size(); i++) {
            ReviewTestAccess.learned(cards.get(i), now.minus(Duration.ofDays(3)), 3.0 + i, now.plus(Duration.ofDays(i)));
        }
        String teacher = Fixtures.teacher("bu-ani-ponsel");
        long seed = Fixtures.seedArticleId();
        for (int i = 1; i <= 3; i++) {
            long setId = Fixtures.publishedSet(seed, teacher, "Kuis pemahaman bacaan tentang KTT China-Asia Tengah "
                    + "bagian ke-" + i);
            int correct = i;
            QuarkusTransaction.requiringNew().run(() -> {
                Attempt a = new Attempt();
                a.set = QuestionSet.findById(setId);
                a.account = Account.findByUsername(learner);
                a.questionCount = 3;
                a.correctCount = correct;
                a.startedAt = Instant.now().minus(Duration.ofHours(2));
                a.finishedAt = a.startedAt.plus(Duration.ofMinutes(5));
                a.persist();
            });
        }
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/kemajuan");
            fits(b, "/kemajuan");
            for (String chart : List.of("scores", "mastery")) {
                WebElement canvas = b.byTestId(chart + "-chart");
                b.waiting().until(d -> "true".equals(canvas.getAttribute("data-drawn")));
                // The plotting area Chart.js drew (without axes and labels), and the number of bars in it.
                @SuppressWarnings("unchecked")
                Map<String, Object> area = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(
                        "var c = document.querySelector(\"[data-testid='" + chart + "-chart']\").chart;"
                                + "return {w: c.chartArea.width, h: c.chartArea.height, bars: c.data.labels.length,"
                                + " horizontal: c.options.indexAxis === 'y'};");
                double w = ((Number) area.get("w")).doubleValue();
                double h = ((Number) area.get("h")).doubleValue();
                int bars = ((Number) area.get("bars")).intValue();
                assertTrue(w >= 150 && h >= 60, chart + ": plotting area " + w + " x " + h + " at 360 px");
                double perBar = (Boolean.TRUE.equals(area.get("horizontal")) ? h : w) / bars;
                assertTrue(perBar >= 18, chart + ": " + perBar + " px per bar is squashed");
            }
        }
    }

    @Test
    void theRatingButtonsAreWithinReachOnAPhone() {
        String learner = Fixtures.learner("eko-ponsel");
        List<Long> cards = ReviewTestAccess.meet(learner, 3);
        Instant now = Instant.now();
        for (Long card : cards) {
            ReviewTestAccess.learned(card, now.minus(Duration.ofDays(4)), 3.0, now.minus(Duration.ofHours(1)));
        }
        try (Browser b = Browser.open(app.toString(), 360, 640)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/ulasan");
            fits(b, "/ulasan");
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            if (!b.driver().findElements(By.cssSelector(".choice-form")).isEmpty()) {
                b.driver().findElement(By.cssSelector(".choice-form input")).click();
                b.byTestId("check-answer").click();
            } else {
                b.byTestId("show-answer").click();
            }
            b.waiting().until(d -> !d.findElements(By.cssSelector("[data-testid='rate-3']")).isEmpty());
            js.executeScript("window.scrollTo(0, 0);");
            for (String grade : List.of("1", "2", "3", "4")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) js.executeScript(
                        "var b = document.querySelector(\"[data-testid='rate-" + grade + "']\").getBoundingClientRect();"
                                + "var hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                                + "return {top: b.top, bottom: b.bottom, inner: window.innerHeight,"
                                + " reachable: !!hit && !!hit.closest(\"[data-testid='rate-" + grade + "']\")};");
                double bottom = ((Number) r.get("bottom")).doubleValue();
                double inner = ((Number) r.get("inner")).doubleValue();
                assertTrue(bottom <= inner && ((Number) r.get("top")).doubleValue() >= 0,
                        "rating " + grade + " is on screen without scrolling: " + r);
                assertTrue(Boolean.TRUE.equals(r.get("reachable")), "rating " + grade + " is not covered: " + r);
            }
        }
    }
}
