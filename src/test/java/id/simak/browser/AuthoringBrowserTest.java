package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/**
 * A teacher pastes a new article, fixes a generated question, accepts another, adds a cloze question, moves a
 * question with the keyboard, and publishes the set; the set then shows as published on the teacher's page.
 */
@QuarkusTest
class AuthoringBrowserTest {

    /** A news text written for this test (not the seed). */
    static final String ARTICLE = """
            SURABAYA (ANTARA) - Pemerintah Kota Surabaya meresmikan perpustakaan keliling baru di Kecamatan Rungkut pada Senin (13/3). Perpustakaan itu membawa 2.500 buku ke 40 sekolah dasar setiap bulan.

            Wali Kota Surabaya Eri Cahyadi mengatakan program ini menyasar anak-anak yang tinggal jauh dari perpustakaan kota. "Membaca harus menjadi kebiasaan sejak kecil, bukan hanya tugas sekolah," kata Eri di Balai Kota Surabaya.

            Dinas Perpustakaan dan Kearsipan (Dispusip) Surabaya mencatat jumlah pengunjung perpustakaan naik 15 persen sepanjang 2022. Pada tahun berikutnya, Dispusip menargetkan lima mobil perpustakaan tambahan untuk Kecamatan Benowo, Lakarsantri, dan Pakal.
            """;

    @TestHTTPResource("/")
    URL app;

    @Test
    void aTeacherPastesAnArticleFixesAndAcceptsQuestionsAddsAClozeAndPublishes() {
        String teacher = Fixtures.teacher("bu-rahma");
        try (Browser b = Browser.open(app.toString(), 1100, 1300)) {
            b.go("/masuk");
            b.field("Nama pengguna").sendKeys(teacher);
            b.field("Kata sandi").sendKeys(Fixtures.PASSWORD);
            b.button("Masuk").click();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='signed-in-as']")));

            b.link("Guru").click();
            b.field("Judul").sendKeys("Perpustakaan keliling Surabaya");
            b.field("Sumber").sendKeys("Uji Selenium");
            b.field("Teks artikel").sendKeys(ARTICLE);
            b.button("Simpan artikel").click();

            // Lands on the article's draft.
            b.waiting().until(ExpectedConditions.urlMatches(".*/guru/artikel/\\d+/soal.*"));
            assertTrue(b.byTestId("flash").getText().contains("Artikel disimpan"));
            assertEquals("Perpustakaan keliling Surabaya", b.byTestId("set-title").getText());
            assertTrue(b.driver().findElements(By.cssSelector("[data-testid^='question-']")).size() >= 3,
                    "the generator drafted questions");

            // Fix the first generated question: a clearer prompt.
            String fixed = "Berapa buku yang dibawa perpustakaan keliling setiap bulan?";
            b.link("Ubah soal 1").click();
            WebElement prompt = b.field("Pertanyaan");
            prompt.clear();
            prompt.sendKeys(fixed);
            b.button("Simpan soal").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "Soal disimpan"));
            WebElement first = b.byTestId("question-1");
            assertEquals(fixed, first.findElement(By.cssSelector("[data-testid='prompt']")).getText());
            assertFalse(first.findElements(By.cssSelector("[data-testid='reviewed']")).isEmpty(), "an edited question is accepted");

            // Accept the second as it is.
            String secondPrompt = b.byTestId("question-2").findElement(By.cssSelector("[data-testid='prompt']")).getText();
            b.button("Terima soal 2").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "Soal diterima"));
            WebElement second = b.byTestId("question-2");
            assertEquals(secondPrompt, second.findElement(By.cssSelector("[data-testid='prompt']")).getText());
            assertFalse(second.findElements(By.cssSelector("[data-testid='reviewed']")).isEmpty());
            assertEquals(second, b.driver().switchTo().activeElement(), "focus comes back to the accepted question");

            // Move the fixed question down with the keyboard: focus stays on its button.
            b.button("↓ Turunkan soal 1").sendKeys(Keys.ENTER);
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "Urutan soal diubah"));
            assertEquals(fixed, b.byTestId("question-2").findElement(By.cssSelector("[data-testid='prompt']")).getText());
            WebElement moved = b.byTestId("question-2").findElement(By.cssSelector("button[id^='turun-']"));
            assertEquals(moved, b.driver().switchTo().activeElement(), "focus stays on the button just used");

            // Add a cloze question: the form follows the type.
            int before = b.driver().findElements(By.cssSelector("[data-testid^='question-']")).size();
            b.link("Tambah soal").click();
            new Select(b.field("Jenis soal")).selectByVisibleText("Isian");
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[normalize-space()='Jawaban 1']")));
            assertEquals("Isian", b.byTestId("form-type").getText());
            new Select(b.field("Keterampilan")).selectByVisibleText("Tempat");
            b.field("Pertanyaan").sendKeys("Perpustakaan keliling baru diresmikan di Kecamatan ____.");
            b.field("Jawaban 1").sendKeys("Rungkut");
            new Select(b.field("Kalimat bukti")).selectByValue("0");
            b.button("Simpan soal").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "Soal ditambahkan"));
            List<WebElement> questions = b.driver().findElements(By.cssSelector("[data-testid^='question-']"));
            assertEquals(before + 1, questions.size());
            WebElement cloze = questions.get(questions.size() - 1);
            assertTrue(cloze.getText().contains("Kecamatan ____"));
            assertTrue(cloze.getText().contains("Rungkut"));
            assertTrue(cloze.getText().contains("Isian"));

            // Publish: the page says how many questions nobody has checked, as they are published too.
            assertTrue(b.byTestId("unreviewed").getText().contains((questions.size() - 3) + " soal belum diperiksa"),
                    b.byTestId("unreviewed").getText());
            b.button("Terbitkan set").click();
            // Questions nobody checked: the page asks first, with their number.
            assertTrue(b.byTestId("publish-confirm").getText().contains((questions.size() - 3) + " soal belum diperiksa"),
                    b.byTestId("publish-confirm").getText());
            b.button("Terbitkan juga").click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "Set diterbitkan"));
            assertTrue(b.byTestId("set-kind").getText().strip().equalsIgnoreCase("Set soal terbit"),
                    "a published set no longer reads as a draft: " + b.byTestId("set-kind").getText());
            assertEquals("Terbit", b.byTestId("set-status").getText());
            assertTrue(b.driver().findElements(By.xpath("//button[starts-with(normalize-space(), 'Terima')]")).isEmpty(),
                    "a published set is not edited");
            ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
            b.screenshot(Path.of("target/screenshots/guru-soal.png"));

            // The teacher's page shows the set as published, with its counts.
            b.link("Guru").click();
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('mine-heading').scrollIntoView()");
            WebElement row = b.byTestId("my-sets").findElement(By.xpath(".//tr[td/a[normalize-space()='Perpustakaan keliling Surabaya']]"));
            assertTrue(row.getText().contains("Terbit"), row.getText());
            b.screenshot(Path.of("target/screenshots/guru.png"));
        }
    }

    @Test
    void theDraftAndTheQuestionFormFitAPhoneScreen() {
        String teacher = Fixtures.teacher("pak-joko");
        long article = io.restassured.RestAssured.given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .contentType("application/json").body(java.util.Map.of("text", ARTICLE)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.go("/masuk");
            b.field("Nama pengguna").sendKeys(teacher);
            b.field("Kata sandi").sendKeys(Fixtures.PASSWORD);
            b.button("Masuk").click();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='signed-in-as']")));
            b.go("/guru/artikel/" + article + "/soal");
            assertTrue(b.byTestId("question-1").isDisplayed());
            assertFalse(b.scrollsSideways(), "the draft fits 360 px");
            b.link("Tambah soal").click();
            new Select(b.field("Jenis soal")).selectByVisibleText("Menjodohkan");
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[normalize-space()='Kanan 1']")));
            assertFalse(b.scrollsSideways(), "the question form fits 360 px");
            b.screenshot(Path.of("target/screenshots/guru-soal-baru-ponsel.png"));
        }
    }
}
