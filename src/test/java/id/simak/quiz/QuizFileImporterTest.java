package id.simak.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

@QuarkusTest
class QuizFileImporterTest {

    @Inject
    QuizFileImporter importer;

    @TempDir
    Path dir;

    /** A stored set in a form that outlives its transaction: its fields and its questions' ids by key. */
    record Stored(String title, String status, String origin, Long articleId, Long ownerId, Instant updatedAt,
            Map<String, Long> ids, Map<String, String> prompts, List<Integer> evidence) {}

    static Stored stored(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet s = QuestionSet.byKey(key);
            if (s == null) {
                return null;
            }
            return new Stored(s.title, s.status.name(), s.origin.name(), s.article.id,
                    s.owner == null ? null : s.owner.id, s.updatedAt,
                    s.questions.stream().collect(Collectors.toMap(q -> q.key, q -> q.id)),
                    s.questions.stream().collect(Collectors.toMap(q -> q.key, q -> q.prompt)),
                    s.questions.stream().map(q -> q.evidenceSentence).toList());
        });
    }

    @Test
    void theShippedSetIsImportedAtStartAsAPublishedSetOfTheSeedArticle() {
        Stored s = stored("seed-ktt-china-asia-tengah");
        assertNotNull(s, "quizzes/seed-ktt-china-asia-tengah.yaml was imported at start");
        assertEquals("PUBLISHED", s.status());
        assertEquals("FILE", s.origin());
        assertEquals(Fixtures.seedArticleId(), s.articleId());
        assertNull(s.ownerId());
        assertEquals(16, s.ids().size());
        assertTrue(s.evidence().stream().allMatch(i -> i != null && i >= 0), "every evidence found in the article");
    }

    @Test
    void startingAgainChangesNothing() {
        Stored before = stored("seed-ktt-china-asia-tengah");
        long sets = QuarkusTransaction.requiringNew().call(() -> QuestionSet.count());
        long questions = QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count());
        assertEquals(0, importer.importAll(Path.of("quizzes")));
        assertEquals(before, stored("seed-ktt-china-asia-tengah"));
        assertEquals(sets, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count()));
        assertEquals(questions, (long) QuarkusTransaction.requiringNew().call(() -> QuizQuestion.count()));
    }

    @Test
    void aChangedFileUpdatesItsSetKeepingTheRowsOfQuestionsThatStay() throws IOException {
        Path file = dir.resolve("uji.yaml");
        write(file, """
                id: uji-berkas-berubah
                title: Uji
                article: xinhua-ktt-china-asia-tengah.txt
                questions:
                  - id: satu
                    type: CLOZE
                    skill: NUMBER
                    prompt: Xi mengunjungi Asia Tengah ____ kali.
                    answer: [tujuh]
                    evidence: Xi telah mengunjungi Asia Tengah sebanyak tujuh kali
                  - id: dua
                    type: TRUE_FALSE
                    skill: DATE
                    prompt: KTT pada 18-19 Mei.
                    choices: [Benar, Salah]
                    answer: [Benar]
                """);
        assertEquals(QuizFileImporter.Result.ADDED, importer.importFile(file));
        Stored first = stored("uji-berkas-berubah");
        assertEquals("DRAFT", first.status(), "no status: a draft");
        assertEquals(2, first.ids().size());
        assertEquals(QuizFileImporter.Result.UNCHANGED, importer.importFile(file));

        write(file, """
                id: uji-berkas-berubah
                title: Uji diubah
                article: seeds/xinhua-ktt-china-asia-tengah.txt
                status: published
                questions:
                  - id: satu
                    type: CLOZE
                    skill: NUMBER
                    prompt: Dalam satu dekade, Xi mengunjungi Asia Tengah ____ kali.
                    answer: [tujuh, "7"]
                  - id: tiga
                    type: MULTIPLE_CHOICE
                    skill: PLACE
                    prompt: Di kota mana KTT diadakan?
                    choices: [Xi'an, Beijing]
                    answer: [Xi'an]
                """);
        assertEquals(QuizFileImporter.Result.UPDATED, importer.importFile(file));
        Stored second = stored("uji-berkas-berubah");
        assertEquals("Uji diubah", second.title());
        assertEquals("PUBLISHED", second.status());
        assertEquals(first.ids().get("satu"), second.ids().get("satu"), "the question that stays keeps its row");
        assertEquals("Dalam satu dekade, Xi mengunjungi Asia Tengah ____ kali.", second.prompts().get("satu"));
        assertEquals(List.of("satu", "tiga"), second.ids().keySet().stream().sorted().toList(), "dua is removed");
        assertEquals(QuizFileImporter.Result.UNCHANGED, importer.importFile(file));
    }

    @Test
    void aBrokenFileIsSkippedAndNothingOfItIsStored() throws IOException {
        Path wrongEvidence = dir.resolve("bukti.yaml");
        write(wrongEvidence, """
                id: uji-berkas-bukti
                title: Uji
                article: xinhua-ktt-china-asia-tengah.txt
                questions:
                  - id: satu
                    type: TRUE_FALSE
                    skill: DATE
                    prompt: Ada.
                    choices: [Benar, Salah]
                    answer: [Benar]
                    evidence: Kalimat ini tidak ada di artikel mana pun.
                """);
        Path broken = dir.resolve("rusak.yaml");
        write(broken, "id: uji-berkas-rusak\ntitle: Uji\nquestions:\n  - id: [\n");
        Path noArticle = dir.resolve("tanpa.yaml");
        write(noArticle, """
                id: uji-berkas-tanpa-artikel
                title: Uji
                article: seeds/tidak-ada.txt
                questions:
                  - {id: a, type: TRUE_FALSE, skill: DATE, prompt: A, choices: [Benar, Salah], answer: [Benar]}
                """);
        assertEquals(0, importer.importAll(dir));
        assertNull(stored("uji-berkas-bukti"));
        assertNull(stored("uji-berkas-rusak"));
        assertNull(stored("uji-berkas-tanpa-artikel"));
    }

    /**
     * Two nodes starting at once on one database import the same new file: the first holds its transaction open
     * right after its look-up while the second imports. One set is stored, the second import uses it (UNCHANGED),
     * and neither fails (before, the second failed on uk_question_set_key and logged an ERROR).
     */
    @Test
    void twoNodesImportingTheSameFileAtOnceStoreOneSet() throws Exception {
        Path file = dir.resolve("dua-simpul.yaml");
        write(file, """
                id: uji-dua-simpul
                title: Uji dua simpul
                article: seeds/xinhua-ktt-china-asia-tengah.txt
                status: published
                questions:
                  - id: kota
                    type: MULTIPLE_CHOICE
                    skill: PLACE
                    prompt: Di kota mana KTT diadakan?
                    choices: [Xi'an, Beijing]
                    answer: [Xi'an]
                    evidence: yang dijadwalkan berlangsung pada 18-19 Mei di Xi'an
                """);
        CountDownLatch firstLookedUp = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        importer.afterLookup(() -> {
            if (first.getAndSet(false)) {
                firstLookedUp.countDown();
                try {
                    go.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            AtomicReference<QuizFileImporter.Result> a = new AtomicReference<>();
            AtomicReference<QuizFileImporter.Result> b = new AtomicReference<>();
            Thread nodeA = new Thread(() -> a.set(importer.importFile(file)));
            Thread nodeB = new Thread(() -> b.set(importer.importFile(file)));
            nodeA.start();
            assertTrue(firstLookedUp.await(60, TimeUnit.SECONDS));
            nodeB.start();
            // B waits for A's lock on the article (with no lock it stores its own set at once).
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (nodeB.isAlive() && nodeB.getState() != Thread.State.WAITING
                    && nodeB.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            go.countDown();
            nodeA.join(60_000);
            nodeB.join(60_000);
            assertEquals(List.of(QuizFileImporter.Result.ADDED, QuizFileImporter.Result.UNCHANGED),
                    List.of(a.get(), b.get()), "node A stores the set, node B finds it");
        } finally {
            go.countDown();
            importer.afterLookup(() -> {
            });
        }
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> QuestionSet.count("key", "uji-dua-simpul")));
        assertEquals(1, stored("uji-dua-simpul").ids().size());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
