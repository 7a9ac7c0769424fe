package id.simak.article;

import java.text.NumberFormat;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import id.simak.account.Account;
import id.simak.web.ApiException;

/** Adds, updates and deletes articles, with the rules on their text and who may change them. */
@ApplicationScoped
public class ArticleService {

    static final int MAX_TITLE = 300;
    static final int MAX_SOURCE = 500;

    private final Event<ArticleSaved> saved;

    ArticleService(Event<ArticleSaved> saved) {
        this.saved = saved;
    }

    /**
     * Fired in the transaction that stored a teacher's new article, so later steps (its draft questions) are saved
     * with it. Not fired for {@code seeds/} imported at start: their drafts are made after start.
     */
    public record ArticleSaved(long articleId) {}

    /** A teacher's new article; the text is cleaned first and must not be empty or longer than the limit. */
    @Transactional
    public Article create(Account owner, String title, String text, String source) {
        if (owner == null || !owner.isTeacher()) {
            throw ApiException.forbidden("Hanya guru yang boleh menambahkan artikel.");
        }
        Article a = new Article();
        a.owner = owner;
        a.createdAt = Instant.now();
        fill(a, title, text, source);
        a.persist();
        saved.fire(new ArticleSaved(a.id));
        return a;
    }

    /** Deletes an article: its owner may, and any teacher may delete one imported from {@code seeds/}. */
    @Transactional
    public void delete(Account actor, long id) {
        Article a = Article.findById(id);
        if (a == null) {
            throw ApiException.notFound("Artikel " + id + " tidak ada.");
        }
        boolean allowed = actor != null && actor.isTeacher()
                && (a.owner == null || a.owner.id.equals(actor.id));
        if (!allowed) {
            throw ApiException.forbidden("Hanya pemilik artikel yang boleh menghapusnya.");
        }
        SeedFile.update("articleId = null where articleId = ?1", a.id);
        a.delete();
    }

    /** Stores a seed file's text as a new article, or as the new text of the article it became before. */
    @Transactional
    public Article saveSeed(Article existing, String text, String source) {
        Article a = existing != null ? existing : new Article();
        if (existing == null) {
            a.createdAt = Instant.now();
        }
        fill(a, null, text, source);
        if (existing == null) {
            a.persist();
        }
        // No ArticleSaved here: drafting questions loads the dictionaries, which a start must not wait for; the
        // quiz feature drafts every article without an up-to-date draft right after start (quiz.DraftWorker).
        return a;
    }

    static void fill(Article a, String title, String rawText, String source) {
        String text = ArticleText.clean(rawText);
        if (text.isEmpty()) {
            throw ApiException.invalid("text", "Teks artikel wajib diisi.");
        }
        if (text.length() > ArticleText.MAX_CHARS) {
            NumberFormat n = NumberFormat.getIntegerInstance(ArticleText.INDONESIAN);
            throw new ApiException(413, "Teks terlalu panjang",
                    "Teks artikel " + n.format(text.length()) + " karakter; paling banyak "
                            + n.format(ArticleText.MAX_CHARS) + " karakter.");
        }
        String cleanTitle = ArticleText.clean(title).replace('\n', ' ');
        if (cleanTitle.length() > MAX_TITLE) {
            throw ApiException.invalid("title", "Judul paling banyak " + MAX_TITLE + " karakter.");
        }
        String cleanSource = ArticleText.clean(source).replace('\n', ' ');
        if (cleanSource.length() > MAX_SOURCE) {
            throw ApiException.invalid("source", "Sumber paling banyak " + MAX_SOURCE + " karakter.");
        }
        a.title = cleanTitle.isEmpty() ? ArticleText.deriveTitle(text) : cleanTitle;
        a.source = cleanSource.isEmpty() ? null : cleanSource;
        a.body = text;
        a.words = ArticleText.countWords(text);
        a.sentences = ArticleText.countSentences(text);
        a.contentHash = ArticleText.hash(text);
        a.updatedAt = Instant.now();
    }
}
