package id.simak.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/** The class report shows its learners a page at a time: {@code ?halaman=&ukuran=} on the page, {@code ?page=&size=} in the API. */
@QuarkusTest
class ClassReportPagingTest {

    @Test
    void aClassOfTwelveLearnersIsShownFiveAtATime() {
        String teacher = Fixtures.teacher("laphal-guru");
        long classId = ClassReportResourceTest.as(teacher).body(Map.of("name", "XII IPS")).post("/api/classes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String code = ClassReportResourceTest.as(teacher).get("/api/classes/" + classId).then().extract().jsonPath()
                .getString("code");
        for (int i = 1; i <= 12; i++) {
            String learner = Fixtures.learner("laphal-murid-" + i);
            ClassReportResourceTest.as(learner).body(Map.of("code", code)).post("/api/classes/join")
                    .then().statusCode(200);
        }
        String base = "/guru/kelas/" + classId + "/laporan";
        String first = ClassReportPagesTest.browser(teacher).get(base + "?ukuran=5").then().statusCode(200)
                .body(containsString("Halaman 1 dari 3 (12 butir)")).body(containsString("Berikutnya"))
                .extract().asString();
        assertEquals(5, rows(first));
        String last = ClassReportPagesTest.browser(teacher).get(base + "?ukuran=5&halaman=3").then().statusCode(200)
                .body(containsString("Halaman 3 dari 3 (12 butir)")).body(containsString("Sebelumnya"))
                .body(not(containsString("rel=\"next\""))).extract().asString();
        assertEquals(2, rows(last));
        // a bad page number shows the first page; without parameters all twelve fit the default page of 50
        assertEquals(5, rows(ClassReportPagesTest.browser(teacher).get(base + "?ukuran=5&halaman=-1")
                .then().statusCode(200).extract().asString()));
        assertEquals(12, rows(ClassReportPagesTest.browser(teacher).get(base).then().statusCode(200)
                .body(not(containsString("data-testid=\"pager\""))).extract().asString()));

        String api = "/api/classes/" + classId + "/report";
        ClassReportResourceTest.as(teacher).get(api + "?size=5").then().statusCode(200)
                .body("learners", hasSize(5)).body("page", equalTo(1)).body("size", equalTo(5))
                .body("total", equalTo(12));
        ClassReportResourceTest.as(teacher).get(api + "?size=5&page=3").then().statusCode(200)
                .body("learners", hasSize(2)).body("total", equalTo(12));
        ClassReportResourceTest.as(teacher).get(api).then().statusCode(200).body("learners", hasSize(12));
        for (String bad : new String[] { "page=0", "size=-1", "size=abc", "size=201" }) {
            ClassReportResourceTest.as(teacher).get(api + "?" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static int rows(String html) {
        return html.split("data-testid=\"learner-", -1).length - 1;
    }
}
