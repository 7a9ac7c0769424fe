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
            "berbagai", "seorang", "sebuah", "selain", "bersama", "berikut", "mengenai", "kepada",
            "sebanyak", "sesudah", "setelah", "sebelum", "seperti", "terutama", "sekitar", "sejak", "sedang", "semua",
            "seluruh", "setiap", "sendiri", "kemudian", "sementara", "tersendiri", "terus", "bersamaan", "terakhir",
            "pertama", "kedua", "ketiga", "keempat", "kelima", "sekali", "sehingga", "sesuai", "bahkan",
            "daripada", "dengan", "menurut", "mengapa", "bagaimana", "sekarang", "selanjutnya", "sebelumnya",
            "setidaknya", "sedikit", "sebagian", "bersama-sama", "menjadi", "terjadi", "mereka", "tentang", "sebesar",
            "berdasarkan", "terkait", "termasuk", "seusai", "dibanding", "dibandingkan", "sesuatu", "seseorang",
            "menurutnya", "katanya", "ujarnya", "sebabnya", "akibatnya", "misalnya", "lainnya", "sebetulnya",
            "sebenarnya", "selalu", "segera", "semakin", "sekaligus", "sepanjang", "seputar",
            // adverbs that link a sentence to what was said ("ternyata", "rupanya"): no word to take apart
            "ternyata", "rupanya", "agaknya", "kiranya", "sepertinya", "seakan", "seolah", "pokoknya", "terlebih",
            "apalagi", "biasanya", "umumnya", "sebaiknya", "seharusnya", "semestinya", "sedangkan",
            "selebihnya", "seterusnya", "sesungguhnya", "tentunya", "nampaknya", "tampaknya", "adapun", "terlanjur");

    // Verbs that open a sentence or a clause as a conjunction: "Mengingat, ..." or "Mengingat jalan rusak, ..." means
    // "considering", a connector a learner meets as a word, not a verb to take to its root.
    private static final Set<String> CLAUSE_CONNECTORS = Set.of("mengingat", "menimbang", "berhubung", "menyusul");

    private static boolean opensClauseAsConjunction(String word, List<Token> tokens, int i, String text) {
        if (!CLAUSE_CONNECTORS.contains(word)) {
            return false;
        }
        String before = text.substring(0, tokens.get(i).start()).strip();
        return before.isEmpty() || before.endsWith(",") || before.endsWith(";") || before.matches(".*[\"“'‘(]$");
    }

    private final Lexicon lexicon;

    public VocabularyExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Affixed words in order of first appearance; names ({@code nameWords}, lower case) are left out. */
    List<WordInfo> extract(List<SentenceSplitter.Span> spans, Set<String> nameWords) {
        return extract(spans, spans.stream().map(s -> TaggedSentence.untagged(s.sentence())).toList(), nameWords);
    }

    /** As above, with each span's sentence as the models read it ({@code tagged}, in the order of the spans). */
    List<WordInfo> extract(List<SentenceSplitter.Span> spans, List<TaggedSentence> tagged, Set<String> nameWords) {
        List<WordInfo> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SentenceSplitter.Span span : spans) {
            Sentence sentence = span.sentence();
            if (!sentence.isReadable()) {
                continue;
            }
            List<Token> tokens = Token.lexical(sentence.text());
            for (int i = 0; i < tokens.size(); i++) {
                String word = commonNoun(tokens, i, sentence);
                if (word == null || word.length() < 5 || nameWords.contains(word)
                        || FUNCTION_WORDS.contains(word) || opensClauseAsConjunction(word, tokens, i, sentence.text())
                        || !seen.add(word)) {
                    continue;
                }
                WordInfo info = word.contains("-") ? describeReduplication(word, sentence.index())
                        : describe(word, sentence.index());
                if (info != null) {
                    out.add(info);
                }
            }
        }
        return out;
    }

    /** Whether the affix rules build {@code word} from {@code root} ("mengikuti" from "ikut"). */
    public static boolean rebuilds(String root, String word) {
        return root != null && word != null && Affixation.derive(root.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT)) != null;
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
        // At a sentence start a capital says little and the dictionary decides. Inside a sentence a capital marks
        // a name ("Persatuan Bulu Tangkis Seluruh Indonesia", "Kementerian Perdagangan"): its words are the
        // name's, not words of the sentence to learn or to replace with a synonym.
        return sentenceStart && lexicon.knows(lower) ? lower : null;
    }

    /**
     * "berturut-turut": an affixed first half over a bare second half has the second half as root; a plain
     * reduplication ("negara-negara") or a compound ("utara-selatan") carries no affix to learn.
     */
    private WordInfo describeReduplication(String word, int sentence) {
        String[] parts = word.split("-");
        if (parts.length != 2 || parts[0].equals(parts[1])) {
            return null;
        }
        Affixation.Derivation derivation = Affixation.derive(parts[1], parts[0]);
        if (derivation == null || !lexicon.knows(parts[1])) {
            return null;
        }
        List<String> synonyms = lexicon.synonyms(word);
        synonyms = synonyms.size() > MAX_SYNONYMS ? synonyms.subList(0, MAX_SYNONYMS) : synonyms;
        return new WordInfo(word, parts[1], List.copyOf(synonyms), sentence, difficulty(word, derivation, synonyms));
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
        String pos = classByAffixes(word);
        // One root only, and not a word the thesaurus lists on its own that is the root plus a suffix ("mulai"):
        // such a word is learnt as a word, and which is its root is arguable.
        boolean certain = roots.stream().filter(r -> !r.equals(word) && Affixation.derive(r, word) != null).distinct().count() == 1
                && (derivation.prefixed() || lexicon.senses(word).isEmpty());
        return new WordInfo(word, root, List.copyOf(synonyms), sentence, difficulty(word, derivation, synonyms), pos,
                certain, senseSynonyms(word, pos));
    }

    // Thesaurus tags for the word classes the affixes tell apart.
    private static final java.util.Map<String, String> THESAURUS_TAG = java.util.Map.of("VERB", "v", "NOUN", "n", "ADJ", "a",
            "ADV", "adv");
    private static final java.util.regex.Pattern VERB_AFFIXES = java.util.regex.Pattern.compile(
            "^(?:memper|diper|mem|men|meng|meny|me|di|ber|be)\\p{L}{3,}$");
    private static final java.util.regex.Pattern NOUN_AFFIXES = java.util.regex.Pattern.compile(
            "^(?:pem|pen|peng|peny|pe|per|ke)\\p{L}{3,}an$|^\\p{L}{4,}an$");
    private static final int MAX_SENSES = 3;

    /** The word class its affixes show (meN-, di-, ber- make verbs; peN-...-an, per-...-an, ke-...-an nouns), or null. */
    static String classByAffixes(String word) {
        if (NOUN_AFFIXES.matcher(word).matches() && !word.startsWith("me") && !word.startsWith("di")
                && !word.startsWith("ber")) {
            return "NOUN";
        }
        if (VERB_AFFIXES.matcher(word).matches() && !word.endsWith("nya")) {
            return "VERB";
        }
        return null;
    }

    /**
     * Synonyms safe to ask for this word in its sentence: the thesaurus must have the word itself (not only its
     * root) with exactly one sense of the word's class among at most three, and each synonym must be one
     * dictionary word whose own entry lists the word back, so a sense that belongs to another reading is never
     * offered ("kebijakan" as policy is not "kearifan").
     */
    List<String> senseSynonyms(String word, String pos) {
        String tag = pos == null ? null : THESAURUS_TAG.get(pos);
        List<Sense> senses = lexicon.senses(word);
        if (tag == null || senses.isEmpty() || senses.size() > MAX_SENSES) {
            return List.of();
        }
        List<Sense> ofClass = senses.stream().filter(s -> s.partOfSpeech().equals(tag)).toList();
        if (ofClass.size() != 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String candidate : ofClass.get(0).words()) {
            if (candidate.contains(" ") || !lexicon.knows(candidate)) {
                continue;
            }
            boolean mutual = lexicon.senses(candidate).stream()
                    .anyMatch(s -> s.partOfSpeech().equals(tag) && s.words().contains(word));
            if (mutual) {
                out.add(candidate);
            }
        }
        return out;
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
