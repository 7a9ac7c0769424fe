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
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import id.simak.web.SimakConfig;

/**
 * Imports every {@code seeds/*.txt} at start: a new file becomes an article, a changed file updates its
 * article, an unchanged one changes nothing, and an article a teacher deleted stays deleted.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    private final SimakConfig config;
    private final ArticleService articles;

    SeedImporter(SimakConfig config, ArticleService articles) {
        this.config = config;
        this.articles = articles;
    }

    void onStart(@Observes StartupEvent event) {
        importAll(Path.of(config.seedsDir()));
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
            try {
                String name = file.getFileName().toString();
                String raw = ArticleText.decodeUtf8(Files.readAllBytes(file));
                // One transaction per file: a broken file does not undo the others.
                if (QuarkusTransaction.requiringNew().call(() -> importFile(name, raw))) {
                    changed++;
                }
            } catch (CharacterCodingException e) {
                LOG.errorf("Seed %s is not valid UTF-8: skipped", file);
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "Seed %s could not be imported", file);
            }
        }
        if (changed > 0) {
            LOG.infof("Imported %d seed article(s) from %s", changed, folder);
        }
        return changed;
    }

    boolean importFile(String name, String raw) {
        String hash = ArticleText.hash(ArticleText.clean(raw));
        SeedFile seed = SeedFile.findById(name);
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
