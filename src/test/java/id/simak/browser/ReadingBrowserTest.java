package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A newcomer registers, logs in and reads the seed article, on a 360 px wide phone screen. */
@QuarkusTest
class ReadingBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aNewcomerRegistersLogsInAndReadsTheSeedArticle() {
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.go("/");
            b.link("Daftar").click();
            b.field("Nama tampilan").sendKeys("Rina Pembaca");
            b.field("Nama pengguna").sendKeys("rina");
            b.field("Kata sandi").sendKeys("rahasia-rina");
            b.button("Daftar").click();

            // Issue 13: registering signs the new account in and lands on the home page.
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='signed-in-as']"), "Rina Pembaca"));
            assertTrue(b.byTestId("today-cards").isDisplayed(), "the learner's home, not the login page");
            b.screenshot(Path.of("target/screenshots/beranda.png"));
            b.link("Artikel").click();
            WebElement seed = b.byTestId("article-list").findElement(By.partialLinkText("Menjelang pembukaan"));
            seed.click();

            WebElement heading = b.driver().findElement(By.xpath("//h2[normalize-space()='KEPERCAYAAN POLITIK TIMBAL BALIK']"));
            assertTrue(heading.isDisplayed());
            List<WebElement> captions = b.driver().findElements(By.tagName("figcaption"));
            assertEquals(1, captions.size());
            assertTrue(captions.get(0).getText().startsWith("Foto dari udara"));
            assertEquals(360L, ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return window.innerWidth;"));
            assertTrue(!b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
            b.screenshot(Path.of("target/screenshots/pembaca.png"));

            // Issue 13: the words are one tab stop, the arrow keys move between them.
            List<WebElement> stops = b.driver().findElements(By.cssSelector("[data-testid='reader'] button.word[tabindex='0']"));
            assertEquals(1, stops.size(), "one tab stop for all the words");
            List<WebElement> words = b.driver().findElements(By.cssSelector("[data-testid='reader'] button.word"));
            assertTrue(words.size() > 100, "a long text: " + words.size());
            stops.get(0).click();
            b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            words.get(0).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            assertEquals(words.get(1), b.driver().switchTo().activeElement(), "the right arrow goes to the next word");
            assertEquals("0", words.get(1).getDomAttribute("tabindex"));
            assertEquals("-1", words.get(0).getDomAttribute("tabindex"));
        }
    }
}
