package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.srs.CardPhase;

@QuarkusTest
class ReviewPagesTest {

    /** A browser's session: the login cookie, no redirects followed. */
    private static RequestSpecification browser(CookieFilter cookies) {
        return given().filter(cookies).redirects().follow(false);
    }

    private static CookieFilter login(String username) {
        CookieFilter cookies = new CookieFilter();
        browser(cookies).formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    @Test
    void theReviewPageNeedsALogin() {
        given().redirects().follow(false).get("/ulasan").then().statusCode(302).header("Location", containsString("/masuk"));
    }

    @Test
    void withNothingDueThePageSaysSo() {
        CookieFilter me = login(Fixtures.learner("halaman-kosong"));
        browser(me).get("/ulasan").then().statusCode(200)
                .body(containsString("Tidak ada kartu yang jatuh tempo"))
                .body(containsString("Belum ada kartu"))
                .body(not(containsString("data-testid=\"undo\"")));
    }

    @Test
    void aCardIsTurnedOverRatedAndTheRatingUndone() {
        String learner = Fixtures.learner("halaman-ulas");
        long questionId = ReviewFixtures.seedQuestionOfType("CLOZE", "MATCHING", "ORDERING");
        long card = ReviewFixtures.meet(learner, List.of(questionId)).get(0);
        CookieFilter me = login(learner);
        browser(me).get("/ulasan").then().statusCode(200)
                .body(containsString("data-card-id=\"" + card + "\""))
                .body(containsString("data-side=\"front\""))
                .body(containsString("Tampilkan jawaban"));

        // htmx asks for the back: only the panel comes, with the four ratings and their waits.
        String back = browser(me).header("HX-Request", "true").get("/ulasan/kartu/" + card + "?mulai=0")
                .then().statusCode(200).extract().asString();
        assertEquals(false, back.contains("<html"), "a fragment for htmx");
        for (String s : new String[] { "data-side=\"back\"", "Lagi", "Sulit", "Baik", "Mudah", "1 mnt", "10 mnt",
                "name=\"klien\"" }) {
            assertEquals(true, back.contains(s), s + " in " + back);
        }

        browser(me).formParam("nilai", "GOOD").formParam("klien", "halaman-1").post("/ulasan/kartu/" + card + "/nilai")
                .then().statusCode(303).header("Location", endsWith("/ulasan"));
        assertEquals(CardPhase.LEARNING, ReviewFixtures.card(card).phase);
        assertEquals(1, ReviewFixtures.reviewCount(learner));
        browser(me).get("/ulasan").then().statusCode(200).body(containsString("data-testid=\"undo\""));

        browser(me).post("/ulasan/urungkan").then().statusCode(303)
                .header("Location", endsWith("/ulasan?urung=" + card));
        assertEquals(CardPhase.NEW, ReviewFixtures.card(card).phase);
        assertEquals(0, ReviewFixtures.reviewCount(learner));
        browser(me).get("/ulasan?urung=" + card).then().body(containsString("Ulasan terakhir dibatalkan"))
                .body(containsString("data-card-id=\"" + card + "\""));
        browser(me).header("HX-Request", "true").post("/ulasan/urungkan").then().statusCode(200)
                .body(containsString("Tidak ada ulasan yang bisa dibatalkan"));
    }

    @Test
    void aCardReviewedBeforeShowsItsPredictedRecallANewOneDoesNot() {
        String learner = Fixtures.learner("halaman-ingat");
        List<Long> cards = ReviewFixtures.meet(learner, 2);
        java.time.Instant now = java.time.Instant.now();
        // Learned four days ago with a stability of four days: FSRS-6 predicts 90 % recall today.
        ReviewTestAccess.learned(cards.get(0), now.minus(java.time.Duration.ofDays(4)).minusSeconds(60), 4.0,
                now.minusSeconds(3600));
        CookieFilter me = login(learner);
        String page = browser(me).get("/ulasan").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("data-card-id=\"" + cards.get(0) + "\""));
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Peluang ingat 90 %"));
        String fresh = browser(me).get("/ulasan/kartu/" + cards.get(1) + "?mulai=0").then().statusCode(200)
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(fresh, not(containsString("data-testid=\"card-recall\"")));
    }

    @Test
    void aWrongChoiceProposesAgainAndARightOneGood() {
        String learner = Fixtures.learner("halaman-pilih");
        long questionId = ReviewFixtures.seedQuestionOfType("MULTIPLE_CHOICE");
        var question = ReviewFixtures.question(questionId);
        long card = ReviewFixtures.meet(learner, List.of(questionId)).get(0);
        CookieFilter me = login(learner);
        int right = question.choices.indexOf(question.answer.get(0));
        int wrong = right == 0 ? 1 : 0;
        browser(me).get("/ulasan").then().body(containsString("type=\"radio\" name=\"pilihan\""))
                .body(not(containsString("Tampilkan jawaban")));

        browser(me).header("HX-Request", "true").formParam("pilihan", wrong).formParam("mulai", 0)
                .post("/ulasan/kartu/" + card + "/jawab").then().statusCode(200)
                .body(containsString("Belum tepat."))
                .body(containsString("rating rating-again proposed"))
                .body(not(containsString("rating-good proposed")));
        browser(me).header("HX-Request", "true").formParam("pilihan", right).formParam("mulai", 0)
                .post("/ulasan/kartu/" + card + "/jawab").then().statusCode(200)
                .body(containsString("Benar!"))
                .body(containsString("rating rating-good proposed"));
        browser(me).header("HX-Request", "true").post("/ulasan/kartu/" + card + "/jawab").then().statusCode(200)
                .body(containsString("Pilih jawaban dulu."));
        assertEquals(0, ReviewFixtures.reviewCount(learner), "answering is not yet rating");
    }

    @Test
    void anotherLearnersCardAndABadRatingAreRefusedOnPagesToo() {
        long card = ReviewFixtures.meet(Fixtures.learner("halaman-pemilik"), 1).get(0);
        CookieFilter other = login(Fixtures.learner("halaman-lain"));
        browser(other).get("/ulasan/kartu/" + card).then().statusCode(404);
        browser(other).formParam("nilai", "GOOD").post("/ulasan/kartu/" + card + "/nilai").then().statusCode(404);
        CookieFilter owner = login("halaman-pemilik");
        browser(owner).formParam("nilai", "LUAR_BIASA").post("/ulasan/kartu/" + card + "/nilai").then().statusCode(400);
        assertEquals(0, ReviewFixtures.reviewCount("halaman-pemilik"));
    }

    @Test
    void addingAWholeSetGoesBackToThePageItCameFromWithANotice() {
        String teacher = Fixtures.teacher("halaman-guru-set");
        long article = given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).contentType("application/json")
                .body(java.util.Map.of("text", "Jakarta (ANTARA) - Menteri Perdagangan Budi Santoso mengunjungi "
                        + "Pasar Senen pada Kamis (2/3). Ia juga berkunjung ke Bekasi, Bogor, dan Depok."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long set = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> id.simak.quiz.QuestionSet
                .generatedDraftOf(id.simak.article.Article.findById(article)).id);
        CookieFilter me = login(teacher);
        browser(me).header("Referer", "http://localhost/kuis/" + set + "?langkah=2&pesan=lama")
                .post("/ulasan/kartu/set/" + set).then().statusCode(303)
                .header("Location", endsWith("/kuis/" + set + "?langkah=2&pesan=cards_added"));
        browser(me).post("/ulasan/kartu/set/" + set).then().statusCode(303)
                .header("Location", endsWith("/ulasan?pesan=cards_added"));
        browser(me).get("/ulasan?pesan=cards_added").then().body(containsString("sudah masuk ke kartu ulasan"));
        CookieFilter learner = login(Fixtures.learner("halaman-murid-set"));
        browser(learner).post("/ulasan/kartu/set/" + set).then().statusCode(403);
    }

    @Test
    void theReaderNumbersSentencesHighlightsEvidenceAndMarksWordsInCards() {
        String learner = Fixtures.learner("halaman-pembaca");
        long seed = Fixtures.seedArticleId();
        CookieFilter me = login(learner);
        String page = browser(me).get("/artikel/" + seed + "?kalimat=2").then().statusCode(200).extract().asString();
        assertEquals(true, page.contains("<span class=\"sentence\" id=\"kalimat-0\""), "sentence 0");
        assertEquals(true, page.contains("<span class=\"sentence evidence\" id=\"kalimat-2\""), "evidence 2");
        assertEquals(true, page.contains("<button type=\"button\" class=\"word\" data-word=\"pembukaan\">pembukaan</button>"));
        assertEquals(false, page.contains("class=\"word in-cards\" data-word=\"pembukaan\""));

        browser(me).header("HX-Request", "true").get("/ulasan/kata?artikel=" + seed + "&kata=pembukaan&kalimat=0")
                .then().statusCode(200)
                .body(containsString("data-testid=\"word-root\" lang=\"id\">buka"))
                .body(containsString("Tambah ke kartu"));
        browser(me).header("HX-Request", "true").formParam("artikel", seed).formParam("kata", "pembukaan")
                .formParam("kalimat", 0).post("/ulasan/kata").then().statusCode(200)
                .body(containsString("Ditambahkan ke kartu"))
                .body(not(containsString("Tambah ke kartu")));
        browser(me).formParam("artikel", seed).formParam("kata", "pembukaan").formParam("kalimat", 0)
                .post("/ulasan/kata").then().statusCode(303).header("Location", endsWith("/artikel/" + seed + "?kalimat=0#kalimat-0"));
        assertEquals(1, ReviewFixtures.cardCount(learner));
        browser(me).get("/artikel/" + seed).then()
                .body(containsString("<button type=\"button\" class=\"word in-cards\" data-word=\"pembukaan\">pembukaan"
                        + "<span class=\"visually-hidden\"> (sudah di kartu)</span></button>"));
        browser(me).get("/ulasan/kata?artikel=" + seed + "&kata=komputer").then().statusCode(400);

        // The word card in the review: the word in its sentence, then its root.
        long card = ReviewFixtures.card(QuarkusTransactionCards.wordCard(learner, "pembukaan")).id;
        browser(me).get("/ulasan").then().statusCode(200)
                .body(containsString("Apa kata dasar dan sinonim kata ini?"))
                .body(containsString("<mark>pembukaan</mark>"));
        browser(me).header("HX-Request", "true").get("/ulasan/kartu/" + card).then().statusCode(200)
                .body(containsString("data-testid=\"word-root\">buka</dd>"));
    }

    @Test
    void whenTheLastCardIsDoneThePageSaysWhenTheNextIsDue() {
        String learner = Fixtures.learner("halaman-selesai");
        long card = ReviewFixtures.meet(learner, 1).get(0);
        CookieFilter me = login(learner);
        browser(me).formParam("nilai", "4").post("/ulasan/kartu/" + card + "/nilai").then().statusCode(303);
        String page = browser(me).get("/ulasan").then().statusCode(200)
                .body(containsString("Tidak ada kartu yang jatuh tempo"))
                .body(containsString("Kartu berikutnya jatuh tempo dalam"))
                .extract().asString();
        String next = page.replaceAll("(?s).*data-testid=\"next-due\">([^<]*)<.*", "$1");
        assertEquals(true, next.strip().matches("\\d+ (hr|bln)"), "Easy on a new card: days away, was " + next);
    }

    /** Looks up a word card by its word. */
    static final class QuarkusTransactionCards {
        static long wordCard(String username, String word) {
            long account = ReviewFixtures.accountId(username);
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Card.forWord(account, word).id);
        }
    }
}
