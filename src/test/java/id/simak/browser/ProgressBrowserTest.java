package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.review.ReviewTestAccess;

/**
 * A learner with a few days of reviews opens the progress page: the figures of today, the charts drawn by Chart.js,
 * and each chart's table behind "Tampilkan sebagai tabel"; on a phone the page does not scroll sideways. With
 * {@code -Dsimak.screenshots=true} the picture goes to docs/screenshots (else target/screenshots).
 */
@QuarkusTest
class ProgressBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theLearnerSeesTodaysFiguresAndTheChartsWithTheirTables() {
        String learner = Fixtures.learner("putri-grafik");
        List<Long> cards = ReviewTestAccess.meet(learner, 6);
        Instant now = Instant.now();
        for (int i = 0; i < 4; i++) {
            // learned days ago, some due now and some in the coming days
            ReviewTestAccess.learned(cards.get(i), now.minus(Duration.ofDays(3)), 3.0 + i, now.plus(Duration.ofDays(i)));
        }
        for (Long card : cards.subList(0, 3)) {
            io.restassured.RestAssured.given().auth().preemptive().basic(learner, Fixtures.PASSWORD)
                    .contentType("application/json").body(Map.of("cardId", card, "rating", "GOOD", "durationMs", 2500))
                    .post("/api/reviews").then().statusCode(200);
        }
        try (Browser b = Browser.open(app.toString(), 1200, 1400)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/kemajuan");
            assertEquals("3", b.byTestId("done-today").getText());
            assertEquals("3", b.byTestId("total-reviews").getText());
            for (String chart : List.of("reviews", "forecast", "mastery", "retention")) {
                WebElement canvas = b.byTestId(chart + "-chart");
                b.waiting().until(d -> "true".equals(canvas.getAttribute("data-drawn")));
                assertTrue(canvas.getSize().getHeight() > 100, chart + " chart has a size");
            }
            // Chart.js drew the reviews chart from its table: today's bar is 3.
            Object today = ((JavascriptExecutor) b.driver()).executeScript(
                    "var c = document.getElementById('reviews-chart').chart; var d = c.data.datasets[0].data;"
                            + "return d[d.length - 1];");
            assertEquals(3L, ((Number) today).longValue());
            b.screenshot(Browser.screenshotFile("kemajuan.png"));
            WebElement table = b.byTestId("reviews-table");
            assertFalse(table.isDisplayed(), "the table waits behind its summary");
            b.driver().findElement(By.cssSelector("#reviews-table")).findElement(By.xpath("ancestor::details/summary"))
                    .click();
            assertTrue(table.isDisplayed());
        }
        try (Browser phone = Browser.open(app.toString(), 360, 900)) {
            phone.login(learner, Fixtures.PASSWORD);
            phone.go("/kemajuan");
            phone.waiting().until(d -> "true".equals(phone.byTestId("reviews-chart").getAttribute("data-drawn")));
            assertFalse(phone.scrollsSideways(), "the progress page fits a 360 px phone");
        }
    }
}
