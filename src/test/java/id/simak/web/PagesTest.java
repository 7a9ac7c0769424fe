package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

@QuarkusTest
class PagesTest {

    /** Logs in through the login form, as a browser does, and keeps the session cookie. */
    static Session loggedIn(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/"));
        return new Session(cookies);
    }

    /** A browser's session: each request starts afresh but carries the login cookie. */
    record Session(CookieFilter cookies) {
        RequestSpecification request() {
            return given().filter(cookies).redirects().follow(false);
        }

        io.restassured.response.Response get(String path) {
            return request().get(path);
        }
    }

    @Test
    void theHomePageIsInIndonesianWithLandmarksAndASkipLink() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("Selamat datang di Simak"))
                .body(containsString("Langsung ke isi"))
                .body(containsString("<nav aria-label=\"Navigasi utama\">"))
                .body(containsString("<main id=\"isi\""));
    }

    @Test
    void englishIsChosenWithTheLanguageLink() {
        String cookie = given().redirects().follow(false).get("/bahasa/en")
                .then().statusCode(303).extract().cookie(LanguageFilter.COOKIE);
        given().cookie(LanguageFilter.COOKIE, cookie).get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Welcome to Simak"));
        given().header("Accept-Language", "en-US").get("/").then()
                .body(containsString("Selamat datang"));
    }

    @Test
    void pagesNeedALoginAndRedirectToTheLoginPage() {
        for (String page : new String[] { "/artikel", "/kuis", "/ulasan", "/kemajuan", "/guru" }) {
            given().redirects().follow(false).get(page)
                    .then().statusCode(302).header("Location", containsString("/masuk"));
        }
        given().get("/masuk").then().statusCode(200)
                .body(containsString("<label for=\"j_username\">Nama pengguna</label>"))
                .body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithAnError() {
        Fixtures.learner("lupa-sandi");
        given().redirects().follow(false)
                .formParam("j_username", "lupa-sandi").formParam("j_password", "bukan-ini")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/masuk?gagal=1"));
        given().get("/masuk?gagal=1").then().body(containsString("Nama pengguna atau kata sandi salah."));
    }

    @Test
    void theReaderShowsHeadingsAndPhotoCaptionsOfTheSeed() {
        Session browser = loggedIn(Fixtures.learner("pembaca-halaman"));
        String list = browser.get("/artikel").then().statusCode(200).extract().asString();
        String href = list.replaceAll("(?s).*href=\"(/artikel/\\d+)\">Menjelang pembukaan.*", "$1");
        browser.get(href).then().statusCode(200)
                .body(containsString("<h2 class=\"section-heading\">"))
                .body(containsString("<figcaption><span class=\"sentence\""))
                .body(containsString("data-word=\"foto\">Foto</button>"))
                .body(not(containsString("href=\"/guru\"")));
    }

    @Test
    void aFailedLoginRedirectsToTheLoginPageWithOneLocationHeader() {
        Fixtures.learner("murid-salah-sandi");
        var r = given().redirects().follow(false).formParam("j_username", "murid-salah-sandi")
                .formParam("j_password", "bukan-sandinya").post("/j_security_check");
        r.then().statusCode(302);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("/masuk?gagal=1"),
                r.headers().getValues("Location").stream().map(l -> l.replaceFirst("^https?://[^/]+", "")).toList());
    }

    @Test
    void registeringThroughTheFormShowsErrorsNextToTheFields() {
        long before = Fixtures.accountCount();
        given().formParam("username", "A").formParam("password", "pendek").formParam("displayName", "")
                .post("/daftar")
                .then().statusCode(400)
                .body(containsString("id=\"username-error\""))
                .body(containsString("Kata sandi paling sedikit 10 karakter."))
                .body(containsString("Nama tampilan wajib diisi."));
        org.junit.jupiter.api.Assertions.assertEquals(before, Fixtures.accountCount());
        given().redirects().follow(false)
                .formParam("username", "lewat-form").formParam("password", "rahasia-123").formParam("displayName", "Lewat Form")
                .post("/daftar")
                .then().statusCode(303).header("Location", containsString("/masuk?pesan=register_done"));
    }

    /** Issue 13: the register page's form signs the new account in: its body is posted on to the login check. */
    @Test
    void registeringThroughThePageSignsTheNewAccountIn() {
        var registered = given().redirects().follow(false).formParam("j_username", "baru-masuk")
                .formParam("j_password", "rahasia-123").formParam("displayName", "Baru Masuk").post("/daftar")
                .then().statusCode(307).header("Location", containsString("/j_security_check")).extract();
        org.junit.jupiter.api.Assertions.assertNotNull(registered);
        // What the browser does with the 307: the same body to the login check, which signs in and goes home.
        given().redirects().follow(false).formParam("j_username", "baru-masuk").formParam("j_password", "rahasia-123")
                .formParam("displayName", "Baru Masuk").post("/j_security_check")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.endsWith("/"))
                .cookie("simak-sesi", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aLearnerGetsAnIndonesianForbiddenPageOnTheTeacherPage() {
        loggedIn(Fixtures.learner("murid-penasaran")).get("/guru")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Tidak diizinkan"));
    }

    /** Issue 13: an error page keeps the navigation and says who is signed in; a missing page too. */
    @Test
    void errorPagesKeepTheNavigationAndTheAccount() {
        Session learner = loggedIn(Fixtures.learner("murid-tersesat"));
        learner.get("/guru").then().statusCode(403)
                .body(containsString("Masuk sebagai")).body(containsString("href=\"/ulasan\""));
        learner.get("/kuis/987654321").then().statusCode(404)
                .body(containsString("Masuk sebagai")).body(containsString("href=\"/kelas\""));
    }

    /** Issue 13: every page asks for /favicon.ico; it is there, for guests too. */
    @Test
    void theFaviconIsServed() {
        given().get("/favicon.ico").then().statusCode(200).contentType(containsString("image/"));
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        given().get("/").then().statusCode(200).body(containsString("rel=\"icon\""));
    }

    @Test
    void aTeacherAddsAnArticleByPastingIt() {
        Session browser = loggedIn(Fixtures.teacher("guru-halaman"));
        browser.get("/guru").then().statusCode(200).body(containsString("Tambah artikel"));
        browser.request().multiPart("title", "").multiPart("source", "Uji").multiPart("text", "BANDUNG (ANTARA) - Hujan turun. Jalan banjir.")
                .post("/guru/artikel")
                .then().statusCode(303).header("Location", containsString("/artikel/"));
        browser.request().multiPart("title", "Kosong").multiPart("source", "").multiPart("text", " ")
                .post("/guru/artikel")
                .then().statusCode(400).body(containsString("Teks artikel wajib diisi."));
    }

    @Test
    void aTeacherReadsTheDraftQuestionsOfTheSeedWithAnswersAndEvidence() {
        long seed = Fixtures.seedArticleId();
        loggedIn(Fixtures.teacher("guru-pembaca-soal")).get("/artikel/" + seed)
                .then().statusCode(200).body(containsString("href=\"/guru/artikel/" + seed + "/soal\""));
        // Another test may have published the seed's draft: its label says which it is.
        boolean published = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                id.simak.quiz.QuestionSet.generatedDraftOf(id.simak.article.Article.findById(seed)).status
                        == id.simak.quiz.QuestionSet.Status.PUBLISHED);
        loggedIn(Fixtures.teacher("guru-pembaca-soal")).get("/guru/artikel/" + seed + "/soal")
                .then().statusCode(200)
                .body(containsString(published ? "Set soal terbit" : "Soal rancangan"))
                .body(containsString("data-testid=\"draft-questions\""))
                .body(containsString("Pilihan ganda"))
                .body(containsString("data-testid=\"bank\""))
                .body(containsString("class=\"evidence\""));
        loggedIn(Fixtures.learner("murid-pengintip")).get("/guru/artikel/" + seed + "/soal")
                .then().statusCode(403);
    }

    @Test
    void unknownPagesGetAnIndonesianErrorPageAndNoStackTrace() {
        given().get("/tidak-ada-halaman-ini").then().statusCode(404);
        loggedIn(Fixtures.learner("penjelajah")).get("/artikel/999999").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Tidak ditemukan"))
                .body(not(containsString("Exception")));
        given().get("/api/tidak-ada").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theLayoutIsReadableOnAPhone() {
        String css = RestAssured.get("/css/simak.css").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(css.contains(":focus-visible"));
        org.junit.jupiter.api.Assertions.assertTrue(css.contains("@media (max-width: 480px)"));
        given().get("/").then().body(containsString("name=\"viewport\" content=\"width=device-width, initial-scale=1\""));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }
}
