package id.simak.classroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.quiz.QuestionSet;
import id.simak.web.LanguageFilter;

/** The class pages as a browser sees them: forms, redirects with notices, errors next to their fields. */
@QuarkusTest
class ClassPagesTest {

    /** A browser's session after logging in through the login form. */
    static RequestSpecification browser(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return given().filter(cookies).redirects().follow(false);
    }

    @Test
    void theClassPagesNeedALoginAndTheTeacherPagesATeacher() {
        for (String page : new String[] { "/kelas", "/guru/kelas" }) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("/masuk"));
        }
        browser(Fixtures.learner("murid-hal-peran")).get("/guru/kelas").then().statusCode(403)
                .body(containsString("Tidak diizinkan"));
        browser(Fixtures.learner("murid-hal-peran")).formParam("name", "Kelas Murid").post("/guru/kelas")
                .then().statusCode(403);
    }

    @Test
    void aTeacherCreatesAClassWithTheFormAndSeesItsCode() {
        String teacher = Fixtures.teacher("guru-hal-buat");
        long before = ClassResourceTest.classCount(teacher);
        browser(teacher).formParam("name", "").post("/guru/kelas").then().statusCode(400)
                .body(containsString("Nama kelas wajib diisi."))
                .body(containsString("aria-invalid=\"true\""));
        assertEquals(before, ClassResourceTest.classCount(teacher));

        String location = browser(teacher).formParam("name", "X IPS 1").post("/guru/kelas").then().statusCode(303)
                .header("Location", matchesPattern(".*/guru/kelas/\\d+\\?pesan=created")).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/guru/kelas/(\\d+).*", "$1"));
        String code = ClassResourceTest.codeOf(teacher, id);
        browser(teacher).get("/guru/kelas/" + id + "?pesan=created").then().statusCode(200)
                .body(containsString("<h1>X IPS 1</h1>"))
                .body(containsString("data-testid=\"join-code\" id=\"join-code\" aria-describedby=\"code-hint\">" + code + "<"))
                .body(containsString("Salin kode"))
                .body(containsString("Kelas sudah dibuat."))
                .body(containsString("/css/kelas.css"));
        browser(teacher).get("/guru/kelas").then().statusCode(200)
                .body(containsString("<a href=\"/guru/kelas/" + id + "\">X IPS 1</a>"))
                .body(containsString(code));
    }

    @Test
    void anotherTeachersClassPageIsRefused() {
        String owner = Fixtures.teacher("guru-hal-milik");
        long id = ClassResourceTest.createClass(owner, "Kelas Rahasia");
        String code = ClassResourceTest.codeOf(owner, id);
        browser(Fixtures.teacher("guru-hal-lain")).get("/guru/kelas/" + id).then().statusCode(403)
                .body(not(containsString(code)));
        browser(Fixtures.teacher("guru-hal-lain")).post("/guru/kelas/" + id + "/hapus").then().statusCode(403);
        given().auth().preemptive().basic(owner, Fixtures.PASSWORD).get("/api/classes/" + id).then().statusCode(200);
    }

    @Test
    void theAssignFormOffersOnlyTheTeachersPublishedSetsAndRefusesADraft() {
        String teacher = Fixtures.teacher("guru-hal-tugas");
        String other = Fixtures.teacher("guru-hal-tugas-lain");
        long id = ClassResourceTest.createClass(teacher, "Kelas Formulir");
        long articleId = Fixtures.teacherArticle(teacher, ClassResourceTest.ARTICLE);
        long published = Fixtures.publishedSet(articleId, teacher, "Set Siap");
        long draft = Fixtures.questionSet(articleId, teacher, "Set Belum Siap", QuestionSet.Status.DRAFT);
        long othersSet = ClassResourceTest.publishedSetOf(other, "Set Orang Lain");

        browser(teacher).get("/guru/kelas/" + id).then().statusCode(200)
                .body(containsString("<option value=\"" + published + "\""))
                .body(not(containsString("<option value=\"" + draft + "\"")))
                .body(not(containsString("<option value=\"" + othersSet + "\"")))
                .body(containsString("<label for=\"due\">Tenggat</label>"));

        browser(teacher).formParam("setId", draft).formParam("due", ClassResourceTest.FUTURE_DAY)
                .post("/guru/kelas/" + id + "/tugas").then().statusCode(400)
                .body(containsString("Set soal belum diterbitkan."));
        browser(teacher).formParam("setId", published).formParam("due", "")
                .post("/guru/kelas/" + id + "/tugas").then().statusCode(400)
                .body(containsString("Tanggal tenggat wajib diisi."))
                .body(containsString("<option value=\"" + published + "\" selected>"));
        assertEquals(0, ClassResourceTest.assignmentCount(id));

        browser(teacher).formParam("setId", published).formParam("due", ClassResourceTest.FUTURE_DAY)
                .formParam("note", "Kerjakan sendiri.")
                .post("/guru/kelas/" + id + "/tugas").then().statusCode(303)
                .header("Location", endsWith("/guru/kelas/" + id + "?pesan=assigned"));
        browser(teacher).get("/guru/kelas/" + id).then().statusCode(200)
                .body(containsString(ClassResourceTest.FUTURE_DAY_TEXT))
                .body(containsString("Kerjakan sendiri."));
    }

    @Test
    void aLearnerJoinsWithTheFormSeesTheAssignmentAndLeaves() {
        String teacher = Fixtures.teacher("guru-hal-murid");
        String learner = Fixtures.learner("murid-hal-gabung");
        long id = ClassResourceTest.createClass(teacher, "Kelas Halaman");
        long setId = ClassResourceTest.publishedSetOf(teacher, "Set Halaman");
        ClassResourceTest.assign(teacher, id, setId, ClassResourceTest.FUTURE_DAY);
        String code = ClassResourceTest.codeOf(teacher, id);

        browser(learner).get("/kelas").then().statusCode(200)
                .body(containsString("<label for=\"code\">Kode kelas</label>"))
                .body(containsString("aria-current=\"page\">Kelas</a>"))
                .body(containsString("Anda belum bergabung"));
        browser(learner).formParam("code", "QQQQQQ").post("/kelas/gabung").then().statusCode(404)
                .body(containsString("Kode kelas &quot;QQQQQQ&quot; tidak dikenal. Periksa lagi kode dari guru Anda."))
                .body(containsString("value=\"QQQQQQ\""));
        assertEquals(0, ClassResourceTest.memberCount(id));

        browser(learner).formParam("code", code.toLowerCase()).post("/kelas/gabung").then().statusCode(303)
                .header("Location", endsWith("/kelas?pesan=joined"));
        browser(learner).formParam("code", code).post("/kelas/gabung").then().statusCode(303)
                .header("Location", endsWith("/kelas?pesan=already_member"));
        assertEquals(1, ClassResourceTest.memberCount(id));
        browser(learner).get("/kelas?pesan=joined").then().statusCode(200)
                .body(containsString("Anda sudah bergabung ke kelas."))
                .body(containsString("Kelas Halaman"))
                .body(containsString("Guru: Uji guru-hal-murid"))
                .body(containsString("Set Halaman"))
                .body(containsString(ClassResourceTest.FUTURE_DAY_TEXT))
                .body(containsString("href=\"/kuis/" + setId + "\""))
                .body(not(containsString(code)));
        browser(learner).cookie(LanguageFilter.COOKIE, "en").get("/kelas").then().statusCode(200)
                .body(containsString("Monday, 2 December 2030"))
                .body(containsString(">Start</a>"));

        browser(learner).post("/kelas/" + id + "/keluar").then().statusCode(303)
                .header("Location", endsWith("/kelas?pesan=left"));
        assertEquals(0, ClassResourceTest.memberCount(id));
        browser(learner).get("/kelas").then().body(not(containsString("Set Halaman")));
    }

    @Test
    void aTeacherOnTheLearnersPageIsSentToTheirClasses() {
        browser(Fixtures.teacher("guru-hal-kelas")).get("/kelas").then().statusCode(200)
                .body(containsString("href=\"/guru/kelas\""))
                .body(not(containsString("action=\"/kelas/gabung\"")));
    }
}
