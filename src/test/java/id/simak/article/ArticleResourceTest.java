package id.simak.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

@QuarkusTest
class ArticleResourceTest {

    static final String TEXT = "Jakarta (ANTARA) - Menteri Perdagangan meresmikan pasar baru di Bekasi pada Senin (6/3). "
            + "Pasar itu menampung 1.250 pedagang.\nHARGA STABIL\nMenurut menteri, harga beras stabil.";

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    private static long create(String teacher, String text) {
        return as(teacher).contentType("application/json")
                .body(Map.of("title", "Uji", "text", text, "source", "uji"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aTeacherAddsAnArticleAsJson() {
        String teacher = Fixtures.teacher("guru-artikel");
        long id = as(teacher).contentType("application/json")
                .body(Map.of("title", "Pasar baru", "text", TEXT, "source", "ANTARA"))
                .post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Pasar baru"))
                .body("words", greaterThan(20))
                .body("sentences", equalTo(4))
                .extract().jsonPath().getLong("id");
        as(teacher).get("/api/articles/" + id)
                .then().statusCode(200)
                .body("text", equalTo(TEXT))
                .body("source", equalTo("ANTARA"))
                .body("owner", equalTo(teacher));
        as(Fixtures.learner("pembaca")).get("/api/articles")
                .then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void aTeacherUploadsPlainTextAndTheTitleIsTakenFromTheFirstSentence() {
        String teacher = Fixtures.teacher("guru-unggah");
        as(teacher).contentType("text/plain; charset=UTF-8")
                .body(TEXT.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Menteri Perdagangan meresmikan pasar baru di Bekasi pada Senin (6/3)."));
    }

    @Test
    void aLearnerCannotAddArticlesAndNothingIsStored() {
        long before = Fixtures.articleCount();
        as(Fixtures.learner("murid-a")).contentType("application/json")
                .body(Map.of("title", "x", "text", TEXT))
                .post("/api/articles")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("title", "x", "text", TEXT))
                .post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(before, Fixtures.articleCount());
    }

    @Test
    void badTextIsRefusedWithAMessageAndNothingStored() {
        String teacher = Fixtures.teacher("guru-teliti");
        long before = Fixtures.articleCount();
        as(teacher).contentType("application/json").body(Map.of("title", "Kosong", "text", "  \n\t "))
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"))
                .body("detail", containsString("wajib"));
        as(teacher).contentType("application/json").body(Map.of("title", "Tanpa teks"))
                .post("/api/articles")
                .then().statusCode(400);
        as(teacher).contentType("application/json").body(Map.of("text", "a".repeat(100_001)))
                .post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("100.000"));
        byte[] invalidUtf8 = { 'B', 'e', 'r', 'i', 't', 'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x' };
        as(teacher).contentType("text/plain; charset=UTF-8").body(invalidUtf8)
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        byte[] invalidJson = "{\"text\": \"Berita \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        as(teacher).contentType("application/json").body(invalidJson)
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        as(teacher).contentType("application/json").body(Map.of("title", "j".repeat(301), "text", TEXT))
                .post("/api/articles")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        assertEquals(before, Fixtures.articleCount());
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        as(Fixtures.teacher("guru-batas")).contentType("application/json")
                .body(Map.of("text", "kata ".repeat(20_000).strip() + "."))
                .post("/api/articles")
                .then().statusCode(201).body("words", equalTo(20_000));
    }

    @Test
    void controlCharactersAreRemovedAndHtmlIsKeptAsText() {
        String teacher = Fixtures.teacher("guru-html");
        long id = create(teacher, "Judul\u0000 <b>tebal</b>\u0007 dan <script>alert(1)</script>.\r\nBaris dua.");
        as(teacher).get("/api/articles/" + id)
                .then().statusCode(200)
                .body("text", equalTo("Judul <b>tebal</b> dan <script>alert(1)</script>.\nBaris dua."));
        String page = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD)
                .get("/artikel/" + id).then().statusCode(200).extract().asString();
        // The reader makes each word a button: the text a reader sees is the page without its own tags.
        org.junit.jupiter.api.Assertions.assertTrue(page.replaceAll("<[^>]*>", "")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("<script>alert(1)"), "HTML of an article is never live");
    }

    @Test
    void onlyTheOwnerDeletesAnArticle() {
        String owner = Fixtures.teacher("guru-pemilik");
        String otherTeacher = Fixtures.teacher("guru-lain");
        String learner = Fixtures.learner("murid-b");
        long id = create(owner, TEXT);
        as(otherTeacher).delete("/api/articles/" + id).then().statusCode(403).contentType("application/problem+json");
        as(learner).delete("/api/articles/" + id).then().statusCode(403);
        given().delete("/api/articles/" + id).then().statusCode(401);
        as(owner).get("/api/articles/" + id).then().statusCode(200);
        as(owner).delete("/api/articles/" + id).then().statusCode(204);
        as(owner).get("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Tidak ditemukan"));
        as(owner).delete("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void readingNeedsALogin() {
        given().get("/api/articles").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/articles/1").then().statusCode(401);
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        as(Fixtures.teacher("guru-xml")).contentType("application/xml").body("<a/>")
                .post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }
}
