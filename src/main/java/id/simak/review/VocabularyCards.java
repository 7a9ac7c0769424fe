package id.simak.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.Lexicon;
import id.simak.analysis.Sentence;
import id.simak.analysis.WordInfo;
import id.simak.article.Article;
import id.simak.article.ArticleReading;
import id.simak.article.WordMarks;
import id.simak.web.ApiException;

/**
 * Words of an article as the reader shows them (root, synonyms, the sentence) and as word cards: from the
 * article's vocabulary when the analysis chose the word, otherwise looked up in the dictionary.
 */
@ApplicationScoped
public class VocabularyCards implements WordMarks {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'\u2019]\\p{L}+)*");
    private static final int MAX_SYNONYMS = 8;
    private static final int MAX_WORD = 100;

    private final ArticleReading reading;
    private final Lexicon lexicon;
    private final ReviewClock clock;

    VocabularyCards(ArticleReading reading, Lexicon lexicon, ReviewClock clock) {
        this.reading = reading;
        this.lexicon = lexicon;
        this.clock = clock;
    }

    /**
     * A word of an article.
     *
     * @param root     its root, or the word itself when the dictionary knows no other
     * @param known    whether the dictionary knows the word at all
     * @param cardId   the learner's card of this word, or null
     */
    public record Word(long articleId, String word, String root, List<String> synonyms, int sentenceIndex,
            String sentence, boolean known, Long cardId) {

        public boolean isInCards() {
            return cardId != null;
        }

        public boolean isRootDiffers() {
            return !root.equals(word);
        }

        public CardView.Highlight highlight() {
            return CardView.Highlight.of(sentence, word);
        }
    }

    /** The word as the reader's popover shows it, for this learner. */
    @Transactional
    public Word lookup(long ownerId, long articleId, String rawWord, Integer sentenceHint) {
        Article article = Article.findById(articleId);
        if (article == null) {
            throw ApiException.notFound("Artikel " + articleId + " tidak ada.");
        }
        String word = normalise(rawWord);
        ArticleAnalysis analysis = reading.analysis(article);
        Sentence sentence = sentenceOf(analysis, word, sentenceHint);
        WordInfo info = analysis.words().stream().filter(w -> w.word().equals(word)).findFirst().orElse(null);
        String root;
        List<String> synonyms;
        boolean known;
        if (info != null) {
            root = info.root();
            synonyms = info.synonyms();
            known = true;
        } else {
            List<String> roots = lexicon.roots(word);
            known = !roots.isEmpty() || lexicon.knows(word);
            root = roots.isEmpty() ? word : roots.get(0).toLowerCase(Locale.ROOT);
            synonyms = known ? lexicon.synonyms(word) : List.of();
        }
        synonyms = synonyms.stream().filter(s -> !s.equalsIgnoreCase(word)).limit(MAX_SYNONYMS).toList();
        Card card = Card.forWord(ownerId, word);
        return new Word(articleId, word, root, synonyms, sentence.index(), sentence.text(), known,
                card == null ? null : card.id);
    }

    /** Result of adding a word: the card, and whether it was made now or was there already. */
    public record AddedWord(CardView card, boolean created) {
    }

    /** Makes a word card unless the learner has one of this word already (then that one is answered). */
    @Transactional
    public AddedWord add(long ownerId, long articleId, String rawWord, Integer sentenceHint) {
        Word w = lookup(ownerId, articleId, rawWord, sentenceHint);
        if (w.cardId() != null) {
            return new AddedWord(CardView.of(Card.findById(w.cardId()), null, null, true), false);
        }
        Card card = Card.fresh(ownerId, Card.Kind.WORD, Card.WORD_SKILL, clock.now());
        card.articleId = articleId;
        card.word = w.word();
        card.root = w.root();
        card.synonyms = w.synonyms();
        card.sentenceIndex = w.sentenceIndex();
        card.sentence = w.sentence().length() > 4000 ? w.sentence().substring(0, 4000) : w.sentence();
        card.persist();
        return new AddedWord(CardView.of(card, null, null, true), true);
    }

    @Override
    @Transactional
    public Set<String> wordsInCards(long accountId) {
        return new HashSet<>(Card.words(accountId));
    }

    static String normalise(String raw) {
        String word = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            throw ApiException.invalid("word", "Kata wajib diisi.");
        }
        if (word.length() > MAX_WORD || !WORD.matcher(word).matches()) {
            throw ApiException.invalid("word", "Tulis satu kata saja (huruf, boleh dengan tanda hubung).");
        }
        return word;
    }

    /** The hinted sentence when it holds the word, else the first that does. */
    private static Sentence sentenceOf(ArticleAnalysis analysis, String word, Integer hint) {
        Pattern p = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (hint != null) {
            Sentence s = analysis.sentence(hint);
            if (s != null && p.matcher(s.text()).find()) {
                return s;
            }
        }
        for (Sentence s : analysis.sentences()) {
            if (p.matcher(s.text()).find()) {
                return s;
            }
        }
        throw ApiException.invalid("word", "Kata \u201c" + word + "\u201d tidak ada di artikel ini.");
    }
}
