package id.simak.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.quiz.QuizQuestion;

@QuarkusTest
class ClassReportPagesTest {

    static RequestSpecification browser(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return given().filter(cookies).redirects().follow(false);
    }

    @Test
    void theTeacherSeesTheReportAndTheItemStatisticsAndDownloadsTheCsv() {
        String teacher = Fixtures.teacher("laph-guru");
        String other = Fixtures.teacher("laph-lain");
        String ani = Fixtures.learner("laph-ani");
        String budi = Fixtures.learner("laph-budi");
        long article = Fixtures.teacherArticle(teacher, ClassReportResourceTest.ARTICLE);
        long setId = ClassReportResourceTest.set(article, teacher, "Halaman: Taman baca");
        long unassigned = ClassReportResourceTest.set(article, teacher, "Halaman: lain");
        List<Long> q = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>list(
                "set.id = ?1 order by position", setId).stream().map(x -> x.id).toList());
        long classId = ClassReportResourceTest.as(teacher).body(Map.of("name", "XI <IPA>")).post("/api/classes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String code = ClassReportResourceTest.as(teacher).get("/api/classes/" + classId).then().extract().jsonPath()
                .getString("code");
        ClassReportResourceTest.as(ani).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        ClassReportResourceTest.as(budi).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        ClassReportResourceTest.as(teacher).body(Map.of("setId", setId, "due", "2030-12-02"))
                .post("/api/classes/" + classId + "/assignments").then().statusCode(201);
        ClassReportResourceTest.take(ani, setId, q, List.of("Bandung"), "Bandung", "Salah", 3000, 4000, 5000);

        browser(teacher).get("/guru/kelas/" + classId).then().statusCode(200)
                .body(containsString("href=\"/guru/kelas/" + classId + "/laporan\""));
        String page = browser(teacher).get("/guru/kelas/" + classId + "/laporan").then().statusCode(200)
                .body(containsString("<h1>Laporan: XI &lt;IPA&gt;</h1>"))
                .body(containsString("<caption id=\"learners-caption\">"))
                .body(containsString("<th scope=\"col\">Halaman: Taman baca"))
                .body(containsString("class=\"report-wrap\" role=\"region\""))
                .extract().asString();
        String aniCell = page.substring(page.indexOf("data-testid=\"cell-laph-ani-" + setId + "\""));
        aniCell = aniCell.substring(0, aniCell.indexOf("</td>"));
        assertTrue(aniCell.contains("Tepat waktu") && aniCell.contains("2/3 (67 %)"), aniCell);
        String budiCell = page.substring(page.indexOf("data-testid=\"cell-laph-budi-" + setId + "\""));
        budiCell = budiCell.substring(0, budiCell.indexOf("</td>"));
        assertTrue(budiCell.contains("Belum mulai") && !budiCell.contains("/3"), budiCell);
        assertTrue(page.contains("href=\"/guru/kelas/" + classId + "/laporan/set/" + setId + "\""));

        browser(teacher).cookie("simak-bahasa", "en").get("/guru/kelas/" + classId + "/laporan").then()
                .statusCode(200);

        browser(teacher).get("/guru/kelas/" + classId + "/laporan/set/" + setId).then().statusCode(200)
                .body(containsString("Hanya percobaan pertama yang dihitung"))
                .body(containsString("1 dari 2 murid sudah menjawab"))
                .body(containsString("<th scope=\"row\" class=\"prompt\">Di kota mana taman baca dibuka?</th>"))
                .body(containsString("<td class=\"num\" data-testid=\"share\">0 %</td>"))
                .body(containsString("«Salah» "))
                .body(containsString("<td class=\"num\" data-testid=\"share\">100 %</td>"));
        browser(teacher).get("/guru/kelas/" + classId + "/laporan/set/" + unassigned).then().statusCode(404);

        var csv = browser(teacher).get("/guru/kelas/" + classId + "/laporan/unduh.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"Kelas\";"));
        assertTrue(text.contains("\"XI <IPA>\";\"laph-ani\""), text);
        browser(teacher).get("/guru/kelas/" + classId + "/laporan/set/" + setId + "/unduh.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"));

        for (String path : List.of("/guru/kelas/" + classId + "/laporan", "/guru/kelas/" + classId + "/laporan/set/"
                + setId, "/guru/kelas/" + classId + "/laporan/unduh.csv")) {
            browser(ani).get(path).then().statusCode(403).body(not(containsString("laph-budi")));
            browser(other).get(path).then().statusCode(403);
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
    }
}
