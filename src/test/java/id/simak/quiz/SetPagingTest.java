package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/**
 * A set's questions come a page at a time: {@code GET /api/sets/{id}?page=&size=} and the set page's
 * "Sebelumnya / Berikutnya" with {@code ?halaman=&ukuran=}.
 */
@QuarkusTest
class SetPagingTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    /** A set of 25 questions ("Soal nomor 1" … "Soal nomor 25"), imported by the teacher. */
    private static long setOf25(String teacher) {
        return SETS.computeIfAbsent(teacher, SetPagingTest::importSetOf25);
    }

    private static final Map<String, Long> SETS = new ConcurrentHashMap<>();

    private static long importSetOf25(String teacher) {
        StringBuilder csv = new StringBuilder("id;soal;jawaban;salah;salah\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("k").append(i).append(";Soal nomor ").append(i).append(" tentang KTT?;Xi'an;Beijing;Shanghai\n");
        }
        return as(teacher).contentType("text/csv").body(csv.toString())
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(201).body("added", equalTo(25)).extract().jsonPath().getLong("setId");
    }

    @Test
    void theApiGivesTheQuestionsOfASetPageByPage() {
        String teacher = Fixtures.teacher("guru-halaman-api");
        long setId = setOf25(teacher);
        as(teacher).get("/api/sets/" + setId + "?size=10").then().statusCode(200)
                .body("questions", hasSize(10)).body("page", equalTo(1)).body("size", equalTo(10))
                .body("total", equalTo(25)).body("questions[0].prompt", containsString("Soal nomor 1 "));
        as(teacher).get("/api/sets/" + setId + "?size=10&page=3").then().statusCode(200)
                .body("questions", hasSize(5)).body("total", equalTo(25))
                .body("questions[0].prompt", containsString("Soal nomor 21 "));
        as(teacher).get("/api/sets/" + setId + "?size=10&page=4").then().statusCode(200)
                .body("questions", hasSize(0)).body("total", equalTo(25));
        // without parameters: the default page of 50 holds the whole set of 25
        as(teacher).get("/api/sets/" + setId).then().statusCode(200)
                .body("questions", hasSize(25)).body("size", equalTo(50)).body("total", equalTo(25));
    }

    @ParameterizedTest
    @ValueSource(strings = { "page=0", "page=-1", "page=abc", "page=99999999999999999999", "size=0", "size=-5",
            "size=201", "size=1e3", "size=2147483648", "page=1.5" })
    void badPagingParametersAreAProblem(String query) {
        String teacher = Fixtures.teacher("guru-halaman-salah");
        long setId = setOf25(teacher);
        as(teacher).get("/api/sets/" + setId + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("bilangan bulat"));
    }

    @Test
    void theSetPageShowsOnePageWithPreviousAndNext() {
        String teacher = Fixtures.teacher("guru-halaman-laman");
        long setId = setOf25(teacher);
        QuestionPagesTest.Session session = QuestionPagesTest.loggedIn(teacher);
        String first = session.request().get("/guru/set/" + setId + "?ukuran=10").then().statusCode(200)
                .body(containsString("Halaman 1 dari 3 (25 butir)")).body(containsString("Berikutnya"))
                .body(not(containsString("rel=\"prev\""))).extract().asString();
        assertEquals(10, count(first, "Soal nomor "));
        String last = session.request().get("/guru/set/" + setId + "?halaman=3&ukuran=10").then().statusCode(200)
                .body(containsString("Halaman 3 dari 3 (25 butir)")).body(containsString("Sebelumnya"))
                .body(containsString("halaman=2&amp;ukuran=10")).body(not(containsString("rel=\"next\"")))
                .extract().asString();
        assertEquals(5, count(last, "Soal nomor "));
        assertEquals(true, last.contains("Soal nomor 21 ") && !last.contains("Soal nomor 20 "));
    }

    @Test
    void anActionOnTheThirdPageLeadsBackToTheThirdPage() {
        String teacher = Fixtures.teacher("guru-halaman-aksi");
        long setId = importSetOf25(teacher);
        QuestionPagesTest.Session session = QuestionPagesTest.loggedIn(teacher);
        String third = session.request().get("/guru/set/" + setId + "?halaman=3&ukuran=10").then().statusCode(200)
                .extract().asString();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/guru/set/" + setId + "/soal/(\\d+)/terima")
                .matcher(third);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        assertEquals(5, ids.size());
        assertEquals(true, third.contains("name=\"ukuran\" value=\"10\""));
        // accept question 23: back on page 3, at that question
        session.request().formParam("ukuran", "10").post("/guru/set/" + setId + "/soal/" + ids.get(2) + "/terima")
                .then().statusCode(303).header("Location", containsString("?pesan=question_accepted&halaman=3&ukuran=10"))
                .header("Location", containsString("#soal-" + ids.get(2)));
        // delete question 22: page 3 again, which now starts with question 23
        String location = session.request().formParam("ukuran", "10")
                .post("/guru/set/" + setId + "/soal/" + ids.get(1) + "/hapus").then().statusCode(303)
                .extract().header("Location");
        assertEquals(true, location.contains("halaman=3&ukuran=10"), location);
        // moving question 21 (now the first of page 3) up takes it to page 2, where the teacher is led
        session.request().formParam("ukuran", "10").post("/guru/set/" + setId + "/soal/" + ids.get(0) + "/naik")
                .then().statusCode(303).header("Location", containsString("halaman=2&ukuran=10"));
        // renaming the set from page 3 stays on page 3
        session.request().formParam("title", "Set berhalaman").formParam("halaman", "3").formParam("ukuran", "10")
                .post("/guru/set/" + setId + "/judul").then().statusCode(303)
                .header("Location", containsString("halaman=3&ukuran=10"));
        String after = session.request().get("/guru/set/" + setId + "?halaman=3&ukuran=10").then().statusCode(200)
                .body(containsString("Halaman 3 dari 3 (24 butir)")).extract().asString();
        assertEquals(true, after.contains("Soal nomor 20 ") && !after.contains("Soal nomor 22 "));
    }

    @ParameterizedTest
    @ValueSource(strings = { "halaman=0", "halaman=-3", "halaman=abc", "halaman=99999999999999", "ukuran=-1",
            "ukuran=x" })
    void aBadPageNumberShowsTheFirstPage(String query) {
        String teacher = Fixtures.teacher("guru-halaman-laman-salah");
        long setId = setOf25(teacher);
        String html = QuestionPagesTest.loggedIn(teacher).request().get("/guru/set/" + setId + "?" + query)
                .then().statusCode(200).extract().asString();
        assertEquals(true, html.contains("Soal nomor 1 "));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
