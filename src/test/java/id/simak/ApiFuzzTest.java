package id.simak;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.account.Account;

/**
 * A bounded fuzz run over every JSON write endpoint of the API: malformed JSON, other top-level shapes, each
 * field of a valid body given the wrong type, sent twice, made huge, made of control characters (NUL, U+202E, a
 * lone surrogate, only a zero-width space), empty and oversized bodies, and wrong, empty or missing content
 * types. Every answer must be a 4xx with problem JSON, never a 5xx, and the database must be byte for byte the
 * same afterwards (H2's SCRIPT of every table).
 */
@QuarkusTest
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One endpoint: who calls it, and a body it would accept, which the cases take apart. */
    record Endpoint(String method, String path, String user, Map<String, Object> valid) {
    }

    /** One bad request: a name to report, the body (null: none) and the Content-Type (null: none). */
    record Case(String name, byte[] body, String contentType) {
    }

    @Test
    void everyJsonWriteEndpointAnswersBadInputWith4xxProblemJsonAndStoresNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String before = databaseFingerprint();
            int sent = 0;
            for (Case c : cases(e)) {
                HttpResponse<String> r;
                try {
                    r = send(e, c);
                } catch (java.io.IOException dropped) {
                    failures.add(e.method() + " " + e.path() + " [" + c.name() + "]: no answer (" + dropped + ")");
                    continue;
                }
                sent++;
                String type = r.headers().firstValue("Content-Type").orElse("");
                boolean problem = type.startsWith("application/problem+json") && statusInBody(r.body()) == r.statusCode();
                if (r.statusCode() < 400 || r.statusCode() >= 500 || !problem) {
                    failures.add(e.method() + " " + e.path() + " [" + c.name() + "]: " + r.statusCode() + " " + type
                            + " " + abbreviate(r.body()));
                }
            }
            String after = databaseFingerprint();
            if (!before.equals(after)) {
                failures.add(e.method() + " " + e.path() + ": the database changed during " + sent + " refused requests");
            }
        }
        assertEquals(List.of(), failures, failures.size() + " bad requests were not refused cleanly");
    }

    // ---------------------------------------------------------------- the endpoints

    private List<Endpoint> endpoints() {
        String teacher = Fixtures.teacher("fuzz-guru");
        String learner = Fixtures.learner("fuzz-pelajar");
        long seed = Fixtures.seedArticleId();
        long article = Fixtures.teacherArticle(teacher, "Bogor (ANTARA) - Dinas Pertanian Kota Bogor membagikan 500 bibit "
                + "cabai kepada warga pada Selasa (4/6). Bibit itu ditanam di pekarangan rumah.");
        long published = Fixtures.publishedSet(seed, teacher, "Set fuzz terbit");
        long draft = as(teacher).body(Map.of("articleId", article, "title", "Set fuzz")).post("/api/sets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("type", "MULTIPLE_CHOICE");
        question.put("skill", "NUMBER");
        question.put("prompt", "Berapa bibit cabai yang dibagikan?");
        question.put("choices", List.of("300", "500", "700"));
        question.put("answer", List.of("500"));
        question.put("explanation", "Lihat kalimat pertama.");
        question.put("evidenceSentence", 0);
        long questionId = as(teacher).body(question).post("/api/sets/" + draft + "/questions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long classId = as(teacher).body(Map.of("name", "Kelas fuzz")).post("/api/classes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long assignment = as(teacher).body(Map.of("setId", published, "due", "2030-12-02"))
                .post("/api/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath().getLong("id");
        var attempt = as(learner).post("/api/quizzes/" + published + "/attempts").then().statusCode(201).extract()
                .jsonPath();
        long attemptId = attempt.getLong("id");
        long attemptQuestion = attempt.getLong("questions[0].question.id");
        long card = as(learner).body(Map.of("articleId", article, "word", "bibit")).post("/api/cards/words")
                .then().extract().jsonPath().getLong("id");
        // A bcrypt cost of 4 instead of 10 for the two callers: the run checks several hundred requests.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String user : List.of(teacher, learner)) {
                Account.findByUsername(user).passwordHash = BcryptUtil.bcryptHash(Fixtures.PASSWORD, 4);
            }
        });

        return List.of(
                new Endpoint("POST", "/api/accounts", null,
                        map("username", "fuzz-baru", "password", "Kilat-Hujan-8472", "displayName", "Fuzz Baru")),
                new Endpoint("PUT", "/api/accounts/" + learner + "/role", teacher, map("role", "TEACHER")),
                new Endpoint("POST", "/api/articles", teacher,
                        map("title", "Judul", "text", "Bogor - Warga menanam cabai.", "source", "uji")),
                new Endpoint("POST", "/api/sets", teacher, map("articleId", article, "title", "Set baru")),
                new Endpoint("PUT", "/api/sets/" + draft, teacher, map("title", "Nama baru")),
                new Endpoint("POST", "/api/sets/" + draft + "/questions", teacher, question),
                new Endpoint("PUT", "/api/sets/" + draft + "/questions/" + questionId, teacher, question),
                new Endpoint("PUT", "/api/sets/" + draft + "/order", teacher, map("questionIds", List.of(questionId))),
                new Endpoint("POST", "/api/sets/" + draft + "/questions/from-bank", teacher, map("key", "bank-1")),
                new Endpoint("POST", "/api/classes", teacher, map("name", "Kelas baru")),
                new Endpoint("PUT", "/api/classes/" + classId, teacher, map("name", "Kelas lain", "archived", false)),
                new Endpoint("POST", "/api/classes/join", learner, map("code", "K7QX2M")),
                new Endpoint("POST", "/api/classes/" + classId + "/assignments", teacher,
                        map("setId", published, "due", "2031-01-05", "note", "Catatan")),
                new Endpoint("PUT", "/api/classes/" + classId + "/assignments/" + assignment, teacher,
                        map("setId", published, "due", "2031-01-06", "note", "Catatan")),
                new Endpoint("POST", "/api/attempts/" + attemptId + "/answers", learner,
                        map("questionId", attemptQuestion, "response", List.of("x"), "timeMs", 1000)),
                new Endpoint("POST", "/api/cards/words", learner, map("articleId", article, "word", "cabai")),
                new Endpoint("POST", "/api/reviews", learner,
                        map("cardId", card, "rating", "GOOD", "durationMs", 1000, "clientReviewId", "fuzz-1")));
    }

    // ---------------------------------------------------------------- the cases

    private List<Case> cases(Endpoint e) throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String malformed : List.of("{", "[1,2", "nul", "{'a':1}", "\u0000", "null", "[]", "42", "   ")) {
            cases.add(json("malformed " + malformed.strip(), malformed));
        }
        cases.add(new Case("empty body", new byte[0], "application/json"));
        cases.add(new Case("no body", null, "application/json"));
        cases.add(new Case("invalid UTF-8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
                "application/json"));
        cases.add(new Case("3 MB body", ("{\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json"));
        String valid = JSON.writeValueAsString(e.valid());
        for (String type : List.of("text/plain", "application/xml", "", "application/x-www-form-urlencoded", ";;")) {
            if (type.equals("text/plain") && e.path().equals("/api/articles")) {
                continue; // a text/plain article is an upload, not a bad request
            }
            cases.add(new Case("Content-Type '" + type + "'", valid.getBytes(StandardCharsets.UTF_8), type));
        }
        cases.add(new Case("no Content-Type", valid.getBytes(StandardCharsets.UTF_8), null));
        for (String field : e.valid().keySet()) {
            cases.add(json(field + " of the wrong type",
                    JSON.writeValueAsString(with(e.valid(), field, Map.of("nested", List.of(1))))));
            // The same key twice, the second time with another valid body's value: which one would count?
            String twice = valid.substring(0, valid.length() - 1) + ",\"" + field + "\":"
                    + JSON.writeValueAsString(e.valid().get(field)) + "}";
            cases.add(json(field + " sent twice", twice));
            if (e.valid().get(field) instanceof String || e.valid().get(field) instanceof List<?>) {
                cases.add(json(field + " of 300,000 characters", JSON.writeValueAsString(
                        with(e.valid(), field, like(e.valid().get(field), "a".repeat(300_000))))));
                if (e.path().equals("/api/articles") && field.equals("text")) {
                    continue; // an article's text is cleaned, not refused (ArticleResourceTest)
                }
                for (String bad : List.of("a\u0000b", "Budi\u202Egnp.exe", "a" + LONE_SURROGATE, "\u200B\u200D\uFEFF")) {
                    String body = JSON.writeValueAsString(with(e.valid(), field, like(e.valid().get(field), bad)))
                            .replace(LONE_SURROGATE, "\\ud800");
                    cases.add(json(field + " with " + describe(bad), body));
                }
            }
        }
        return cases;
    }

    private static Object like(Object valid, String text) {
        return valid instanceof List<?> ? List.of(text) : text;
    }

    private static String describe(String bad) {
        StringBuilder s = new StringBuilder();
        bad.codePoints().filter(cp -> cp < 0x20 || cp > 0x7E).forEach(cp -> s.append(String.format("U+%04X ", cp)));
        return bad.contains(LONE_SURROGATE) ? "a lone surrogate" : s.toString().strip();
    }

    private static Case json(String name, String body) {
        return new Case(name, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    // ---------------------------------------------------------------- sending and checking

    private HttpResponse<String> send(Endpoint e, Case c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(e.path()))
                .method(e.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        if (e.user() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((e.user() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int statusInBody(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? -1 : node.path("status").asInt(-1);
        } catch (Exception notJson) {
            return -1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** A hash of every table's rows (H2's SCRIPT), to prove a refused request stored nothing. */
    private String databaseFingerprint() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rows.next()) {
                sha.update(rows.getString(1).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD).contentType("application/json");
    }
}
