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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.quiz.QuizQuestion;

/**
 * A learner takes the seed article's quiz with the keyboard alone: number keys, arrows, Tab and Enter; no mouse
 * after logging in. They see the explanation and the evidence link, the results, and retry the wrong ones.
 */
@QuarkusTest
class QuizBrowserTest {

    @TestHTTPResource("/")
    URL app;

    /** What the test knows about a question: its stored answer (the page never shows it first). */
    record Known(String type, List<String> choices, List<String> answer) {}

    private static Known known(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizQuestion q = QuizQuestion.findById(questionId);
            return new Known(q.type, q.choices, q.answer);
        });
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Waits until the element with the focus has this attribute value (autofocus lands just after loading). */
    private static void assertFocus(Browser b, String attribute, String value) {
        b.waiting().withMessage(() -> "focus on " + attribute + "=" + value + ", not on "
                + focused(b.driver()).getAttribute("outerHTML"))
                .until(d -> value.equals(focused(d).getAttribute(attribute)));
    }

    private static void logIn(Browser b, String username) {
        b.go("/masuk");
        b.field("Nama pengguna").sendKeys(username);
        b.field("Kata sandi").sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='signed-in-as']")));
    }

    /** Marks the page in the browser, so that {@link #waitForNextPage} knows when another one has loaded. */
    private static void markPage(WebDriver d) {
        ((JavascriptExecutor) d).executeScript("window.simakOldPage = true;");
    }

    private static void waitForNextPage(Browser b) {
        b.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.simakOldPage && document.readyState === 'complete';"));
    }

    /** Presses Enter and waits for the next page. */
    private static void enterAndWait(Browser b) {
        markPage(b.driver());
        keys(b.driver(), Keys.ENTER);
        waitForNextPage(b);
    }

    @Test
    void aLearnerTakesTheSeedQuizWithTheKeyboardOnlyAndRetriesTheWrongOnes() {
        long setId = Fixtures.publishSeedQuiz();
        long seed = Fixtures.seedArticleId();
        String username = Fixtures.learner("rani-kuis");
        try (Browser b = Browser.open(app.toString(), 1280, 900)) {
            WebDriver d = b.driver();
            logIn(b, username);
            b.go("/kuis/" + setId);
            assertFocus(b, "data-testid", "start-quiz");
            enterAndWait(b);

            int draft = QuarkusTransaction.requiringNew().call(
                    () -> id.simak.quiz.QuestionSet.<id.simak.quiz.QuestionSet>findById(setId).questions.size());
            int total = 0;
            int choices = 0;
            int right = 0;
            int wrong = 0;
            boolean screenshot = false;
            while (true) {
                WebElement question = b.byTestId("question");
                WebElement form = question.findElement(By.cssSelector("form[data-quiz-form]"));
                long questionId = Long.parseLong(form.findElement(By.name("questionId")).getAttribute("value"));
                Known k = known(questionId);
                total++;
                String progress = b.byTestId("quiz-progress").getText();
                assertTrue(progress.startsWith("Soal " + total + " dari "), progress);
                // The learner slips on the first choice question and on every fourth after it, so there is something to retry.
                boolean choice = k.type().equals("MULTIPLE_CHOICE") || k.type().equals("TRUE_FALSE");
                boolean slip = choice && choices++ % 4 == 0;
                answer(b, form, k, slip);
                if (slip) {
                    wrong++;
                } else {
                    right++;
                }

                WebElement verdict = b.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid='verdict']")));
                assertEquals(slip ? "✗ Belum tepat." : "✓ Benar!", verdict.getText(), k.type() + " " + k.answer());
                assertFalse(b.byTestId("explanation").getText().isBlank());
                String link = b.byTestId("evidence-link").getAttribute("href");
                assertTrue(link.matches(".*/artikel/" + seed + "\\?kalimat=(\\d+)#kalimat-\\1"), link);
                assertFocus(b, "data-testid", "next");
                if (slip && !screenshot) {
                    ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0);");
                    b.screenshot(Path.of("target/screenshots/kuis.png"));
                    screenshot = true;
                }
                boolean last = b.byTestId("next").getAttribute("href").endsWith("/hasil");
                enterAndWait(b);
                if (last) {
                    break;
                }
            }
            assertEquals(draft, total, "the whole seed quiz");
            assertTrue(wrong > 0, "a slip to retry");
            assertTrue(screenshot);

            int percent = Math.round(100f * right / total);
            assertEquals("Skor Anda: " + right + " dari " + total + " (" + percent + "%)", b.byTestId("score").getText());
            assertEquals(total, b.byTestId("review").findElements(By.cssSelector(":scope > li")).size());
            b.screenshot(Path.of("target/screenshots/kuis-hasil.png"));
            assertFocus(b, "data-testid", "retry-wrong");
            assertEquals("Ulangi yang salah (" + wrong + ")", focused(d).getText());
            enterAndWait(b);
            assertEquals("Soal 1 dari " + wrong, b.byTestId("quiz-progress").getText());
            assertTrue(d.getPageSource().contains("Mengulang soal yang salah"));
        }

        try (Browser phone = Browser.open(app.toString(), 360, 800)) {
            logIn(phone, username);
            phone.go("/kuis/" + setId);
            assertEquals(360L, ((JavascriptExecutor) phone.driver()).executeScript("return window.innerWidth;"));
            assertFalse(phone.scrollsSideways(), "no sideways scrolling on a 360 px phone (question)");
            WebElement form = phone.byTestId("question").findElement(By.cssSelector("form[data-quiz-form]"));
            Known k = known(Long.parseLong(form.findElement(By.name("questionId")).getAttribute("value")));
            answer(phone, form, k, false);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='verdict']")));
            assertFalse(phone.scrollsSideways(), "no sideways scrolling on a 360 px phone (feedback)");
            phone.go("/kuis");
            assertFalse(phone.scrollsSideways(), "no sideways scrolling on a 360 px phone (list)");
        }
    }

    /** Answers the question on the page with keys only, rightly unless told to slip, and checks it. */
    private static void answer(Browser b, WebElement form, Known k, boolean slip) {
        WebDriver d = b.driver();
        markPage(d);
        switch (k.type()) {
            case "MULTIPLE_CHOICE", "TRUE_FALSE", "MULTIPLE_RESPONSE" -> {
                List<String> shown = new ArrayList<>();
                for (WebElement input : form.findElements(By.cssSelector("[data-choice]"))) {
                    shown.add(input.getAttribute("value"));
                }
                List<String> pick = slip
                        ? List.of(shown.stream().filter(c -> !k.answer().contains(c)).findFirst().orElseThrow())
                        : k.answer();
                for (String p : pick) {
                    keys(d, String.valueOf(shown.indexOf(p) + 1));
                }
                keys(d, Keys.ENTER);
            }
            case "CLOZE" -> {
                assertFocus(b, "id", "cloze");
                // Typed in lower case with extra spaces: graded tolerantly.
                keys(d, "  " + k.answer().get(0).toLowerCase(java.util.Locale.ROOT) + " ", Keys.ENTER);
            }
            case "MATCHING" -> {
                List<WebElement> selects = form.findElements(By.tagName("select"));
                assertFocus(b, "id", "match-0");
                for (int i = 0; i < selects.size(); i++) {
                    List<String> options = new ArrayList<>();
                    for (WebElement o : selects.get(i).findElements(By.tagName("option"))) {
                        options.add(o.getText());
                    }
                    int steps = options.indexOf(k.answer().get(i));
                    for (int s = 0; s < steps; s++) {
                        keys(d, Keys.ARROW_DOWN);
                    }
                    assertEquals(k.answer().get(i), selects.get(i).getAttribute("value"));
                    if (i + 1 < selects.size()) {
                        keys(d, Keys.TAB);
                    }
                }
                keys(d, Keys.ENTER);
            }
            case "ORDERING" -> {
                // Bubble sort with the "Turun" buttons: Tab and Shift+Tab move between the buttons, Enter presses one.
                List<String> order = new ArrayList<>();
                for (WebElement item : form.findElements(By.cssSelector(".ordering-text"))) {
                    order.add(item.getText());
                }
                int focus = 0; // the first "Naik" button has the focus
                assertFocus(b, "data-move", "up");
                boolean swapped = true;
                while (swapped) {
                    swapped = false;
                    for (int i = 0; i + 1 < order.size(); i++) {
                        if (k.answer().indexOf(order.get(i)) > k.answer().indexOf(order.get(i + 1))) {
                            focus = moveFocus(d, focus, 2 * i + 1);
                            assertEquals("Turunkan: " + order.get(i), focused(d).getAttribute("aria-label"));
                            keys(d, Keys.ENTER);
                            order.add(i + 1, order.remove(i));
                            focus = 2 * (i + 1) + 1; // the moved item's button keeps the focus
                            swapped = true;
                        }
                    }
                }
                List<String> onPage = new ArrayList<>();
                for (WebElement item : form.findElements(By.cssSelector(".ordering-text"))) {
                    onPage.add(item.getText());
                }
                assertEquals(k.answer(), onPage);
                moveFocus(d, focus, 2 * order.size());
                assertEquals("check", focused(d).getAttribute("data-testid"));
                keys(d, Keys.ENTER);
            }
            default -> throw new AssertionError(k.type());
        }
        waitForNextPage(b);
    }

    private static int moveFocus(WebDriver d, int from, int to) {
        for (int i = from; i < to; i++) {
            keys(d, Keys.TAB);
        }
        for (int i = from; i > to; i--) {
            new Actions(d).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        return to;
    }
}
