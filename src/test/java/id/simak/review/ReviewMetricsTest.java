package id.simak.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

/** Issue 14, item 7: metrics on the management port, and the reviews-written counter. */
@QuarkusTest
class ReviewMetricsTest {

    @Inject
    MeterRegistry registry;

    /** {@code /q/metrics} on the management port: the management root path ({@code /q}) comes first. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static Map<String, Object> review(long cardId, String clientId) {
        return Map.of("cardId", cardId, "rating", "GOOD", "durationMs", 3000, "clientReviewId", clientId);
    }

    private double reviewsWritten() {
        return registry.counter("simak.reviews.written").count();
    }

    @Test
    void aReviewCountsOnceAndARepeatedOrRefusedOneDoesNot() {
        String learner = Fixtures.learner("metrik-ulas");
        long card = ReviewFixtures.meet(learner, 1).get(0);
        double before = reviewsWritten();
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).contentType("application/json")
                .body(review(card, "metrik-1")).post("/api/reviews").then().statusCode(200);
        assertEquals(before + 1, reviewsWritten());
        // The same clientReviewId again changes nothing and is not counted; nor is a refused review.
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).contentType("application/json")
                .body(review(card, "metrik-1")).post("/api/reviews").then().statusCode(200);
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).contentType("application/json")
                .body(review(987_654_321L, "metrik-2")).post("/api/reviews").then().statusCode(404);
        assertEquals(before + 1, reviewsWritten());

        String text = given().get(metrics).then().statusCode(200).extract().asString();
        assertTrue(text.contains("simak_reviews_written_total " + (before + 1)), text);
    }

    @Test
    void theMainPortHasNoMetricsForAnyoneAndTheManagementPortHasThemPerRouteTemplate() {
        given().get("/q/metrics").then().statusCode(404).body(not(containsString("http_server_requests")));
        String teacher = Fixtures.teacher("metrik-guru");
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/q/metrics").then().statusCode(404)
                .body(not(containsString("http_server_requests")));
        assertTrue(metrics.getPath().equals("/q/metrics") && metrics.getPort() > 0, metrics.toString());

        String learner = Fixtures.learner("metrik-rute");
        given().auth().preemptive().basic(learner, Fixtures.PASSWORD).get("/api/cards/987654320").then().statusCode(404);
        Fixtures.seedArticleId(); // waits until the draft worker has drafted the seed (timed below)
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        assertTrue(text.contains("uri=\"/api/cards/{id}\""), "the route's template is the uri tag");
        assertFalse(text.contains("987654320"), "never the raw path");
        assertTrue(text.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_bucket{")
                && l.contains("uri=\"/api/cards/{id}\"")), "buckets for a p99 per route");
        assertTrue(text.contains("simak_generation_time_seconds_count{use=\"draft\"}"), "the seed's draft was timed");
        assertTrue(text.contains("simak_questions_generated_total{use=\"draft\"}"));
        assertTrue(text.contains("simak_optimizer_runs_total"));
    }
}
