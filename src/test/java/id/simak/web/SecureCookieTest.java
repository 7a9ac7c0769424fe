package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import id.simak.Fixtures;

/** Issue 12, item 10: behind HTTPS, {@code simak.cookies.secure=true} marks every cookie Secure. */
@QuarkusTest
@TestProfile(SecureCookieTest.Https.class)
class SecureCookieTest {

    public static class Https implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simak.cookies.secure", "true");
        }
    }

    @Test
    void theLoginAndLanguageCookiesAreSecure() {
        String learner = Fixtures.learner("murid-https");
        List<String> login = given().redirects().follow(false).formParam("j_username", learner)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().headers().getValues("Set-Cookie");
        assertTrue(login.stream().anyMatch(c -> c.startsWith("simak-sesi=") && c.contains("Secure")), login.toString());
        List<String> language = given().redirects().follow(false).get("/bahasa/en").then().statusCode(303)
                .extract().headers().getValues("Set-Cookie");
        assertTrue(!language.isEmpty() && language.stream().allMatch(c -> c.contains("Secure")), language.toString());
    }
}
