package id.simak.quiz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import id.simak.article.Article;
import id.simak.generate.Question;
import id.simak.quiz.format.FormatException;
import id.simak.quiz.format.QuestionFile;
import id.simak.quiz.format.SimakYaml;
import id.simak.web.SimakConfig;

/**
 * Imports every {@code quizzes/*.yaml} (or {@code *.json}) right after start ({@link DraftWorker}, after the seed
 * articles): a new file becomes a published or draft set of its article, a changed file updates its set (question
 * rows kept by their ids, removed questions removed), an unchanged file changes nothing. A broken file is logged with
 * its line and skipped. Not on the start path itself: finding a file's evidence sentences needs the article's
 * analysis, which loads the dictionaries. Two nodes starting at once on one database import a new file once: the
 * second waits for the first's lock on the article, then finds the set stored and changes nothing.
 */
@ApplicationScoped
public class QuizFileImporter {

    private static final Logger LOG = Logger.getLogger(QuizFileImporter.class);

    private final QuestionSetFiles files;
    private final String folder;

    /** Runs between looking the set up and storing it: a test makes another node import the file at that moment. */
    private volatile Runnable afterLookup = () -> {
    };

    QuizFileImporter(QuestionSetFiles files, SimakConfig config) {
        this.files = files;
        this.folder = config.quizzesDir();
    }

    /** Imports the configured folder ({@code simak.quizzes-dir}); run by the worker after start. */
    int importConfigured() {
        return importAll(Path.of(folder));
    }

    /** What happened to one file. */
    public enum Result { ADDED, UPDATED, UNCHANGED, SKIPPED }

    /** Imports the folder's set files in name order; returns how many sets were added or updated. */
    public int importAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.infof("No question-set folder at %s", dir.toAbsolutePath());
            return 0;
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "*.{yaml,yml,json}")) {
            list.forEach(paths::add);
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list the question-set folder %s", dir);
            return 0;
        }
        paths.sort(null);
        int changed = 0;
        for (Path p : paths) {
            Result r = importFile(p);
            if (r == Result.ADDED || r == Result.UPDATED) {
                changed++;
            }
        }
        if (changed > 0) {
            LOG.infof("Imported %d question set(s) from %s", changed, dir);
        }
        return changed;
    }

    /** Imports one file in its own transaction. */
    public Result importFile(Path path) {
        String name = path.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(path);
            String hash = sha256(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            QuestionFile file = SimakYaml.read(text.startsWith("\ufeff") ? text.substring(1) : text);
            try {
                return QuarkusTransaction.requiringNew().call(() -> store(name, file, hash));
            } catch (RuntimeException e) {
                if (importedElsewhere(file.setId(), hash)) {
                    // Another node sharing the database stored the same file at the same moment (past a lock
                    // timeout): its set is the one to use, nothing is lost.
                    LOG.infof("Question set %s was imported by another node at the same time", name);
                    return Result.UNCHANGED;
                }
                throw e;
            }
        } catch (CharacterCodingException e) {
            LOG.errorf("Question set %s is not valid UTF-8: skipped", name);
        } catch (FormatException e) {
            LOG.errorf("Question set %s, %s: skipped", name, e.getMessage());
        } catch (IOException e) {
            LOG.errorf(e, "Question set %s could not be read", name);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof FormatException f) {
                // Found while storing, such as an evidence sentence that is not in the article: nothing was stored.
                LOG.errorf("Question set %s, %s: skipped", name, f.getMessage());
            } else {
                LOG.errorf(e, "Question set %s could not be imported", name);
            }
        }
        return Result.SKIPPED;
    }

    /** Sets what runs between looking the set up and storing it (tests only; a no-op otherwise). */
    void afterLookup(Runnable hook) {
        afterLookup = hook;
    }

    /** Whether the file's current content is stored as its set (by another node, when this import failed). */
    private static boolean importedElsewhere(String key, String hash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                QuestionSet set = QuestionSet.byKey(key);
                return set != null && hash.equals(set.sourceHash);
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Result store(String name, QuestionFile file, String hash) throws FormatException {
        QuestionSet known = QuestionSet.byKey(file.setId());
        if (known != null && hash.equals(known.sourceHash)) {
            return Result.UNCHANGED;
        }
        Article article = articleOf(file.article());
        if (article == null) {
            LOG.errorf("Question set %s: no article \"%s\" (a seeds/ file name or an article's source): skipped", name,
                    file.article());
            return Result.SKIPPED;
        }
        // Before the lock: the analysis (the dictionaries, on a first start) must not make another node wait.
        List<Question> questions = files.resolveEvidence(file, article);
        // Two nodes importing the same new file at once: the second waits here until the first has committed its
        // set, then finds it below, instead of failing on the set's unique key (uk_question_set_key).
        Article.getEntityManager().lock(article, LockModeType.PESSIMISTIC_WRITE);
        QuestionSet set = QuestionSet.byKey(file.setId());
        if (set != null) {
            QuestionSet.getEntityManager().refresh(set);
        }
        afterLookup.run();
        if (set != null && hash.equals(set.sourceHash)) {
            LOG.infof("Question set %s was imported by another node at the same time", name);
            return Result.UNCHANGED;
        }
        if (set != null && (set.owner != null || set.origin != QuestionSet.Origin.FILE)) {
            LOG.errorf("Question set %s: the id %s belongs to a teacher's set: skipped", name, file.setId());
            return Result.SKIPPED;
        }
        QuestionSet.Status status = QuestionFile.PUBLISHED.equals(file.status()) ? QuestionSet.Status.PUBLISHED
                : QuestionSet.Status.DRAFT;
        QuestionSetFiles.Outcome outcome = files.apply(set, file.setId(), file.title(), status, article, null,
                QuestionSet.Origin.FILE, questions);
        QuestionSet stored = QuestionSet.findById(outcome.setId());
        stored.sourceHash = hash;
        LOG.infof("Question set %s: %s (%d added, %d updated, %d removed)", name,
                outcome.created() ? "added" : "updated", outcome.added(), outcome.updated(), outcome.removed());
        return outcome.created() ? Result.ADDED : Result.UPDATED;
    }

    /** The article a file names: by its source ({@code seeds/x.txt}), or a bare seed file name. */
    static Article articleOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Article a = Article.find("source", name).firstResult();
        if (a == null && !name.contains("/")) {
            a = Article.find("source", "seeds/" + name).firstResult();
        }
        return a;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
