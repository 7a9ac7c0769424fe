import java.io.PrintWriter;
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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load harness of issue 14 (item 3): runs one scenario against a running Simak and prints, per kind of
 * request, how many were made, p50 and p99 latency and the errors (non-2xx answers and failed connections).
 * Not a test and not run by CI. Needs a fresh app (its first registered account becomes the teacher).
 *
 * <pre>
 * java bench/load/Load.java http://127.0.0.1:8080 quiz      # (a) 40 learners, the same quiz, ten answers each within a minute
 * java bench/load/Load.java http://127.0.0.1:8080 review    # (b) 1,000 learners' daily review: next card, rating
 * java bench/load/Load.java http://127.0.0.1:8080 quiz+report # (a) with (c): a teacher opening the class report meanwhile
 * </pre>
 *
 * Environment: LEARNERS (40 for quiz, 1000 for review), CARDS per learner for review (3), THREADS (64: the
 * bounded pool that sets up the accounts and then plays the learners), PREFIX for the account names (default: a
 * fresh one per run). Accounts, classes and cards are made through the API. AUTH: {@code token} (default) makes
 * every account ask {@code POST /api/tokens} once after registering and send {@code Authorization: Bearer} on
 * every later call, as API clients should; {@code basic} sends HTTP Basic on every call (one bcrypt check each),
 * as the figures of issue 14 item 3 were measured.
 *
 * <p>Scenario review, for the two-node check (bench/twonode/run.sh): every rating carries a
 * {@code clientReviewId}, and a rating that fails (no answer, a 5xx) is sent again with the same id, up to three
 * times, as a phone app would; FIT_LEARNERS of the learners (0) are diligent: FIT_CARDS word cards (7) and
 * FIT_REVIEWS ratings (420), beyond the cards due (the API takes a rating of any of one's cards), so that they cross
 * the 400 reviews that start a fit of their FSRS parameters. ACK_FILE (none) receives one line per acknowledged
 * write: {@code card,<user>,<card id>} and {@code review,<user>,<card id>,<review id>,<clientReviewId>}.
 */
public class Load {

    static final String PASSWORD = "Kilat-Hujan-8472-Merah";
    // HTTP/1.1: the JDK client otherwise asks to upgrade a plain connection to HTTP/2 ("Upgrade: h2c"), and a
    // balancer then tunnels every later request of that connection to the node that answered the upgrade.
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final ConcurrentHashMap<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    static final ConcurrentHashMap<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    static final ConcurrentHashMap<String, String> TOKENS = new ConcurrentHashMap<>();
    static final boolean BASIC = env("AUTH", "token").equals("basic");
    static final List<String> ACKS = Collections.synchronizedList(new ArrayList<>());
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0].replaceAll("/$", "");
        String scenario = args.length > 1 ? args[1] : "review";
        String prefix = env("PREFIX", "l" + Long.toString(System.currentTimeMillis() % 1_000_000, 36));
        int threads = Integer.parseInt(env("THREADS", "64"));
        String teacher = prefix + "-guru";
        register(teacher);
        switch (scenario) {
            case "quiz", "quiz+report" -> quiz(prefix, teacher, threads, scenario.endsWith("report"));
            case "review" -> review(prefix, threads);
            default -> throw new IllegalArgumentException("scenario: quiz, quiz+report or review");
        }
        String ackFile = System.getenv("ACK_FILE");
        if (ackFile != null && !ackFile.isBlank()) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(ackFile)))) {
                ACKS.forEach(out::println);
            }
        }
    }

    // ------------------------------------------------------------------ scenarios

    /** (a) and (c): a class of learners start the same quiz together and answer ten questions within a minute. */
    static void quiz(String prefix, String teacher, int threads, boolean report) throws Exception {
        int learners = Integer.parseInt(env("LEARNERS", "40"));
        String cls = call("setup", "POST", "/api/classes", teacher, "{\"name\":\"Kelas " + prefix + "\"}");
        long classId = number(cls, "id");
        String code = text(cls, "code");
        String quizzes = call("setup", "GET", "/api/quizzes", teacher, null);
        if (quizzes == null || !quizzes.contains("\"id\"")) {
            // A fresh app has no published quiz: the teacher publishes the first article's generated draft.
            long article = number(call("setup", "GET", "/api/articles", teacher, null), "id");
            long draft = number(call("setup", "GET", "/api/sets?articleId=" + article, teacher, null), "id");
            call("setup", "POST", "/api/sets/" + draft + "/publish", teacher, null);
            quizzes = call("setup", "GET", "/api/quizzes", teacher, null);
        }
        long setId = number(quizzes, "id");
        List<String> names = parallel(threads, learners, i -> {
            String name = prefix + "-m" + i;
            register(name);
            call("setup", "POST", "/api/classes/join", name, "{\"code\":\"" + code + "\"}");
            return name;
        });
        reset();
        long start = System.nanoTime();
        Thread teacherThread = null;
        if (report) {
            teacherThread = new Thread(() -> {
                while (System.nanoTime() - start < 60_000_000_000L) {
                    call("GET class report (teacher)", "GET", "/api/classes/" + classId + "/report", teacher, null);
                    sleep(2000);
                }
            });
            teacherThread.start();
        }
        parallel(threads, names.size(), i -> {
            String name = names.get(i);
            sleep((long) (Math.random() * 5000)); // they start within five seconds of each other
            String attempt = call("POST start quiz", "POST", "/api/quizzes/" + setId + "/attempts", name, "{}");
            long attemptId = number(attempt, "id");
            List<String[]> questions = questions(attempt);
            for (int q = 0; q < Math.min(10, questions.size()); q++) {
                sleep((long) (2000 + Math.random() * 3000)); // reading and thinking
                call("POST answer", "POST", "/api/attempts/" + attemptId + "/answers", name,
                        "{\"questionId\":" + questions.get(q)[0] + ",\"response\":" + questions.get(q)[1]
                                + ",\"timeMs\":4000}");
            }
            return name;
        });
        if (teacherThread != null) {
            teacherThread.join();
        }
        print(System.nanoTime() - start);
    }

    /** (b) Learners do their daily review: ask for the next card, rate it, until their cards are done. */
    static void review(String prefix, int threads) throws Exception {
        int learners = Integer.parseInt(env("LEARNERS", "1000"));
        int cards = Integer.parseInt(env("CARDS", "3"));
        int fitLearners = Integer.parseInt(env("FIT_LEARNERS", "0"));
        int fitCards = Integer.parseInt(env("FIT_CARDS", "7"));
        int fitReviews = Integer.parseInt(env("FIT_REVIEWS", "420"));
        String articles = call("setup", "GET", "/api/articles", prefix + "-guru", null);
        long article = number(articles, "id");
        String[] words = { "pembangunan", "kerja", "sama", "negara", "presiden", "ekonomi", "kawasan" };
        ConcurrentHashMap<String, List<Long>> owned = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        List<String> names = parallel(threads, learners, i -> {
            String name = prefix + "-u" + i;
            register(name);
            List<Long> mine = new ArrayList<>();
            for (int c = 0; c < (i < fitLearners ? fitCards : cards); c++) {
                String card = call("setup", "POST", "/api/cards/words", name,
                        "{\"articleId\":" + article + ",\"word\":\"" + words[c % words.length] + "\"}");
                if (card != null) {
                    long id = number(card, "id");
                    if (!mine.contains(id)) {
                        mine.add(id);
                        ACKS.add("card," + name + "," + id);
                    }
                }
            }
            owned.put(name, mine);
            return name;
        });
        System.out.printf("setup of %d learners took %.1f s (AUTH=%s)%n", learners, (System.nanoTime() - t0) / 1e9,
                BASIC ? "basic" : "token");
        reset();
        long start = System.nanoTime();
        Pattern first = Pattern.compile("\"cards\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");
        parallel(threads, names.size(), i -> {
            String name = names.get(i);
            List<Long> mine = owned.get(name);
            Random random = new Random(i);
            int ratings = i < fitLearners ? fitReviews : cards;
            for (int r = 0; r < ratings && !mine.isEmpty(); r++) {
                String due = call("GET next card", "GET", "/api/reviews/due?size=1", name, null);
                Matcher m = first.matcher(due == null ? "" : due);
                long card;
                if (m.find()) {
                    card = Long.parseLong(m.group(1));
                } else if (i < fitLearners) {
                    card = mine.get(r % mine.size()); // nothing due: the diligent learner reviews again
                } else {
                    break;
                }
                String rating = random.nextInt(6) == 0 ? "AGAIN" : random.nextInt(5) == 0 ? "EASY" : "GOOD";
                String clientId = name + "-r" + r;
                String body = "{\"cardId\":" + card + ",\"rating\":\"" + rating + "\",\"durationMs\":3000,"
                        + "\"clientReviewId\":\"" + clientId + "\"}";
                String answer = null;
                for (int attempt = 0; attempt < 3 && answer == null; attempt++) {
                    answer = call(attempt == 0 ? "POST rating" : "POST rating (sent again)", "POST", "/api/reviews",
                            name, body);
                }
                if (answer != null) {
                    ACKS.add("review," + name + "," + card + "," + number(answer, "reviewId") + "," + clientId);
                }
            }
            return name;
        });
        print(System.nanoTime() - start);
    }

    // ------------------------------------------------------------------ HTTP

    /** Registers the account and, unless AUTH=basic, asks for its API token (one bcrypt check, once). */
    static void register(String name) {
        call("setup", "POST", "/api/accounts", null,
                "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\"}");
        if (!BASIC) {
            String issued = call("setup", "POST", "/api/tokens", null,
                    "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Load.java\"}");
            if (issued != null) {
                TOKENS.put(name, text(issued, "token"));
            }
        }
    }

    /** One request, timed under {@code label}; the body of a 2xx answer, or null. */
    static String call(String label, String method, String path, String user, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null && !BASIC && TOKENS.containsKey(user)) {
            b.header("Authorization", "Bearer " + TOKENS.get(user));
        } else if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            record(label, System.nanoTime() - t0, r.statusCode() / 100 != 2);
            if (r.statusCode() / 100 != 2 && (label.equals("setup") || r.statusCode() >= 500)) {
                System.err.println(method + " " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return r.statusCode() / 100 == 2 ? r.body() : null;
        } catch (Exception e) {
            System.err.println(method + " " + path + " -> " + e);
            record(label, System.nanoTime() - t0, true);
            return null;
        }
    }

    static void record(String label, long nanos, boolean error) {
        LATENCIES.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        AtomicInteger e = ERRORS.computeIfAbsent(label, k -> new AtomicInteger());
        if (error) {
            e.incrementAndGet();
        }
    }

    static void reset() {
        List<Long> setup = LATENCIES.get("setup");
        System.out.printf("setup: %d requests, %d errors%n", setup == null ? 0 : setup.size(),
                ERRORS.getOrDefault("setup", new AtomicInteger()).get());
        LATENCIES.clear();
        ERRORS.clear();
    }

    static void print(long elapsedNanos) {
        System.out.printf("%-28s %8s %10s %10s %8s%n", "request", "count", "p50 ms", "p99 ms", "errors");
        LATENCIES.forEach((label, list) -> {
            List<Long> l = new ArrayList<>(list);
            Collections.sort(l);
            System.out.printf("%-28s %8d %10.1f %10.1f %8d%n", label, l.size(), pct(l, 0.50), pct(l, 0.99),
                    ERRORS.get(label).get());
        });
        System.out.printf("elapsed %.1f s%n", elapsedNanos / 1e9);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    // ------------------------------------------------------------------ small things

    interface Task {
        String run(int i) throws Exception;
    }

    static List<String> parallel(int threads, int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> task.run(k)));
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    /** The questions of an attempt as {id, a JSON response array of the right shape}. */
    static List<String[]> questions(String attempt) {
        List<String[]> out = new ArrayList<>();
        if (attempt == null) {
            return out;
        }
        Matcher q = Pattern.compile("\"question\"\\s*:\\s*\\{\"id\"\\s*:\\s*(\\d+).*?\"type\"\\s*:\\s*\"(\\w+)\".*?"
                + "\"items\"\\s*:\\s*(\\[[^\\]]*\\]|null).*?\"choices\"\\s*:\\s*(\\[[^\\]]*\\]|null)").matcher(attempt);
        while (q.find()) {
            List<String> choices = strings(q.group(4));
            List<String> items = strings(q.group(3));
            String first = choices.isEmpty() ? "\"jawaban\"" : choices.get(0);
            String response = "[" + first + "]";
            if (q.group(2).equals("MATCHING")) {
                response = "[" + String.join(",", Collections.nCopies(Math.max(1, items.size()), first)) + "]";
            }
            out.add(new String[] { q.group(1), response });
        }
        return out;
    }

    static List<String> strings(String jsonArray) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(jsonArray == null ? "" : jsonArray);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json == null ? "" : json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json == null ? "" : json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return m.group(1);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
