package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.quiz.QuestionPagesTestAccess;

/**
 * A teacher cuts a long set: ticks five questions and deletes them with one confirmation, moves a question without
 * the page reloading or jumping, filters the list by skill, and is asked before publishing unchecked questions.
 */
@QuarkusTest
class DraftToolsBrowserTest {

    @TestHTTPResource("/")
    URL app;

    private static List<String> prompts(Browser b) {
        return b.driver().findElements(By.cssSelector("[data-testid^='question-'] [data-testid='prompt']")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aTeacherDeletesFiveQuestionsInOneActionAndMovesOneWithoutAReload() {
        String teacher = Fixtures.teacher("bu-sari-pilih");
        long setId = QuestionPagesTestAccess.setOfSeven(teacher);
        try (Browser b = Browser.open(app.toString(), 1000, 700)) {
            b.login(teacher, Fixtures.PASSWORD);
            b.go("/guru/set/" + setId);
            assertEquals(7, prompts(b).size());

            // Move question 6 up: only the list changes, the page is not reloaded and does not jump to the top.
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            js.executeScript("window.simakMarker = 'same page';");
            WebElement up = b.button("↑ Naikkan soal 6");
            js.executeScript("arguments[0].scrollIntoView({block: 'center'});", up);
            long scrolled = ((Number) js.executeScript("return Math.round(window.scrollY);")).longValue();
            assertTrue(scrolled > 0, "the button is below the top of the page");
            up.click();
            b.waiting().until(d -> prompts(b).get(4).equals("Pernyataan 6"));
            assertEquals("same page", js.executeScript("return window.simakMarker;"), "no full reload");
            assertTrue(((Number) js.executeScript("return Math.round(window.scrollY);")).longValue() > 0,
                    "the page did not jump to the top");
            b.waiting().until(d -> d.switchTo().activeElement().getAttribute("id") != null
                    && d.switchTo().activeElement().getAttribute("id").startsWith("naik-"));
            assertTrue(b.byTestId("flash").getText().contains("Urutan soal diubah"));

            // Filter by skill: Tanggal shows the three date questions.
            new Select(b.field("Tampilkan soal keterampilan")).selectByVisibleText("Tanggal");
            b.button("Saring").click();
            b.waiting().until(ExpectedConditions.urlContains("saring=DATE"));
            assertEquals(List.of("Pernyataan 1", "Pernyataan 2", "Pernyataan 3"), prompts(b));
            new Select(b.field("Tampilkan soal keterampilan")).selectByVisibleText("Semua keterampilan");
            b.button("Saring").click();
            b.waiting().until(d -> prompts(b).size() == 7);

            // Tick five and delete them at once: one confirmation.
            for (int i = 1; i <= 5; i++) {
                b.field("Pilih soal " + i).click();
            }
            b.button("Hapus yang dipilih").click();
            b.waiting().until(ExpectedConditions.alertIsPresent());
            assertEquals("Hapus semua soal yang dipilih?", b.driver().switchTo().alert().getText());
            b.driver().switchTo().alert().accept();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "Soal yang dipilih dihapus"));
            assertEquals(List.of("Pernyataan 5", "Pernyataan 7"), prompts(b));

            // Publishing asks first: two questions were never checked.
            b.button("Terbitkan set").click();
            assertTrue(b.byTestId("publish-confirm").getText().contains("2 soal belum diperiksa"),
                    b.byTestId("publish-confirm").getText());
            b.button("Terbitkan juga").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "Set diterbitkan"));
            assertTrue(b.byTestId("set-kind").getText().strip().equalsIgnoreCase("Set soal terbit"), "no longer a draft");
        }
    }
}
