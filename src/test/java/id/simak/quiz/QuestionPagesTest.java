package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;

/** The authoring pages as a browser without script uses them: forms, redirects, errors next to the fields. */
@QuarkusTest
class QuestionPagesTest {

    static final String TEXT = "PALU (ANTARA) - Gempa bermagnitudo 5,2 mengguncang Kabupaten Donggala, Sulawesi Tengah, "
            + "pada Rabu (8/3). Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa tidak berpotensi "
            + "tsunami. \"Warga diimbau tetap tenang dan menjauhi bangunan yang retak,\" kata Kepala BMKG Palu Hendra Siregar. "
            + "Gempa itu merusak 14 rumah warga di dua desa. Badan Penanggulangan Bencana Daerah (BPBD) Donggala "
            + "mendirikan tiga posko pengungsian untuk 120 warga.";

    record Session(CookieFilter cookies) {
        RequestSpecification request() {
            return given().filter(cookies).redirects().follow(false);
        }
    }

    static Session loggedIn(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return new Session(cookies);
    }

    /** Pastes the article on /guru and follows the redirect to its draft; answers the draft page's path. */
    static String pasteArticle(Session teacher) {
        String location = teacher.request().multiPart("title", "Gempa Donggala").multiPart("source", "Uji halaman")
                .multiPart("text", TEXT).post("/guru/artikel")
                .then().statusCode(303).header("Location", matchesPattern(".*/guru/artikel/\\d+/soal\\?pesan=article_created"))
                .extract().header("Location");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    static long firstNumber(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aDraftWithNoConfidentQuestionSaysSoAndPointsToTheBank() {
        Session teacher = loggedIn(Fixtures.teacher("guru-rancangan-kosong"));
        String location = teacher.request().multiPart("title", "Gotong royong").multiPart("source", "Uji halaman")
                .multiPart("text", "Warga desa bergotong royong membersihkan selokan di lingkungan mereka. "
                        + "Kegiatan itu berlangsung meriah dan penuh semangat.")
                .post("/guru/artikel").then().statusCode(303).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
        teacher.request().get(location).then().statusCode(200)
                .body(containsString("Rancangan ini kosong"))
                .body(containsString("Pilih soal dari bank di bawah"))
                .body(containsString("data-testid=\"bank\""))
                .body(not(containsString("data-testid=\"question-1\"")));
    }

    @Test
    void afterPastingAnArticleTheTeacherLandsOnItsDraftAndWorksThroughIt() {
        Session teacher = loggedIn(Fixtures.teacher("guru-halaman-soal"));
        String draft = pasteArticle(teacher);
        String page = teacher.request().get(draft).then().statusCode(200)
                .body(containsString("Artikel disimpan. Inilah soal rancangannya"))
                .body(containsString("Soal rancangan"))
                .body(containsString("data-testid=\"question-1\""))
                .body(containsString("Belum diperiksa"))
                .body(containsString("Terbitkan set"))
                .extract().asString();
        long setId = firstNumber(page, "action=\"/guru/set/(\\d+)/terbit\"");
        long first = firstNumber(page, "/guru/set/" + setId + "/soal/(\\d+)/terima");

        teacher.request().post("/guru/set/" + setId + "/soal/" + first + "/terima").then().statusCode(303)
                .header("Location", endsWith("/guru/set/" + setId + "?pesan=question_accepted&fokus=soal-" + first + "#soal-" + first));
        teacher.request().get("/guru/set/" + setId + "?pesan=question_accepted&fokus=soal-" + first).then().statusCode(200)
                .body(containsString("Soal diterima."))
                .body(containsString("id=\"soal-" + first + "\" data-testid=\"question-1\" tabindex=\"-1\"\n      autofocus"))
                .body(containsString("✓ Diterima"));

        // Moving a question keeps the keyboard on the same button.
        teacher.request().post("/guru/set/" + setId + "/soal/" + first + "/turun").then().statusCode(303)
                .header("Location", containsString("fokus=turun-" + first));
        teacher.request().get("/guru/set/" + setId + "?fokus=turun-" + first).then()
                .body(containsString("data-testid=\"question-2\""))
                .body(matchesPattern("(?s).*id=\"turun-" + first + "\"[^>]*autofocus.*"));
        assertEquals(1, (int) QuarkusTransaction.requiringNew().call(
                () -> QuizQuestion.<QuizQuestion>findById(first).position));

        // The dashboard lists the draft with its counts.
        teacher.request().get("/guru").then().statusCode(200)
                .body(containsString("Set soal saya"))
                .body(containsString("href=\"/guru/artikel/"))
                .body(containsString("Rancangan"));
    }

    @Test
    void aRefusedQuestionShowsTheErrorsNextToTheFieldsAndChangesNothing() {
        Session teacher = loggedIn(Fixtures.teacher("guru-halaman-salah"));
        String page = teacher.request().get(pasteArticle(teacher)).then().statusCode(200).extract().asString();
        long setId = firstNumber(page, "action=\"/guru/set/(\\d+)/terbit\"");
        long before = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count("set.id", setId));

        teacher.request().get("/guru/set/" + setId + "/soal/baru?jenis=MATCHING").then().statusCode(200)
                .body(containsString("<label for=\"text-0\">Kiri 1</label>"))
                .body(containsString("<label for=\"right-0\">Kanan 1</label>"))
                .body(containsString("hx-trigger=\"change\""));
        teacher.request().get("/guru/set/" + setId + "/soal/baru?jenis=CLOZE").then().statusCode(200)
                .body(containsString("Jawaban 1")).body(containsString("tiga garis bawah"));

        teacher.request().formParam("type", "CLOZE").formParam("skill", "PLACE")
                .formParam("prompt", "Gempa mengguncang Donggala.").formParam("text", "", "").formParam("evidenceSentence", "")
                .post("/guru/set/" + setId + "/soal")
                .then().statusCode(400)
                .body(containsString("Soal belum disimpan"))
                .body(containsString("<p class=\"field-error\" id=\"prompt-error\">Soal isian perlu tempat kosong"))
                .body(containsString("<p class=\"field-error\" id=\"answer-error\">Tuliskan paling sedikit satu jawaban"))
                .body(containsString(">Gempa mengguncang Donggala.</textarea>"));
        teacher.request().formParam("type", "MULTIPLE_CHOICE").formParam("skill", "PLACE")
                .formParam("prompt", "Di mana gempa terjadi?").formParam("text", "Donggala", "donggala", "")
                .formParam("correct", "0").post("/guru/set/" + setId + "/soal")
                .then().statusCode(400)
                .body(containsString("id=\"choices-error\">Pilihan &quot;donggala&quot; ditulis lebih dari sekali."))
                .body(containsString("value=\"donggala\""));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count("set.id", setId)));

        teacher.request().formParam("type", "CLOZE").formParam("skill", "ACRONYM")
                .formParam("prompt", "BMKG = ____").formParam("text", "Badan Meteorologi, Klimatologi, dan Geofisika", "")
                .formParam("evidenceSentence", "1").post("/guru/set/" + setId + "/soal")
                .then().statusCode(303).header("Location", containsString("pesan=question_added"));
        assertEquals(before + 1, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count("set.id", setId)));

        teacher.request().formParam("title", " ").post("/guru/set/" + setId + "/judul").then().statusCode(400)
                .body(containsString("id=\"title-error\">Judul set wajib diisi."));
    }

    @Test
    void editingPublishingAndOwnSetsThroughThePages() {
        Session teacher = loggedIn(Fixtures.teacher("guru-halaman-terbit"));
        String draftPath = pasteArticle(teacher);
        long articleId = firstNumber(draftPath, "/guru/artikel/(\\d+)/soal");
        String page = teacher.request().get(draftPath).then().extract().asString();
        long setId = firstNumber(page, "action=\"/guru/set/(\\d+)/terbit\"");
        long first = firstNumber(page, "/guru/set/" + setId + "/soal/(\\d+)/ubah");

        String form = teacher.request().get("/guru/set/" + setId + "/soal/" + first + "/ubah").then().statusCode(200)
                .body(containsString("Ubah soal")).body(containsString("<label for=\"prompt\">Pertanyaan</label>"))
                .extract().asString();
        assertTrue(form.contains("Kalimat bukti"));
        // Change the question into a true/false one.
        teacher.request().formParam("type", "TRUE_FALSE").formParam("skill", "PLACE")
                .formParam("prompt", "Gempa mengguncang Kabupaten Donggala.").formParam("trueFalse", "Benar")
                .formParam("evidenceSentence", "0").post("/guru/set/" + setId + "/soal/" + first)
                .then().statusCode(303).header("Location", containsString("pesan=question_saved"));
        QuizQuestion saved = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>findById(first));
        assertEquals("TRUE_FALSE", saved.type);
        assertEquals(java.util.List.of("Benar"), saved.answer);
        assertTrue(saved.reviewed);

        // Questions nobody checked: publishing asks first, and nothing is published until the teacher confirms.
        teacher.request().post("/guru/set/" + setId + "/terbit").then().statusCode(409)
                .body(containsString("data-testid=\"publish-confirm\""))
                .body(containsString("soal belum diperiksa dan akan ikut terbit. Terbitkan juga?"));
        assertEquals("DRAFT", QuarkusTransaction.requiringNew().call(() -> ((QuestionSet) QuestionSet.findById(setId))
                .status.name()));
        teacher.request().formParam("yakin", "ya").post("/guru/set/" + setId + "/terbit").then().statusCode(303)
                .header("Location", containsString("pesan=set_published"));
        teacher.request().get("/guru/set/" + setId + "?pesan=set_published").then().statusCode(200)
                .body(containsString("Set diterbitkan"))
                .body(containsString("data-testid=\"set-status\">Terbit</span>"))
                .body(containsString("Batalkan penerbitan"))
                .body(not(containsString("/terima\"")))
                .body(not(containsString("/ubah\"")));
        teacher.request().post("/guru/set/" + setId + "/soal/" + first + "/hapus").then().statusCode(409)
                .body(containsString("batalkan penerbitannya dulu"));

        String own = teacher.request().formParam("title", "Soal gempa buatan saya").post("/guru/artikel/" + articleId + "/soal")
                .then().statusCode(303).header("Location", containsString("pesan=set_created")).extract().header("Location");
        long ownId = firstNumber(own, "/guru/set/(\\d+)");
        teacher.request().get("/guru/set/" + ownId).then().statusCode(200)
                .body(containsString("Buatan guru")).body(containsString("Set ini belum punya soal"))
                .body(containsString("Set lain untuk artikel ini"));
        teacher.request().formParam("title", "").post("/guru/artikel/" + articleId + "/soal").then().statusCode(400)
                .body(containsString("id=\"newTitle-error\">Judul set wajib diisi."));
        teacher.request().post("/guru/set/" + ownId + "/hapus").then().statusCode(303)
                .header("Location", endsWith("/guru?pesan=set_deleted"));
        teacher.request().get("/guru?pesan=set_deleted").then().body(containsString("Set dihapus."));

        // Another teacher and a learner are turned away, and never see the answers.
        loggedIn(Fixtures.teacher("guru-halaman-tetangga")).request().get("/guru/set/" + setId).then().statusCode(403)
                .body(containsString("milik guru lain"));
        loggedIn(Fixtures.teacher("guru-halaman-tetangga")).request().get(draftPath).then().statusCode(403);
        loggedIn(Fixtures.teacher("guru-halaman-tetangga")).request().post("/guru/set/" + setId + "/tarik").then().statusCode(403);
        loggedIn(Fixtures.learner("murid-halaman-soal")).request().get("/guru/set/" + setId).then().statusCode(403)
                .body(not(containsString("Donggala")));
        given().redirects().follow(false).get("/guru/set/" + setId).then().statusCode(302)
                .header("Location", containsString("/masuk"));
    }

    @Test
    void theDraftPageShowsTheBankFilteredBySkillAndAddsAChosenQuestion() {
        Session teacher = loggedIn(Fixtures.teacher("guru-halaman-bank"));
        String draftPath = pasteArticle(teacher);
        String page = teacher.request().get(draftPath).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-testid=\"bank\""), "no bank on the draft page");
        long setId = firstNumber(page, "action=\"/guru/set/(\\d+)/bank\"");
        String key = page.replaceAll("(?s).*?name=\"key\" value=\"([^\"]+)\".*", "$1");
        String filtered = teacher.request().get(draftPath.replaceFirst("\\?.*", "") + "?keterampilan=ROOT_WORD")
                .then().statusCode(200).extract().asString();
        String bankPart = filtered.substring(filtered.indexOf("data-testid=\"bank-questions\""), filtered.indexOf("others-heading"));
        assertTrue(bankPart.contains("Kata dasar"), "the filter shows no root-word question");
        assertTrue(!bankPart.contains(">Angka<"), "the filter lets another skill through");
        teacher.request().formParam("key", key).post("/guru/set/" + setId + "/bank")
                .then().statusCode(303).header("Location", containsString("pesan=question_added"));
        String after = teacher.request().get("/guru/set/" + setId).then().statusCode(200).extract().asString();
        assertTrue(!after.contains("name=\"key\" value=\"" + key + "\""), "the added question is still offered");
    }

    /** A teacher's own set of seven true/false questions (three about dates, four about places), through the API. */
    static long setOfSeven(String teacher) {
        StringBuilder yaml = new StringBuilder("id: tujuh-" + teacher + "\ntitle: Tujuh soal\nquestions:\n");
        for (int i = 1; i <= 7; i++) {
            yaml.append("  - {id: s").append(i).append(", type: TRUE_FALSE, skill: ").append(i <= 3 ? "DATE" : "PLACE")
                    .append(", prompt: Pernyataan ").append(i).append(", choices: [Benar, Salah], answer: [Benar]}\n");
        }
        return given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).body(yaml.toString())
                .post("/api/import?format=simak&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(201).extract().jsonPath().getLong("setId");
    }

    @Test
    void aTeacherDeletesOrAcceptsTheTickedQuestionsAtOnceAndFiltersBySkill() {
        String name = Fixtures.teacher("guru-pilihan");
        Session teacher = loggedIn(name);
        long setId = setOfSeven(name);
        java.util.List<Long> ids = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream().map(q -> q.id).toList());

        String page = teacher.request().get("/guru/set/" + setId + "?saring=DATE").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Pernyataan 1") && page.contains("Pernyataan 3"), "the date questions are shown");
        assertTrue(!page.contains("Pernyataan 4"), "a place question is not shown under the filter Tanggal");

        var delete = teacher.request().formParam("aksi", "hapus");
        for (Long id : ids.subList(0, 5)) {
            delete = delete.formParam("soal", id);
        }
        delete.post("/guru/set/" + setId + "/pilihan").then().statusCode(303)
                .header("Location", containsString("pesan=questions_deleted"));
        assertEquals(java.util.List.of("s6", "s7"), QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream().map(q -> q.key).toList()));

        teacher.request().formParam("aksi", "terima").formParam("soal", ids.get(5)).formParam("soal", ids.get(6))
                .post("/guru/set/" + setId + "/pilihan").then().statusCode(303);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .count("set.id = ?1 and reviewed = false", setId)));

        // A question of another set among the ticked ones: nothing changes.
        teacher.request().formParam("aksi", "hapus").formParam("soal", ids.get(5)).formParam("soal", 999_999_999L)
                .post("/guru/set/" + setId + "/pilihan").then().statusCode(404);
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count("set.id", setId)));
        // Nothing ticked: the page says so.
        teacher.request().formParam("aksi", "hapus").post("/guru/set/" + setId + "/pilihan").then().statusCode(303)
                .header("Location", containsString("pesan=none_selected"));
        // Another teacher cannot.
        loggedIn(Fixtures.teacher("guru-pilihan-lain")).request().formParam("aksi", "hapus")
                .formParam("soal", ids.get(5)).post("/guru/set/" + setId + "/pilihan").then().statusCode(403);
    }

    /** Issue 13: the bulk form leads back to the page of the list (and the filter) the teacher was on. */
    @Test
    void theBulkFormLeadsBackToThePageOfTheListTheTeacherWasOn() {
        String name = Fixtures.teacher("guru-pilihan-halaman");
        Session teacher = loggedIn(name);
        long setId = setOfSeven(name);
        java.util.List<Long> ids = QuarkusTransaction.requiringNew().call(() -> QuizQuestion
                .<QuizQuestion>list("set.id = ?1 order by position", setId).stream().map(q -> q.id).toList());

        String page = teacher.request().get("/guru/set/" + setId + "?halaman=2&ukuran=3").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<input type=\"hidden\" name=\"halaman\" value=\"2\">"), "the form knows its page");
        teacher.request().formParam("aksi", "terima").formParam("soal", ids.get(3)).formParam("halaman", "2")
                .formParam("ukuran", "3").post("/guru/set/" + setId + "/pilihan").then().statusCode(303)
                .header("Location", containsString("pesan=questions_accepted&halaman=2&ukuran=3"));
        // Deleting the only question of the last page leads to the page before it.
        teacher.request().formParam("aksi", "hapus").formParam("soal", ids.get(6)).formParam("halaman", "3")
                .formParam("ukuran", "3").post("/guru/set/" + setId + "/pilihan").then().statusCode(303)
                .header("Location", containsString("pesan=questions_deleted&halaman=2&ukuran=3"));
        // Under a filter, back to the filtered list.
        teacher.request().formParam("aksi", "terima").formParam("soal", ids.get(0)).formParam("saring", "DATE")
                .post("/guru/set/" + setId + "/pilihan").then().statusCode(303)
                .header("Location", containsString("pesan=questions_accepted&saring=DATE"));
    }
}
