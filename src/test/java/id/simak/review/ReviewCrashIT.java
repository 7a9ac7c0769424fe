package id.simak.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A crash during review traffic loses no acknowledged review: the packaged app (target/quarkus-app) runs in its
 * own JVM on a fresh data folder, six learners post reviews with a {@code clientReviewId} at once, the process
 * is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) while they write, and after a restart on
 * the same folder every review that was answered 2xx is still there: sending it again answers the very review
 * that was acknowledged (same id, same time) instead of recording a new one.
 *
 * <p>Runs in the integration-test phase (failsafe), after {@code package}. {@code -Dsimak.crash.rounds=5} kills
 * and restarts five times. With {@code -Dsimak.crash.jdbc-url=jdbc:postgresql://host:5432/db} the same test runs
 * against PostgreSQL: the app must then be packaged with {@code -Dquarkus.profile=pg} (the database kind is fixed
 * at build time), it runs with the {@code pg} profile on that database (user and password {@code simak} unless
 * {@code -Dsimak.crash.jdbc-user} / {@code -Dsimak.crash.jdbc-password} say otherwise), the first start empties
 * the database (Flyway clean) and every restart keeps it. Never point it at a database whose data you need.
 */
class ReviewCrashIT {

    private static final int WRITERS = 6;
    private static final String PASSWORD = "Kilat-Hujan-8472-Merah";
    private static final String SEED_SOURCE = "seeds/xinhua-ktt-china-asia-tengah.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A PostgreSQL database to run against instead of H2 in the data folder; null for H2. */
    private static final String JDBC_URL = System.getProperty("simak.crash.jdbc-url");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A review answered 2xx: what the server said it stored. */
    record Acked(int writer, long cardId, String clientReviewId, long reviewId, String reviewedAt) {
    }

    @Test
    void everyAcknowledgedReviewSurvivesKillMinus9() throws Exception {
        int rounds = Integer.getInteger("simak.crash.rounds", 1);
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-data");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;

        Process app = start(dataDir, port, true);
        List<Long> cards = new ArrayList<>();
        try {
            awaitReady(base, app);
            post(base, null, "/api/accounts", Map.of("username", "guru-crash", "password", PASSWORD,
                    "displayName", "Guru"), 201);
            long article = seedArticle(base);
            for (int w = 0; w < WRITERS; w++) {
                String user = "pelajar-crash-" + w;
                post(base, null, "/api/accounts", Map.of("username", user, "password", PASSWORD,
                        "displayName", "Pelajar " + w), 201);
                JsonNode card = post(base, user, "/api/cards/words",
                        Map.of("articleId", article, "word", "pembangunan"), 201);
                cards.add(card.get("id").asLong());
            }
        } catch (Exception | AssertionError e) {
            app.destroyForcibly();
            throw e;
        }

        List<Acked> acked = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Acked> thisRound = writeUntilKilled(base, app, cards, round);
            assertTrue(thisRound.size() >= WRITERS, "the writers were acknowledged before the kill: " + thisRound.size());
            acked.addAll(thisRound);

            app = start(dataDir, port, false);
            try {
                awaitReady(base, app);
                List<String> missing = missing(base, acked);
                assertEquals(List.of(), missing, missing.size() + " of " + acked.size()
                        + " acknowledged reviews lost after kill -9 in round " + (round + 1) + " of " + rounds);
                System.out.printf("ReviewCrashIT (%s) round %d: %d reviews acknowledged before kill -9, all present%n",
                        JDBC_URL == null ? "H2" : "PostgreSQL", round + 1, thisRound.size());
            } catch (Exception | AssertionError e) {
                app.destroyForcibly();
                throw e;
            }
        }
        app.destroy();
        app.waitFor(20, TimeUnit.SECONDS);
    }

    /**
     * Six writers post reviews until the app is killed, once they have 30 acknowledgements among them (or 20
     * seconds have passed on a slow machine), while every writer still has a request on its way.
     */
    private List<Acked> writeUntilKilled(String base, Process app, List<Long> cards, int round) throws Exception {
        ConcurrentLinkedQueue<Acked> acked = new ConcurrentLinkedQueue<>();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(30);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                String user = "pelajar-crash-" + writer;
                for (int i = 0; app.isAlive(); i++) {
                    String clientId = "r" + round + "-w" + writer + "-" + i;
                    try {
                        HttpResponse<String> r = send(base, user, "/api/reviews", Map.of("cardId", cards.get(writer),
                                "rating", 1 + i % 4, "durationMs", 1000, "clientReviewId", clientId));
                        if (r.statusCode() / 100 == 2) {
                            JsonNode body = JSON.readTree(r.body());
                            acked.add(new Acked(writer, cards.get(writer), clientId, body.get("reviewId").asLong(),
                                    body.get("reviewedAt").asText()));
                            count.incrementAndGet();
                            enough.countDown();
                        }
                    } catch (IOException e) {
                        return; // the app is gone: this review was never acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        enough.await(20, TimeUnit.SECONDS);
        app.destroyForcibly();
        app.waitFor(10, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(pool.awaitTermination(20, TimeUnit.SECONDS), "the writers stopped after the kill");
        for (Future<?> f : writers) {
            f.get();
        }
        return new ArrayList<>(acked);
    }

    /** The acknowledged reviews a client sending them again does not get back as they were. */
    private List<String> missing(String base, List<Acked> acked) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<String>> checks = new ArrayList<>();
            for (Acked a : acked) {
                checks.add(pool.submit(() -> {
                    HttpResponse<String> r = send(base, "pelajar-crash-" + a.writer(), "/api/reviews",
                            Map.of("cardId", a.cardId(), "rating", 3, "clientReviewId", a.clientReviewId()));
                    JsonNode body = JSON.readTree(r.body());
                    boolean same = r.statusCode() == 200 && body.get("reviewId").asLong() == a.reviewId()
                            && body.get("reviewedAt").asText().equals(a.reviewedAt());
                    return same ? null : a.clientReviewId();
                }));
            }
            List<String> missing = new ArrayList<>();
            for (Future<String> f : checks) {
                String m = f.get();
                if (m != null) {
                    missing.add(m);
                }
            }
            return missing;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts the packaged app; on PostgreSQL the first start empties the database, restarts keep it. */
    private static Process start(Path dataDir, int port, boolean first) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "the packaged app exists (run the package phase first): " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: the app starts faster, which is what this test waits for most.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dsimak.data-dir=" + dataDir.toAbsolutePath(), "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.management.port=" + freePort(),
                "-Dquarkus.management.host=127.0.0.1"));
        if (JDBC_URL != null) {
            command.addAll(List.of("-Dquarkus.profile=pg", "-Dquarkus.datasource.jdbc.url=" + JDBC_URL,
                    "-Dquarkus.datasource.username=" + System.getProperty("simak.crash.jdbc-user", "simak"),
                    "-Dquarkus.datasource.password=" + System.getProperty("simak.crash.jdbc-password", "simak")));
            if (first) {
                command.addAll(List.of("-Dquarkus.flyway.clean-disabled=false", "-Dquarkus.flyway.clean-at-start=true"));
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log")
                        .toFile()))
                .start();
    }

    private void awaitReady(String base, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the app stopped while starting (exit " + app.exitValue() + "), see target/crash-data*.log"
                        + (JDBC_URL == null ? "" : "; against PostgreSQL, package it with -Dquarkus.profile=pg"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        fail("the app did not become ready within 180 s (readiness waits for the start-up work, which loads the dictionaries)");
    }

    private long seedArticle(String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", basic("guru-crash")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode a : JSON.readTree(r.body())) {
            if (SEED_SOURCE.equals(a.path("source").asText())) {
                return a.get("id").asLong();
            }
        }
        return fail("the seed article was imported: " + r.body());
    }

    private JsonNode post(String base, String user, String path, Map<String, ?> body, int status) throws Exception {
        HttpResponse<String> r = send(base, user, path, body);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String base, String user, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
