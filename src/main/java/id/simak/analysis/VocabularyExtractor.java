package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Picks the affixed words of an article for flashcards, with their root, synonyms and a difficulty signal. */
public final class VocabularyExtractor {

    private static final int MAX_SYNONYMS = 8;
    // Grammatical words built with affixes ("sebagai", "terhadap"): a learner meets them as words, not as roots.
    private static final Set<String> FUNCTION_WORDS = Set.of("sebagai", "selama", "terhadap", "tersebut", "beberapa",
            "berbagai", "seorang", "sebuah", "selain", "bersama", "berikut", "berikutnya", "mengenai", "kepada",
            "sebanyak", "sesudah", "setelah", "sebelum", "seperti", "terutama", "sekitar", "sejak", "sedang", "semua",
            "seluruh", "setiap", "sendiri", "kemudian", "sementara", "tersendiri", "terus", "bersamaan", "terakhir",
            "pertama", "kedua", "ketiga", "keempat", "kelima", "sekali", "sehingga", "sesuai", "bahkan",
            "daripada", "dengan", "menurut", "mengapa", "bagaimana", "sekarang", "selanjutnya", "sebelumnya",
            "setidaknya", "sedikit", "sebagian", "bersama-sama", "menjadi", "terjadi", "mereka", "tentang");

    private final Lexicon lexicon;

    public VocabularyExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Affixed words in order of first appearance; names ({@code nameWords}, lower case) are left out. */
    List<WordInfo> extract(List<SentenceSplitter.Span> spans, Set<String> nameWords) {
        List<WordInfo> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SentenceSplitter.Span span : spans) {
            Sentence sentence = span.sentence();
            List<Token> tokens = Token.lexical(sentence.text());
            for (int i = 0; i < tokens.size(); i++) {
                String word = commonNoun(tokens, i, sentence);
                if (word == null || word.length() < 5 || word.contains("-") || nameWords.contains(word)
                        || FUNCTION_WORDS.contains(word) || !seen.add(word)) {
                    continue;
                }
                WordInfo info = describe(word, sentence.index());
                if (info != null) {
                    out.add(info);
                }
            }
        }
        return out;
    }

    /** The word in lower case, or null when it is a name: capitalised inside a body sentence. */
    private String commonNoun(List<Token> tokens, int i, Sentence sentence) {
        Token t = tokens.get(i);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.text().equals(lower)) {
            return lower;
        }
        // After a quotation mark or the dateline's dash a new sentence starts too.
        boolean sentenceStart = i == 0 || sentence.text().substring(tokens.get(i - 1).end(), t.start())
                .chars().anyMatch(c -> "\"“—–-:(".indexOf(c) >= 0);
        boolean shouting = sentence.kind() == Sentence.Kind.HEADING || t.allCaps() && t.text().length() > 4;
        // A capital at the start of a sentence or in a heading says nothing; the dictionary decides.
        if ((sentenceStart || shouting) && lexicon.knows(lower)) {
            return lower;
        }
        return null;
    }

    WordInfo describe(String word, int sentence) {
        List<String> roots = lexicon.roots(word);
        if (roots.isEmpty()) {
            return null;
        }
        String root = roots.get(0);
        Affixation.Derivation derivation = Affixation.derive(root, word);
        if (derivation == null || derivation.cliticOnly()) {
            return null;
        }
        List<String> synonyms = lexicon.synonyms(word);
        if (synonyms.size() > MAX_SYNONYMS) {
            synonyms = synonyms.subList(0, MAX_SYNONYMS);
        }
        return new WordInfo(word, root, List.copyOf(synonyms), sentence, difficulty(word, derivation, synonyms));
    }

    /**
     * 0 (easy) to 1 (hard): affix layers weigh most (ke-ber-...-an is harder than di-), then a nasal that hides
     * the root's first letter, then rarity (a word the thesaurus does not list is less common) and length.
     */
    static double difficulty(String word, Affixation.Derivation derivation, List<String> synonyms) {
        double layers = Math.min(3, derivation.layers()) / 3.0;
        double nasal = derivation.assimilated() ? 1 : 0;
        double rarity = synonyms.isEmpty() ? 1 : synonyms.size() < 3 ? 0.6 : 0.3;
        double length = Math.min(1, Math.max(0, word.length() - 6) / 8.0);
        double d = 0.4 * layers + 0.15 * nasal + 0.3 * rarity + 0.15 * length;
        return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100.0;
    }
}
