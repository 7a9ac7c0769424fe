package id.simak.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

@QuarkusTest
class AccountResourceTest {

    private static Map<String, String> registration(String username, String password, String displayName) {
        return Map.of("username", username, "password", password, "displayName", displayName);
    }

    @Test
    void firstAccountOnAnEmptyDatabaseIsTeacherAndLaterOnesAreLearners() {
        Fixtures.deleteAccounts();
        given().contentType("application/json").body(registration("pertama", "rahasia-123", "Bu Pertama"))
                .post("/api/accounts")
                .then().statusCode(201)
                // Relative: a redirect or link never names the Host header the client sent (issue 12, item 6).
                .header("Location", equalTo("/api/accounts/pertama"))
                .body("role", equalTo("TEACHER")).body("admin", equalTo(true))
                .body("username", equalTo("pertama"))
                .body("displayName", equalTo("Bu Pertama"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        given().contentType("application/json").body(registration("kedua", "rahasia-123", "Kedua"))
                .post("/api/accounts")
                .then().statusCode(201).body("role", equalTo("LEARNER"));

        String hash = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("pertama").passwordHash);
        org.junit.jupiter.api.Assertions.assertTrue(hash.startsWith("$2"), "password is stored as a bcrypt hash");
    }

    @Test
    void takenUsernameIsAConflict() {
        Fixtures.learner("sudahada");
        long before = Fixtures.accountCount();
        given().contentType("application/json").body(registration("sudahada", "rahasia-456", "Lain"))
                .post("/api/accounts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("sudah dipakai"));
        assertEquals(before, Fixtures.accountCount());
    }

    /**
     * A class registering at the same moment (issue 14 item 4, found by bench/twonode: 500s on POST /api/accounts
     * with 64 registrations at once through two nodes): every learner gets an account. Registrations are serialised
     * on a lock row; the password's bcrypt hash used to be computed while that row and a database connection were
     * held, so the others waited one hash each and timed out on the lock or the connection pool.
     */
    @Test
    void sixtyLearnersRegisteringAtOnceAllGetTheirAccount() throws Exception {
        int n = 60;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "serentak" + i;
                answers.add(pool.submit(() -> given().contentType("application/json")
                        .body(registration(name, "rahasia-123", "Murid " + name)).post("/api/accounts").statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertEquals(java.util.Collections.nCopies(n, 201), statuses);
        } finally {
            pool.shutdown();
        }
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Account.count("username like ?1", "serentak%"));
        assertEquals(n, stored);
    }

    /** Ten registrations of one name at the same moment: one account, nine 409s, never a 500. */
    @Test
    void oneNameRegisteredTenTimesAtOnceMakesOneAccount() throws Exception {
        Fixtures.learner("sudahadaakun");
        int n = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> given().contentType("application/json")
                        .body(registration("kembar", "rahasia-123", "Kembar")).post("/api/accounts").statusCode()));
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            java.util.Collections.sort(statuses);
            java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.List.of(201));
            expected.addAll(java.util.Collections.nCopies(n - 1, 409));
            assertEquals(expected, statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", "kembar")));
    }

    @ParameterizedTest(name = "{0}/{1} is refused on {3}")
    @CsvSource({
            "ab,        rahasia-123, Nama, username",
            "Besar,     rahasia-123, Nama, username",
            "spasi di,  rahasia-123, Nama, username",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, rahasia-123, Nama, username",
            "pendek,    1234567,     Nama, password",
            "delapan,   12345678,    Nama, password",
            "kata,      password,    Nama, password",
            "spasi,     '          ', Nama, password",
            "umum,      1234567890,  Nama, password",
            "umum2,     qwertyuiop,  Nama, password",
            "umum3,     Password123, Nama, password",
            "umum4,     bismillah123, Nama, password",
            "samanama,  samanama-99, Nama, ok",
            "namasaja1, namasaja1,   Nama, password",
            "tanpanama, rahasia-123, '  ', displayName",
    })
    void invalidRegistrationsAreRefusedWithTheFieldNamedAndNothingStored(String username, String password,
            String displayName, String field) {
        if ("ok".equals(field)) {
            return; // a control: a password that only contains the user name is fine
        }
        long before = Fixtures.accountCount();
        given().contentType("application/json").body(registration(username, password, displayName))
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItem(field));
        assertEquals(before, Fixtures.accountCount());
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().contentType("application/json").body("{\"username\": ")
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void meNeedsALogin() {
        given().get("/api/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("title", equalTo("Perlu masuk"));
        given().auth().preemptive().basic(Fixtures.learner("siti"), "salah-sandi").get("/api/me")
                .then().statusCode(401);
    }

    /** Issue 12, item 9: bcrypt ignores every byte after the 72nd, so a longer password is refused. */
    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedAndOneOf72BytesCounts() {
        String longer = "a".repeat(72) + "b";
        given().contentType("application/json").body(registration("panjang-sekali", longer, "Panjang"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("password"));
        String accented = "é".repeat(37); // 74 bytes in UTF-8, 37 characters
        given().contentType("application/json").body(registration("panjang-aksen", accented, "Aksen"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("password"));
        String exact = "k".repeat(71) + "x";
        given().contentType("application/json").body(registration("panjang-pas", exact, "Pas"))
                .post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic("panjang-pas", exact).get("/api/me").then().statusCode(200);
        given().auth().preemptive().basic("panjang-pas", "k".repeat(71) + "y").get("/api/me").then().statusCode(401);
    }

    @Test
    void meShowsTheSignedInAccount() {
        String user = Fixtures.learner("budi");
        given().auth().preemptive().basic(user, Fixtures.PASSWORD).get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("budi"))
                .body("role", equalTo("LEARNER"));
    }

    @Test
    void anAdministratorMakesAnotherAccountATeacher() {
        String teacher = Fixtures.admin("bu-admin");
        String learner = Fixtures.learner("calon.guru");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("role", "TEACHER"))
                .put("/api/accounts/" + learner + "/role")
                .then().statusCode(200).body("role", equalTo("TEACHER"));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/me")
                .then().statusCode(200).body("role", equalTo("TEACHER"));
    }

    @Test
    void aLearnerCannotChangeRoles() {
        String learner = Fixtures.learner("nakal");
        String other = Fixtures.learner("korban");
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("role", "TEACHER"))
                .put("/api/accounts/" + other + "/role")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("role", "TEACHER"))
                .put("/api/accounts/" + learner + "/role")
                .then().statusCode(403);
        given().auth().preemptive().basic(other, Fixtures.PASSWORD).get("/api/me")
                .then().body("role", equalTo("LEARNER"));
    }

    @Test
    void aLearnerSeesOnlyTheirOwnAccount() {
        String learner = Fixtures.learner("dewi");
        Fixtures.learner("eko");
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/accounts/dewi")
                .then().statusCode(200).body("username", equalTo("dewi"));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/accounts/eko")
                .then().statusCode(403);
        given().auth().preemptive().basic(Fixtures.teacher("bu-ani"), Fixtures.PASSWORD).get("/api/accounts/eko")
                .then().statusCode(200);
        given().auth().preemptive().basic(Fixtures.teacher("bu-ani"), Fixtures.PASSWORD).get("/api/accounts/tidak-ada")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Issue 12, item 7: any teacher could demote or promote any account, the first teacher included. */
    @Test
    void aTeacherWhoIsNoAdministratorChangesNoRole() {
        String admin = Fixtures.admin("kepala-sekolah");
        String teacher = Fixtures.teacher("guru-biasa");
        String learner = Fixtures.learner("murid-biasa");
        for (String[] change : new String[][] { { admin, "LEARNER" }, { learner, "TEACHER" } }) {
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                    .body(Map.of("role", change[1])).put("/api/accounts/" + change[0] + "/role")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("role", "TEACHER", "admin", true)).put("/api/accounts/" + teacher + "/role")
                .then().statusCode(403);
        given().auth().preemptive().basic(admin, Fixtures.PASSWORD).get("/api/me")
                .then().body("role", equalTo("TEACHER")).body("admin", equalTo(true));
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/me").then().body("role", equalTo("LEARNER"));
        // The teacher's page offers no "make teacher" button to a teacher who may not use it.
        String cookie = given().redirects().follow(false).formParam("j_username", teacher)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().extract().cookie("simak-sesi");
        given().cookie("simak-sesi", cookie).get("/guru").then().statusCode(200)
                .body(not(containsString("/guru/akun/" + learner + "/guru")));
        given().cookie("simak-sesi", cookie).redirects().follow(false).post("/guru/akun/" + learner + "/guru")
                .then().statusCode(403);
    }

    @Test
    void theLastAdministratorCannotBeDemotedButCanHandOver() {
        Fixtures.deleteAccounts();
        given().contentType("application/json").body(registration("pendiri", "rahasia-pendiri", "Pendiri"))
                .post("/api/accounts").then().statusCode(201).body("role", equalTo("TEACHER")).body("admin", equalTo(true));
        given().contentType("application/json").body(registration("penerus", "rahasia-penerus", "Penerus"))
                .post("/api/accounts").then().statusCode(201).body("admin", equalTo(false));
        var first = given().auth().preemptive().basic("pendiri", "rahasia-pendiri").contentType("application/json");
        first.body(Map.of("role", "LEARNER")).put("/api/accounts/pendiri/role").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("pendiri", "rahasia-pendiri").contentType("application/json")
                .body(Map.of("role", "TEACHER", "admin", false)).put("/api/accounts/pendiri/role").then().statusCode(409);
        given().auth().preemptive().basic("pendiri", "rahasia-pendiri").contentType("application/json")
                .body(Map.of("role", "LEARNER", "admin", true)).put("/api/accounts/penerus/role").then().statusCode(400);
        given().auth().preemptive().basic("pendiri", "rahasia-pendiri").contentType("application/json")
                .body(Map.of("role", "TEACHER", "admin", true)).put("/api/accounts/penerus/role")
                .then().statusCode(200).body("admin", equalTo(true));
        given().auth().preemptive().basic("pendiri", "rahasia-pendiri").contentType("application/json")
                .body(Map.of("role", "LEARNER")).put("/api/accounts/pendiri/role")
                .then().statusCode(200).body("role", equalTo("LEARNER")).body("admin", equalTo(false));
        given().auth().preemptive().basic("penerus", "rahasia-penerus").contentType("application/json")
                .body(Map.of("role", "LEARNER")).put("/api/accounts/penerus/role").then().statusCode(409);
    }

    @Test
    void unknownRoleIsABadRequest() {
        given().auth().preemptive().basic(Fixtures.admin("bu-ani"), Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("role", "KEPALA"))
                .put("/api/accounts/" + Fixtures.learner("fajar") + "/role")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
