package id.simak;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.account.Account;
import id.simak.account.Role;
import id.simak.article.Article;
import id.simak.quiz.DraftWorker;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;

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

    /** An administrator (a teacher who may change roles) with this username, registered on first use. */
    public static String admin(String username) {
        ensure(username, Role.TEACHER);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username).admin = true);
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
            // Sets a teacher owns on a seed article would keep the account (question_set.owner_id has no cascade).
            id.simak.quiz.QuestionSet.delete("owner is not null");
            Article.delete("owner is not null");
            Account.deleteAll();
        });
    }

    public static long accountCount() {
        return QuarkusTransaction.requiringNew().call(() -> Account.count());
    }

    /**
     * The id of the seed article, imported from seeds/ at start; waits (at most two minutes, then fails) until the
     * draft worker has made its draft questions, which it does right after start.
     */
    public static long seedArticleId() {
        Arc.container().instance(DraftWorker.class).get().awaitIdle(Duration.ofMinutes(2));
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

    /**
     * A small PUBLISHED question set for an article, owned by this account, made in a new transaction: a copy of
     * the first three questions of the article's generated draft (published sets do not exist on a fresh
     * database until teachers publish one). Returns the set's id.
     */
    public static long publishedSet(long articleId, String ownerUsername, String title) {
        return questionSet(articleId, ownerUsername, title, QuestionSet.Status.PUBLISHED);
    }

    /** A small question set in the given status; see {@link #publishedSet}. */
    public static long questionSet(long articleId, String ownerUsername, String title, QuestionSet.Status status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(articleId);
            QuestionSet set = new QuestionSet();
            set.article = article;
            set.owner = ownerUsername == null ? null : Account.findByUsername(ownerUsername);
            set.title = title;
            set.status = status;
            set.origin = QuestionSet.Origin.AUTHORED;
            set.createdAt = Instant.now();
            set.updatedAt = set.createdAt;
            QuestionSet draft = QuestionSet.generatedDraftOf(article);
            List<QuizQuestion> from = draft == null ? List.of() : draft.questions;
            for (QuizQuestion q : from.subList(0, Math.min(3, from.size()))) {
                QuizQuestion copy = new QuizQuestion();
                copy.set = set;
                copy.position = set.questions.size();
                copy.key = q.key;
                copy.type = q.type;
                copy.skill = q.skill;
                copy.prompt = q.prompt;
                copy.items = q.items;
                copy.choices = q.choices;
                copy.answer = q.answer;
                copy.explanation = q.explanation;
                copy.evidenceSentence = q.evidenceSentence;
                copy.evidenceText = q.evidenceText;
                set.questions.add(copy);
            }
            set.persist();
            return set.id;
        });
    }

    /** An article owned by this teacher, made through the API (which also stores its generated draft). */
    public static long teacherArticle(String teacherUsername, String text) {
        return given().auth().preemptive().basic(teacherUsername, PASSWORD).contentType("application/json")
                .body(Map.of("text", text)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void ensure(String username, Role role) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username) != null);
        if (!exists) {
            given().contentType("application/json")
                    .body(Map.of("username", username, "password", PASSWORD, "displayName", "Uji " + username))
                    .post("/api/accounts").then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Account a = Account.findByUsername(username);
            a.role = role.name();
            if (role == Role.LEARNER) {
                a.admin = false;
            }
        });
    }
}
