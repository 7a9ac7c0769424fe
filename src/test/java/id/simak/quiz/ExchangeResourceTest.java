package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.generate.Question;
import id.simak.quiz.format.GiftFormat;
import id.simak.quiz.format.MoodleXml;
import id.simak.quiz.format.QuestionFile;
import id.simak.quiz.format.SimakYaml;

@QuarkusTest
class ExchangeResourceTest {

    private static final String SEED_SET = "seed-ktt-china-asia-tengah";

    /** The sets these tests made for teachers, removed so that no test elsewhere finds accounts it cannot delete. */
    @AfterEach
    void removeTheTeachersSets() {
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.delete(
                "owner.id in (select a.id from Account a where a.username in ?1)",
                List.of("guru-impor", "guru-csv", "guru-rusak", "guru-pemilik", "guru-lain", "guru-moodle")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    private static String shipped() throws Exception {
        return Files.readString(Path.of("quizzes", SEED_SET + ".yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedSetIsExportedByteForByteInTheSimakFormat() throws Exception {
        byte[] body = as(Fixtures.teacher("guru-ekspor")).get("/api/export/" + SEED_SET + "?format=simak")
                .then().statusCode(200)
                .contentType(startsWith("application/yaml"))
                .header("Content-Disposition", "attachment; filename=\"" + SEED_SET + ".yaml\"")
                .extract().asByteArray();
        assertEquals(shipped(), new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void everyExportFormatHasItsContentTypeAndFileName() {
        String teacher = Fixtures.teacher("guru-ekspor");
        record Case(String format, String type, String file, String first) {}
        for (Case c : List.of(new Case("gift", "text/plain", SEED_SET + ".gift.txt", "// simak-title:"),
                new Case("moodle", "application/xml", SEED_SET + ".moodle.xml", "<?xml"),
                new Case("anki", "text/tab-separated-values", SEED_SET + ".anki.txt", "#separator:tab"))) {
            String body = as(teacher).get("/api/export/" + SEED_SET + "?format=" + c.format()).then().statusCode(200)
                    .contentType(startsWith(c.type()))
                    .header("Content-Disposition", "attachment; filename=\"" + c.file() + "\"")
                    .extract().asString();
            assertTrue(body.startsWith(c.first()), c.format() + ": " + body.substring(0, 40));
        }
        as(teacher).get("/api/export/" + SEED_SET + "?format=docx").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("simak, gift, moodle atau anki"));
        as(teacher).get("/api/export/tidak-ada?format=gift").then().statusCode(404);
    }

    @Test
    void onlyTeachersExportAndImport() {
        given().get("/api/export/" + SEED_SET + "?format=gift").then().statusCode(401);
        as(Fixtures.learner("murid-berkas")).get("/api/export/" + SEED_SET + "?format=gift").then().statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString("18-19 Mei")));
        given().body("x").post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId()).then().statusCode(401);
        as(Fixtures.learner("murid-berkas")).body("question,answer\nA ____?,b\n")
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId()).then().statusCode(403);
    }

    @Test
    void giftAndMoodleExportsComeBackAsTheSameQuestionsInATeachersOwnSet() throws Exception {
        String teacher = Fixtures.teacher("guru-impor");
        QuestionFile original = SimakYaml.read(shipped());
        for (String format : List.of("gift", "moodle")) {
            String exported = as(teacher).get("/api/export/" + SEED_SET + "?format=" + format).then().statusCode(200)
                    .extract().asString();
            // The shipped set's id belongs to the folder set: import into the teacher's own set for the article.
            String own = format.equals("gift") ? exported.replace("simak/" + SEED_SET, "simak/salinan-gift")
                    : exported.replace("simak/" + SEED_SET, "simak/salinan-moodle");
            Response created = as(teacher).contentType("text/plain").body(own)
                    .post("/api/import?format=" + format + "&articleId=" + Fixtures.seedArticleId());
            created.then().statusCode(201).body("added", equalTo(16)).body("created", equalTo(true));
            String key = created.jsonPath().getString("setKey");
            String back = as(teacher).get("/api/export/" + key + "?format=" + format).then().statusCode(200)
                    .extract().asString();
            QuestionFile reread = format.equals("gift") ? GiftFormat.read(back) : MoodleXml.read(back);
            List<Question> expected = original.questions();
            for (int i = 0; i < expected.size(); i++) {
                Question e = expected.get(i);
                Question a = reread.questions().get(i);
                assertEquals(e.id(), a.id());
                assertEquals(e.type(), a.type(), format + " " + e.id());
                assertEquals(e.skill(), a.skill());
                assertEquals(e.prompt(), a.prompt());
                assertEquals(e.answer(), a.answer(), format + " " + e.id());
                assertEquals(e.explanation(), a.explanation());
                assertEquals(e.evidence().text(), a.evidence().text());
            }
            // Importing the same file again updates, it does not duplicate.
            as(teacher).contentType("text/plain").body(own)
                    .post("/api/import?format=" + format + "&articleId=" + Fixtures.seedArticleId())
                    .then().statusCode(200).body("created", equalTo(false)).body("unchanged", equalTo(16))
                    .body("added", equalTo(0));
            assertEquals(16L, (long) QuarkusTransaction.requiringNew()
                    .call(() -> QuizQuestion.count("set.key", key)));
        }
    }

    @Test
    void aCsvFileMakesTheTeachersImportSetAndAnEditedRowUpdatesIt() {
        String teacher = Fixtures.teacher("guru-csv");
        long article = Fixtures.seedArticleId();
        String csv = "id;soal;jawaban;salah;salah\n"
                + "k1;Di kota mana KTT diadakan?;Xi'an;Beijing;Shanghai\n"
                + "k2;KTT adalah singkatan dari ____.;konferensi tingkat tinggi;;\n";
        Response r = as(teacher).contentType("text/csv").body(csv).post("/api/import?format=csv&articleId=" + article);
        r.then().statusCode(201).body("added", equalTo(2));
        long setId = r.jsonPath().getLong("setId");
        String edited = csv.replace("Di kota mana KTT diadakan?", "Di kota mana KTT China-Asia Tengah diadakan?");
        as(teacher).contentType("text/csv").body(edited).post("/api/import?format=csv&articleId=" + article)
                .then().statusCode(200).body("setId", equalTo((int) setId)).body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        String prompt = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>find(
                "set.id = ?1 and key = ?2", setId, "k1").firstResult().prompt);
        assertEquals("Di kota mana KTT China-Asia Tengah diadakan?", prompt);
        String status = QuarkusTransaction.requiringNew().call(() -> ((QuestionSet) QuestionSet.findById(setId))
                .status.name());
        assertEquals("DRAFT", status, "an imported set waits for the teacher to publish it");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNothingIsStored() {
        String teacher = Fixtures.teacher("guru-rusak");
        long article = Fixtures.seedArticleId();
        long before = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count());
        record Case(String format, String body, int line, String message) {}
        for (Case c : List.of(
                new Case("csv", "question,answer\nA ____?,b\nB ____?\n", 3, "tidak punya jawaban"),
                new Case("gift", "::a::Satu?{=x ~y}\n\n::b::Dua?{=x ~y\n", 3, "tidak ditutup"),
                new Case("moodle", "<quiz>\n<question type=\"essay\"><questiontext><text>T</text></questiontext>"
                        + "</question>\n</quiz>", 2, "Tidak ada soal yang bisa diimpor: 0 soal diimpor, 1 dilewati: esai"),
                new Case("simak", "id: uji-rusak\ntitle: T\nquestions:\n  - id: a\n    type: MULTIPLE_CHOICE\n"
                        + "    skill: DATE\n    prompt: P\n    choices: [x, y]\n    answer: [z]\n", 9,
                        "jawaban \"z\" tidak ada"),
                new Case("simak", "id: uji-rusak\ntitle: T\nquestions:\n  - id: a\n    type: TRUE_FALSE\n"
                        + "    skill: DATE\n    prompt: P\n    choices: [Benar, Salah]\n    answer: [Benar]\n"
                        + "    evidence: Tidak ada di artikel.\n", 4, "Kalimat bukti"))) {
            as(teacher).contentType("text/plain").body(c.body())
                    .post("/api/import?format=" + c.format() + "&articleId=" + article)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("line", equalTo(c.line()))
                    .body("detail", startsWith("Baris " + c.line() + ": "))
                    .body("detail", containsString(c.message()));
        }
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count()));
        assertNull(QuarkusTransaction.requiringNew().call(() -> QuestionSet.byKey("uji-rusak")));
        as(teacher).contentType("text/plain; charset=UTF-8").body(new byte[] { (byte) 0xff, (byte) 0xfe, 'a' })
                .post("/api/import?format=csv&articleId=" + article).then().statusCode(400)
                .body("detail", containsString("UTF-8"));
        as(teacher).body("question,answer\nA ____?,b\n").post("/api/import?format=xls&articleId=" + article)
                .then().statusCode(400);
        as(teacher).body("question,answer\nA ____?,b\n").post("/api/import?format=csv").then().statusCode(400)
                .body("detail", containsString("articleId"));
    }

    private static byte[] moodleFile(String name) throws Exception {
        try (var in = ExchangeResourceTest.class.getResourceAsStream("/moodle/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aGiftFileFromMoodleImportsWhatSimakCanTakeAndListsWhatItSkipped() throws Exception {
        String teacher = Fixtures.teacher("guru-moodle");
        long article = Fixtures.seedArticleId();
        Response r = as(teacher).contentType("text/plain").body(moodleFile("campuran.gift.txt"))
                .post("/api/import?format=gift&articleId=" + article);
        r.then().statusCode(201).body("imported", equalTo(7)).body("added", equalTo(7))
                .body("skipped.size()", equalTo(2))
                .body("skipped[0].line", equalTo(7)).body("skipped[0].type", equalTo("essay"))
                .body("skipped[0].label", equalTo("esai")).body("skipped[0].name", equalTo("E1"))
                .body("skipped[1].line", equalTo(36)).body("skipped[1].type", equalTo("numerical"))
                .body("summary", equalTo("7 soal diimpor, 2 dilewati: esai (baris 7), numerik (baris 36)."));
        long setId = r.jsonPath().getLong("setId");
        List<String> keysAndSkills = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream()
                .map(q -> q.key + "=" + q.skill).toList());
        assertEquals(List.of("Lembaga=ACRONYM", "P2=PLACE", "warna=OTHER", "Isian=OTHER", "B1=OTHER",
                "3-01 KTT=OTHER", "3-01 KTT (2)=OTHER"), keysAndSkills);

        // The same file again changes nothing: the repeated name keeps its second key.
        as(teacher).contentType("text/plain").body(moodleFile("campuran.gift.txt"))
                .post("/api/import?format=gift&articleId=" + article)
                .then().statusCode(200).body("unchanged", equalTo(7)).body("added", equalTo(0));
    }

    @Test
    void aMoodleXmlBankWithAnEssayIsImportedWithoutIt() throws Exception {
        String teacher = Fixtures.teacher("guru-moodle");
        long article = Fixtures.seedArticleId();
        as(teacher).contentType("application/xml").body(moodleFile("bank-esai.moodle.xml"))
                .post("/api/import?format=moodle&articleId=" + article)
                .then().statusCode(201).body("imported", equalTo(3))
                .body("skipped.type", equalTo(List.of("essay", "description", "numerical", "cloze")))
                .body("summary", startsWith("3 soal diimpor, 4 dilewati: esai (baris 57)"));
    }

    @Test
    void anotherTeachersSetAndTheShippedSetCannotBeOverwritten() throws Exception {
        String owner = Fixtures.teacher("guru-pemilik");
        String other = Fixtures.teacher("guru-lain");
        long article = Fixtures.seedArticleId();
        String file = "id: milik-guru-pemilik\ntitle: Punya saya\nquestions:\n"
                + "  - {id: a, type: TRUE_FALSE, skill: DATE, prompt: P, choices: [Benar, Salah], answer: [Benar]}\n";
        Response r = as(owner).body(file).post("/api/import?format=simak&articleId=" + article);
        r.then().statusCode(201);
        long setId = r.jsonPath().getLong("setId");
        as(other).body(file.replace("Punya saya", "Punya orang lain"))
                .post("/api/import?format=simak&articleId=" + article).then().statusCode(403)
                .contentType("application/problem+json");
        as(other).body("question,answer\nA ____?,b\n").post("/api/import?format=csv&setId=" + setId)
                .then().statusCode(403);
        as(other).get("/api/export/" + setId + "?format=simak").then().statusCode(403);
        as(owner).get("/api/export/" + setId + "?format=simak").then().statusCode(200)
                .body(containsString("title: Punya saya"));
        assertEquals("Punya saya", QuarkusTransaction.requiringNew()
                .call(() -> ((QuestionSet) QuestionSet.findById(setId)).title));
        as(owner).body(shipped().replace("title: KTT", "title: Diubah KTT"))
                .post("/api/import?format=simak").then().statusCode(403)
                .body("detail", containsString("quizzes/"));
    }

    @Test
    void aTeacherTakesTheGeneratedDraftOutAsAFileAndBringsItBackAsTheirOwnSet() {
        String teacher = Fixtures.teacher("guru-impor");
        long draft = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>find("article.id = ?1 "
                + "and origin = ?2", Fixtures.seedArticleId(), QuestionSet.Origin.GENERATED).firstResult().id);
        String file = new String(as(teacher).get("/api/export/" + draft + "?format=simak").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"set-" + draft + ".yaml\"")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String mine = file.replaceFirst("id: set-" + draft, "id: rancangan-guru-impor");
        Response r = as(teacher).contentType("application/yaml; charset=UTF-8").body(mine.getBytes(StandardCharsets.UTF_8))
                .post("/api/import?format=simak");
        assertEquals(201, r.statusCode(), r.asString());
        r.then().body("title", equalTo(QuarkusTransaction.requiringNew()
                .call(() -> ((QuestionSet) QuestionSet.findById(draft)).title)));
        assertEquals(mine, new String(as(teacher).get("/api/export/rancangan-guru-impor?format=simak").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8),
                "the teacher's copy exports as the file it came from");
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/export/{setId}"))
                .body(containsString("/api/import"));
        as(teacher).contentType("application/yaml; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/import?format=simak").then().statusCode(403)
                .body("detail", containsString("set bawaan"));
    }
}
