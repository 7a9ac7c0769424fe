package id.simak.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import id.simak.Fixtures;

/**
 * Overload: when no database connection becomes free within the pool's acquisition timeout, a request is answered
 * 503 with {@code Retry-After} (problem JSON in the API, an Indonesian page otherwise), whether the account is
 * checked by an API token, HTTP Basic, the login form or the login cookie; a signed-in caller is not sent to the
 * login page, and the log gets a one-line WARN per request instead of an ERROR with a stack trace. The
 * pool here has a few connections, which the test takes all of while the requests arrive.
 */
@QuarkusTest
@TestProfile(OverloadTest.OneConnection.class)
class OverloadTest {

    /** Connections in the pool (Flyway needs two at start, and a busy machine makes them slowly). */
    static final int POOL = 4;

    static final Path LOG = Path.of("target", "overload-" + ProcessHandle.current().pid() + ".log");

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL), "quarkus.datasource.jdbc.acquisition-timeout",
                    "PT2S", "quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.format", "%p|%c|%m%n%e");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void withNoConnectionFreeTheAnswerIs503WithRetryAfterAndAWarning() throws IOException, SQLException {
        String learner = Fixtures.learner("murid-sibuk");
        String token = given().contentType("application/json")
                .body(Map.of("username", learner, "password", Fixtures.PASSWORD)).post("/api/tokens")
                .then().statusCode(201).extract().path("token");
        PagesTest.Session page = PagesTest.loggedIn(learner);
        page.get("/ulasan").then().statusCode(200);
        int before = Files.readAllLines(LOG).size();

        // All the pool's connections, held until the requests below are answered.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                held.add(dataSource.getConnection());
            }
            // An API call with a token (checked over JDBC before the resource runs)
            given().header("Authorization", "Bearer " + token).get("/api/reviews/due").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("title", equalTo("Server sedang sibuk"));
            // an API call without an account, whose resource needs the database (Hibernate)
            given().contentType("application/json").body(Map.of("username", learner, "password", Fixtures.PASSWORD))
                    .post("/api/tokens").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5");
            // HTTP Basic and the login form, whose password check reads the account through security-jpa (Hibernate)
            given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/reviews/due").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            given().redirects().follow(false).formParam("j_username", learner).formParam("j_password", Fixtures.PASSWORD)
                    .post("/j_security_check").then().statusCode(503).header("Retry-After", "5")
                    .body(containsString("Server sedang sibuk"));
            // a page with the login cookie: not the login page, a page that says the server is busy
            page.get("/ulasan").then().statusCode(503).contentType(containsString("text/html"))
                    .header("Retry-After", "5").body(containsString("Server sedang sibuk"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }

        // With the connection free again, the same calls work: nobody was signed out.
        given().header("Authorization", "Bearer " + token).get("/api/reviews/due").then().statusCode(200);
        page.get("/ulasan").then().statusCode(200);

        List<String> log = Files.readAllLines(LOG);
        List<String> during = log.subList(before, log.size());
        assertTrue(during.stream().filter(l -> l.startsWith("WARN|id.simak.web.ErrorMappers|Overloaded")).count() >= 5,
                () -> "a WARN per request: " + during);
        assertFalse(during.stream().anyMatch(l -> l.startsWith("ERROR|") || l.startsWith("\tat ")),
                () -> "no ERROR and no stack trace: " + during);
    }
}
