package id.simak.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/**
 * Every page a learner and a teacher reach from the navigation fits a 360 px phone without sideways scrolling
 * and has one main heading; the pages not pictured by the feature tests are photographed for the README (with
 * {@code -Dsimak.screenshots=true} into docs/screenshots, else target/screenshots).
 */
@QuarkusTest
class PagesBrowserTest {

    @TestHTTPResource("/")
    URL app;

    private static void fits(Browser b, String path) {
        b.go(path);
        assertFalse(b.scrollsSideways(), path + " scrolls sideways on a 360 px phone");
        assertTrue(b.driver().findElements(By.tagName("h1")).size() == 1, path + " has one main heading");
    }

    @Test
    void theSignedOutPagesFitAPhone() {
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            for (String path : List.of("/", "/masuk", "/daftar")) {
                fits(b, path);
            }
        }
        try (Browser b = Browser.open(app.toString(), 1200, 800)) {
            b.go("/masuk");
            b.screenshot(Browser.screenshotFile("masuk.png"));
        }
    }

    @Test
    void everyLearnerAndTeacherPageFitsAPhone() {
        String learner = Fixtures.learner("layar-murid");
        String teacher = Fixtures.teacher("layar-guru");
        long seed = Fixtures.seedArticleId();
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.login(learner, Fixtures.PASSWORD);
            for (String path : List.of("/", "/artikel", "/artikel/" + seed, "/kuis", "/ulasan", "/ulasan/kartu", "/kemajuan", "/kelas")) {
                fits(b, path);
            }
        }
        try (Browser b = Browser.open(app.toString(), 360, 800)) {
            b.login(teacher, Fixtures.PASSWORD);
            for (String path : List.of("/guru", "/guru/kelas", "/guru/artikel/" + seed + "/soal")) {
                fits(b, path);
            }
        }
        try (Browser b = Browser.open(app.toString(), 1200, 900)) {
            b.login(learner, Fixtures.PASSWORD);
            b.go("/artikel");
            b.screenshot(Browser.screenshotFile("artikel.png"));
            b.go("/kuis");
            b.screenshot(Browser.screenshotFile("kuis-daftar.png"));
        }
    }
}
