package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/**
 * A teacher creates a class and assigns a published set with a due date; a learner joins with the code shown
 * on the teacher's page and sees the assignment with its Indonesian date and a link to take it.
 */
@QuarkusTest
class ClassesBrowserTest {

    static final String ARTICLE = "Surabaya (ANTARA) - Dinas Perpustakaan Surabaya meminjamkan 3.000 buku lewat mobil "
            + "keliling pada Sabtu (4/3). \"Anak-anak paling suka buku cerita,\" kata Kepala Dinas Perpustakaan. Mobil "
            + "itu singgah di Wonokromo, Rungkut, dan Tandes.";

    @TestHTTPResource("/")
    URL app;

    static void logIn(Browser b, String username) {
        b.go("/masuk");
        b.field("Nama pengguna").sendKeys(username);
        b.field("Kata sandi").sendKeys(Fixtures.PASSWORD);
        b.button("Masuk").click();
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='signed-in-as']")));
    }

    @Test
    void aTeacherAssignsAPublishedSetAndALearnerJoinsAndSeesIt() {
        String teacher = Fixtures.teacher("guru-peramban-kelas");
        String learner = Fixtures.learner("murid-peramban-kelas");
        long setId = Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), teacher, "Perpustakaan keliling");
        String code;
        try (Browser b = Browser.open(app.toString(), 360, 1500)) {
            logIn(b, teacher);
            b.go("/kelas");
            b.link("Kelas saya").click();
            b.field("Nama kelas").sendKeys("VIII B Bahasa Indonesia");
            b.button("Buat kelas").click();

            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                    "VIII B Bahasa Indonesia"));
            assertTrue(b.byTestId("flash").getText().contains("Kelas sudah dibuat"));
            code = b.byTestId("join-code").getText().strip();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);

            new Select(b.field("Set soal")).selectByValue(Long.toString(setId));
            WebElement due = b.field("Tenggat");
            due.sendKeys("02122030"); // day, month, year: the field's order in an Indonesian Chromium
            if (!"2030-12-02".equals(due.getAttribute("value"))) {
                due.clear();
                due.sendKeys("12022030"); // the month first: headless Chromium may order the field the American way
            }
            assertEquals("2030-12-02", due.getAttribute("value"));
            b.field("Catatan untuk murid (boleh kosong)").sendKeys("Baca artikelnya dulu.");
            WebElement before = b.byTestId("flash");
            b.button("Tugaskan").click();
            // Wait for the new page first: the old page's notice may vanish under a check of its text.
            b.waiting().until(ExpectedConditions.stalenessOf(before));
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "Set soal sudah ditugaskan."));
            WebElement assignments = b.byTestId("assignment-list");
            assertTrue(assignments.getText().contains("Perpustakaan keliling"));
            assertTrue(assignments.getText().contains("Senin, 2 Desember 2030"));
            assertTrue(!b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
            ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0);");
            b.screenshot(Path.of("target/screenshots/guru-kelas.png"));
        }

        try (Browser b = Browser.open(app.toString(), 360, 1500)) {
            logIn(b, learner);
            b.link("Kelas").click();
            b.field("Kode kelas").sendKeys(code.toLowerCase());
            b.button("Gabung").click();

            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid='flash']"), "Anda sudah bergabung ke kelas."));
            WebElement card = b.driver().findElement(By.xpath("//section[h2[normalize-space()='VIII B Bahasa Indonesia']]"));
            assertTrue(card.getText().contains("Guru: Uji guru-peramban-kelas"), card.getText());
            assertTrue(card.getText().contains("Perpustakaan keliling"));
            assertTrue(card.getText().contains("Tenggat: Senin, 2 Desember 2030"), card.getText());
            assertTrue(card.getText().contains("Baca artikelnya dulu."));
            WebElement take = card.findElement(By.linkText("Kerjakan"));
            assertTrue(take.getAttribute("href").endsWith("/kuis/" + setId), take.getAttribute("href"));
            assertEquals("page", b.link("Kelas").getAttribute("aria-current"));
            assertTrue(!b.scrollsSideways(), "no sideways scrolling on a 360 px phone");
            b.screenshot(Path.of("target/screenshots/kelas.png"));
        }
    }
}
