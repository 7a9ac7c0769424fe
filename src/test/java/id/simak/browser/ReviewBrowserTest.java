package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.review.ReviewTestAccess;
import id.simak.srs.CardPhase;

/**
 * A learner reviews five due cards with the keyboard alone and undoes one, then opens a word in the reader,
 * sees its root, adds it to the cards and finds it marked. With {@code -Dsimak.screenshots=true} the pictures
 * go to docs/screenshots (else target/screenshots).
 */
@QuarkusTest
class ReviewBrowserTest {

    @TestHTTPResource("/")
    URL app;

    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
    }

    private static String side(Browser b) {
        // Read in one script: htmx may swap the panel between two WebDriver calls.
        return (String) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "var c = document.querySelector(\"[data-testid='review-card']\");"
                        + "return c ? c.getAttribute('data-side') + ':' + c.getAttribute('data-card-id') : 'none';");
    }

    @Test
    void aLearnerReviewsFiveDueCardsWithTheKeyboardUndoesOneAndAddsAWordFromTheReader() {
        String learner = Fixtures.learner("rina-ulas");
        List<Long> cards = ReviewTestAccess.meet(learner, 5);
        Instant now = Instant.now();
        for (Long card : cards) {
            ReviewTestAccess.learned(card, now.minus(Duration.ofDays(4)), 3.0, now.minus(Duration.ofHours(card % 5 + 1)));
        }

        try (Browser b = Browser.open(app.toString(), 360, 1000)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/ulasan");
            assertTrue(b.byTestId("review-counts").getText().contains("Jatuh tempo: 5"));
            assertFalse(b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
            b.screenshot(Browser.screenshotFile("ulasan.png"));

            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                String front = side(b);
                assertTrue(front.startsWith("front:"), "a card's front: " + front);
                seen.add(front.substring(6));
                boolean choice = !b.driver().findElements(By.cssSelector(".choice-form")).isEmpty();
                if (choice) {
                    keys(b, "1");
                    keys(b, Keys.ENTER);
                } else {
                    keys(b, " ");
                }
                b.waiting().until(d -> side(b).equals("back:" + front.substring(6)));
                assertTrue(b.byTestId("review-answer").isDisplayed());
                assertTrue(b.byTestId("interval-3").getText().matches("\\d+ (mnt|jam|hr|bln|th)"),
                        b.byTestId("interval-3").getText());
                if (i == 0) {
                    ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                            "document.querySelector(\"[data-testid='review-card']\").scrollIntoView();");
                    b.screenshot(Browser.screenshotFile("ulasan-jawaban.png"));
                }
                keys(b, "3");
                b.waiting().until(d -> !side(b).equals("back:" + front.substring(6)));
            }
            assertEquals(5, seen.size(), "five different cards");
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='review-empty']")));
            assertTrue(b.byTestId("review-empty").getText().contains("Tidak ada kartu yang jatuh tempo"));
            assertEquals(5, ReviewTestAccess.reviews(learner));

            keys(b, "u");
            b.waiting().until(d -> side(b).startsWith("front:"));
            assertTrue(b.byTestId("review-notice").getText().contains("dibatalkan"));
            assertEquals(4, ReviewTestAccess.reviews(learner));
            assertEquals(1, cards.stream().filter(c -> ReviewTestAccess.phase(c) == CardPhase.REVIEW
                    && ReviewTestAccess.reps(c) == 3).count(), "one card is back as it was");
        }

        try (Browser b = Browser.open(app.toString(), 1000, 1000)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/artikel/" + Fixtures.seedArticleId());
            WebElement word = b.driver().findElement(By.cssSelector("button.word[data-word='pembukaan']"));
            assertFalse(word.getAttribute("class").contains("in-cards"));
            word.click();
            WebElement popover = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid='word-popover']")));
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='word-root']"), "buka"));
            assertTrue(popover.getText().contains("Menjelang pembukaan"), "the word's sentence");
            b.screenshot(Browser.screenshotFile("pembaca-kata.png"));

            b.byTestId("add-word").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='word-notice']"), "Ditambahkan ke kartu"));
            keys(b, Keys.ESCAPE);
            b.waiting().until(ExpectedConditions.invisibilityOf(popover));
            WebElement marked = b.driver().findElement(By.cssSelector("button.word[data-word='pembukaan']"));
            assertTrue(marked.getAttribute("class").contains("in-cards"));
            assertEquals(marked, b.driver().switchTo().activeElement(), "focus is back on the word");

            b.driver().navigate().refresh();
            WebElement again = b.driver().findElement(By.cssSelector("button.word[data-word='pembukaan']"));
            assertTrue(again.getAttribute("class").contains("in-cards"), "still marked after a reload");
            assertTrue(again.getText().startsWith("pembukaan"));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> ReviewTestAccess.hasWordCard(learner, "pembukaan")));
        }
    }

    @Test
    void aLearnerSuspendsACardInHerCardListAndTheReviewNoLongerShowsIt() {
        String learner = Fixtures.learner("rina-kartu");
        List<Long> cards = ReviewTestAccess.meet(learner, 2);
        try (Browser b = Browser.open(app.toString(), 360, 900)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/ulasan");
            assertTrue(b.byTestId("review-counts").getText().contains("Baru: 2"), b.byTestId("review-counts").getText());
            b.byTestId("browse-link").click();
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='card-list']")));
            assertFalse(b.scrollsSideways(), "the card list fits a 360 px phone");
            b.screenshot(Browser.screenshotFile("ulasan-kartu.png"));

            long card = cards.get(0);
            b.byTestId("card-" + card).findElement(By.cssSelector("[data-testid='suspend']")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "ditangguhkan"));
            assertTrue(b.byTestId("card-" + card).findElement(By.cssSelector("[data-testid='card-state']")).getText()
                    .contains("Ditangguhkan"));
            b.go("/ulasan");
            assertTrue(b.byTestId("review-counts").getText().contains("Baru: 1"), b.byTestId("review-counts").getText());
            assertFalse(b.driver().getPageSource().contains("data-card-id=\"" + card + "\""),
                    "the suspended card is not offered");

            // deleting asks first; once confirmed the card is gone
            b.go("/ulasan/kartu");
            b.byTestId("card-" + cards.get(1)).findElement(By.cssSelector("[data-testid='delete']")).click();
            b.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "Kartu dihapus"));
            assertTrue(b.driver().findElements(By.cssSelector("[data-testid='card-" + cards.get(1) + "']")).isEmpty());
            assertEquals(1, b.driver().findElements(By.cssSelector("[data-testid^='card-'][id^='kartu-']")).size());
        }
    }
}
