package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/** {@code GET /api/reviews/due} answers the session's cards a page at a time ({@code ?page=&size=}). */
@QuarkusTest
class DuePagingTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    /** A teacher with 25 new cards from their own set; the session offers 20 of them (new cards a day). */
    private static String teacherWith25Cards(String teacher) {
        Fixtures.teacher(teacher);
        StringBuilder csv = new StringBuilder("id;soal;jawaban;salah;salah\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("k").append(i).append(";Kartu nomor ").append(i).append(" tentang KTT?;Xi'an;Beijing;Shanghai\n");
        }
        long setId = as(teacher).contentType("text/csv").body(csv.toString())
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(201).extract().jsonPath().getLong("setId");
        as(teacher).post("/api/cards/sets/" + setId).then().statusCode(200).body("added", equalTo(25));
        return teacher;
    }

    @Test
    void theSessionsCardsComePageByPage() {
        String teacher = teacherWith25Cards("guru-kartu-halaman");
        as(teacher).get("/api/reviews/due?size=8").then().statusCode(200)
                .body("cards", hasSize(8)).body("page", equalTo(1)).body("size", equalTo(8))
                .body("total", equalTo(20)).body("newCount", equalTo(20));
        as(teacher).get("/api/reviews/due?size=8&page=3").then().statusCode(200)
                .body("cards", hasSize(4)).body("total", equalTo(20));
        as(teacher).get("/api/reviews/due").then().statusCode(200)
                .body("cards", hasSize(20)).body("size", equalTo(50));
    }

    @ParameterizedTest
    @ValueSource(strings = { "page=0", "page=x", "size=-1", "size=1000", "size=" + Long.MAX_VALUE + "0" })
    void badPagingParametersAreAProblem(String query) {
        Fixtures.learner("murid-kartu-halaman");
        as("murid-kartu-halaman").get("/api/reviews/due?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("bilangan bulat"));
    }
}
