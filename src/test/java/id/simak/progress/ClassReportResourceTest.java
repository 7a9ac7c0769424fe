package id.simak.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.account.Account;
import id.simak.article.Article;
import id.simak.classroom.Assignment;
import id.simak.quiz.QuestionSet;
import id.simak.quiz.QuizQuestion;
import id.simak.review.Card;
import id.simak.review.CardReview;

/**
 * A class of four learners and one assigned set of three questions with known answers: three learners take it
 * through the quiz API (one of them late, one of them twice), one does not start; the report's numbers follow.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassReportResourceTest {

    static final String ARTICLE = "Bandung (ANTARA) - Pemerintah Kota Bandung membuka 12 taman baca baru pada Senin (6/3). "
            + "\"Taman baca ini terbuka untuk semua warga,\" kata Wali Kota Bandung. Taman baca itu berada di "
            + "Cicendo, Coblong, dan Sukajadi.";

    String teacher;
    String other;
    String[] learners;
    long classId;
    long setId;
    long unassignedSet;
    long q1;
    long q2;
    long q3;
    Instant cut;

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD).contentType("application/json");
    }

    private boolean ready;

    @BeforeEach
    void aClassTakesASet() throws Exception {
        if (ready) {
            return;
        }
        ready = true;
        teacher = Fixtures.teacher("lap-guru");
        other = Fixtures.teacher("lap-guru-lain");
        learners = new String[] { Fixtures.learner("lap-ani"), Fixtures.learner("lap-budi"),
                Fixtures.learner("lap-citra"), Fixtures.learner("lap-dewi") };
        long article = Fixtures.teacherArticle(teacher, ARTICLE);
        setId = set(article, teacher, "Laporan: Taman baca");
        unassignedSet = set(article, teacher, "Laporan: belum ditugaskan");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>list(
                "set.id = ?1 order by position", setId).stream().map(q -> q.id).toList());
        q1 = ids.get(0);
        q2 = ids.get(1);
        q3 = ids.get(2);

        classId = as(teacher).body(Map.of("name", "Kelas \"Laporan\", XI")).post("/api/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        for (String l : learners) {
            as(l).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);
        }
        as(teacher).body(Map.of("setId", setId, "due", "2030-12-02")).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201);

        take(learners[0], List.of("Bandung"), "Bandung", "Benar", 4000, 5000, 3000);
        take(learners[1], List.of("Depok"), "Bandung", "Benar", 8000, 7000, 2000);
        cut = Instant.now();
        Thread.sleep(20);
        take(learners[2], List.of("Bogor"), "  Jakarta. ", "Benar", 6000, 9000, 1000);
        // Ani again, all wrong: her last score drops, her best stays, and item statistics keep her first attempt.
        take(learners[0], List.of("Bekasi"), "Bogor", "Salah", 100, 100, 100);
        // Budi's due date passed before Citra finished: move the class's due date to that moment.
        QuarkusTransaction.requiringNew().run(() -> Assignment.update("dueAt = ?1 where set.id = ?2", cut, setId));
    }

    static long set(long articleId, String owner, String title) {
        long id = Fixtures.questionSet(articleId, null, title, QuestionSet.Status.PUBLISHED);
        QuarkusTransaction.requiringNew().run(() -> {
            QuestionSet s = QuestionSet.findById(id);
            s.owner = Account.findByUsername(owner);
            QuizQuestion.delete("set", s);
            s.questions.clear();
            s.questions.add(question(s, 0, "MULTIPLE_CHOICE", "Di kota mana taman baca dibuka?",
                    List.of("Bandung", "Bogor", "Depok", "Bekasi"), List.of("Bandung")));
            s.questions.add(question(s, 1, "CLOZE", "Taman baca dibuka di Kota ____.", List.of(), List.of("Bandung")));
            s.questions.add(question(s, 2, "TRUE_FALSE", "Taman baca terbuka untuk semua warga.",
                    List.of("Benar", "Salah"), List.of("Benar")));
        });
        return id;
    }

    private static QuizQuestion question(QuestionSet s, int position, String type, String prompt, List<String> choices,
            List<String> answer) {
        QuizQuestion q = new QuizQuestion();
        q.set = s;
        q.position = position;
        q.key = "lap-" + s.id + "-" + position;
        q.type = type;
        q.skill = "PLACE";
        q.prompt = prompt;
        q.choices = choices;
        q.answer = answer;
        q.reviewed = true;
        return q;
    }

    private void take(String learner, List<String> r1, String r2, String r3, long t1, long t2, long t3) {
        take(learner, setId, List.of(q1, q2, q3), r1, r2, r3, t1, t2, t3);
    }

    /** One whole attempt at a set made by {@link #set}: the multiple choice, the cloze and the true/false answer. */
    static void take(String learner, long setId, List<Long> q, List<String> r1, String r2, String r3, long t1, long t2,
            long t3) {
        long q1 = q.get(0);
        long q2 = q.get(1);
        long q3 = q.get(2);
        long attempt = as(learner).post("/api/quizzes/" + setId + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        answer(learner, attempt, q1, r1, t1);
        answer(learner, attempt, q2, List.of(r2), t2);
        answer(learner, attempt, q3, List.of(r3), t3);
    }

    static void answer(String learner, long attempt, long question, List<String> response, long ms) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", question);
        body.put("response", response);
        body.put("timeMs", ms);
        as(learner).body(body).post("/api/attempts/" + attempt + "/answers").then().statusCode(200);
    }

    @Test
    void theReportShowsEachLearnersScoresAndWhetherTheyWereOnTime() {
        JsonPath r = as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals("Kelas \"Laporan\", XI", r.getString("className"));
        assertEquals(List.of((int) setId), r.getList("sets.setId"));
        assertEquals(3, r.getInt("sets[0].questionCount"));
        assertEquals(List.of("lap-ani", "lap-budi", "lap-citra", "lap-dewi"), r.getList("learners.username"));

        Map<String, Object> ani = r.getMap("learners[0].sets[0]");
        assertEquals("ON_TIME", ani.get("status"));
        assertEquals(2, ani.get("attempts"));
        assertEquals(3, ani.get("bestCorrect"));
        assertEquals(1.0f, ((Number) ani.get("bestScore")).floatValue());
        assertEquals(0, ani.get("lastCorrect"));
        assertEquals(0.0f, ((Number) ani.get("lastScore")).floatValue());

        Map<String, Object> budi = r.getMap("learners[1].sets[0]");
        assertEquals("ON_TIME", budi.get("status"));
        assertEquals(2, budi.get("bestCorrect"));
        assertEquals(2, budi.get("lastCorrect"));

        Map<String, Object> citra = r.getMap("learners[2].sets[0]");
        assertEquals("LATE", citra.get("status"), "finished after the due date");
        assertEquals(1, citra.get("bestCorrect"));
        assertEquals(3, citra.get("bestTotal"));

        Map<String, Object> dewi = r.getMap("learners[3].sets[0]");
        assertEquals("NOT_STARTED", dewi.get("status"));
        assertEquals(0, dewi.get("attempts"));
        assertNull(dewi.get("bestScore"));
        assertEquals(0, r.getInt("learners[3].reviewsTotal"));
        assertNull(r.get("learners[3].predictedRetention"), "no reviewed cards, no prediction");
    }

    @Test
    void reviewsAndPredictedRetentionComeFromTheLearnersCards() {
        String eka = Fixtures.learner("lap-eka");
        String code = as(teacher).get("/api/classes/" + classId).then().extract().jsonPath().getString("code");
        long card = QuarkusTransaction.requiringNew().call(() -> {
            Card c = Card.<Card>list("ownerId", Account.findByUsername("lap-ani").id).get(0);
            return c.id;
        });
        Map<String, Object> review = new HashMap<>();
        review.put("cardId", card);
        review.put("rating", "GOOD");
        review.put("durationMs", 3000);
        as("lap-ani").body(review).post("/api/reviews").then().statusCode(200);
        long aniId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("lap-ani").id);
        long stored = QuarkusTransaction.requiringNew().call(() -> CardReview.count("ownerId", aniId));
        assertTrue(stored >= 1);
        as(eka).body(Map.of("code", code)).post("/api/classes/join").then().statusCode(200);

        JsonPath r = as(teacher).get("/api/classes/" + classId + "/report").then().statusCode(200).extract().jsonPath();
        assertEquals((int) stored, r.getInt("learners.find { it.username == 'lap-ani' }.reviewsTotal"));
        assertEquals((int) stored, r.getInt("learners.find { it.username == 'lap-ani' }.reviewsLast7Days"));
        Float retention = r.get("learners.find { it.username == 'lap-ani' }.predictedRetention");
        assertNotNull(retention);
        assertTrue(retention > 0.5 && retention <= 1.0, "a card just rated Good is very likely recalled: " + retention);
        assertEquals("NOT_STARTED", r.getString("learners.find { it.username == 'lap-eka' }.sets[0].status"));
    }

    @Test
    void itemStatisticsCountFirstAttemptsOnly() {
        JsonPath r = as(teacher).get("/api/classes/" + classId + "/report/sets/" + setId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("FIRST_ATTEMPTS", r.getString("counted"));
        assertEquals(3, r.getInt("learnersAnswered"));
        // Multiple choice: Ani right, Budi "Depok", Citra "Bogor" — a tie, broken by the order of the choices.
        assertEquals(3, r.getInt("questions[0].answers"));
        assertEquals(1, r.getInt("questions[0].correct"));
        assertEquals(1 / 3.0, r.getDouble("questions[0].shareCorrect"), 1e-6);
        assertEquals("Bogor", r.getString("questions[0].mostChosenWrong"));
        assertEquals(1, r.getInt("questions[0].mostChosenWrongCount"));
        assertEquals(1.0, r.getDouble("questions[0].discrimination"), 1e-9);
        assertEquals(6.0, r.getDouble("questions[0].medianSeconds"), 1e-9);
        // Cloze: Citra's "  Jakarta. " counted normalised.
        assertEquals(2 / 3.0, r.getDouble("questions[1].shareCorrect"), 1e-6);
        assertEquals("jakarta", r.getString("questions[1].mostChosenWrong"));
        assertEquals(7.0, r.getDouble("questions[1].medianSeconds"), 1e-9);
        // True/false: everyone right on the first attempt (Ani's "Salah" came in her second).
        assertEquals(1.0, r.getDouble("questions[2].shareCorrect"), 1e-9);
        assertNull(r.get("questions[2].mostChosenWrong"));
        assertEquals(0.0, r.getDouble("questions[2].discrimination"), 1e-9);
        assertEquals(2.0, r.getDouble("questions[2].medianSeconds"), 1e-9);
    }

    @Test
    void itemStatisticsComeAPageOfQuestionsAtATimeWithTheSameFigures() {
        String api = "/api/classes/" + classId + "/report/sets/" + setId;
        JsonPath second = as(teacher).get(api + "?size=1&page=2").then().statusCode(200).extract().jsonPath();
        assertEquals(1, second.getList("questions").size());
        assertEquals(2, second.getInt("page"));
        assertEquals(1, second.getInt("size"));
        assertEquals(3, second.getInt("total"));
        // the cloze question, with the figures it has in the whole report (discrimination over every learner's total)
        assertEquals(2, second.getInt("questions[0].position"));
        assertEquals(2 / 3.0, second.getDouble("questions[0].shareCorrect"), 1e-6);
        assertEquals("jakarta", second.getString("questions[0].mostChosenWrong"));
        assertEquals(3, second.getInt("learnersAnswered"));
        JsonPath whole = as(teacher).get(api).then().statusCode(200).extract().jsonPath();
        assertEquals(whole.getDouble("questions[1].discrimination"), second.getDouble("questions[0].discrimination"),
                1e-9);
        assertEquals(0, as(teacher).get(api + "?size=2&page=3").then().statusCode(200).extract().jsonPath()
                .getList("questions").size());
        for (String bad : new String[] { "page=0", "size=201", "size=x" }) {
            as(teacher).get(api + "?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        // the page shows the third question alone on its third page
        String html = ClassReportPagesTest.browser(teacher).get("/guru/kelas/" + classId + "/laporan/set/" + setId
                + "?ukuran=1&halaman=3").then().statusCode(200).body(containsString("Halaman 3 dari 3 (3 butir)"))
                .extract().asString();
        assertTrue(html.contains("data-testid=\"question-3\""));
        assertFalse(html.contains("data-testid=\"question-1\""));
    }

    @Test
    void theClassCsvHasARowPerLearnerAndSet() {
        var response = as(teacher).get("/api/classes/" + classId + "/report.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"laporan-kelas-" + classId + ".csv\""))
                .extract();
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark for spreadsheet programs");
        String[] lines = body.substring(1).split("\r\n");
        // Issue 13: Indonesian labels, semicolons and decimal commas, as a spreadsheet in the Indonesian locale reads them.
        assertTrue(lines[0].startsWith("\"Kelas\";\"Nama pengguna\";\"Nama\";\"ID set\";\"Judul set\";\"Tenggat\";\"Status\""),
                lines[0]);
        String title = "\"Laporan: Taman baca\"";
        String klass = "\"Kelas \"\"Laporan\"\", XI\"";
        assertTrue(lines[1].startsWith(klass + ";\"lap-ani\";"), lines[1]);
        assertTrue(lines[1].contains(";\"" + setId + "\";" + title + ";"), lines[1]);
        assertTrue(lines[1].matches(".*;\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\";\"tepat waktu\";.*"), "a date a spreadsheet reads: " + lines[1]);
        assertTrue(lines[1].contains(";\"tepat waktu\";\"2\";\"2\";\"3 dari 3\";\"100,0\";\"0 dari 3\";\"0,0\";"), lines[1]);
        assertTrue(lines[2].contains("\"lap-budi\"") && lines[2].contains(";\"tepat waktu\";\"1\";\"1\";\"2 dari 3\";\"66,7\";\"2 dari 3\";\"66,7\";"),
                lines[2]);
        assertTrue(lines[3].contains("\"lap-citra\"") && lines[3].contains(";\"terlambat\";\"1\";\"1\";\"1 dari 3\";\"33,3\";"),
                lines[3]);
        assertTrue(lines[4].contains("\"lap-dewi\"") && lines[4].contains(";\"belum mulai\";\"0\";\"0\";\"\";\"\";\"\";\"\";\"\";"),
                lines[4]);
    }

    @Test
    void theSetCsvHasARowPerQuestion() {
        var response = as(teacher).get("/api/classes/" + classId + "/report/sets/" + setId + ".csv").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("laporan-kelas-" + classId + "-set-" + setId + ".csv"))
                .extract();
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"));
        String[] lines = body.substring(1).split("\r\n");
        assertEquals(4, lines.length, "a header and three questions");
        assertEquals("\"Kelas\";\"ID set\";\"Judul set\";\"Nomor\";\"ID soal\";\"Jenis soal\";\"Keterampilan\";"
                + "\"Pertanyaan\";\"Jawaban\";\"Benar\";\"Persen benar\";\"Salah terbanyak\";\"Jumlah salah terbanyak\";"
                + "\"Daya beda\";\"Median detik\"", lines[0]);
        String prefix = "\"Kelas \"\"Laporan\"\", XI\";\"" + setId + "\";\"Laporan: Taman baca\";";
        assertEquals(prefix + "\"1\";\"" + q1 + "\";\"Pilihan ganda\";\"Tempat\";\"Di kota mana taman baca dibuka?\";"
                + "\"3\";\"1\";\"33,3\";\"Bogor\";\"1\";\"1,00\";\"6,0\"", lines[1]);
        assertEquals(prefix + "\"2\";\"" + q2 + "\";\"Isian\";\"Tempat\";\"Taman baca dibuka di Kota ____.\";"
                + "\"3\";\"2\";\"66,7\";\"jakarta\";\"1\";\"1,00\";\"7,0\"", lines[2]);
        assertEquals(prefix + "\"3\";\"" + q3 + "\";\"Benar atau salah\";\"Tempat\";\"Taman baca terbuka untuk semua warga.\";"
                + "\"3\";\"3\";\"100,0\";\"\";\"\";\"0,00\";\"2,0\"", lines[3]);
    }

    /** The one sheet of a workbook, read by Apache POI as a spreadsheet program would open it. */
    private static Sheet sheet(byte[] xlsx) throws IOException {
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        assertEquals(1, book.getNumberOfSheets());
        return book.getSheetAt(0);
    }

    private static List<String> labels(Row header) {
        List<String> out = new ArrayList<>();
        header.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static Cell cell(Sheet sheet, int row, String label) {
        int column = labels(sheet.getRow(0)).indexOf(label);
        assertTrue(column >= 0, "no column " + label);
        return sheet.getRow(row).getCell(column, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK);
    }

    /** The row of a learner: rows follow the names, which other tests change. */
    private static int row(Sheet sheet, String username) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (cell(sheet, r, "Nama pengguna").getStringCellValue().equals(username)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private static double number(Sheet sheet, int row, String label) {
        Cell c = cell(sheet, row, label);
        assertEquals(CellType.NUMERIC, c.getCellType(), label + " is a number a spreadsheet adds up");
        return c.getNumericCellValue();
    }

    /** Issue 13: the class report as a workbook, with Indonesian labels and numbers a spreadsheet reads as numbers. */
    @Test
    void theClassWorkbookHoldsNumbersAsNumbers() throws IOException {
        for (var request : List.of(as(teacher).get("/api/classes/" + classId + "/report.xlsx"),
                ClassReportPagesTest.browser(teacher).get("/guru/kelas/" + classId + "/laporan/unduh.xlsx"))) {
            var response = request.then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", equalTo("attachment; filename=\"laporan-kelas-" + classId + ".xlsx\""))
                    .extract();
            Sheet sheet = sheet(response.asByteArray());
            assertEquals("Laporan kelas", sheet.getSheetName());
            assertEquals(List.of("Kelas", "Nama pengguna", "Nama", "ID set", "Judul set", "Tenggat", "Status",
                    "Percobaan", "Percobaan selesai", "Jumlah soal", "Benar terbaik", "Persen terbaik",
                    "Benar terakhir", "Persen terakhir", "Selesai pertama", "Ulasan 7 hari", "Ulasan total",
                    "Kartu diulas", "Retensi prediksi"), labels(sheet.getRow(0)));
            assertTrue(sheet.getLastRowNum() >= 4, "a header and a row per learner");
            int ani = row(sheet, "lap-ani");
            assertEquals("Kelas \"Laporan\", XI", cell(sheet, ani, "Kelas").getStringCellValue());
            assertEquals(setId, (long) number(sheet, ani, "ID set"));
            assertEquals("tepat waktu", cell(sheet, ani, "Status").getStringCellValue());
            assertEquals(2, number(sheet, ani, "Percobaan"));
            assertEquals(3, number(sheet, ani, "Jumlah soal"));
            assertEquals(3, number(sheet, ani, "Benar terbaik"));
            assertEquals(1.0, number(sheet, ani, "Persen terbaik"));
            assertEquals("0.0%", cell(sheet, ani, "Persen terbaik").getCellStyle().getDataFormatString());
            assertEquals(0, number(sheet, ani, "Benar terakhir"));
            assertTrue(DateUtil.isCellDateFormatted(cell(sheet, ani, "Tenggat")), "the due date is a date");
            assertTrue(DateUtil.isCellDateFormatted(cell(sheet, ani, "Selesai pertama")));

            assertEquals(2.0 / 3, number(sheet, row(sheet, "lap-budi"), "Persen terbaik"), 1e-9);
            assertEquals("terlambat", cell(sheet, row(sheet, "lap-citra"), "Status").getStringCellValue());
            int dewi = row(sheet, "lap-dewi");
            assertEquals("belum mulai", cell(sheet, dewi, "Status").getStringCellValue());
            assertNull(cell(sheet, dewi, "Benar terbaik"), "nothing to show is an empty cell, not 0");
            assertEquals(0, number(sheet, dewi, "Ulasan total"));
        }
    }

    @Test
    void theSetWorkbookHasARowPerQuestion() throws IOException {
        for (var request : List.of(as(teacher).get("/api/classes/" + classId + "/report/sets/" + setId + ".xlsx"),
                ClassReportPagesTest.browser(teacher).get("/guru/kelas/" + classId + "/laporan/set/" + setId
                        + "/unduh.xlsx"))) {
            var response = request.then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", containsString("laporan-kelas-" + classId + "-set-" + setId + ".xlsx"))
                    .extract();
            Sheet sheet = sheet(response.asByteArray());
            assertEquals(List.of("Kelas", "ID set", "Judul set", "Nomor", "ID soal", "Jenis soal", "Keterampilan",
                    "Pertanyaan", "Jawaban", "Benar", "Persen benar", "Salah terbanyak", "Jumlah salah terbanyak",
                    "Daya beda", "Median detik"), labels(sheet.getRow(0)));
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("Pilihan ganda", cell(sheet, 1, "Jenis soal").getStringCellValue());
            assertEquals("Tempat", cell(sheet, 1, "Keterampilan").getStringCellValue());
            assertEquals(q1, (long) number(sheet, 1, "ID soal"));
            assertEquals(3, number(sheet, 1, "Jawaban"));
            assertEquals(1, number(sheet, 1, "Benar"));
            assertEquals(1.0 / 3, number(sheet, 1, "Persen benar"), 1e-9);
            assertEquals("Bogor", cell(sheet, 1, "Salah terbanyak").getStringCellValue());
            assertEquals(1.0, number(sheet, 1, "Daya beda"));
            assertEquals(6.0, number(sheet, 1, "Median detik"));
            assertEquals("Isian", cell(sheet, 2, "Jenis soal").getStringCellValue());
            assertNull(cell(sheet, 3, "Salah terbanyak"));
        }
    }

    @Test
    void aSetNotAssignedToTheClassIsNotFound() {
        as(teacher).get("/api/classes/" + classId + "/report/sets/" + unassignedSet).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("tidak ditugaskan"));
        as(teacher).get("/api/classes/" + classId + "/report/sets/" + unassignedSet + ".csv").then().statusCode(404);
        as(teacher).get("/api/classes/" + classId + "/report/sets/" + unassignedSet + ".xlsx").then().statusCode(404)
                .contentType("application/problem+json");
        as(teacher).get("/api/classes/99999999/report").then().statusCode(404);
    }

    @Test
    void onlyTheClassesTeacherSeesItsReports() {
        List<String> paths = List.of("/api/classes/" + classId + "/report", "/api/classes/" + classId + "/report.csv",
                "/api/classes/" + classId + "/report/sets/" + setId,
                "/api/classes/" + classId + "/report/sets/" + setId + ".csv",
                "/api/classes/" + classId + "/report.xlsx",
                "/api/classes/" + classId + "/report/sets/" + setId + ".xlsx");
        for (String path : paths) {
            given().get(path).then().statusCode(401);
            for (String learner : learners) {
                as(learner).get(path).then().statusCode(403).contentType("application/problem+json");
            }
            as(other).get(path).then().statusCode(403).body("detail", containsString("guru lain"));
        }
        as(teacher).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/classes/{id}/report'.get.tags[0]", equalTo("Laporan"))
                .body("paths.'/api/classes/{id}/report/sets/{setId}.csv'.get.tags[0]", equalTo("Laporan"))
                .body("paths.'/api/classes/{id}/report'.get.summary", equalTo("Laporan kelas"))
                .body("paths.'/api/classes/{id}/report'.get.deprecated", nullValue());
    }

    /** Issue 12, item 8: a display name or a title that a spreadsheet would run as a formula. */
    @Test
    void namesAndTitlesThatLookLikeFormulasAreWrittenAsText() throws IOException {
        String learner = learners[3];
        String name = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(learner).displayName);
        String title = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).title);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Account.findByUsername(learner).displayName = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
                QuestionSet.<QuestionSet>findById(setId).title = "@SUM(1+1)";
            });
            String csv = as(teacher).get("/api/classes/" + classId + "/report.csv").then().statusCode(200)
                    .extract().asString();
            assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\""), csv);
            assertTrue(csv.contains("\"'@SUM(1+1)\""), csv);
            assertFalse(csv.contains(";\"=HYPERLINK"), csv);
            assertFalse(csv.contains(";\"@SUM"), csv);
            String sets = as(teacher).get("/api/classes/" + classId + "/report/sets/" + setId + ".csv").then()
                    .statusCode(200).extract().asString();
            assertTrue(sets.contains("\"'@SUM(1+1)\""), sets);
            for (String cell : new String[] { "+1", "-1", "\t=1", "\r=1" }) {
                assertEquals("'" + cell, id.simak.progress.ClassReportCsv.text(cell));
            }
            assertEquals("Budi", id.simak.progress.ClassReportCsv.text("Budi"));
            // In a workbook they are string cells, which a spreadsheet never runs.
            Sheet sheet = sheet(as(teacher).get("/api/classes/" + classId + "/report.xlsx").then().statusCode(200)
                    .extract().asByteArray());
            Cell named = cell(sheet, row(sheet, learner), "Nama");
            assertEquals(CellType.STRING, named.getCellType());
            assertEquals("=HYPERLINK(\"http://contoh.invalid\",\"klik\")", named.getStringCellValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Account.findByUsername(learner).displayName = name;
                QuestionSet.<QuestionSet>findById(setId).title = title;
            });
        }
    }
}
