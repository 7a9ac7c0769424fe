package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.srs.CardPhase;

/**
 * A learner's card browser: her cards a page at a time with a filter and a search ({@code GET /api/cards} and
 * {@code /ulasan/kartu}), suspend, resume, reset, delete and a note; only the owner changes a card, and the list
 * never shows an answer.
 */
@QuarkusTest
class CardBrowserTest {

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD);
    }

    private static RequestSpecification browser(CookieFilter cookies) {
        return given().filter(cookies).redirects().follow(false);
    }

    private static CookieFilter login(String username) {
        CookieFilter cookies = new CookieFilter();
        browser(cookies).formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    /** A teacher with {@code n} new cards "Kartu nomor 1" … of their own set, oldest first. */
    private static String withCards(String teacher, int n) {
        Fixtures.teacher(teacher);
        StringBuilder csv = new StringBuilder("id;soal;jawaban;salah;salah\n");
        for (int i = 1; i <= n; i++) {
            csv.append("k").append(i).append(";Kartu nomor ").append(i).append(" tentang KTT?;Xi'an;Beijing;Shanghai\n");
        }
        long setId = as(teacher).contentType("text/csv").body(csv.toString())
                .post("/api/import?format=csv&articleId=" + Fixtures.seedArticleId())
                .then().statusCode(201).extract().jsonPath().getLong("setId");
        as(teacher).post("/api/cards/sets/" + setId).then().statusCode(200).body("added", equalTo(n));
        return teacher;
    }

    @Test
    void aLearnerListsHerOwnCardsPageByPageWithoutAnswers() {
        String learner = Fixtures.learner("jelajah-murid");
        List<Long> mine = ReviewFixtures.meet(learner, 3);
        as(learner).contentType("application/json").body(Map.of("articleId", Fixtures.seedArticleId(),
                "word", "pembukaan")).post("/api/cards/words").then().statusCode(201);
        String other = Fixtures.learner("jelajah-murid-lain");
        List<Long> theirs = ReviewFixtures.meet(other, 2);

        JsonPath first = as(learner).get("/api/cards?size=3").then().statusCode(200)
                .body("cards", hasSize(3)).body("page", equalTo(1)).body("size", equalTo(3)).body("total", equalTo(4))
                .body("state", equalTo("all")).extract().jsonPath();
        // newest first: the word added last leads
        assertEquals("pembukaan", first.getString("cards[0].front"));
        JsonPath second = as(learner).get("/api/cards?size=3&page=2").then().statusCode(200)
                .body("cards", hasSize(1)).body("total", equalTo(4)).extract().jsonPath();
        List<Long> listed = new java.util.ArrayList<>(first.getList("cards.id", Long.class));
        listed.addAll(second.getList("cards.id", Long.class));
        assertTrue(listed.containsAll(mine));
        assertTrue(theirs.stream().noneMatch(listed::contains), "another learner's cards are not listed");

        // the list shows fronts, never an answer
        String body = as(learner).get("/api/cards").then().statusCode(200).extract().asString();
        assertFalse(body.contains("\"back\""), body);
        assertFalse(body.contains("\"root\""), body);
        assertFalse(body.contains("\"answer\""), body);

        // search by word (any case), by the note, by the article's title; % is a character, not a wildcard
        as(learner).get("/api/cards?q=PEMBUKAAN").then().statusCode(200).body("cards.front", hasItem("pembukaan"));
        long noted = mine.get(1);
        as(learner).contentType("application/json").body(Map.of("note", "Ingat Samarkand"))
                .put("/api/cards/" + noted + "/note").then().statusCode(204);
        as(learner).get("/api/cards?q=samarkand").then().statusCode(200).body("total", equalTo(1))
                .body("cards[0].id", equalTo((int) noted)).body("cards[0].note", equalTo("Ingat Samarkand"));
        String title = ReviewFixtures.articleTitle(Fixtures.seedArticleId());
        as(learner).get("/api/cards?q=" + title.substring(0, Math.min(20, title.length()))).then().statusCode(200)
                .body("total", equalTo(4));
        as(learner).get("/api/cards?q=%25").then().statusCode(200).body("total", equalTo(0));
        as(learner).get("/api/cards?state=new").then().statusCode(200).body("total", equalTo(4));
        as(learner).get("/api/cards?state=suspended").then().statusCode(200).body("total", equalTo(0));

        for (String bad : new String[] { "state=lupa", "page=0", "size=201", "q=" + "a".repeat(101) }) {
            as(learner).get("/api/cards?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/cards").then().statusCode(401);
    }

    @Test
    void aSuspendedCardNeverComesUpForReviewUntilResumed() {
        String teacher = withCards("jelajah-tangguh", 3);
        JsonPath due = as(teacher).get("/api/reviews/due").then().statusCode(200).body("total", equalTo(3))
                .extract().jsonPath();
        long card = due.getLong("cards[0].id");

        as(teacher).get("/api/progress").then().statusCode(200).body("figures.newAvailable", equalTo(3));
        as(teacher).post("/api/cards/" + card + "/suspend").then().statusCode(204);
        as(teacher).get("/api/reviews/due").then().statusCode(200).body("total", equalTo(2))
                .body("cards.id", not(hasItem((int) card)));
        // nor does it count in the learner's progress
        as(teacher).get("/api/progress").then().statusCode(200).body("figures.newAvailable", equalTo(2));
        as(teacher).get("/api/cards?state=suspended").then().statusCode(200).body("total", equalTo(1))
                .body("cards[0].id", equalTo((int) card)).body("cards[0].suspended", equalTo(true));
        as(teacher).contentType("application/json").body(Map.of("cardId", card, "rating", 3))
                .post("/api/reviews").then().statusCode(409).contentType("application/problem+json");

        as(teacher).post("/api/cards/" + card + "/resume").then().statusCode(204);
        as(teacher).get("/api/reviews/due").then().statusCode(200).body("total", equalTo(3))
                .body("cards.id", hasItem((int) card));
    }

    @Test
    void resetDeleteAndANoteThatShowsOnTheBack() {
        String teacher = withCards("jelajah-ubah", 2);
        long card = as(teacher).get("/api/reviews/due").then().extract().jsonPath().getLong("cards[0].id");
        as(teacher).contentType("application/json").body(Map.of("cardId", card, "rating", 3))
                .post("/api/reviews").then().statusCode(200);
        assertFalse(ReviewFixtures.card(card).phase == CardPhase.NEW);

        as(teacher).post("/api/cards/" + card + "/reset").then().statusCode(204);
        assertEquals(CardPhase.NEW, ReviewFixtures.card(card).phase);
        assertEquals(0, ReviewFixtures.card(card).reps);

        as(teacher).contentType("application/json").body(Map.of("note", "KTT = pertemuan puncak"))
                .put("/api/cards/" + card + "/note").then().statusCode(204);
        as(teacher).get("/api/cards/" + card).then().statusCode(200)
                .body("back.note", equalTo("KTT = pertemuan puncak"));
        as(teacher).get("/api/cards?q=puncak").then().body("total", equalTo(1));
        as(teacher).contentType("application/json").body(Map.of("note", "x".repeat(1001)))
                .put("/api/cards/" + card + "/note").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));
        as(teacher).contentType("application/json").body("{\"note\": \"a\\u202Eb\"}")
                .put("/api/cards/" + card + "/note").then().statusCode(400);
        assertEquals("KTT = pertemuan puncak", ReviewFixtures.card(card).note);
        as(teacher).contentType("application/json").body(Map.of("note", "  "))
                .put("/api/cards/" + card + "/note").then().statusCode(204);
        assertNull(ReviewFixtures.card(card).note);

        as(teacher).delete("/api/cards/" + card).then().statusCode(204);
        as(teacher).get("/api/cards/" + card).then().statusCode(404);
        assertNull(ReviewFixtures.card(card));
        as(teacher).get("/api/cards").then().body("total", equalTo(1));
    }

    @Test
    void anotherLearnerChangesNothing() {
        String owner = withCards("jelajah-pemilik", 1);
        long card = as(owner).get("/api/cards").then().extract().jsonPath().getLong("cards[0].id");
        String other = Fixtures.learner("jelajah-penyusup");
        as(other).post("/api/cards/" + card + "/suspend").then().statusCode(404);
        as(other).post("/api/cards/" + card + "/resume").then().statusCode(404);
        as(other).post("/api/cards/" + card + "/reset").then().statusCode(404);
        as(other).contentType("application/json").body(Map.of("note", "milik saya"))
                .put("/api/cards/" + card + "/note").then().statusCode(404);
        as(other).delete("/api/cards/" + card).then().statusCode(404);
        CookieFilter page = login(other);
        for (String action : new String[] { "tangguhkan", "lanjutkan", "jadikan-baru", "hapus", "catatan" }) {
            browser(page).formParam("catatan", "milik saya").post("/ulasan/kartu/" + card + "/" + action).then()
                    .statusCode(404);
        }
        Card c = ReviewFixtures.card(card);
        assertNotNull(c);
        assertFalse(c.suspended);
        assertNull(c.note);
    }

    @Test
    void thePageListsFiltersAndActsAndLeadsBackToTheSamePage() {
        String teacher = withCards("jelajah-laman", 5);
        CookieFilter me = login(teacher);
        String html = browser(me).get("/ulasan/kartu?ukuran=2").then().statusCode(200)
                .body(containsString("Kartu saya")).body(containsString("Halaman 1 dari 3 (5 butir)"))
                .body(containsString("Kartu nomor 5 ")).body(not(containsString("Kartu nomor 3 ")))
                .extract().asString();
        assertFalse(html.contains("Xi&#39;an") || html.contains("Xi'an"), "no answer in the list");
        assertFalse(html.contains("Jadikan baru"), "a new card has nothing to make new");

        String third = browser(me).get("/ulasan/kartu?ukuran=2&halaman=3").then().statusCode(200)
                .body(containsString("Kartu nomor 1 ")).extract().asString();
        long card = Long.parseLong(third.replaceAll("(?s).*data-testid=\"card-(\\d+)\".*", "$1"));

        // suspending on page 3 leads back to page 3, where the card now says so; the review no longer offers it
        browser(me).formParam("halaman", "3").formParam("ukuran", "2").formParam("keadaan", "all")
                .formParam("cari", "").post("/ulasan/kartu/" + card + "/tangguhkan").then().statusCode(303)
                .header("Location", containsString("pesan=card_suspended&halaman=3&ukuran=2#kartu-" + card));
        browser(me).get("/ulasan/kartu?ukuran=2&halaman=3&pesan=card_suspended").then().statusCode(200)
                .body(containsString("Kartu ditangguhkan")).body(containsString("Lanjutkan"));
        as(teacher).get("/api/reviews/due").then().body("cards.id", not(hasItem((int) card)));
        browser(me).get("/ulasan/kartu?keadaan=suspended").then().statusCode(200)
                .body(containsString("Kartu nomor 1 ")).body(not(containsString("Kartu nomor 2 ")));

        // a note too long is shown again next to its field, nothing saved
        browser(me).formParam("catatan", "x".repeat(1001)).formParam("halaman", "3").formParam("ukuran", "2")
                .post("/ulasan/kartu/" + card + "/catatan").then().statusCode(400)
                .body(containsString("data-testid=\"note-error\"")).body(containsString("1000 karakter"));
        assertNull(ReviewFixtures.card(card).note);
        browser(me).formParam("catatan", "arti: pertemuan puncak").formParam("halaman", "3").formParam("ukuran", "2")
                .post("/ulasan/kartu/" + card + "/catatan").then().statusCode(303);
        assertEquals("arti: pertemuan puncak", ReviewFixtures.card(card).note);

        // deleting the only card of the last page leads to the page before it
        browser(me).formParam("halaman", "3").formParam("ukuran", "2")
                .post("/ulasan/kartu/" + card + "/hapus").then().statusCode(303)
                .header("Location", containsString("pesan=card_deleted&halaman=2&ukuran=2"));
        assertNull(ReviewFixtures.card(card));
        // an unknown filter or a bad page shows the first page of every card
        browser(me).get("/ulasan/kartu?keadaan=lupa&halaman=-1").then().statusCode(200)
                .body(containsString("Kartu nomor 5 "));
        given().redirects().follow(false).get("/ulasan/kartu").then().statusCode(302)
                .header("Location", containsString("/masuk"));
    }

    @Test
    void theNoteShowsOnTheBackDuringReview() {
        String teacher = withCards("jelajah-catatan", 1);
        long card = as(teacher).get("/api/cards").then().extract().jsonPath().getLong("cards[0].id");
        as(teacher).contentType("application/json").body(Map.of("note", "ingat: kota kuno"))
                .put("/api/cards/" + card + "/note").then().statusCode(204);
        CookieFilter me = login(teacher);
        browser(me).get("/ulasan").then().statusCode(200).body(not(containsString("ingat: kota kuno")));
        browser(me).get("/ulasan/kartu/" + card).then().statusCode(200)
                .body(containsString("data-testid=\"review-note\"")).body(containsString("ingat: kota kuno"));
    }

    /** Issue 13: the learner changes the front and the back of a word card, in the API and on the page. */
    @Test
    void aLearnerEditsTheSidesOfAWordCard() {
        String learner = Fixtures.learner("jelajah-ubah-kata");
        long word = as(learner).contentType("application/json").body(Map.of("articleId", Fixtures.seedArticleId(),
                "word", "pembukaan")).post("/api/cards/words").then().statusCode(201).extract().jsonPath().getLong("id");
        as(learner).contentType("application/json").body(Map.of("articleId", Fixtures.seedArticleId(),
                "word", "tonggak")).post("/api/cards/words").then().statusCode(201);
        long question = ReviewFixtures.meet(learner, 1).get(0);

        as(learner).contentType("application/json")
                .body(Map.of("word", "membuka", "root", "buka", "synonyms", List.of("menyingkap", " ", "menyingkap")))
                .put("/api/cards/" + word + "/word").then().statusCode(200)
                .body("word", equalTo("membuka")).body("back.root", equalTo("buka"))
                .body("back.synonyms", equalTo(List.of("menyingkap")));
        assertEquals("membuka", ReviewFixtures.card(word).word);
        // the review asks for the new word and shows the new back
        as(learner).get("/api/cards/" + word).then().body("prompt", containsString("membuka"));

        // wrong input: 400 naming the field, nothing stored
        as(learner).contentType("application/json").body(Map.of("word", " ", "root", "r".repeat(101)))
                .put("/api/cards/" + word + "/word").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("word", "root")));
        as(learner).contentType("application/json").body(Map.of("word", "tonggak"))
                .put("/api/cards/" + word + "/word").then().statusCode(409).body("detail", containsString("tonggak"));
        as(learner).contentType("application/json").body(Map.of("word", "soal"))
                .put("/api/cards/" + question + "/word").then().statusCode(409);
        String other = Fixtures.learner("jelajah-ubah-kata-lain");
        as(other).contentType("application/json").body(Map.of("word", "curian"))
                .put("/api/cards/" + word + "/word").then().statusCode(404);
        Card stored = ReviewFixtures.card(word);
        assertEquals("membuka", stored.word);
        assertEquals("buka", stored.root);

        // the page: the list links word cards (not question cards) to a form, which leads back to the same list
        CookieFilter me = login(learner);
        String list = browser(me).get("/ulasan/kartu?ukuran=10").then().statusCode(200).extract().asString();
        assertTrue(list.contains("/ulasan/kartu/" + word + "/ubah?halaman=1&amp;ukuran=10")
                || list.contains("/ulasan/kartu/" + word + "/ubah?halaman=1&ukuran=10"), list);
        assertTrue(list.contains("Kata:</span> <strong>membuka</strong>"), "a word card says it is one");
        assertFalse(list.contains("/ulasan/kartu/" + question + "/ubah"));
        browser(me).get("/ulasan/kartu/" + word + "/ubah?halaman=2&ukuran=2").then().statusCode(200)
                .body(containsString("value=\"membuka\"")).body(containsString("value=\"menyingkap\""));
        browser(me).formParam("kata", "").formParam("dasar", "buka").formParam("sinonim", "a, b")
                .formParam("halaman", "2").formParam("ukuran", "2").post("/ulasan/kartu/" + word + "/ubah")
                .then().statusCode(400).body(containsString("data-testid=\"word-error\""))
                .body(containsString("wajib diisi"));
        assertEquals("membuka", ReviewFixtures.card(word).word);
        browser(me).formParam("kata", "pembukaan").formParam("dasar", "buka")
                .formParam("sinonim", "permulaan, awal").formParam("halaman", "2").formParam("ukuran", "2")
                .post("/ulasan/kartu/" + word + "/ubah").then().statusCode(303)
                .header("Location", containsString("pesan=card_word_saved&halaman=2&ukuran=2#kartu-" + word));
        stored = ReviewFixtures.card(word);
        assertEquals("pembukaan", stored.word);
        assertEquals(List.of("permulaan", "awal"), stored.synonyms);
        browser(me).get("/ulasan/kartu/" + question + "/ubah").then().statusCode(409);
    }
}
