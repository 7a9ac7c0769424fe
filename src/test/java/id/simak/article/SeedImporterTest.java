package id.simak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import id.simak.Fixtures;

@QuarkusTest
class SeedImporterTest {

    @Inject
    SeedImporter importer;

    @Inject
    ArticleService articles;

    @TempDir
    Path folder;

    private static Article bySource(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("source", source).firstResult());
    }

    @Test
    void theSeedArticleWasImportedAtStart() {
        Article seed = bySource("seeds/xinhua-ktt-china-asia-tengah.txt");
        assertNotNull(seed, "seeds/ is imported at start");
        assertEquals(null, seed.owner);
    }

    @Test
    void aSecondImportChangesNothingAndAChangedFileUpdatesItsArticle() throws Exception {
        Path file = folder.resolve("uji-benih.txt");
        Files.writeString(file, "Jakarta (ANTARA) - Kalimat pertama benih. Kalimat kedua.");
        Files.writeString(folder.resolve("bukan-teks.md"), "diabaikan");
        long before = Fixtures.articleCount();

        assertEquals(1, importer.importAll(folder));
        assertEquals(before + 1, Fixtures.articleCount());
        Article first = bySource("seeds/uji-benih.txt");

        assertEquals(0, importer.importAll(folder), "a second start changes nothing");
        assertEquals(before + 1, Fixtures.articleCount());

        Files.writeString(file, "Jakarta (ANTARA) - Teks yang sudah diperbarui. Dua kalimat.");
        assertEquals(1, importer.importAll(folder));
        Article updated = bySource("seeds/uji-benih.txt");
        assertEquals(first.id, updated.id, "the same article is updated");
        assertEquals("Jakarta (ANTARA) - Teks yang sudah diperbarui. Dua kalimat.", updated.body);
        assertEquals(before + 1, Fixtures.articleCount());
    }

    @Test
    void anArticleATeacherDeletedIsNotImportedAgain() throws Exception {
        Files.writeString(folder.resolve("uji-hapus.txt"), "Teks benih yang akan dihapus guru.");
        importer.importAll(folder);
        Article a = bySource("seeds/uji-hapus.txt");
        String teacher = Fixtures.teacher("guru-benih");
        QuarkusTransaction.requiringNew().run(() ->
                articles.delete(id.simak.account.Account.findByUsername(teacher), a.id));

        assertEquals(0, importer.importAll(folder));
        assertNull(bySource("seeds/uji-hapus.txt"));
    }

    @Test
    void aFileThatIsNotUtf8IsSkipped() throws Exception {
        Files.write(folder.resolve("rusak.txt"), new byte[] { 'a', (byte) 0xC3, (byte) 0x28 });
        long before = Fixtures.articleCount();
        assertEquals(0, importer.importAll(folder));
        assertEquals(before, Fixtures.articleCount());
    }

    /**
     * Two nodes starting at once on one database both find a new seed file: one stores it, the other must see that
     * and say so, not log an ERROR about a seed that is in fact imported.
     */
    @Test
    void twoNodesImportingTheSameSeedAtOnceStoreItOnceAndLogNoError() throws Exception {
        Path file = folder.resolve("uji-dua-node.txt");
        Files.writeString(file, "Jakarta (ANTARA) - Dua simpul menyala bersamaan. Benih ini hanya disimpan sekali.");
        String raw = Files.readString(file);
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(SeedImporter.class.getName());
        log.addHandler(handler);
        int imported;
        try {
            // This node has looked the file up (not imported yet) when the other node stores it and commits.
            importer.afterLookup(() -> {
                importer.afterLookup(() -> {
                });
                Thread otherNode = new Thread(() -> QuarkusTransaction.requiringNew().run(
                        () -> importer.importFile("uji-dua-node.txt", raw)));
                otherNode.start();
                try {
                    otherNode.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            imported = importer.importAll(folder);
        } finally {
            importer.afterLookup(() -> {
            });
            log.removeHandler(handler);
        }
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                Article.count("source", "seeds/uji-dua-node.txt")), "the seed is stored once");
        assertEquals(0, imported, "this node imported nothing");
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList(), "an ERROR was logged");
    }
}
