package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.article.Article;
import id.simak.article.ArticleText;
import id.simak.generate.Question;

/** The authoring API: every endpoint, its roles and owners, each validation rule, reorder and publish. */
@QuarkusTest
class SetResourceTest {

    static final String TEXT = "SEMARANG (ANTARA) - Pemerintah Kota Semarang membuka tiga pasar murah pada Senin (6/3) "
            + "untuk menahan kenaikan harga bahan pokok menjelang Ramadan. Wali Kota Hevearita Gunaryanti Rahayu "
            + "mengatakan beras dijual Rp10.500 per kilogram, lebih murah dari harga pasar. \"Kami ingin warga tetap "
            + "bisa belanja dengan tenang,\" kata Ita di Balai Kota Semarang. Pasar murah digelar di Kecamatan Tembalang, "
            + "Pedurungan, dan Banyumanik hingga Jumat (10/3).";

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD).contentType("application/json");
    }

    static long article(String teacher, String text) {
        return as(teacher).body(Map.of("text", text, "source", "Uji penyusunan")).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long newSet(String teacher, long articleId, String title) {
        return as(teacher).body(Map.of("articleId", articleId, "title", title)).post("/api/sets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> question(String type, String prompt, List<String> items, List<String> choices,
            List<String> answer, Integer evidence) {
        Map<String, Object> q = new HashMap<>();
        q.put("type", type);
        q.put("skill", "PLACE");
        q.put("prompt", prompt);
        q.put("items", items);
        q.put("choices", choices);
        q.put("answer", answer);
        q.put("explanation", "Lihat kalimat pertama.");
        q.put("evidenceSentence", evidence);
        return q;
    }

    static Map<String, Object> goodChoice() {
        return question("MULTIPLE_CHOICE", "Berapa pasar murah yang dibuka?", List.of(), List.of("dua", "tiga", "empat"),
                List.of("tiga"), 0);
    }

    static long addQuestion(String teacher, long setId, Map<String, Object> body) {
        return as(teacher).body(body).post("/api/sets/" + setId + "/questions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath detail(String teacher, long setId) {
        return as(teacher).get("/api/sets/" + setId).then().statusCode(200).extract().jsonPath();
    }

    static long storedQuestions(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count("set.id", setId));
    }

    /** Every endpoint with a body that would be accepted from the set's owner. */
    static List<Object[]> endpoints(long setId, long questionId, long articleId) {
        return List.of(
                new Object[] { "GET", "/api/sets", null },
                new Object[] { "POST", "/api/sets", Map.of("articleId", articleId, "title", "Set lain") },
                new Object[] { "GET", "/api/sets/" + setId, null },
                new Object[] { "PUT", "/api/sets/" + setId, Map.of("title", "Judul baru") },
                new Object[] { "POST", "/api/sets/" + setId + "/questions", goodChoice() },
                new Object[] { "PUT", "/api/sets/" + setId + "/questions/" + questionId, goodChoice() },
                new Object[] { "POST", "/api/sets/" + setId + "/questions/" + questionId + "/accept", null },
                new Object[] { "PUT", "/api/sets/" + setId + "/order", Map.of("questionIds", List.of(questionId)) },
                new Object[] { "POST", "/api/sets/" + setId + "/publish", null },
                new Object[] { "POST", "/api/sets/" + setId + "/unpublish", null },
                new Object[] { "POST", "/api/sets/" + setId + "/regenerate", null },
                new Object[] { "DELETE", "/api/sets/" + setId + "/questions/" + questionId, null },
                new Object[] { "DELETE", "/api/sets/" + setId, null });
    }

    static io.restassured.response.Response call(RequestSpecification r, Object[] e) {
        if (e[2] != null) {
            r = r.contentType("application/json").body(e[2]);
        }
        return r.request((String) e[0], (String) e[1]);
    }

    @Test
    void withoutLoginEveryEndpointAnswers401AndLearnersAndOtherTeachersGet403WithoutAnswers() {
        String owner = Fixtures.teacher("penyusun-pemilik");
        String other = Fixtures.teacher("penyusun-lain");
        String learner = Fixtures.learner("murid-penyusun");
        long articleId = article(owner, TEXT);
        long setId = newSet(owner, articleId, "Pasar murah Semarang");
        long questionId = addQuestion(owner, setId, goodChoice());
        for (Object[] e : endpoints(setId, questionId, articleId)) {
            call(given(), e).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Basic"));
            call(given().auth().preemptive().basic(learner, Fixtures.PASSWORD), e).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body(not(containsString("tiga"))).body(not(containsString("answer")));
        }
        for (Object[] e : endpoints(setId, questionId, articleId)) {
            if (((String) e[1]).equals("/api/sets") ) {
                continue; // another teacher may list and make their own sets
            }
            call(given().auth().preemptive().basic(other, Fixtures.PASSWORD), e).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("guru lain"))
                    .body(not(containsString("tiga")));
        }
        // The generated draft of the owner's article, and its answers, are the owner's too.
        as(other).get("/api/articles/" + articleId + "/questions").then().statusCode(403);
        as(other).get("/api/sets?articleId=" + articleId).then().statusCode(200).body("size()", equalTo(0));
        as(other).get("/api/sets").then().statusCode(200).body("id", not(hasItem((int) setId)));
        // Nothing changed on the owner's set.
        JsonPath set = detail(owner, setId);
        assertEquals("Pasar murah Semarang", set.getString("set.title"));
        assertEquals(List.of((int) questionId), set.getList("questions.id"));
        assertEquals("DRAFT", set.getString("set.status"));
    }

    @Test
    void aTeacherMakesASetAddsEveryTypeOfQuestionAndSeesThemWithAnswersInOrder() {
        String teacher = Fixtures.teacher("penyusun-lengkap");
        long articleId = article(teacher, TEXT);
        long setId = as(teacher).body(Map.of("articleId", articleId, "title", "  Pasar   murah ")).post("/api/sets")
                .then().statusCode(201).header("Location", containsString("/api/sets/"))
                .body("title", equalTo("Pasar murah")).body("status", equalTo("DRAFT"))
                .body("origin", equalTo("AUTHORED")).body("questions", equalTo(0))
                .extract().jsonPath().getLong("id");
        addQuestion(teacher, setId, goodChoice());
        addQuestion(teacher, setId, question("MULTIPLE_RESPONSE", "Di kecamatan mana pasar murah digelar?", null,
                List.of("Tembalang", "Pedurungan", "Candisari"), List.of("Tembalang", "Pedurungan"), 3));
        addQuestion(teacher, setId, question("TRUE_FALSE", "Beras dijual Rp12.000 per kilogram.", null, null,
                List.of("Salah"), 1));
        as(teacher).body(question("CLOZE", "Beras dijual Rp____ per kilogram.", null, null, List.of("10.500", "10500"), 1))
                .post("/api/sets/" + setId + "/questions")
                .then().statusCode(201).header("Location", containsString("/api/sets/" + setId + "/questions/"))
                .body("type", equalTo("CLOZE")).body("choices.size()", equalTo(0)).body("reviewed", equalTo(true))
                .body("evidence.text", containsString("Rp10.500"));
        addQuestion(teacher, setId, question("MATCHING", "Jodohkan.", List.of("Ita", "Semarang"), null,
                List.of("wali kota", "kota"), null));
        addQuestion(teacher, setId, question("ORDERING", "Urutkan hari.", null, null, List.of("Senin", "Jumat"), null));

        JsonPath set = detail(teacher, setId);
        assertEquals(List.of("MULTIPLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE", "CLOZE", "MATCHING", "ORDERING"),
                set.getList("questions.type"));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), set.getList("questions.position"));
        assertEquals(List.of("Benar", "Salah"), set.getList("questions[2].choices"));
        assertEquals(List.of("Ita", "Semarang"), set.getList("questions[4].items"));
        assertEquals(List.of("Jumat", "Senin"), set.getList("questions[5].choices"));
        assertEquals(6, set.getInt("set.questions"));
        as(teacher).get("/api/sets").then().statusCode(200)
                .body("find { it.id == " + setId + " }.questions", equalTo(6))
                .body("find { it.id == " + setId + " }.articleTitle", containsString("Semarang"));
        as(teacher).body(Map.of("title", "Pasar murah di Semarang")).put("/api/sets/" + setId)
                .then().statusCode(200).body("title", equalTo("Pasar murah di Semarang"));
    }

    static Stream<Arguments> invalidQuestions() {
        return Stream.of(
                Arguments.of(question("MULTIPLE_CHOICE", "", null, List.of("a", "b"), List.of("a"), null), "prompt"),
                Arguments.of(question("MULTIPLE_CHOICE", "x".repeat(2001), null, List.of("a", "b"), List.of("a"), null), "prompt"),
                Arguments.of(question("MULTIPLE_CHOICE", "Berapa?", null, List.of("tiga"), List.of("tiga"), null), "choices"),
                Arguments.of(question("MULTIPLE_CHOICE", "Berapa?", null, List.of("tiga", "Tiga"), List.of("tiga"), null), "choices"),
                Arguments.of(question("MULTIPLE_CHOICE", "Berapa?", null, List.of("dua", "tiga"), List.of("lima"), null), "answer"),
                Arguments.of(question("MULTIPLE_RESPONSE", "Mana saja?", null, List.of("dua", "tiga"), List.of(), null), "answer"),
                Arguments.of(question("TRUE_FALSE", "Beras murah.", null, null, List.of("Mungkin"), null), "answer"),
                Arguments.of(question("CLOZE", "Beras dijual murah.", null, null, List.of("murah"), null), "prompt"),
                Arguments.of(question("CLOZE", "Beras dijual ___.", null, null, List.of(), null), "answer"),
                Arguments.of(question("MATCHING", "Jodohkan.", List.of("Ita"), null, List.of("wali kota"), null), "items"),
                Arguments.of(question("ORDERING", "Urutkan.", null, null, List.of("Senin"), null), "answer"),
                Arguments.of(question("TRUE_FALSE", "Beras murah.", null, null, List.of("Benar"), 999), "evidenceSentence"),
                Arguments.of(question("ESAI", "Jelaskan.", null, null, List.of("x"), null), "type"));
    }

    @ParameterizedTest
    @MethodSource("invalidQuestions")
    void anInvalidQuestionIsRefusedWithProblemJsonNamingTheFieldAndNothingIsStored(Map<String, Object> body,
            String field) {
        String teacher = Fixtures.teacher("penyusun-teliti");
        long setId = newSet(teacher, article(teacher, TEXT), "Uji validasi");
        long questionId = addQuestion(teacher, setId, goodChoice());
        as(teacher).body(body).post("/api/sets/" + setId + "/questions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(field));
        assertEquals(1, storedQuestions(setId), "nothing was added");
        as(teacher).body(body).put("/api/sets/" + setId + "/questions/" + questionId)
                .then().statusCode(400).body("errors.field", hasItem(field));
        JsonPath set = detail(teacher, setId);
        assertEquals("Berapa pasar murah yang dibuka?", set.getString("questions[0].prompt"), "nothing was changed");
        assertEquals(List.of("tiga"), set.getList("questions[0].answer"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryAuthoringEndpoint() {
        String doc = given().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/sets:", "/api/sets/{id}:", "/api/sets/{id}/questions:",
                "/api/sets/{id}/questions/{questionId}:", "/api/sets/{id}/questions/{questionId}/accept:",
                "/api/sets/{id}/order:", "/api/sets/{id}/publish:", "/api/sets/{id}/unpublish:")) {
            assertTrue(doc.contains(path), "documented: " + path);
        }
        assertTrue(doc.contains("Set soal"));
        assertTrue(!doc.contains("/guru/set"), "pages are not in the API document");
    }

    @Test
    void aSetNeedsAnArticleThatExistsAndATitle() {
        String teacher = Fixtures.teacher("penyusun-judul");
        long articleId = article(teacher, TEXT);
        Fixtures.seedArticleId(); // the draft worker's seed draft is made before the count
        long before = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count());
        as(teacher).body(Map.of("articleId", 99999999, "title", "Set")).post("/api/sets").then().statusCode(400)
                .body("errors.field", hasItem("articleId")).body("errors.message", hasItem(containsString("tidak ada")));
        as(teacher).body(Map.of("articleId", articleId, "title", " ")).post("/api/sets").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("detail", equalTo("Judul set wajib diisi."));
        as(teacher).body(Map.of("articleId", articleId, "title", "j".repeat(301))).post("/api/sets").then()
                .statusCode(400).body("errors.field", hasItem("title"));
        as(teacher).body(Map.of("title", "Tanpa artikel")).post("/api/sets").then().statusCode(400)
                .body("errors.field", hasItem("articleId"));
        as(teacher).body("{bukan json").post("/api/sets").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count()));
        long setId = newSet(teacher, articleId, "Judul lama");
        as(teacher).body(Map.of("title", "")).put("/api/sets/" + setId).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        assertEquals("Judul lama", detail(teacher, setId).getString("set.title"));
    }

    @Test
    void editingAQuestionAcceptsItAndAcceptingCountsAsReviewed() {
        String teacher = Fixtures.teacher("penyusun-sunting");
        long articleId = article(teacher, TEXT);
        JsonPath draft = as(teacher).get("/api/sets?articleId=" + articleId).then().statusCode(200)
                .body("[0].origin", equalTo("GENERATED")).body("[0].reviewed", equalTo(0)).extract().jsonPath();
        long draftId = draft.getLong("[0].id");
        JsonPath set = detail(teacher, draftId);
        assertTrue(set.getList("questions").size() >= 2, "the generated draft has questions");
        long first = set.getLong("questions[0].id");
        long second = set.getLong("questions[1].id");
        Map<String, Object> edited = new HashMap<>(set.getMap("questions[0]"));
        edited.put("prompt", "Pertanyaan yang diperbaiki guru?");
        edited.put("evidenceSentence", set.getInt("questions[0].evidence.sentence"));
        as(teacher).body(edited).put("/api/sets/" + draftId + "/questions/" + first).then().statusCode(200)
                .body("prompt", equalTo("Pertanyaan yang diperbaiki guru?")).body("reviewed", equalTo(true))
                .body("key", equalTo(set.getString("questions[0].key")));
        as(teacher).post("/api/sets/" + draftId + "/questions/" + second + "/accept").then().statusCode(200)
                .body("reviewed", equalTo(true)).body("prompt", equalTo(set.getString("questions[1].prompt")));
        as(teacher).get("/api/sets?articleId=" + articleId).then()
                .body("[0].reviewed", equalTo(2)).body("[0].edited", equalTo(true));
        as(teacher).post("/api/sets/" + draftId + "/questions/999999999/accept").then().statusCode(404);
    }

    @Test
    void reorderingNeedsEveryQuestionOnceAndMovesThem() {
        String teacher = Fixtures.teacher("penyusun-urut");
        long setId = newSet(teacher, article(teacher, TEXT), "Urutan");
        long a = addQuestion(teacher, setId, goodChoice());
        long b = addQuestion(teacher, setId, question("TRUE_FALSE", "Pasar murah dibuka pada Senin.", null, null, List.of("Benar"), 0));
        long c = addQuestion(teacher, setId, question("ORDERING", "Urutkan hari.", null, null, List.of("Senin", "Jumat"), null));
        for (List<Long> bad : List.of(List.of(a, b), List.of(a, b, b), List.of(a, b, c, 123456789L), List.of(a, b, 123456789L))) {
            as(teacher).body(Map.of("questionIds", bad)).put("/api/sets/" + setId + "/order").then().statusCode(400)
                    .body("errors.field", hasItem("questionIds"));
        }
        as(teacher).body(Map.of()).put("/api/sets/" + setId + "/order").then().statusCode(400);
        assertEquals(List.of((int) a, (int) b, (int) c), detail(teacher, setId).getList("questions.id"), "order unchanged");
        as(teacher).body(Map.of("questionIds", List.of(c, a, b))).put("/api/sets/" + setId + "/order").then()
                .statusCode(200).body("questions.id", equalTo(List.of((int) c, (int) a, (int) b)))
                .body("questions.position", equalTo(List.of(0, 1, 2)));
        assertEquals(List.of((int) c, (int) a, (int) b), detail(teacher, setId).getList("questions.id"));
        as(teacher).delete("/api/sets/" + setId + "/questions/" + a).then().statusCode(204);
        JsonPath after = detail(teacher, setId);
        assertEquals(List.of((int) c, (int) b), after.getList("questions.id"));
        assertEquals(List.of(0, 1), after.getList("questions.position"));
    }

    @Test
    void publishingNeedsQuestionsFreezesTheSetUntilUnpublished() {
        String teacher = Fixtures.teacher("penyusun-terbit");
        long setId = newSet(teacher, article(teacher, TEXT), "Terbit");
        as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("tanpa soal"));
        long q = addQuestion(teacher, setId, goodChoice());
        as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", not(equalTo(null)));
        assertEquals(QuestionSet.Status.PUBLISHED,
                QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).status));
        as(teacher).body(goodChoice()).post("/api/sets/" + setId + "/questions").then().statusCode(409)
                .body("detail", containsString("batalkan penerbitan"));
        as(teacher).delete("/api/sets/" + setId + "/questions/" + q).then().statusCode(409);
        assertEquals(1, storedQuestions(setId));
        as(teacher).post("/api/sets/" + setId + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(teacher).post("/api/sets/" + setId + "/unpublish").then().statusCode(200).body("status", equalTo("DRAFT"));
        addQuestion(teacher, setId, question("CLOZE", "Pasar murah dibuka di Kota ____.", null, null, List.of("Semarang"), 0));
        assertEquals(2, storedQuestions(setId));
    }

    @Test
    void theGeneratedDraftCannotBeDeletedButATeachersOwnSetCan() {
        String teacher = Fixtures.teacher("penyusun-hapus");
        long articleId = article(teacher, TEXT);
        long draftId = as(teacher).get("/api/sets?articleId=" + articleId).then().extract().jsonPath().getLong("[0].id");
        as(teacher).delete("/api/sets/" + draftId).then().statusCode(409).body("detail", containsString("Rancangan otomatis"));
        long setId = newSet(teacher, articleId, "Buang");
        addQuestion(teacher, setId, goodChoice());
        as(teacher).delete("/api/sets/" + setId).then().statusCode(204);
        as(teacher).get("/api/sets/" + setId).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, storedQuestions(setId));
    }

    @Test
    void aChangedArticleTextRemakesAnUntouchedDraftButNeverOneTheTeacherEdited() {
        String teacher = Fixtures.teacher("penyusun-teks-baru");
        long untouched = article(teacher, TEXT);
        long edited = article(teacher, TEXT);
        long editedDraft = as(teacher).get("/api/sets?articleId=" + edited).then().extract().jsonPath().getLong("[0].id");
        long firstQuestion = detail(teacher, editedDraft).getLong("questions[0].id");
        as(teacher).delete("/api/sets/" + editedDraft + "/questions/" + firstQuestion).then().statusCode(204);
        List<Object> keptPrompts = detail(teacher, editedDraft).getList("questions.prompt");

        String newText = "BANDUNG (ANTARA) - Hujan deras melanda Kota Bandung pada Selasa (7/3). "
                + "Banjir merendam 120 rumah di Kecamatan Gedebage dan Rancasari.";
        for (long id : List.of(untouched, edited)) {
            QuarkusTransaction.requiringNew().run(() -> {
                Article a = Article.findById(id);
                a.body = newText;
                a.contentHash = ArticleText.hash(newText);
            });
        }
        String untouchedNow = as(teacher).get("/api/articles/" + untouched + "/questions").then().statusCode(200)
                .extract().asString();
        assertTrue(untouchedNow.contains("Bandung") || untouchedNow.contains("Gedebage"), "the untouched draft follows the text");
        as(teacher).get("/api/sets?articleId=" + edited).then().body("[0].stale", equalTo(true))
                .body("[0].edited", equalTo(true));
        assertEquals(keptPrompts, detail(teacher, editedDraft).getList("questions.prompt"), "the teacher's draft is kept");

        JsonPath remade = as(teacher).post("/api/sets/" + editedDraft + "/regenerate").then().statusCode(200)
                .body("set.stale", equalTo(false)).body("set.edited", equalTo(false)).extract().jsonPath();
        assertNotEquals(keptPrompts, remade.getList("questions.prompt"), "the teacher asked for a new draft");
        long ownSet = newSet(teacher, edited, "Sendiri");
        as(teacher).post("/api/sets/" + ownSet + "/regenerate").then().statusCode(409);
    }

    @Test
    void everyGeneratedQuestionOfTheSeedAndOfAFloodReportKeepsTheAuthoringRules() throws IOException {
        String teacher = Fixtures.teacher("penyusun-pemeriksa");
        String flood;
        try (InputStream in = getClass().getResourceAsStream("/gold/regional-banjir-sigi.txt")) {
            flood = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (long articleId : List.of(Fixtures.seedArticleId(), article(teacher, flood))) {
            List<String> sentences = as(teacher).get("/api/articles/" + articleId + "/analysis").then().statusCode(200)
                    .extract().jsonPath().getList("sentences.text");
            QuestionValidator validator = new QuestionValidator(sentences);
            // The draft and the bank: every question the generator checked must keep the rules a teacher's must.
            List<Map<String, Object>> questions = new ArrayList<>(as(teacher).get("/api/articles/" + articleId + "/questions")
                    .then().statusCode(200).extract().jsonPath().getList("$"));
            questions.addAll(as(teacher).get("/api/articles/" + articleId + "/questions?scope=bank")
                    .then().statusCode(200).extract().jsonPath().getList("$"));
            assertTrue(questions.size() > 20, "draft and bank: " + questions.size());
            List<String> failures = new ArrayList<>();
            for (Map<String, Object> q : questions) {
                @SuppressWarnings("unchecked")
                Map<String, Object> evidence = (Map<String, Object>) q.get("evidence");
                QuestionForm form = new QuestionForm((String) q.get("type"), (String) q.get("skill"),
                        (String) q.get("prompt"), list(q.get("items")), list(q.get("choices")), list(q.get("answer")),
                        (String) q.get("explanation"), evidence == null ? null : (Integer) evidence.get("sentence"));
                QuestionValidator.Result r = validator.validate(form);
                if (!r.ok()) {
                    failures.add(q.get("prompt") + " " + r.errors());
                } else {
                    Question checked = r.question();
                    if (!checked.answer().equals(form.answer())) {
                        failures.add("answer changed: " + q.get("prompt"));
                    }
                }
            }
            assertEquals(Collections.emptyList(), failures);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }
}
