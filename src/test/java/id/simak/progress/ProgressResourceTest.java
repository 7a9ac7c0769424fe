package id.simak.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import id.simak.Fixtures;
import id.simak.review.ReviewClock;
import id.simak.review.ReviewTestAccess;

/** GET /api/progress and the /kemajuan page, as a learner sees them after a few reviews. */
@QuarkusTest
class ProgressResourceTest {

    /** 10:00 in Jakarta, far from the 04:00 day boundary. */
    private static final Instant NOW = Instant.parse("2026-03-11T03:00:00Z");

    @Inject
    ReviewClock clock;

    @Inject
    org.hibernate.SessionFactory sessions;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, Fixtures.PASSWORD);
    }

    @Test
    void withoutLoginThereIsNoProgress() {
        given().get("/api/progress").then().statusCode(401);
        given().post("/api/progress/parameters").then().statusCode(401);
        given().redirects().follow(false).get("/kemajuan").then().statusCode(302)
                .header("Location", containsString("/masuk"));
    }

    @Test
    void aNewLearnerSeesEmptyFiguresOverTheFullRanges() {
        String learner = Fixtures.learner("nia-baru");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.today", equalTo("2026-03-11"))
                .body("figures.totalReviews", equalTo(0))
                .body("figures.dueToday", equalTo(0))
                .body("figures.streakDays", equalTo(0))
                .body("figures.reviewsPerDay", hasSize(30))
                .body("figures.reviewsPerDay[29].day", equalTo("2026-03-11"))
                .body("figures.forecast", hasSize(30))
                .body("figures.retentionPerWeek", hasSize(12))
                .body("figures.mastery", hasSize(0))
                .body("weakest", hasSize(0))
                .body("parameters.personal", equalTo(false))
                .body("parameters.needed", equalTo(400));
    }

    @Test
    void reviewsCountTodayAndOnlyForTheirLearner() {
        String learner = Fixtures.learner("tari-kemajuan");
        String other = Fixtures.learner("bayu-lain");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        List<Long> cards = ReviewTestAccess.meet(learner, 3);
        for (Long card : cards.subList(0, 2)) {
            as(learner).contentType("application/json")
                    .body(Map.of("cardId", card, "rating", "GOOD", "durationMs", 3000))
                    .post("/api/reviews").then().statusCode(200);
        }
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(2))
                .body("figures.doneToday", equalTo(2))
                .body("figures.reviewsPerDay[29].count", equalTo(2))
                .body("figures.streakDays", equalTo(1))
                // the two cards rated Good are in their 10-minute learning step: due again today
                .body("figures.dueToday", equalTo(2))
                .body("figures.forecast[0].count", equalTo(2))
                // one new card left, well under the daily limit minus the two introduced
                .body("figures.newAvailable", equalTo(1))
                .body("figures.mastery.cards.sum()", equalTo(3))
                .body("figures.mastery.reviewedCards.sum()", equalTo(2))
                .body("weakest", hasSize(2))
                .body("parameters.reviews", equalTo(2));
        as(other).get("/api/progress").then().statusCode(200)
                .body("figures.totalReviews", equalTo(0))
                .body("figures.mastery", hasSize(0));

        // The next day (after 04:00 Jakarta) the streak lives on until the learner reviews again.
        clock.use(Clock.fixed(NOW.plusSeconds(24 * 3600), ZoneOffset.UTC));
        as(learner).get("/api/progress").then().statusCode(200)
                .body("figures.doneToday", equalTo(0))
                .body("figures.streakDays", equalTo(1))
                .body("figures.reviewsPerDay[28].count", equalTo(2));
    }

    /**
     * A learner with many cards and reviews gets the page as fast as one with few: the page loaded every review
     * and every card as an entity (and each question card's prompt), so a learner with 20,000 reviews waited
     * seconds for it (issue 14). Counts the entities loaded and the SQL statements of one request for 2 and for
     * 12 reviewed question cards.
     */
    @Test
    void progressReadsTheSameWhateverTheNumberOfCards() {
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        long[] few = readsForProgressWith(Fixtures.learner("gita-sedikit"), 2);
        long[] many = readsForProgressWith(Fixtures.learner("hadi-banyak"), 12);
        org.junit.jupiter.api.Assertions.assertEquals(few[0], many[0],
                "entities loaded for /api/progress with 2 and with 12 reviewed question cards");
        org.junit.jupiter.api.Assertions.assertEquals(few[1], many[1],
                "SQL statements for /api/progress with 2 and with 12 reviewed question cards");
    }

    private long[] readsForProgressWith(String learner, int cards) {
        for (Long card : ReviewTestAccess.meet(learner, cards)) {
            as(learner).contentType("application/json").body(Map.of("cardId", card, "rating", "GOOD"))
                    .post("/api/reviews").then().statusCode(200);
        }
        as(learner).get("/api/progress").then().statusCode(200); // the query plans are made once
        var statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        long entities = statistics.getEntityLoadCount();
        long statements = statistics.getPrepareStatementCount();
        as(learner).get("/api/progress").then().statusCode(200).body("weakest", hasSize(Math.min(cards, 10)))
                .body("figures.totalReviews", equalTo(cards))
                .body("figures.mastery.reviewedCards.sum()", equalTo(cards));
        long[] reads = { statistics.getEntityLoadCount() - entities, statistics.getPrepareStatementCount() - statements };
        statistics.setStatisticsEnabled(false);
        return reads;
    }

    @Test
    void thePageShowsEachChartWithItsTable() {
        String learner = Fixtures.learner("wulan-grafik");
        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        List<Long> cards = ReviewTestAccess.meet(learner, 2);
        as(learner).contentType("application/json")
                .body(Map.of("cardId", cards.get(0), "rating", "AGAIN", "durationMs", 3000))
                .post("/api/reviews").then().statusCode(200);
        String html = as(learner).get("/kemajuan").then().statusCode(200).extract().asString();
        for (String chart : List.of("reviews", "retention", "forecast", "mastery")) {
            org.hamcrest.MatcherAssert.assertThat(html, containsString("id=\"" + chart + "-chart\""));
            org.hamcrest.MatcherAssert.assertThat(html, containsString("id=\"" + chart + "-table\""));
        }
        org.hamcrest.MatcherAssert.assertThat(html, containsString("Ulasan per hari"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("Tampilkan sebagai tabel"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("/webjars/chart.js/dist/chart.umd.js"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("data-testid=\"done-today\">1<"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("Setelah 400 ulasan"));
        // no quiz finished yet: the score history says so instead of drawing an empty chart
        org.hamcrest.MatcherAssert.assertThat(html, not(containsString("id=\"scores-chart\"")));

        String english = as(learner).cookie("simak-bahasa", "en").get("/kemajuan").then().statusCode(200)
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(english, containsString("Reviews per day"));
        org.hamcrest.MatcherAssert.assertThat(english, containsString("True retention per week"));
    }

    @Test
    void askingForAFitTooEarlySaysHowManyReviewsAreNeeded() {
        String learner = Fixtures.learner("eka-awal");
        as(learner).post("/api/progress/parameters").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("400"));
        as(learner).redirects().follow(false).post("/kemajuan/parameter").then().statusCode(303)
                .header("Location", containsString("pesan=fit_too_few"));
        as(learner).get("/kemajuan?pesan=fit_too_few").then().statusCode(200)
                .body(containsString("belum cukup"));
    }

    @Test
    void theOpenApiDocumentListsTheProgressEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/progress"))
                .body("paths.keySet()", hasItem("/api/progress/parameters"));
    }
}
