package id.simak.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;
import id.simak.article.Article;
import id.simak.article.SeedImporter;

/**
 * Articles imported at start get their draft questions from {@link DraftWorker} right after start, not during it;
 * while a draft is being made the teacher's page and the API say so, and two nodes (or a node and a request)
 * drafting the same article at once make one draft.
 */
@QuarkusTest
class DraftWorkerTest {

    @Inject
    SeedImporter importer;

    @Inject
    DraftWorker worker;

    @Inject
    QuestionDrafts drafts;

    @TempDir
    Path folder;

    private static Article bySource(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("source", source).firstResult());
    }

    private static long generatedSets(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("article.id = ?1 and origin = ?2",
                articleId, QuestionSet.Origin.GENERATED));
    }

    private long importSeed(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
        importer.importAll(folder);
        return bySource("seeds/" + name).id;
    }

    @Test
    void anImportedSeedIsDraftedByTheWorkerNotInTheImport() throws Exception {
        long id = importSeed("uji-pekerja.txt", QuestionPagesTest.TEXT);
        // The import (the start path) stores the article only: drafting loads the dictionaries, which start-up must not.
        assertEquals(0, generatedSets(id), "the import drafted the questions itself");

        worker.draftMissing().get(2, TimeUnit.MINUTES);
        assertEquals(1, generatedSets(id));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.generatedDraftOf(Article.findById(id)).questions.size()) > 0, "the draft has questions");
        worker.draftMissing().get(2, TimeUnit.MINUTES);
        assertEquals(1, generatedSets(id), "a second run drafts nothing again");
    }

    @Test
    void whileTheDraftIsPreparedThePageAndTheApiSaySo() throws Exception {
        long id = importSeed("uji-disiapkan.txt", "Jakarta (ANTARA) - Hujan deras merendam 40 rumah di Kelurahan "
                + "Cawang, Jakarta Timur, pada Senin. Warga mengungsi ke masjid terdekat.");
        String teacher = Fixtures.teacher("guru-pekerja");
        worker.hold(id);
        try {
            given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + id + "/questions")
                    .then().statusCode(409).contentType("application/problem+json").header("Retry-After", "2")
                    .body("title", equalTo("Draf soal sedang disiapkan"));
            QuestionPagesTest.Session s = QuestionPagesTest.loggedIn(teacher);
            s.request().get("/guru/artikel/" + id + "/soal").then().statusCode(200)
                    .body(containsString("Draf soal sedang disiapkan"))
                    .body(containsString("http-equiv=\"refresh\""));
            assertEquals(0, generatedSets(id), "the page did not draft it while the worker holds it");
        } finally {
            worker.release(id);
        }
        given().auth().preemptive().basic(teacher, Fixtures.PASSWORD).get("/api/articles/" + id + "/questions")
                .then().statusCode(200);
        assertEquals(1, generatedSets(id));
    }

    @Test
    void twoDraftingTheSameArticleAtOnceMakeOneDraft() throws Exception {
        long id = importSeed("uji-dua-simpul.txt", "Jakarta (ANTARA) - Kereta cepat Jakarta-Bandung mengangkut 18.000 "
                + "penumpang pada Sabtu. Operator menambah empat perjalanan pada akhir pekan.");
        CountDownLatch made = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Node A drafts the article and holds its transaction open until node B is drafting too.
        Thread a = new Thread(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    drafts.make(Article.findById(id));
                    made.countDown();
                    try {
                        commit.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable t) {
                failure.set(t);
                made.countDown();
            }
        });
        Thread b = new Thread(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> drafts.make(Article.findById(id)));
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        });
        a.start();
        assertTrue(made.await(60, TimeUnit.SECONDS));
        b.start();
        // B waits for A's lock on the article (with no lock it finishes at once, with a second draft).
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (b.isAlive() && b.getState() != Thread.State.TIMED_WAITING && b.getState() != Thread.State.WAITING
                && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        commit.countDown();
        a.join(60_000);
        b.join(60_000);
        assertNull(failure.get(), () -> "a drafting failed: " + failure.get());
        assertEquals(1, generatedSets(id), "two drafts of one article");
    }

    @Test
    void theSeedArticleIsDraftedAfterStart() {
        long seed = Fixtures.seedArticleId();
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> QuestionSet.generatedDraftOf(Article.findById(seed))));
    }
}
