package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/** The teacher's question-file page: import with the line of a problem and nothing stored, export downloads. */
@QuarkusTest
class ExchangePagesTest {

    private static RequestSpecification browser(CookieFilter cookies) {
        return given().filter(cookies).redirects().follow(false);
    }

    private static CookieFilter login(String username) {
        CookieFilter cookies = new CookieFilter();
        browser(cookies).formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    private static long setCount() {
        Fixtures.seedArticleId(); // the draft worker's seed draft is made before any count
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.count());
    }

    private static final String GIFT = """
            ::q-kota-ktt::Di kota mana KTT diadakan? {=Xi'an ~Beijing ~Astana}

            ::q-benar::Pertemuan ini adalah KTT yang pertama. {T}
            """;

    @Test
    void aGiftFileWithAnEssayIsImportedAndThePageListsTheSkippedQuestions() throws Exception {
        String teacher = Fixtures.teacher("berkas-moodle");
        CookieFilter me = login(teacher);
        byte[] gift;
        try (var in = ExchangePagesTest.class.getResourceAsStream("/moodle/campuran.gift.txt")) {
            gift = in.readAllBytes();
        }
        String done = browser(me).multiPart("format", "gift")
                .multiPart("articleId", Long.toString(Fixtures.seedArticleId()))
                .multiPart("file", "campuran.gift.txt", gift, "text/plain")
                .post("/guru/berkas/impor").then().statusCode(200).extract().asString();
        assertThat(done, containsString("7 soal diimpor, 2 dilewati."));
        assertThat(done, containsString("Baris 7: esai (essay) &quot;E1&quot;"));
        assertThat(done, containsString("Baris 36: numerik (numerical) &quot;N5&quot;"));
    }

    @Test
    void learnersAndStrangersCannotUseThePage() {
        given().redirects().follow(false).get("/guru/berkas").then().statusCode(302)
                .header("Location", containsString("/masuk"));
        CookieFilter learner = login(Fixtures.learner("berkas-murid"));
        browser(learner).get("/guru/berkas").then().statusCode(403);
    }

    @Test
    void aTeacherImportsAGiftFileAndDownloadsTheSetAgain() {
        String teacher = Fixtures.teacher("berkas-guru");
        CookieFilter me = login(teacher);
        long seed = Fixtures.seedArticleId();
        String page = browser(me).get("/guru/berkas").then().statusCode(200).extract().asString();
        assertThat(page, containsString("Impor berkas"));
        assertThat(page, containsString("/guru/berkas/ekspor/"));

        String done = browser(me).multiPart("format", "gift").multiPart("articleId", Long.toString(seed))
                .multiPart("file", "soal.gift", GIFT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/guru/berkas/impor").then().statusCode(200).extract().asString();
        assertThat(done, containsString("2 soal baru"));
        long setId = Long.parseLong(done.replaceAll("(?s).*href=\"/guru/set/(\\d+)\".*", "$1"));

        // Again: the same questions are updated, not duplicated.
        long before = setCount();
        String again = browser(me).multiPart("format", "gift").multiPart("articleId", Long.toString(seed))
                .multiPart("file", "soal.gift", GIFT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/guru/berkas/impor").then().statusCode(200).extract().asString();
        assertThat(again, containsString("0 soal baru"));
        org.junit.jupiter.api.Assertions.assertEquals(before, setCount());

        String gift = browser(me).get("/guru/berkas/ekspor/" + setId + "?format=gift").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asString();
        assertThat(gift, containsString("::q-kota-ktt::"));
        assertThat(gift, containsString("=Xi'an"));
        browser(me).get("/guru/berkas/ekspor/" + setId + "?format=anki").then().statusCode(200)
                .body(startsWith("#separator:tab"));

        QuarkusTransaction.requiringNew().run(() -> QuestionSet.deleteById(setId));
    }

    @Test
    void aDamagedFileIsRefusedWithItsLineAndNothingIsStored() {
        CookieFilter me = login(Fixtures.teacher("berkas-rusak"));
        long before = setCount();
        String page = browser(me).multiPart("format", "gift").multiPart("articleId", Long.toString(Fixtures.seedArticleId()))
                .multiPart("file", "rusak.gift", "::a::Soal yang benar {=Ya ~Tidak}\n\n::b::Soal tanpa akhir {=Ya ~Tidak\n"
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/guru/berkas/impor").then().statusCode(400).extract().asString();
        assertThat(page, containsString("Baris 3"));
        org.junit.jupiter.api.Assertions.assertEquals(before, setCount());
        browser(me).multiPart("format", "gift").post("/guru/berkas/impor").then().statusCode(400)
                .body(containsString("Pilih berkas"));
    }

    @Test
    void theDashboardLinksToThePage() {
        CookieFilter me = login(Fixtures.teacher("berkas-dasbor"));
        browser(me).get("/guru").then().statusCode(200).body(containsString("href=\"/guru/berkas\""));
        browser(me).get("/guru/berkas/ekspor/999999?format=gift").then().statusCode(404);
        browser(me).get("/guru/berkas").then().statusCode(equalTo(200));
    }
}
