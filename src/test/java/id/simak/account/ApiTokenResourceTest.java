package id.simak.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/** Issue 14, item 1: API tokens instead of a bcrypt check on every API call. */
@QuarkusTest
class ApiTokenResourceTest {

    @Inject
    ApiTokens tokens;

    @Inject
    EntityManager em;

    @AfterEach
    void systemClock() {
        tokens.use(null);
    }

    static ValidatableResponse issue(String username, String password, String name) {
        return given().contentType("application/json")
                .body(Map.of("username", username, "password", password, "name", name))
                .post("/api/tokens").then();
    }

    static String token(String username) {
        return issue(username, Fixtures.PASSWORD, "uji").statusCode(201).extract().path("token");
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenIsIssuedUsedAndRevokedAndRefusedAfterwards() {
        String learner = Fixtures.learner("token-murid");
        var issued = issue(learner, Fixtures.PASSWORD, "Aplikasi ponsel").statusCode(201)
                .header("Location", containsString("/api/tokens/"))
                .body("token", startsWith("smk_")).body("tokenType", equalTo("Bearer"))
                .body("name", equalTo("Aplikasi ponsel")).body("expiresAt", notNullValue())
                .extract().jsonPath();
        String token = issued.getString("token");
        long id = issued.getLong("id");

        bearer(token).get("/api/me").then().statusCode(200).body("username", equalTo(learner));
        bearer(token).get("/api/reviews/due").then().statusCode(200);
        bearer(token).get("/api/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("Aplikasi ponsel"))
                .body("find { it.id == " + id + " }.current", equalTo(true))
                .body("find { it.id == " + id + " }.lastUsedAt", notNullValue())
                .body(not(containsString(token)));

        bearer(token).delete("/api/tokens/" + id).then().statusCode(204);

        bearer(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Token tidak berlaku"))
                .body(not(containsString("Exception")));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/tokens").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
    }

    @Test
    void anUnknownTokenIsA401ProblemAndNoBearerStillMeansBasicOrNothing() {
        bearer("smk_" + "A".repeat(43)).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        bearer("kosong").get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer ").get("/api/me").then().statusCode(401);
        given().get("/api/tokens").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String learner = Fixtures.learner("token-lama");
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        tokens.use(Clock.fixed(start, ZoneOffset.UTC));
        String token = token(learner);
        bearer(token).get("/api/me").then().statusCode(200);

        tokens.use(Clock.fixed(start.plus(Duration.ofDays(30)).minusSeconds(1), ZoneOffset.UTC));
        bearer(token).get("/api/me").then().statusCode(200);
        tokens.use(Clock.fixed(start.plus(Duration.ofDays(30)), ZoneOffset.UTC));
        bearer(token).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("title", equalTo("Token tidak berlaku"));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/tokens").then().statusCode(200)
                .body("[0].expired", equalTo(true));
    }

    @Test
    void anotherUsersTokenCannotBeRevokedOrSeen() {
        String owner = Fixtures.learner("token-pemilik");
        String other = Fixtures.learner("token-orang-lain");
        var issued = issue(owner, Fixtures.PASSWORD, "milik saya").statusCode(201).extract().jsonPath();
        long id = issued.getLong("id");
        String otherToken = token(other);

        bearer(otherToken).delete("/api/tokens/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic(other, Fixtures.PASSWORD).delete("/api/tokens/" + id).then().statusCode(404);
        bearer(otherToken).get("/api/tokens").then().statusCode(200).body("id", not(hasItem((int) id)));
        bearer(issued.getString("token")).get("/api/me").then().statusCode(200).body("username", equalTo(owner));
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() {
        String learner = Fixtures.learner("token-hash");
        var issued = issue(learner, Fixtures.PASSWORD, "rahasia").statusCode(201).extract().jsonPath();
        String token = issued.getString("token");
        long id = issued.getLong("id");
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select * from api_token where id = :id").setParameter("id", id).getResultList());
        assertEquals(1, rows.size());
        Object[] row = (Object[]) rows.get(0);
        boolean hashFound = false;
        for (Object column : row) {
            String value = String.valueOf(column);
            assertFalse(value.contains(token.substring(4, 20)), "a column holds the token: " + value);
            hashFound |= value.equals(ApiTokens.hash(token));
        }
        assertTrue(hashFound, "the row holds the token's SHA-256");
    }

    @Test
    void aWrongPasswordGetsNoTokenAndTenOfThemLockTheAccount() {
        String learner = Fixtures.learner("token-tebak");
        issue(learner, "salah-sandi-1", "x").statusCode(401).contentType("application/problem+json")
                .body(not(containsString("smk_")));
        issue("tidak-ada-akun-ini", Fixtures.PASSWORD, "x").statusCode(401);
        for (int i = 2; i <= 10; i++) {
            issue(learner, "salah-sandi-" + i, "x").statusCode(401);
        }
        issue(learner, Fixtures.PASSWORD, "x").statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json").body(not(containsString("smk_")));
        // The same limiter guards HTTP Basic.
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType("application/json").body("{}").post("/api/tokens").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("username", Fixtures.learner("token-nama"),
                "password", Fixtures.PASSWORD, "name", "n".repeat(101))).post("/api/tokens").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aTokenCarriesTheAccountsCurrentRoleAndDiesWithTheAccount() {
        String user = Fixtures.learner("token-naik-peran");
        String token = token(user);
        bearer(token).get("/api/sets").then().statusCode(403);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(user).role = Role.TEACHER.name());
        bearer(token).get("/api/sets").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(user).role = Role.LEARNER.name());
        bearer(token).get("/api/sets").then().statusCode(403);

        String gone = Fixtures.learner("token-akun-dihapus");
        String goneToken = token(gone);
        bearer(goneToken).get("/api/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.delete("username", gone));
        bearer(goneToken).get("/api/me").then().statusCode(401);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ApiToken.count("tokenHash",
                ApiTokens.hash(goneToken))));
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        String learner = Fixtures.learner("token-pakai");
        Instant start = Instant.parse("2026-12-02T08:00:00Z");
        tokens.use(Clock.fixed(start, ZoneOffset.UTC));
        var issued = issue(learner, Fixtures.PASSWORD, "x").statusCode(201).extract().jsonPath();
        String token = issued.getString("token");
        long id = issued.getLong("id");
        assertEquals(null, lastUsed(id));
        bearer(token).get("/api/me").then().statusCode(200);
        assertEquals(start, lastUsed(id));
        tokens.use(Clock.fixed(start.plusSeconds(59), ZoneOffset.UTC));
        bearer(token).get("/api/me").then().statusCode(200);
        assertEquals(start, lastUsed(id), "no write within the minute");
        tokens.use(Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC));
        bearer(token).get("/api/me").then().statusCode(200);
        assertEquals(start.plusSeconds(60), lastUsed(id));
    }

    private static Instant lastUsed(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).lastUsedAt);
    }

    @Test
    void theAccountPageListsTheTokensAndRevokesOne() {
        String learner = Fixtures.learner("token-halaman");
        var issued = issue(learner, Fixtures.PASSWORD, "Skrip rapor").statusCode(201).extract().jsonPath();
        long id = issued.getLong("id");
        String other = Fixtures.learner("token-halaman-lain");
        long othersId = issue(other, Fixtures.PASSWORD, "punya orang").statusCode(201).extract().jsonPath().getLong("id");
        String cookie = login(learner);

        String page = given().cookie("simak-sesi", cookie).get("/akun").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Skrip rapor"), page);
        assertTrue(page.contains("/akun/token/" + id + "/cabut"), page);
        assertFalse(page.contains("punya orang"));
        assertFalse(page.contains(issued.getString("token")));

        given().cookie("simak-sesi", cookie).header("Sec-Fetch-Site", "same-origin").redirects().follow(false)
                .post("/akun/token/" + othersId + "/cabut").then().statusCode(404);
        given().cookie("simak-sesi", cookie).header("Sec-Fetch-Site", "same-origin").redirects().follow(false)
                .post("/akun/token/" + id + "/cabut").then().statusCode(303)
                .header("Location", containsString("/akun?dicabut=1"));
        bearer(issued.getString("token")).get("/api/me").then().statusCode(401);
        String after = given().cookie("simak-sesi", cookie).get("/akun?dicabut=1").then().statusCode(200).extract()
                .asString();
        assertFalse(after.contains("Skrip rapor"));
        assertTrue(after.contains("Token dicabut"), after);
        given().redirects().follow(false).get("/akun").then().statusCode(302)
                .header("Location", containsString("/masuk"));
    }

    private static String login(String username) {
        String cookie = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).header("Sec-Fetch-Site", "same-origin")
                .post("/j_security_check").then().statusCode(302).extract().cookie("simak-sesi");
        assertNotNull(cookie);
        return cookie;
    }

    @Test
    void theOpenApiDocumentShowsTheTokenFlow() {
        var doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertNotNull(doc.getMap("paths.'/api/tokens'.post"));
        assertNotNull(doc.getMap("paths.'/api/tokens/{id}'.delete"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        List<Map<String, Object>> security = doc.getList("paths.'/api/me'.get.security");
        assertTrue(doc.getString("info.description").contains("Authorization: Bearer"),
                doc.getString("info.description") + " " + security);
        assertTrue(security.stream().anyMatch(r -> r.containsKey("bearer")), String.valueOf(security));
        assertTrue(security.stream().anyMatch(r -> r.containsKey("basic")), String.valueOf(security));
    }
}
