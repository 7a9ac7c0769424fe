package id.simak;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.account.Account;
import id.simak.account.Role;
import id.simak.article.Article;
import id.simak.quiz.QuestionSet;

/**
 * Accounts for the API tests. The app under test is shared by all test classes, so each test asks for the
 * accounts it needs here instead of relying on which class ran first.
 */
public final class Fixtures {

    public static final String PASSWORD = "rahasia-123";

    private Fixtures() {
    }

    /** A teacher account with this username, registered (and promoted if needed) on first use. */
    public static String teacher(String username) {
        ensure(username, Role.TEACHER);
        return username;
    }

    /** A learner account with this username, registered on first use. */
    public static String learner(String username) {
        ensure(username, Role.LEARNER);
        return username;
    }

    /** Deletes every account and every teacher's article; articles imported from seeds/ stay. */
    public static void deleteAccounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            Article.delete("owner is not null");
            Account.deleteAll();
        });
    }

    public static long accountCount() {
        return QuarkusTransaction.requiringNew().call(() -> Account.count());
    }

    /** The id of the seed article, imported from seeds/ at start. */
    public static long seedArticleId() {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("source",
                "seeds/xinhua-ktt-china-asia-tengah.txt").firstResult().id);
    }

    /**
     * Publishes the seed article's generated draft (as a teacher would) in its own transaction and returns the
     * set's id; publishing it again changes nothing.
     */
    public static long publishSeedQuiz() {
        long article = seedArticleId();
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = QuestionSet.generatedDraftOf(Article.findById(article));
            set.status = QuestionSet.Status.PUBLISHED;
            return set.id;
        });
    }

    public static long articleCount() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    private static void ensure(String username, Role role) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username) != null);
        if (!exists) {
            given().contentType("application/json")
                    .body(Map.of("username", username, "password", PASSWORD, "displayName", "Uji " + username))
                    .post("/api/accounts").then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username).role = role.name());
    }
}
