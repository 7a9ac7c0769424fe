package id.simak.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.QueryStatistics;

/**
 * The reader reads two rows and writes only when there is something to write (issue 14, item 2): a learner who
 * opens the article read last costs the article's heading and the learner's words (besides the login's account) and
 * no write; opening another article still stores it as the one read last, for the home page. Counts what the
 * database runs (H2's query statistics), so H2 only; COMMITs are left out of the count (docs/benchmarks.md, "Review
 * loop, fifth pass": a reader without a transaction was tried and measured slower, and H2 listed two COMMITs for it
 * as well).
 */
@QuarkusTest
class ReaderStatementsTest {

    @Inject
    DataSource dataSource;

    @Test
    void readingTheSameArticleAgainWritesNothingAndAnotherArticleIsStillRemembered() throws SQLException {
        Assumptions.assumeTrue(isH2(), "counts statements with H2's query statistics");
        long article = Fixtures.seedArticleId();
        Fixtures.learner("pembaca-hemat");
        String cookie = given().redirects().follow(false).formParam("j_username", "pembaca-hemat")
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("simak-sesi");

        Map<String, Long> first = statementsOf(() -> read(cookie, article));
        assertEquals(article, lastArticleOf("pembaca-hemat"), "the article read is remembered for the home page");
        assertTrue(first.keySet().stream().anyMatch(s -> s.toLowerCase().startsWith("update account")),
                "the first visit stores the article read last: " + first.keySet());

        // the login reads the account on every request, so the next visit knows this article was read last
        Map<String, Long> second = statementsOf(() -> read(cookie, article));
        assertFalse(second.keySet().stream().anyMatch(s -> s.toLowerCase().startsWith("update")),
                "and writes nothing: " + second);
        long n = second.entrySet().stream().filter(e -> !e.getKey().equalsIgnoreCase("commit"))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(2, n, "the reader's statements besides the login's (the heading, the words): " + second);
    }

    private static void read(String cookie, long article) {
        given().cookie("simak-sesi", cookie).redirects().follow(false).get("/artikel/" + article).then()
                .statusCode(200).body(containsString("data-testid"));
    }

    private long lastArticleOf(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select last_article_id from account where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The statements the database ran for the request, with how often; the fewest of three runs. */
    private Map<String, Long> statementsOf(Runnable request) throws SQLException {
        Map<String, Long> fewest = null;
        for (int run = 0; run < 3; run++) {
            Map<String, Long> before = executed();
            request.run();
            Map<String, Long> after = executed();
            Map<String, Long> ran = new TreeMap<>();
            for (Map.Entry<String, Long> e : after.entrySet()) {
                long times = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                if (times > 0) {
                    ran.put(e.getKey(), times);
                }
            }
            if (fewest == null || total(ran) < total(fewest)) {
                fewest = ran;
            }
            if (run == 0 && ran.keySet().stream().anyMatch(s -> s.toLowerCase().startsWith("update account"))) {
                return ran; // the first visit's write happens once
            }
        }
        return fewest;
    }

    private static long total(Map<String, Long> ran) {
        return ran.values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<String, Long> executed() throws SQLException {
        Map<String, Long> out = QueryStatistics.executed(dataSource);
        out.keySet().removeIf(sql -> sql.contains("last_article_id from account"));
        return out;
    }

    private boolean isH2() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("H2");
        }
    }
}
