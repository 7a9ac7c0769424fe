package id.simak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.account.Account;
import id.simak.classroom.Classroom;
import id.simak.quiz.QuestionSet;

/**
 * Names and texts with characters a reader cannot see or that turn the text around are refused with a clear
 * message wherever they come in: the registration and class forms, set titles, imported files (and question
 * prompts: QuestionValidatorTest). (The JSON API refuses them for every field: ApiFuzzTest.)
 */
@QuarkusTest
class HiddenCharactersTest {

    /** What a browser sends: the form in UTF-8 (REST Assured would use ISO-8859-1 and lose U+202E). */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** NUL, a right-to-left override, a name of only zero-width characters, a BOM and a word joiner. */
    @ParameterizedTest
    @ValueSource(strings = { "Budi\u0000", "Budi \u202Egnp.exe", "\u200B", "\u200B\u200D\u2060\uFEFF" })
    void theRegistrationFormRefusesTheDisplayNameAndStoresNoAccount(String name) {
        String username = "tersembunyi-" + Integer.toHexString(name.hashCode());
        given().contentType(FORM).formParam("username", username).formParam("password", Fixtures.PASSWORD)
                .formParam("displayName", name).post("/daftar")
                .then().statusCode(400).body(containsString("id=\"displayName-error\""));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kelas\u0000A", "Kelas \u202EA", "\u200B\u200B" })
    void aClassNameIsRefusedOnThePageAndInTheApi(String name) {
        String teacher = Fixtures.teacher("guru-tersembunyi");
        long before = classes(teacher);
        browser(teacher).contentType(FORM).formParam("name", name).post("/guru/kelas").then().statusCode(400)
                .body(containsString("karakter"));
        as(teacher).body(Map.of("name", name)).post("/api/classes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        assertEquals(before, classes(teacher));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Judul\u0000", "\u202EJudul", "\u200B" })
    void aSetTitleIsRefusedByTheServiceThePagesUse(String title) {
        String teacher = Fixtures.teacher("guru-judul-tersembunyi");
        long set = Fixtures.questionSet(Fixtures.seedArticleId(), teacher, "Judul asli", QuestionSet.Status.DRAFT);
        browser(teacher).contentType(FORM).formParam("title", title).post("/guru/set/" + set + "/judul").then().statusCode(400)
                .body(containsString("karakter"));
        assertEquals("Judul asli", QuarkusTransaction.requiringNew().call(
                () -> QuestionSet.<QuestionSet>findById(set).title));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Di kota mana\u0000 KTT diadakan?", "Di kota mana \u202EKTT diadakan?" })
    void anImportedFileWithSuchATextIsRefusedWholeWithItsLine(String prompt) {
        String teacher = Fixtures.teacher("guru-impor-tersembunyi");
        long sets = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("owner.username", teacher));
        String csv = "id;soal;jawaban;salah;salah\n"
                + "k1;KTT adalah singkatan dari ____.;konferensi tingkat tinggi;;\n"
                + "k2;" + prompt + ";Xi'an;Beijing;Shanghai\n";
        as(teacher).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("line", equalTo(3)).body("detail", containsString("k2"));
        assertEquals(sets, (long) QuarkusTransaction.requiringNew().call(
                () -> QuestionSet.count("owner.username", teacher)));
    }

    private static long classes(String teacher) {
        return QuarkusTransaction.requiringNew().call(() -> Classroom.count("teacher.username", teacher));
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD).contentType("application/json");
    }

    /** A browser's session after logging in through the login form. */
    private static RequestSpecification browser(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return given().filter(cookies).redirects().follow(false);
    }
}
