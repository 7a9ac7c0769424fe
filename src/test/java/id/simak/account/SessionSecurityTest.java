package id.simak.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import id.simak.Fixtures;

/** Issue 12, items 4 and 9: logging out ends the session on the server; guessing passwords meets a limit. */
@QuarkusTest
class SessionSecurityTest {

    private static String login(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("simak-sesi");
    }

    @Test
    void aLoginCookieSavedBeforeLoggingOutNoLongerWorks() {
        String learner = Fixtures.learner("murid-keluar-sesi");
        String saved = login(learner, Fixtures.PASSWORD);
        assertNotNull(saved);
        given().cookie("simak-sesi", saved).redirects().follow(false).get("/ulasan").then().statusCode(200);

        given().cookie("simak-sesi", saved).redirects().follow(false).post("/keluar").then().statusCode(303);

        Response after = given().cookie("simak-sesi", saved).redirects().follow(false).get("/ulasan");
        assertNotEquals(200, after.statusCode(), "the saved cookie still opens the learner's reviews");
        after.then().header("Location", containsString("/masuk"));
        // The browser is told to drop the dead cookie, so the login page does not send it round in circles.
        assertTrue(after.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("simak-sesi=") && c.contains("Max-Age=0")), after.headers().toString());
        Response home = given().cookie("simak-sesi", saved).redirects().follow(false).get("/");
        assertFalse(home.statusCode() == 200 && home.asString().contains("Uji " + learner));
        // Logging in again works, with a new cookie.
        String fresh = login(learner, Fixtures.PASSWORD);
        given().cookie("simak-sesi", fresh).redirects().follow(false).get("/ulasan").then().statusCode(200);
        given().cookie("simak-sesi", saved).redirects().follow(false).get("/ulasan").then().statusCode(302);
    }

    @Test
    void tenWrongPasswordsLockTheAccountForAWhileButNotOthersFromTheSameAddress() {
        String victim = Fixtures.learner("korban-tebakan");
        String bystander = Fixtures.learner("tetangga-tebakan");
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(victim, "tebakan-" + i).get("/api/me").then().statusCode(401);
        }
        // The right password no longer helps, through the API or the form.
        given().auth().preemptive().basic(victim, Fixtures.PASSWORD).get("/api/me").then().statusCode(401)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().redirects().follow(false).formParam("j_username", victim).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("gagal"));
        given().auth().preemptive().basic(bystander, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }
}
