package id.simak.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

@QuarkusTest
class AnalysisResourceTest {

    @Test
    void theAnalysisOfTheSeedFollowsTheContract() {
        String learner = Fixtures.learner("penganalisis");
        var json = given().auth().preemptive().basic(learner, Fixtures.PASSWORD)
                .get("/api/articles/" + Fixtures.seedArticleId() + "/analysis")
                .then().statusCode(200)
                .body("sentences.size()", greaterThan(15))
                .body("sentences.kind", hasItem("HEADING"))
                .body("sentences.kind", hasItem("CAPTION"))
                .body("dateline.agency", equalTo("Xinhua"))
                .body("dates.value", hasItem("--05-18/--05-19"))
                .body("places.code", hasItem("KZ"))
                .body("acronyms[0]", hasKey("short"))
                .body("acronyms.short", hasItem("KTT"))
                .body("acronyms.long", hasItem("konferensi tingkat tinggi"))
                .body("quotes.size()", equalTo(2))
                .body("words.root", hasItem("kunjung"))
                .extract().jsonPath();
        int sentences = json.getInt("sentences.size()");
        for (String list : new String[] { "dates", "places", "quotes", "lists", "numbers", "words" }) {
            org.hamcrest.MatcherAssert.assertThat(list, json.getList(list + ".sentence", Integer.class),
                    everyItem(lessThan(sentences)));
        }
        org.hamcrest.MatcherAssert.assertThat(json.getList("people.name"), notNullValue());
    }

    @Test
    void aNewArticleIsAnalysedFromItsOwnWords() {
        String teacher = Fixtures.teacher("guru-analisis");
        long id = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("text", "Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat inflasi 2,5 persen "
                        + "pada Januari 2024. \"Harga beras naik,\" kata Kepala BPS Amalia Widyasanti."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + id + "/analysis")
                .then().statusCode(200)
                .body("dateline.agency", equalTo("ANTARA"))
                .body("acronyms.short", hasItem("BPS"))
                .body("dates.value", hasItem("2024-01"))
                .body("numbers.unit", hasItem("persen"))
                .body("quotes.text", hasItem(startsWith("Harga beras naik")))
                .body("quotes.speaker", hasItem(containsString("Amalia")));
    }

    @Test
    void theAnalysisNeedsALoginAndAnExistingArticle() {
        given().get("/api/articles/" + Fixtures.seedArticleId() + "/analysis").then().statusCode(401);
        given().auth().preemptive().basic(Fixtures.learner("penganalisis"), Fixtures.PASSWORD)
                .get("/api/articles/987654/analysis").then().statusCode(404).contentType("application/problem+json");
    }
}
