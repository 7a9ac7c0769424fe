package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.quiz.QuizQuestion;

/**
 * The whole teacher's path of issue 6: a teacher pastes a new article, fixes a generated question, publishes,
 * creates a class and assigns the set; a learner joins with the code shown on the page and takes the set; the
 * teacher opens the class report and sees the learner's score. With {@code -Dsimak.screenshots=true} the picture
 * of the report goes to docs/screenshots (else target/screenshots).
 */
@QuarkusTest
class TeacherFlowBrowserTest {

    /** A short news text written for this test: a date and a place, so the draft stays small. */
    static final String ARTICLE = "MAKASSAR (ANTARA) - Pemerintah Kota Makassar membuka pasar buku murah di Lapangan "
            + "Karebosi pada Sabtu (18/3). Pasar itu menjual 5.000 buku bekas dari berbagai penerbit. \"Kami ingin "
            + "warga lebih mudah membeli buku,\" kata Kepala Dinas Perpustakaan Makassar Andi Rahman. Pasar buku murah "
            + "itu akan buka setiap akhir pekan hingga April.";

    static final String TITLE = "Pasar buku murah Makassar";

    @TestHTTPResource("/")
    URL app;

    record Known(String type, List<String> answer) {}

    private static Known known(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizQuestion q = QuizQuestion.findById(questionId);
            return new Known(q.type, List.copyOf(q.answer));
        });
    }

    private static Path screenshot(String name) {
        return Path.of(Boolean.getBoolean("simak.screenshots") ? "docs/screenshots" : "target/screenshots", name);
    }

    private static void click(WebDriver d, WebElement e) {
        ((JavascriptExecutor) d).executeScript("arguments[0].click();", e);
    }

    private static void flash(Browser b, String text) {
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
                text));
    }

    @Test
    void aTeacherPublishesAndAssignsASetALearnerTakesItAndTheTeacherSeesTheScore() {
        String teacher = Fixtures.teacher("bu-sari-laporan");
        String learner = Fixtures.learner("dimas-laporan");
        try (Browser t = Browser.open(app.toString(), 1100, 1300)) {
            ClassesBrowserTest.logIn(t, teacher);

            // Paste the article: the draft is generated.
            t.link("Guru").click();
            t.field("Judul").sendKeys(TITLE);
            t.field("Sumber").sendKeys("Uji Selenium");
            t.field("Teks artikel").sendKeys(ARTICLE);
            t.button("Simpan artikel").click();
            t.waiting().until(ExpectedConditions.urlMatches(".*/guru/artikel/\\d+/soal.*"));
            int drafted = t.driver().findElements(By.cssSelector("[data-testid^='question-']")).size();
            assertTrue(drafted >= 1, "the generator drafted questions");

            // Fix the first question's wording, then publish.
            String fixed = "Di lapangan mana pasar buku murah dibuka?";
            t.link("Ubah soal 1").click();
            WebElement prompt = t.field("Pertanyaan");
            prompt.clear();
            prompt.sendKeys(fixed);
            t.button("Simpan soal").click();
            flash(t, "Soal disimpan");
            assertEquals(fixed, t.byTestId("question-1").findElement(By.cssSelector("[data-testid='prompt']")).getText());
            t.button("Terbitkan set").click();
            if (drafted > 1) {
                t.button("Terbitkan juga").click();
            }
            flash(t, "Set diterbitkan");

            // Create a class and assign the set.
            t.go("/guru/kelas");
            t.field("Nama kelas").sendKeys("IX C Literasi");
            t.button("Buat kelas").click();
            t.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "IX C Literasi"));
            String code = t.byTestId("join-code").getText().strip();
            Select sets = new Select(t.field("Set soal"));
            WebElement option = sets.getOptions().stream().filter(o -> o.getText().startsWith(TITLE)).findFirst()
                    .orElseThrow();
            sets.selectByValue(option.getAttribute("value"));
            WebElement due = t.field("Tenggat");
            due.sendKeys("02122030");
            if (!"2030-12-02".equals(due.getAttribute("value"))) {
                due.clear();
                due.sendKeys("12022030");
            }
            t.button("Tugaskan").click();
            flash(t, "Set soal sudah ditugaskan.");
            String classUrl = t.driver().getCurrentUrl();

            // The learner joins with the code shown and takes the set, slipping on one question.
            int total = 0;
            int right = 0;
            try (Browser l = Browser.open(app.toString(), 360, 900)) {
                ClassesBrowserTest.logIn(l, learner);
                l.link("Kelas").click();
                l.field("Kode kelas").sendKeys(code);
                l.button("Gabung").click();
                flash(l, "Anda sudah bergabung ke kelas.");
                l.link("Kerjakan").click();
                click(l.driver(), l.byTestId("start-quiz"));
                while (true) {
                    WebElement form = l.waiting().until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid='question'] form[data-quiz-form]")));
                    long questionId = Long.parseLong(form.findElement(By.name("questionId")).getAttribute("value"));
                    Known k = known(questionId);
                    total++;
                    boolean slip = right == 0 && total == 1
                            && (k.type().equals("MULTIPLE_CHOICE") || k.type().equals("TRUE_FALSE"));
                    answer(l.driver(), form, k, slip);
                    WebElement verdict = l.waiting().until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid='verdict']")));
                    assertEquals(slip ? "✗ Belum tepat." : "✓ Benar!", verdict.getText(), k.type() + " " + k.answer());
                    if (!slip) {
                        right++;
                    }
                    WebElement next = l.byTestId("next");
                    boolean last = next.getAttribute("href").endsWith("/hasil");
                    click(l.driver(), next);
                    if (last) {
                        break;
                    }
                    l.waiting().until(ExpectedConditions.stalenessOf(verdict));
                }
                int percent = Math.round(100f * right / total);
                l.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='score']")));
                assertEquals("Skor Anda: " + right + " dari " + total + " (" + percent + "%)",
                        l.byTestId("score").getText());
            }

            // The teacher opens the report from the class page and sees the learner's score.
            t.driver().get(classUrl);
            t.link("Laporan kelas").click();
            t.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                    "Laporan: IX C Literasi"));
            WebElement row = t.byTestId("learner-" + learner);
            String cell = row.findElement(By.cssSelector("td.status-cell")).getText();
            assertTrue(cell.contains("Tepat waktu"), cell);
            String score = right + "/" + total + " (" + Math.round(100.0 * right / total) + " %)";
            assertTrue(cell.contains("Terbaik: " + score), cell + " / " + score);
            assertFalse(t.scrollsSideways());
            t.screenshot(screenshot("guru-laporan.png"));

            // And the item statistics of the set, counted over first attempts.
            t.link("Statistik soal: " + TITLE).click();
            t.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='items-table']")));
            assertTrue(t.byTestId("first-attempts").getText().contains("1 dari 1 murid sudah menjawab"));
            assertEquals(total, t.byTestId("items-table").findElements(By.cssSelector("tbody tr")).size());
        }

        // On a 360 px phone the wide tables scroll inside their frame, not the page.
        try (Browser phone = Browser.open(app.toString(), 360, 800)) {
            ClassesBrowserTest.logIn(phone, teacher);
            phone.go("/guru/kelas");
            phone.link("IX C Literasi").click();
            phone.link("Laporan kelas").click();
            assertTrue(phone.byTestId("learner-" + learner).getText().contains("Tepat waktu"));
            assertFalse(phone.scrollsSideways(), "the report fits 360 px");
            phone.link("Statistik soal: " + TITLE).click();
            assertTrue(phone.byTestId("items-table").isDisplayed());
            assertFalse(phone.scrollsSideways(), "the item statistics fit 360 px");
        }
    }

    /** Answers with clicks and typing: the right answer, or a wrong choice when told to slip. */
    private static void answer(WebDriver d, WebElement form, Known k, boolean slip) {
        switch (k.type()) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE", "MULTIPLE_RESPONSE" -> {
                List<WebElement> inputs = form.findElements(By.cssSelector("[data-choice]"));
                for (WebElement input : inputs) {
                    boolean isRight = k.answer().contains(input.getAttribute("value"));
                    if (slip ? !isRight : isRight) {
                        click(d, input);
                        if (slip) {
                            break;
                        }
                    }
                }
            }
            case "CLOZE" -> form.findElement(By.id("cloze")).sendKeys(k.answer().get(0));
            case "MATCHING" -> {
                List<WebElement> selects = form.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    new Select(selects.get(i)).selectByVisibleText(k.answer().get(i));
                }
            }
            case "ORDERING" -> {
                boolean swapped = true;
                while (swapped) {
                    swapped = false;
                    List<String> order = new ArrayList<>();
                    for (WebElement item : form.findElements(By.cssSelector(".ordering-text"))) {
                        order.add(item.getText());
                    }
                    for (int i = 0; i + 1 < order.size(); i++) {
                        if (k.answer().indexOf(order.get(i)) > k.answer().indexOf(order.get(i + 1))) {
                            click(d, form.findElement(By.cssSelector("[aria-label='Turunkan: " + order.get(i) + "']")));
                            swapped = true;
                            break;
                        }
                    }
                }
            }
            default -> throw new AssertionError(k.type());
        }
        click(d, form.findElement(By.cssSelector("[data-testid='check']")));
    }
}
