package id.simak.generate;

import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Asks about the article's affixed words, hardest first: the root (kata dasar), a synonym from the thesaurus, and
 * the word formed from its root in its own sentence.
 */
final class VocabularyQuestions {

    private static final String[] PREFIXES = {"memper", "diper", "meng", "meny", "mem", "men", "me", "peng", "peny",
            "pem", "pen", "per", "pe", "ber", "be", "ter", "ke", "di", "se"};
    private static final String[] SUFFIXES = {"kan", "an", "i", "nya"};

    private static final int CANDIDATES = 8;

    private final ArticleContext ctx;

    VocabularyQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The words worth asking about, hardest first; ties keep the article's order so the list is stable. */
    List<WordInfo> ranked() {
        List<WordInfo> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WordInfo w : ctx.analysis.words()) {
            if (w.root() != null && !w.root().equalsIgnoreCase(w.word()) && seen.add(w.word().toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        words.sort(Comparator.comparingDouble(WordInfo::difficulty).reversed().thenComparingInt(WordInfo::sentence));
        return words;
    }

    List<Question> generate() {
        List<WordInfo> words = ranked();
        // One-word thesaurus entries of the whole article, grouped by their first two letters, built once.
        Map<String, List<String>> synonymsByPrefix = new HashMap<>();
        List<String> allSynonyms = new ArrayList<>();
        Set<String> seenSynonyms = new HashSet<>();
        for (WordInfo w : words) {
            for (String s : w.synonyms()) {
                if (!s.contains(" ") && s.length() >= 2 && seenSynonyms.add(s)) {
                    allSynonyms.add(s);
                    synonymsByPrefix.computeIfAbsent(s.substring(0, 2), k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<Question> roots = new ArrayList<>();
        List<Question> synonyms = new ArrayList<>();
        List<Question> contexts = new ArrayList<>();
        for (WordInfo w : words) {
            Evidence evidence = ctx.evidence(w.sentence());
            rootQuestion(w, words, evidence, roots);
            synonymQuestion(w, synonymsByPrefix, allSynonyms, evidence, synonyms);
            String gapped = ArticleContext.blank(evidence.text(), w.word());
            if (gapped != null && ArticleContext.find(gapped, w.word()) < 0) {
                contexts.add(Drafts.cloze(Skill.CONTEXT_VOCAB, "Bentuklah kata dari kata dasar «" + w.root()
                                + "» yang tepat untuk kalimat ini: " + ArticleContext.quotedAround(gapped),
                        List.of(w.word().toLowerCase(Locale.ROOT)),
                        "Kalimat aslinya memakai «" + w.word() + "» (" + w.root() + " + imbuhan).", evidence));
            }
        }
        List<Question> out = new ArrayList<>(roots);
        out.addAll(synonyms);
        out.addAll(contexts);
        return out;
    }

    private void rootQuestion(WordInfo w, List<WordInfo> words, Evidence evidence, List<Question> out) {
        String word = w.word().toLowerCase(Locale.ROOT);
        Set<String> correct = new HashSet<>(List.of(w.root()));
        correct.addAll(ctx.lexicon.roots(word));
        List<String> candidates = new ArrayList<>();
        for (String wrong : wrongRoots(word, w.root())) {
            // A stripped form the dictionary lists as a root of its own may be the right answer after all
            // (di + mulai as well as di + mula + i): never offer it as wrong.
            if (!ctx.lexicon.roots(wrong).contains(wrong)) {
                candidates.add(wrong);
            }
        }
        List<String> others = new ArrayList<>();
        for (WordInfo other : words) {
            // Roots of the article's words of a similar length, as the learner has just met them.
            if (Math.abs(other.root().length() - w.root().length()) <= 2 && !others.contains(other.root())) {
                others.add(other.root());
            }
        }
        if (!others.isEmpty()) {
            // Each question starts at its own place in the list, so one root does not fill every question's gaps.
            Collections.rotate(others, -Math.floorMod(StableHash.hex(word).hashCode(), others.size()));
            // A root with the same first letter looks like a real alternative; put those first.
            others.sort(Comparator.comparing((String r) -> r.charAt(0) != w.root().charAt(0)));
        }
        candidates.addAll(others);
        candidates.removeIf(c -> correct.contains(c) || c.length() < 3);
        List<String> distractors = ctx.picker.pick(List.of(w.root()), candidates, 3, List.of());
        if (distractors.size() == 3) {
            out.add(Drafts.choice(Skill.ROOT_WORD, "Apa kata dasar dari kata «" + w.word() + "»?",
                    ctx.picker.choices(List.of(w.root()), distractors, "root" + word), w.root(),
                    "«" + w.word() + "» dibentuk dari kata dasar «" + w.root() + "» dengan imbuhan.", evidence));
        }
    }

    /** The mistakes learners make: stripping only the prefix or only the suffix, or restoring the wrong initial sound. */
    static List<String> wrongRoots(String word, String root) {
        Set<String> out = new LinkedHashSet<>();
        String withoutPrefix = word;
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 3) {
                withoutPrefix = word.substring(p.length());
                break;
            }
        }
        String withoutSuffix = word;
        for (String s : SUFFIXES) {
            if (word.endsWith(s) && word.length() - s.length() >= 3) {
                withoutSuffix = word.substring(0, word.length() - s.length());
                break;
            }
        }
        // Of two stacked prefixes learners often strip only the outer one: memperdalam -> perdalam.
        for (String outer : new String[] {"mem", "di", "ke", "ter"}) {
            String inner = word.substring(Math.min(outer.length(), word.length()));
            if (word.startsWith(outer) && (inner.startsWith("per") || inner.startsWith("ber")) && inner.length() > 5) {
                out.add(inner);
            }
        }
        out.add(withoutPrefix);
        out.add(withoutSuffix);
        String bare = withoutPrefix;
        for (String s : SUFFIXES) {
            if (bare.endsWith(s) && bare.length() - s.length() >= 3) {
                bare = bare.substring(0, bare.length() - s.length());
                break;
            }
        }
        out.add(bare);
        // Nasal prefixes swallow p, t, k and s: offer the restored and the unrestored form, whichever is wrong.
        if (!root.isEmpty()) {
            char first = root.charAt(0);
            if ("ptks".indexOf(first) >= 0) {
                out.add(root.substring(1));
            } else if ("aeiou".indexOf(first) >= 0) {
                out.add("k" + root);
                out.add("t" + root);
            }
        }
        out.remove(root);
        out.remove(word);
        return new ArrayList<>(out);
    }

    private void synonymQuestion(WordInfo w, Map<String, List<String>> synonymsByPrefix, List<String> allSynonyms,
                                 Evidence evidence, List<Question> out) {
        String answer = bestSynonym(w);
        if (answer == null) {
            return;
        }
        Set<String> near = new HashSet<>(w.synonyms());
        near.addAll(ctx.lexicon.synonyms(w.word()));
        Predicate<String> fits = s -> !near.contains(s) && !s.equalsIgnoreCase(w.word()) && !s.contains(w.root());
        // Thesaurus neighbours of the other words, those with the same prefix first so the form gives nothing away.
        String prefix = w.word().substring(0, Math.min(2, w.word().length())).toLowerCase(Locale.ROOT);
        List<String> candidates = spread(synonymsByPrefix.getOrDefault(prefix, List.of()), w.word(), fits, CANDIDATES);
        candidates.addAll(spread(allSynonyms, w.word(), fits, CANDIDATES));
        List<String> distractors = ctx.picker.pick(List.of(answer, w.word()), candidates, 3, List.of());
        if (distractors.size() == 3) {
            out.add(Drafts.choice(Skill.SYNONYM, "Kata manakah yang paling dekat maknanya dengan «" + w.word()
                            + "» dalam kalimat ini? " + ArticleContext.quoted(ArticleContext.excerpt(evidence.text(), w.word())),
                    ctx.picker.choices(List.of(answer), distractors, "synonym" + w.word()), answer,
                    "Menurut tesaurus, «" + answer + "» bersinonim dengan «" + w.word() + "».", evidence));
        }
    }

    /**
     * Up to {@code limit} entries that fit, taken with a stride from a start fixed by the word, so different words
     * get different, spread-out distractors (neighbours in a thesaurus list share a meaning) without a full scan.
     */
    private static List<String> spread(List<String> list, String word, Predicate<String> fits, int limit) {
        List<String> out = new ArrayList<>();
        int n = list.size();
        if (n == 0) {
            return out;
        }
        int stride = n / 3 + 1;
        while (gcd(stride, n) != 1) {
            stride++;
        }
        int start = (int) Math.floorMod(StableHash.of(word), (long) n);
        for (int i = 0; i < n && out.size() < limit; i++) {
            String s = list.get((start + i * stride) % n);
            if (fits.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A one-word synonym of the same word class as the word (same first two letters, as affixes show it), else the first one-word synonym. */
    private static String bestSynonym(WordInfo w) {
        String prefix = w.word().substring(0, Math.min(2, w.word().length())).toLowerCase(Locale.ROOT);
        String first = null;
        for (String s : w.synonyms()) {
            if (s.contains(" ") || s.contains(w.root()) || AnswerText.isVariant(s, w.word())) {
                continue;
            }
            if (first == null) {
                first = s;
            }
            if (s.startsWith(prefix)) {
                return s;
            }
        }
        return first;
    }
}
