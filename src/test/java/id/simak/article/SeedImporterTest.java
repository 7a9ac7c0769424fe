package id.simak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
