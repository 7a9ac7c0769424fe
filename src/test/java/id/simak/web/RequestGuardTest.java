package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.classroom.Classroom;

/** Issue 12, items 5, 6 and 10: forms from elsewhere, redirects that leave the site, security headers. */
@QuarkusTest
class RequestGuardTest {

    static RequestSpecification browser(String username) {
        CookieFilter cookies = login(username);
        return given().filter(cookies).redirects().follow(false);
    }

    static CookieFilter login(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    private static long newClass(String teacher) {
        String location = browser(teacher).formParam("name", "Kelas Asli").post("/guru/kelas").then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/guru/kelas/(\\d+).*", "$1"));
    }

    private static String className(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Classroom.<Classroom>findById(id).name);
    }

    @Test
    void aFormPostedFromAnotherPortOrSiteChangesNothing() {
        String teacher = Fixtures.teacher("guru-csrf");
        long id = newClass(teacher);
        CookieFilter cookies = login(teacher);
        java.util.function.Supplier<RequestSpecification> me = () -> given().filter(cookies).redirects().follow(false);
        me.get().header("Sec-Fetch-Site", "same-site").formParam("name", "Diretas").post("/guru/kelas/" + id + "/nama")
                .then().statusCode(403).body(containsString("Ditolak"));
        me.get().header("Origin", "http://localhost:1").formParam("name", "Diretas").post("/guru/kelas/" + id + "/nama")
                .then().statusCode(403);
        me.get().header("Origin", "null").post("/guru/kelas/" + id + "/kode").then().statusCode(403);
        assertEquals("Kelas Asli", className(id));
        // The same form from Simak's own page goes through.
        me.get().header("Sec-Fetch-Site", "same-origin").formParam("name", "Kelas Baru").post("/guru/kelas/" + id + "/nama")
                .then().statusCode(303);
        assertEquals("Kelas Baru", className(id));
    }

    @Test
    void theApiRefusesACrossSitePageThatRidesOnCachedBasicCredentials() {
        String teacher = Fixtures.teacher("guru-csrf-api");
        long set = Fixtures.publishedSet(Fixtures.seedArticleId(), teacher, "Set CSRF");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).header("Sec-Fetch-Site", "cross-site")
                .post("/api/sets/" + set + "/unpublish").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).header("Sec-Fetch-Site", "cross-site")
                .contentType("text/plain").body("x").post("/api/sets/" + set + "/regenerate").then().statusCode(403);
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/sets/" + set).then().statusCode(200)
                .body("set.status", equalTo("PUBLISHED"));
        // An API client (no browser headers) is unaffected.
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).post("/api/sets/" + set + "/unpublish")
                .then().statusCode(200);
    }

    @Test
    void noLoginFromAnotherSite() {
        String learner = Fixtures.learner("murid-csrf-masuk");
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").formParam("j_username", learner)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://jahat.example//jahat.example/x", "https://jahat.example", "//jahat.example/a",
            "http://[::1", "%%%", "\\\\jahat.example", "http://localhost/\\jahat.example", "javascript:alert(1)",
            "http://x/ %0d%0aSet-Cookie: a=b" })
    void theLanguageSwitchNeverLeavesTheSiteNorFailsOnABadReferer(String referer) {
        String location = given().redirects().follow(false).header("Referer", referer).get("/bahasa/en").then()
                .statusCode(303).extract().header("Location");
        assertFalse(location.contains("jahat"), location);
        assertFalse(location.startsWith("//"), location);
        assertFalse(location.contains("Set-Cookie"), location);
    }

    @Test
    void theLanguageSwitchGoesBackToThePageOfThisSite() {
        given().redirects().follow(false).header("Referer", "http://localhost:8081/kuis?x=1").get("/bahasa/en").then()
                .statusCode(303).header("Location", equalTo("/kuis"));
    }

    @Test
    void aForgedHostHeaderDoesNotSteerRedirects() {
        given().redirects().follow(false).header("Host", "jahat.example").get("/bahasa/id").then().statusCode(303)
                .header("Location", not(containsString("jahat")));
        given().redirects().follow(false).header("Host", "jahat.example").get("/ulasan").then()
                .header("Location", not(containsString("jahat"))).header("Location", containsString("/masuk"));
        given().redirects().follow(false).header("Host", "jahat.example").formParam("j_username", "tidak-ada")
                .formParam("j_password", "salah-sekali").post("/j_security_check").then()
                .header("Location", not(containsString("jahat")));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndPrivatePagesAreNotStored() {
        given().get("/masuk").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
        browser(Fixtures.learner("murid-header")).get("/ulasan").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().auth().preemptive().basic(Fixtures.learner("murid-header"), Fixtures.PASSWORD).get("/api/me").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/js/quiz.js").then().statusCode(200).header("Cache-Control", not(startsWith("no-store")));
    }
}
