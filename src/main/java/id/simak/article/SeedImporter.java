package id.simak.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.web.SimakConfig;

/**
 * Imports every {@code seeds/*.txt} right after start, on the start-up worker's thread ({@code quiz.DraftWorker}, so
 * that the first Hibernate session and queries of the process are not on the start path): a new file becomes an
 * article, a changed file updates its article, an unchanged one changes nothing, and an article a teacher deleted
 * stays deleted. Two nodes starting at once on one database import a new file once: the second one's insert fails,
 * and it logs that the other node imported it. The import stores text only; question drafts follow it.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    /** Runs between looking a file up and storing it: a test makes another node store it at that moment. */
    private volatile Runnable afterLookup = () -> {
    };

    private final SimakConfig config;
    private final ArticleService articles;
    private final ArticleLookup lookup;

    SeedImporter(SimakConfig config, ArticleService articles, ArticleLookup lookup) {
        this.config = config;
        this.articles = articles;
        this.lookup = lookup;
    }

    /**
     * Imports the configured folder ({@code simak.seeds-dir}); until it returns, a request for an article that is not
     * there yet answers "Artikel sedang disiapkan" ({@link ArticleLookup}). Run once after start by the start-up
     * worker; readiness waits for it.
     */
    public int importConfigured() {
        try {
            return importAll(Path.of(config.seedsDir()));
        } finally {
            lookup.seedsImported();
        }
    }

    /** Imports the folder's text files in name order; returns how many articles were added or updated. */
    public int importAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.infof("No seed folder at %s", folder.toAbsolutePath());
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.txt")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list the seed folder %s", folder);
            return 0;
        }
        files.sort(null);
        int changed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String raw;
            try {
                raw = ArticleText.decodeUtf8(Files.readAllBytes(file));
            } catch (CharacterCodingException e) {
                LOG.errorf("Seed %s is not valid UTF-8: skipped", file);
                continue;
            } catch (IOException e) {
                LOG.errorf(e, "Seed %s could not be read", file);
                continue;
            }
            try {
                // One transaction per file: a broken file does not undo the others.
                if (QuarkusTransaction.requiringNew().call(() -> importFile(name, raw))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                if (importedElsewhere(name, raw)) {
                    // Another node sharing the database imported the same file at the same moment: nothing is lost.
                    LOG.infof("Seed %s was imported by another node at the same time", file);
                } else {
                    LOG.errorf(e, "Seed %s could not be imported", file);
                }
            }
        }
        if (changed > 0) {
            LOG.infof("Imported %d seed article(s) from %s", changed, folder);
        }
        return changed;
    }

    /** Sets what runs between looking a file up and storing it (tests only; a no-op otherwise). */
    void afterLookup(Runnable hook) {
        afterLookup = hook;
    }

    /** Whether the file's current text is recorded as imported (by another node, when this import failed). */
    private static boolean importedElsewhere(String name, String raw) {
        String hash = ArticleText.hash(ArticleText.clean(raw));
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                SeedFile seed = SeedFile.findById(name);
                return seed != null && hash.equals(seed.contentHash);
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Stores one file's text as an article (its draft questions follow after start, made by the quiz feature's
     * draft worker, so that start-up loads no dictionary); true if an article was added or updated.
     */
    boolean importFile(String name, String raw) {
        String hash = ArticleText.hash(ArticleText.clean(raw));
        SeedFile seed = SeedFile.findById(name);
        afterLookup.run();
        if (seed != null && (seed.contentHash.equals(hash) || seed.articleId == null)) {
            if (seed.articleId == null) {
                // Deleted by a teacher: remember the new text, but do not bring the article back.
                seed.contentHash = hash;
            }
            return false;
        }
        Article existing = seed == null ? null : Article.findById(seed.articleId);
        Article a = articles.saveSeed(existing, raw, "seeds/" + name);
        boolean isNew = seed == null;
        if (isNew) {
            seed = new SeedFile();
            seed.name = name;
        }
        seed.contentHash = hash;
        seed.articleId = a.id;
        seed.importedAt = Instant.now();
        if (isNew) {
            seed.persist();
        }
        return true;
    }
}
