package id.simak.classroom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.account.Account;
import id.simak.quiz.QuestionSet;

@QuarkusTest
class ClassResourceTest {

    static final String FUTURE_DAY = "2030-12-02";
    static final String FUTURE_DAY_TEXT = "Senin, 2 Desember 2030";
    static final String ARTICLE = "Bandung (ANTARA) - Pemerintah Kota Bandung membuka 12 taman baca baru pada Senin (6/3). "
            + "\"Taman baca ini terbuka untuk semua warga,\" kata Wali Kota Bandung. Taman baca itu berada di "
            + "Cicendo, Coblong, dan Sukajadi.";

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD).contentType("application/json");
    }

    static long createClass(String teacher, String name) {
        return as(teacher).body(Map.of("name", name)).post("/api/classes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String codeOf(String teacher, long classId) {
        return as(teacher).get("/api/classes/" + classId).then().statusCode(200).extract().jsonPath().getString("code");
    }

    static void join(String learner, String code) {
        as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
    }

    static long publishedSetOf(String teacher, String title) {
        return Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), teacher, title);
    }

    static long assign(String teacher, long classId, long setId, String due) {
        return as(teacher).body(Map.of("setId", setId, "due", due)).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long classCount(String teacher) {
        return QuarkusTransaction.requiringNew().call(() -> Classroom.count("teacher.username", teacher));
    }

    static long memberCount(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> ClassMember.count("classroom.id", classId));
    }

    static long assignmentCount(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.count("classroom.id", classId));
    }

    // ---- authentication and roles ----------------------------------------------------------------------------

    @Test
    void everyEndpointNeedsALogin() {
        String[][] calls = {
                { "GET", "/api/classes" }, { "POST", "/api/classes" }, { "GET", "/api/classes/1" },
                { "PUT", "/api/classes/1" }, { "DELETE", "/api/classes/1" }, { "POST", "/api/classes/1/code" },
                { "DELETE", "/api/classes/1/members/someone" }, { "POST", "/api/classes/join" },
                { "POST", "/api/classes/1/leave" }, { "POST", "/api/classes/1/assignments" },
                { "PUT", "/api/classes/1/assignments/1" }, { "DELETE", "/api/classes/1/assignments/1" },
                { "GET", "/api/assignments" } };
        for (String[] call : calls) {
            given().contentType("application/json").body("{}").request(call[0], call[1])
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Basic"));
        }
    }

    @Test
    void aLearnerCannotCreateOrChangeClassesOrAssignments() {
        String teacher = Fixtures.teacher("guru-kls-peran");
        String learner = Fixtures.learner("murid-kls-peran");
        long classId = createClass(teacher, "Kelas Peran");
        long setId = publishedSetOf(teacher, "Set Peran");
        long assignmentId = assign(teacher, classId, setId, FUTURE_DAY);
        join(learner, codeOf(teacher, classId));
        long before = QuarkusTransaction.requiringNew().call(() -> Classroom.count());

        as(learner).body(Map.of("name", "Kelas Murid")).post("/api/classes").then().statusCode(403)
                .contentType("application/problem+json");
        as(learner).body(Map.of("name", "Diganti")).put("/api/classes/" + classId).then().statusCode(403);
        as(learner).delete("/api/classes/" + classId).then().statusCode(403);
        as(learner).post("/api/classes/" + classId + "/code").then().statusCode(403);
        as(learner).delete("/api/classes/" + classId + "/members/" + learner).then().statusCode(403);
        as(learner).body(Map.of("setId", setId, "due", "2030-12-03")).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(403);
        as(learner).body(Map.of("due", "2030-12-03")).put("/api/classes/" + classId + "/assignments/" + assignmentId)
                .then().statusCode(403);
        as(learner).delete("/api/classes/" + classId + "/assignments/" + assignmentId).then().statusCode(403);

        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Classroom.count()));
        as(teacher).get("/api/classes/" + classId).then().statusCode(200)
                .body("name", equalTo("Kelas Peran"))
                .body("code", equalTo(codeOf(teacher, classId)))
                .body("members.username", hasItem(learner))
                .body("assignments", hasSize(1))
                .body("assignments[0].due", equalTo(FUTURE_DAY + "T23:59:59+07:00"));
    }

    @Test
    void aTeacherCannotSeeOrChangeAnotherTeachersClass() {
        String owner = Fixtures.teacher("guru-kls-pemilik");
        String other = Fixtures.teacher("guru-kls-lain");
        String learner = Fixtures.learner("murid-kls-pemilik");
        long classId = createClass(owner, "Kelas Milik");
        String code = codeOf(owner, classId);
        join(learner, code);
        long setId = publishedSetOf(owner, "Set Milik");
        long assignmentId = assign(owner, classId, setId, FUTURE_DAY);
        long otherSet = publishedSetOf(other, "Set Lain");

        as(other).get("/api/classes/" + classId).then().statusCode(403)
                .body("detail", equalTo("Kelas ini milik guru lain.")).body(not(containsString(code)));
        as(other).get("/api/classes").then().statusCode(200).body("id", not(hasItem((int) classId)));
        as(other).body(Map.of("name", "Dicuri")).put("/api/classes/" + classId).then().statusCode(403);
        as(other).delete("/api/classes/" + classId).then().statusCode(403);
        as(other).post("/api/classes/" + classId + "/code").then().statusCode(403);
        as(other).delete("/api/classes/" + classId + "/members/" + learner).then().statusCode(403);
        as(other).body(Map.of("setId", otherSet, "due", FUTURE_DAY)).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(403);
        as(other).body(Map.of("due", "2030-12-03")).put("/api/classes/" + classId + "/assignments/" + assignmentId)
                .then().statusCode(403);
        as(other).delete("/api/classes/" + classId + "/assignments/" + assignmentId).then().statusCode(403);

        as(owner).get("/api/classes/" + classId).then().statusCode(200)
                .body("name", equalTo("Kelas Milik")).body("code", equalTo(code))
                .body("members", hasSize(1)).body("assignments", hasSize(1))
                .body("assignments[0].due", equalTo(FUTURE_DAY + "T23:59:59+07:00"));
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/classes'.post.summary", equalTo("Buat kelas (hanya guru)"))
                .body("paths.'/api/classes/join'.post.tags", hasItem("Kelas"))
                .body("paths.'/api/classes/{id}/assignments'.post.responses.'400'.description", notNullValue())
                .body("paths.'/api/classes/{id}/assignments/{assignmentId}'.put.summary", notNullValue())
                .body("paths.'/api/assignments'.get.summary", containsString("Tugas saya"))
                .body("paths", not(hasKey("/guru/kelas")));
    }

    // ---- classes ---------------------------------------------------------------------------------------------

    @Test
    void aTeacherCreatesAClassWithAShortUnambiguousCodeAndListsIt() {
        String teacher = Fixtures.teacher("guru-kls-buat");
        var created = as(teacher).body(Map.of("name", "  XI IPA 2  ")).post("/api/classes")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/classes/\\d+"))
                .body("name", equalTo("XI IPA 2"))
                .body("teacher", equalTo("Uji guru-kls-buat"))
                .body("code", matchesPattern("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}"))
                .body("archived", equalTo(false))
                .body("members", empty())
                .body("assignments", empty())
                .extract().jsonPath();
        long id = created.getLong("id");
        as(teacher).get("/api/classes").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("XI IPA 2"))
                .body("find { it.id == " + id + " }.code", equalTo(created.getString("code")))
                .body("find { it.id == " + id + " }.memberCount", equalTo(0));
        long second = createClass(teacher, "XI IPA 3");
        assertNotEquals(created.getString("code"), codeOf(teacher, second));
    }

    @Test
    void aClassNeedsANameOfAtMostAHundredCharactersAndNothingIsStoredOtherwise() {
        String teacher = Fixtures.teacher("guru-kls-nama");
        long before = classCount(teacher);
        as(teacher).body(Map.of("name", "   ")).post("/api/classes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Nama kelas wajib diisi."))
                .body("errors[0].field", equalTo("name"));
        as(teacher).body("{}").post("/api/classes").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(teacher).body(Map.of("name", "x".repeat(101))).post("/api/classes").then().statusCode(400)
                .body("detail", equalTo("Nama kelas paling banyak 100 karakter."));
        as(teacher).body("{\"name\": ").post("/api/classes").then().statusCode(400);
        assertEquals(before, classCount(teacher));
        as(teacher).body(Map.of("name", "y".repeat(100))).post("/api/classes").then().statusCode(201);
        assertEquals(before + 1, classCount(teacher));
    }

    @Test
    void aTeacherRenamesArchivesAndRestoresAClass() {
        String teacher = Fixtures.teacher("guru-kls-ubah");
        String learner = Fixtures.learner("murid-kls-ubah");
        long id = createClass(teacher, "Kelas Lama");
        as(teacher).body(Map.of("name", "Kelas Baru")).put("/api/classes/" + id).then().statusCode(200)
                .body("name", equalTo("Kelas Baru")).body("archived", equalTo(false));
        as(teacher).body(Map.of("name", "")).put("/api/classes/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(teacher).body(Map.of("name", "z".repeat(101), "archived", true)).put("/api/classes/" + id)
                .then().statusCode(400);
        as(teacher).get("/api/classes/" + id).then().body("name", equalTo("Kelas Baru")).body("archived", equalTo(false));

        as(teacher).body(Map.of("name", "Kelas Baru", "archived", true)).put("/api/classes/" + id).then()
                .statusCode(200).body("archived", equalTo(true));
        as(learner).body(Map.of("code", codeOf(teacher, id))).post("/api/classes/join").then().statusCode(409)
                .body("detail", containsString("diarsipkan"));
        assertEquals(0, memberCount(id));
        as(teacher).body(Map.of("name", "Kelas Baru", "archived", false)).put("/api/classes/" + id).then()
                .statusCode(200).body("archived", equalTo(false));
        join(learner, codeOf(teacher, id));
        assertEquals(1, memberCount(id));
        as(teacher).body(Map.of("name", "x")).put("/api/classes/999999").then().statusCode(404);
    }

    @Test
    void aNewCodeReplacesTheOldOneAndMembersStay() {
        String teacher = Fixtures.teacher("guru-kls-kode");
        String first = Fixtures.learner("murid-kls-kode1");
        String second = Fixtures.learner("murid-kls-kode2");
        long id = createClass(teacher, "Kelas Kode");
        String old = codeOf(teacher, id);
        join(first, old);
        String fresh = as(teacher).post("/api/classes/" + id + "/code").then().statusCode(200)
                .body("members.username", hasItem(first)).extract().jsonPath().getString("code");
        assertNotEquals(old, fresh);
        as(second).body(Map.of("code", old)).post("/api/classes/join").then().statusCode(404);
        join(second, fresh);
        assertEquals(2, memberCount(id));
    }

    @Test
    void deletingAClassDeletesItsMembershipsAndAssignmentsButNotTheSet() {
        String teacher = Fixtures.teacher("guru-kls-hapus");
        String learner = Fixtures.learner("murid-kls-hapus");
        long id = createClass(teacher, "Kelas Hapus");
        long setId = publishedSetOf(teacher, "Set Hapus");
        assign(teacher, id, setId, FUTURE_DAY);
        join(learner, codeOf(teacher, id));
        as(learner).get("/api/assignments").then().body("setId", hasItem((int) setId));

        as(teacher).delete("/api/classes/" + id).then().statusCode(204);
        as(teacher).get("/api/classes/" + id).then().statusCode(404).contentType("application/problem+json");
        as(teacher).delete("/api/classes/" + id).then().statusCode(404);
        assertEquals(0, memberCount(id));
        assertEquals(0, assignmentCount(id));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("id", setId)));
        as(learner).get("/api/classes").then().statusCode(200).body("id", not(hasItem((int) id)));
        as(learner).get("/api/assignments").then().statusCode(200).body("setId", not(hasItem((int) setId)));
    }

    // ---- joining and leaving ---------------------------------------------------------------------------------

    @Test
    void aLearnerJoinsWithTheCodeInAnyCaseAndJoiningTwiceIsHarmless() {
        String teacher = Fixtures.teacher("guru-kls-gabung");
        String learner = Fixtures.learner("murid-kls-gabung");
        long id = createClass(teacher, "Kelas Gabung");
        String code = codeOf(teacher, id);
        String typed = " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3).toLowerCase() + " ";
        as(learner).body(Map.of("code", typed)).post("/api/classes/join").then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("name", equalTo("Kelas Gabung"))
                .body("teacher", equalTo("Uji guru-kls-gabung"))
                .body("code", nullValue())
                .body("members", nullValue());
        as(learner).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200)
                .body("id", equalTo((int) id));
        assertEquals(1, memberCount(id));
        as(learner).get("/api/classes").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("Kelas Gabung"))
                .body("find { it.id == " + id + " }.teacher", equalTo("Uji guru-kls-gabung"))
                .body("find { it.id == " + id + " }.code", nullValue())
                .body("find { it.id == " + id + " }.memberCount", nullValue());
    }

    @Test
    void aWrongOrEmptyCodeIsRefusedInIndonesianAndNothingIsStored() {
        String learner = Fixtures.learner("murid-kls-salah");
        long before = QuarkusTransaction.requiringNew().call(() -> ClassMember.count("learner.username", learner));
        as(learner).body(Map.of("code", "ZZZZZZ")).post("/api/classes/join").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Kode kelas \"ZZZZZZ\" tidak dikenal. Periksa lagi kode dari guru Anda."))
                .body("errors[0].field", equalTo("code"));
        as(learner).body(Map.of("code", "O0I1xx")).post("/api/classes/join").then().statusCode(404);
        as(learner).body(Map.of("code", "  ")).post("/api/classes/join").then().statusCode(400)
                .body("detail", equalTo("Kode kelas wajib diisi."));
        as(learner).body("{}").post("/api/classes/join").then().statusCode(400);
        assertEquals(before,
                (long) QuarkusTransaction.requiringNew().call(() -> ClassMember.count("learner.username", learner)));
    }

    @Test
    void aTeacherDoesNotJoinClasses() {
        String owner = Fixtures.teacher("guru-kls-gabung-guru");
        String other = Fixtures.teacher("guru-kls-gabung-lain");
        long id = createClass(owner, "Kelas Guru");
        as(other).body(Map.of("code", codeOf(owner, id))).post("/api/classes/join").then().statusCode(403);
        assertEquals(0, memberCount(id));
    }

    @Test
    void aMemberSeesTheClassNameTeacherAndAssignmentsButNotTheOtherMembers() {
        String teacher = Fixtures.teacher("guru-kls-lihat");
        String member = Fixtures.learner("murid-kls-lihat");
        String classmate = Fixtures.learner("murid-kls-teman");
        String outsider = Fixtures.learner("murid-kls-luar");
        long id = createClass(teacher, "Kelas Lihat");
        String code = codeOf(teacher, id);
        join(member, code);
        join(classmate, code);
        long setId = publishedSetOf(teacher, "Set Lihat");
        assign(teacher, id, setId, FUTURE_DAY);

        as(member).get("/api/classes/" + id).then().statusCode(200)
                .body("name", equalTo("Kelas Lihat"))
                .body("teacher", equalTo("Uji guru-kls-lihat"))
                .body("assignments[0].setTitle", equalTo("Set Lihat"))
                .body("assignments[0].dueText", equalTo(FUTURE_DAY_TEXT))
                .body("members", nullValue())
                .body("code", nullValue())
                .body(not(containsString(classmate)));
        as(outsider).get("/api/classes/" + id).then().statusCode(403)
                .body("detail", equalTo("Anda bukan anggota kelas ini."))
                .body(not(containsString("Set Lihat")));
        as(outsider).get("/api/classes/999999").then().statusCode(404);
        as(teacher).get("/api/classes/" + id).then().statusCode(200)
                .body("members.username", hasItem(classmate))
                .body("members.displayName", hasItem("Uji murid-kls-lihat"));
    }

    @Test
    void aTeacherRemovesAMemberAndALearnerLeaves() {
        String teacher = Fixtures.teacher("guru-kls-keluar");
        String removed = Fixtures.learner("murid-kls-dikeluarkan");
        String leaving = Fixtures.learner("murid-kls-pergi");
        long id = createClass(teacher, "Kelas Keluar");
        String code = codeOf(teacher, id);
        join(removed, code);
        join(leaving, code);

        as(teacher).delete("/api/classes/" + id + "/members/" + removed).then().statusCode(204);
        as(teacher).delete("/api/classes/" + id + "/members/" + removed).then().statusCode(404)
                .body("detail", containsString("bukan anggota"));
        as(teacher).delete("/api/classes/" + id + "/members/tidak-ada-akun").then().statusCode(404);
        as(removed).get("/api/classes/" + id).then().statusCode(403);
        as(removed).get("/api/classes").then().body("id", not(hasItem((int) id)));

        as(leaving).post("/api/classes/" + id + "/leave").then().statusCode(204);
        as(leaving).post("/api/classes/" + id + "/leave").then().statusCode(204);
        as(leaving).post("/api/classes/999999/leave").then().statusCode(404);
        assertEquals(0, memberCount(id));
        as(teacher).get("/api/classes/" + id).then().body("members", empty());
    }

    // ---- assignments -----------------------------------------------------------------------------------------

    @Test
    void aTeacherAssignsAPublishedSetAndTheLearnerSeesItWithAnIndonesianDueDate() {
        String teacher = Fixtures.teacher("guru-kls-tugas");
        String learner = Fixtures.learner("murid-kls-tugas");
        long id = createClass(teacher, "Kelas Tugas");
        join(learner, codeOf(teacher, id));
        long setId = publishedSetOf(teacher, "Set Taman Baca");
        as(teacher).body(Map.of("setId", setId, "due", FUTURE_DAY, "note", " Baca dulu artikelnya. "))
                .post("/api/classes/" + id + "/assignments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/classes/" + id + "/assignments/\\d+"))
                .body("setId", equalTo((int) setId))
                .body("setTitle", equalTo("Set Taman Baca"))
                .body("classId", equalTo((int) id))
                .body("className", equalTo("Kelas Tugas"))
                .body("due", equalTo(FUTURE_DAY + "T23:59:59+07:00"))
                .body("dueText", equalTo(FUTURE_DAY_TEXT))
                .body("overdue", equalTo(false))
                .body("note", equalTo("Baca dulu artikelnya."))
                .body("quizUrl", equalTo("/kuis/" + setId));
        as(learner).get("/api/assignments").then().statusCode(200)
                .body("find { it.setId == " + setId + " }.dueText", equalTo(FUTURE_DAY_TEXT))
                .body("find { it.setId == " + setId + " }.className", equalTo("Kelas Tugas"))
                .body("find { it.setId == " + setId + " }.quizUrl", equalTo("/kuis/" + setId));
        as(teacher).get("/api/classes").then()
                .body("find { it.id == " + id + " }.assignmentCount", equalTo(1))
                .body("find { it.id == " + id + " }.memberCount", equalTo(1));
    }

    @Test
    void aDateTimeDueKeepsItsTimeAndAnOffsetIsHonoured() {
        String teacher = Fixtures.teacher("guru-kls-jam");
        long id = createClass(teacher, "Kelas Jam");
        long local = publishedSetOf(teacher, "Set Jam Lokal");
        long utc = publishedSetOf(teacher, "Set Jam UTC");
        as(teacher).body(Map.of("setId", local, "due", "2030-12-03T10:30")).post("/api/classes/" + id + "/assignments")
                .then().statusCode(201)
                .body("due", equalTo("2030-12-03T10:30:00+07:00"))
                .body("dueText", equalTo("Selasa, 3 Desember 2030, 10.30"));
        as(teacher).body(Map.of("setId", utc, "due", "2030-12-03T01:00:00Z")).post("/api/classes/" + id + "/assignments")
                .then().statusCode(201)
                .body("due", equalTo("2030-12-03T08:00:00+07:00"));
    }

    @Test
    void aSetOfTheTeachersArticleMayBeAssignedButNotAnotherTeachersSet() {
        String teacher = Fixtures.teacher("guru-kls-set");
        String other = Fixtures.teacher("guru-kls-set-lain");
        long id = createClass(teacher, "Kelas Set");
        long ofMyArticle = Fixtures.publishedSet(Fixtures.teacherArticle(teacher, ARTICLE), null, "Set Artikel Saya");
        long othersSet = publishedSetOf(other, "Set Guru Lain");
        as(teacher).body(Map.of("setId", ofMyArticle, "due", FUTURE_DAY)).post("/api/classes/" + id + "/assignments")
                .then().statusCode(201);
        as(teacher).body(Map.of("setId", othersSet, "due", FUTURE_DAY)).post("/api/classes/" + id + "/assignments")
                .then().statusCode(403).body("detail", equalTo("Set soal ini bukan milik Anda."));
        assertEquals(1, assignmentCount(id));
    }

    @Test
    void eachBadAssignmentIsRefusedAndNothingIsStored() {
        String teacher = Fixtures.teacher("guru-kls-salah");
        long id = createClass(teacher, "Kelas Salah");
        long articleId = Fixtures.teacherArticle(teacher, ARTICLE);
        long published = Fixtures.publishedSet(articleId, teacher, "Set Terbit");
        long draft = Fixtures.questionSet(articleId, teacher, "Set Rancangan", QuestionSet.Status.DRAFT);
        String yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
        String path = "/api/classes/" + id + "/assignments";

        as(teacher).body(Map.of("setId", draft, "due", FUTURE_DAY)).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Set soal belum diterbitkan."))
                .body("errors[0].field", equalTo("setId"));
        as(teacher).body(Map.of("setId", 99_999_999, "due", FUTURE_DAY)).post(path).then().statusCode(404)
                .body("detail", equalTo("Set soal 99999999 tidak ada."));
        as(teacher).body(Map.of("due", FUTURE_DAY)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("setId"));
        as(teacher).body(Map.of("setId", published)).post(path).then().statusCode(400)
                .body("detail", equalTo("Tanggal tenggat wajib diisi.")).body("errors[0].field", equalTo("due"));
        as(teacher).body(Map.of("setId", published, "due", "7 Desember")).post(path).then().statusCode(400)
                .body("detail", containsString("tidak dikenali")).body("errors[0].field", equalTo("due"));
        as(teacher).body(Map.of("setId", published, "due", yesterday)).post(path).then().statusCode(400)
                .body("detail", containsString("sudah lewat")).body("errors[0].field", equalTo("due"));
        as(teacher).body(Map.of("setId", published, "due", "2020-01-01T10:00:00Z")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("due"));
        for (String far : List.of("+999999999-12-31", "9999-12-31", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusYears(6).toString())) {
            as(teacher).body(Map.of("setId", published, "due", far)).post(path).then().statusCode(400)
                    .body("detail", containsString("5 tahun")).body("errors[0].field", equalTo("due"));
        }
        as(teacher).body(Map.of("setId", published, "due", FUTURE_DAY, "note", "n".repeat(501))).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("note"));
        as(teacher).body("{\"setId\": \"satu\", \"due\": \"" + FUTURE_DAY + "\"}").post(path).then().statusCode(400);
        as(teacher).body(Map.of("setId", published, "due", FUTURE_DAY)).post("/api/classes/999999/assignments")
                .then().statusCode(404);
        assertEquals(0, assignmentCount(id));

        as(teacher).body(Map.of("setId", published, "due", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString()))
                .post(path).then().statusCode(201);
        as(teacher).body(Map.of("setId", published, "due", FUTURE_DAY)).post(path).then().statusCode(409)
                .body("detail", containsString("sudah ditugaskan"));
        assertEquals(1, assignmentCount(id));
    }

    @Test
    void aTeacherChangesTheDueDateOrRemovesAnAssignment() {
        String teacher = Fixtures.teacher("guru-kls-tenggat");
        String learner = Fixtures.learner("murid-kls-tenggat");
        long id = createClass(teacher, "Kelas Tenggat");
        long otherClass = createClass(teacher, "Kelas Tenggat Lain");
        join(learner, codeOf(teacher, id));
        long setId = publishedSetOf(teacher, "Set Tenggat");
        long assignmentId = assign(teacher, id, setId, FUTURE_DAY);
        String path = "/api/classes/" + id + "/assignments/" + assignmentId;

        Map<String, Object> change = new HashMap<>();
        change.put("due", "2031-01-15");
        change.put("note", "Diundur.");
        as(teacher).body(change).put(path).then().statusCode(200)
                .body("dueText", equalTo("Rabu, 15 Januari 2031")).body("note", equalTo("Diundur."));
        as(teacher).body(Map.of("due", "2020-01-01")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("due"));
        as(teacher).body(Map.of("note", "tanpa tanggal")).put(path).then().statusCode(400);
        as(teacher).body(Map.of("due", "2031-01-16", "note", "n".repeat(501))).put(path).then().statusCode(400);
        as(teacher).body(Map.of("due", "2031-01-16")).put("/api/classes/" + otherClass + "/assignments/" + assignmentId)
                .then().statusCode(404);
        as(learner).get("/api/assignments").then()
                .body("find { it.id == " + assignmentId + " }.dueText", equalTo("Rabu, 15 Januari 2031"))
                .body("find { it.id == " + assignmentId + " }.note", equalTo("Diundur."));

        as(teacher).delete("/api/classes/" + otherClass + "/assignments/" + assignmentId).then().statusCode(404);
        as(teacher).delete(path).then().statusCode(204);
        as(teacher).delete(path).then().statusCode(404);
        assertEquals(0, assignmentCount(id));
        as(learner).get("/api/assignments").then().statusCode(200).body("id", not(hasItem((int) assignmentId)));
    }

    @Test
    void anAssignmentPastItsDueIsMarkedOverdueAndArchivedClassesShowNoWork() {
        String teacher = Fixtures.teacher("guru-kls-lewat");
        String learner = Fixtures.learner("murid-kls-lewat");
        long id = createClass(teacher, "Kelas Lewat");
        join(learner, codeOf(teacher, id));
        long setId = publishedSetOf(teacher, "Set Lewat");
        long assignmentId = assign(teacher, id, setId, FUTURE_DAY);
        QuarkusTransaction.requiringNew().run(() -> Assignment.<Assignment>findById(assignmentId).dueAt =
                Instant.parse("2026-01-05T16:59:59Z"));
        as(learner).get("/api/assignments").then()
                .body("find { it.id == " + assignmentId + " }.overdue", equalTo(true))
                .body("find { it.id == " + assignmentId + " }.dueText", equalTo("Senin, 5 Januari 2026"));

        as(teacher).body(Map.of("name", "Kelas Lewat", "archived", true)).put("/api/classes/" + id).then().statusCode(200);
        as(learner).get("/api/assignments").then().statusCode(200).body("id", not(hasItem((int) assignmentId)));
        as(learner).get("/api/classes").then().body("find { it.id == " + id + " }.archived", equalTo(true));
        as(learner).get("/api/classes/" + id).then().statusCode(200).body("archived", equalTo(true))
                .body("assignments", empty());
        as(teacher).get("/api/classes/" + id).then().body("assignments", hasSize(1));
    }

    @Test
    void deletingAnAccountDeletesItsClassesAndMemberships() {
        String teacher = Fixtures.teacher("guru-kls-akun-hapus");
        String learner = Fixtures.learner("murid-kls-akun-hapus");
        String stays = Fixtures.learner("murid-kls-akun-tetap");
        long id = createClass(teacher, "Kelas Akun");
        join(learner, codeOf(teacher, id));
        join(stays, codeOf(teacher, id));
        QuarkusTransaction.requiringNew().run(() -> Account.delete("username", learner));
        assertEquals(1, memberCount(id));
        QuarkusTransaction.requiringNew().run(() -> Account.delete("username", teacher));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Classroom.findById(id)));
        assertEquals(0, memberCount(id));
        as(stays).get("/api/classes").then().statusCode(200).body("id", not(hasItem((int) id)));
    }

    @Test
    void deletingTheArticleRemovesTheAssignmentsOfItsSets() {
        String teacher = Fixtures.teacher("guru-kls-artikel");
        long id = createClass(teacher, "Kelas Artikel");
        long articleId = Fixtures.teacherArticle(teacher, ARTICLE);
        long setId = Fixtures.publishedSet(articleId, teacher, "Set Artikel");
        long assignmentId = assign(teacher, id, setId, FUTURE_DAY);
        as(teacher).delete("/api/articles/" + articleId).then().statusCode(204);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Assignment.findById(assignmentId)));
        as(teacher).get("/api/classes/" + id).then().statusCode(200).body("assignments", empty())
                .body("code", notNullValue()).body("name", endsWith("Artikel"));
    }
}
