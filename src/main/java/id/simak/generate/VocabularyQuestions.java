package id.simak.generate;

import id.simak.analysis.VocabularyExtractor;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Asks about the article's affixed words, hardest first: the root (kata dasar), only when the dictionary offers
 * that root and no other that rebuilds the word, with wrong roots that are real words; a synonym, only from the
 * one thesaurus sense that fits the word's class in its sentence, with wrong choices that are other words of the
 * article of the same class; and, for the bank, the word formed from its root in its own sentence.
 */
final class VocabularyQuestions {

    private static final String[] PREFIXES = {"memper", "diper", "meng", "meny", "mem", "men", "me", "peng", "peny",
            "pem", "pen", "per", "pe", "ber", "be", "ter", "ke", "di", "se"};
    private static final String[] SUFFIXES = {"kan", "an", "i", "nya"};

    // Enough wrong roots to choose three from, however long the article.
    private static final int MAX_OTHER_ROOTS = 12;

    /** Words asked about for their synonym and their form in context, hardest first. */
    private static final int MAX_WORDS = 20;

    private final ArticleContext ctx;
    /** The article's words by their root, in lower case: the family a root question draws its wrong choices from. */
    private java.util.Map<String, Set<String>> family = java.util.Map.of();

    VocabularyQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The words worth asking about, hardest first; ties keep the article's order so the list is stable. */
    List<WordInfo> ranked() {
        List<WordInfo> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WordInfo w : ctx.analysis.words()) {
            if (w.root() != null && !w.root().equalsIgnoreCase(w.word()) && ctx.isBody(w.sentence())
                    && !splitOff(w) && !ctx.isSlip(w.word()) && seen.add(w.word().toLowerCase(Locale.ROOT))) {
                words.add(inCleanSentence(w));
            }
        }
        words.sort(Comparator.comparingDouble(WordInfo::difficulty).reversed().thenComparingInt(WordInfo::sentence));
        return words;
    }

    /**
     * Whether the word is the tail of a word the source split in two ("Ketidak hadiran" for "ketidakhadiran"): the
     * piece before it is no word, and the two written together are one; or its head ("dipertanggung jawabkan"). Such a
     * piece is no word of the article. So is a verb whose passive prefix the source wrote apart ("di bagikan").
     */
    private boolean splitOff(WordInfo w) {
        String sentence = ctx.text(w.sentence());
        String word = w.word().toLowerCase(Locale.ROOT);
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < lower.length() && Character.isLetter(lower.charAt(end)) || at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            // "dipertanggung jawabkan": the word is the head of one the source split, the tail no word of its own.
            int from = end;
            while (from < lower.length() && Character.isWhitespace(lower.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < lower.length() && Character.isLetter(lower.charAt(to))) {
                to++;
            }
            if (from > end && to > from && Character.isLowerCase(sentence.charAt(from))) {
                String after = lower.substring(from, to);
                if (!ctx.lexicon.knows(after) && ctx.lexicon.knows(word + after)) {
                    return true;
                }
            }
            if (at == 0 || !Character.isWhitespace(lower.charAt(at - 1))) {
                continue;
            }
            int stop = at - 1;
            while (stop > 0 && Character.isWhitespace(lower.charAt(stop - 1))) {
                stop--;
            }
            int start = stop;
            while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
                start--;
            }
            // A name before the word ("Jakarta kehadiran") is no piece of it: only a lower-case piece, or the first word.
            if (start == stop || start > 0 && Character.isUpperCase(sentence.charAt(start))) {
                continue;
            }
            String before = lower.substring(start, stop);
            // "akan di bagikan": the passive prefix written apart from its verb ("dibagikan"), a slip of the source.
            if (before.equals("di") && word.endsWith("kan") && ctx.lexicon.knows("di" + word)) {
                return true;
            }
            if (!ctx.lexicon.knows(before)) {
                String joined = before + word;
                if (ctx.lexicon.knows(joined) || !ctx.lexicon.knows(word) && !ctx.lexicon.roots(joined).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word as met in a sentence without a slip of the source, when its first sentence has one ("harua
     * dijadikan") and a later body sentence uses the word too; else as it is.
     */
    private WordInfo inCleanSentence(WordInfo w) {
        if (ctx.sentenceReadsWell(w.sentence())) {
            return w;
        }
        for (id.simak.analysis.Sentence s : ctx.analysis.sentences()) {
            if (s.index() > w.sentence() && ctx.isBody(s.index()) && ArticleContext.find(ctx.readable(s.index()), w.word()) >= 0
                    && ctx.sentenceReadsWell(s.index())) {
                return new WordInfo(w.word(), w.root(), w.synonyms(), s.index(), w.difficulty(), w.partOfSpeech(),
                        w.rootCertain(), w.senseSynonyms());
            }
        }
        return w;
    }

    List<Question> generate() {
        List<WordInfo> words = ranked();
        family = new java.util.HashMap<>();
        for (WordInfo other : ctx.analysis.words()) {
            if (other.root() != null && !Character.isUpperCase(other.word().codePointAt(0))) {
                family.computeIfAbsent(other.root(), r -> new LinkedHashSet<>()).add(other.word().toLowerCase(Locale.ROOT));
            }
        }
        // The roots of the article's words that are words of their own, once: each question draws from them.
        List<String> realRoots = new ArrayList<>();
        for (WordInfo w : words) {
            if (!realRoots.contains(w.root()) && realWord(w.root())) {
                realRoots.add(w.root());
            }
        }
        List<Question> roots = new ArrayList<>();
        List<Question> synonyms = new ArrayList<>();
        List<Question> contexts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            WordInfo w = words.get(i);
            Evidence evidence = ctx.evidence(w.sentence());
            if (w.rootCertain()) {
                rootQuestion(w, realRoots, evidence, roots);
            }
            if (i >= MAX_WORDS) {
                // The root of every affixed word may be asked; synonyms and word forms only of the hardest words,
                // or the bank turns into a word list.
                continue;
            }
            synonymQuestion(w, words, evidence, synonyms);
            String sentence = ctx.readable(w.sentence());
            String gapped = ArticleContext.blank(sentence, w.word());
            if (gapped != null && ArticleContext.find(gapped, w.word()) < 0 && w.rootCertain() && ctx.readsWell(sentence)) {
                contexts.add(Drafts.cloze(Skill.CONTEXT_VOCAB, "Bentuklah kata dari kata dasar «" + w.root()
                                + "» yang tepat untuk kalimat ini: " + ArticleContext.quotedAround(gapped),
                        fittingForms(w),
                        "Kalimat aslinya memakai «" + w.word() + "» (" + w.root() + " + imbuhan).", evidence,
                        Difficulty.HARD, 0.3));
            }
        }
        List<Question> out = new ArrayList<>(roots);
        out.addAll(synonyms);
        out.addAll(contexts);
        return out;
    }

    private void rootQuestion(WordInfo w, List<String> realRoots, Evidence evidence, List<Question> out) {
        String word = w.word().toLowerCase(Locale.ROOT);
        Set<String> correct = new HashSet<>(List.of(w.root()));
        correct.addAll(ctx.lexicon.roots(word));
        // The wrong choices a teacher writes: the word stripped of only part of its affixes ("bangunan",
        // "pembangun" for "pembangunan") and other words of the same family ("membangun"), each a word of the
        // dictionary, so that only knowing what a root is finds the answer.
        List<String> family = new ArrayList<>();
        if (correct.size() > 1 || rootOfItsOwnAfterPrefix(word, w.root())) {
            return; // two roots rebuild the word ("dimulai": di + mulai, di + mula + i): no single answer
        }
        // Forms the thesaurus lists as headwords are words a reader has met; forms the affix rules merely allow
        // ("melanjut", "bukakan") are not.
        // A stem left without its suffix ("mengesah", "beringat") reads as no word; a noun in -an ("bangunan") does.
        for (String wrong : wrongRoots(word, w.root())) {
            if (!ctx.lexicon.senses(wrong).isEmpty() && !wrong.equals(word) && wrong.length() > w.root().length()
                    && wrong.endsWith("an")) {
                family.add(wrong);
            }
        }
        for (String form : this.family.getOrDefault(w.root(), Set.of())) {
            if (!form.equals(word) && form.length() > w.root().length()) {
                family.add(form);
            }
        }
        // Built forms a reader meets in the news: nouns in -an, ke-an, per-an, and di-/ter- verbs; "ber-" and "se-"
        // forms the rules allow are often no words in use ("berdapat", "selengkap"), so only the article's own count.
        for (String form : List.of(w.root() + "an", "ke" + w.root() + "an", "per" + w.root() + "an", "di" + w.root(),
                "ter" + w.root())) {
            if (!form.equals(word) && !ctx.lexicon.senses(form).isEmpty() && ctx.lexicon.roots(form).contains(w.root())) {
                family.add(form);
            }
        }
        // ("penduduk" for "penduduknya", "menyuguhkan" for "menyuguhkannya": the word without its clitic is the word
        // itself, which a pupil may defend as what the word is built on)
        String withoutClitic = word.replaceFirst("(?:nya|lah|kah|pun)$", "");
        family.removeIf(c -> correct.contains(c) || c.length() < 3 || c.endsWith("nya") || c.equals(withoutClitic));
        List<String> uniqueFamily = new ArrayList<>(new LinkedHashSet<>(family));
        Collections.rotate(uniqueFamily, -Math.floorMod(StableHash.hex(word).hashCode(), Math.max(1, uniqueFamily.size())));
        // A "ke-an" form the article does not use is often no word in use ("kelindungan", "kesentuhan", "kebangunan":
        // judges marked such wrong choices for a fix, in three sets): it is not offered.
        String keAn = "ke" + w.root() + "an";
        if (!this.family.getOrDefault(w.root(), Set.of()).contains(keAn)) {
            uniqueFamily.remove(keAn);
        }
        List<String> candidates = new ArrayList<>(uniqueFamily);
        boolean ofTheFamily = uniqueFamily.size() >= 3;
        if (!ofTheFamily) {
            // Too few: roots of the article's words of a similar length, as the learner has just met them. Easier to
            // see through, so such a question waits in the bank.
            List<String> others = new ArrayList<>();
            for (String other : realRoots) {
                if (Math.abs(other.length() - w.root().length()) <= 2 && realWord(other)) {
                    others.add(other);
                }
            }
            if (!others.isEmpty()) {
                Collections.rotate(others, -Math.floorMod(StableHash.hex(word).hashCode(), others.size()));
                others.sort(Comparator.comparing((String r) -> r.charAt(0) != w.root().charAt(0)));
            }
            candidates.addAll(others.subList(0, Math.min(others.size(), MAX_OTHER_ROOTS)));
        }
        candidates.removeIf(c -> correct.contains(c) || c.length() < 3
                || !uniqueFamily.contains(c) && VocabularyExtractor.rebuilds(c, word));
        String shown = ArticleContext.excerpt(ctx.readable(w.sentence()), w.word());
        if (ArticleContext.find(shown, w.root()) >= 0 || !ctx.readsWell(shown)) {
            return; // the sentence shows the root itself, or teaches a slip of the source ("harua dijadikan")
        }
        List<String> distractors = ctx.picker.pick(List.of(w.root()), candidates, 3, List.of());
        if (distractors.size() == 3) {
            out.add(Drafts.choice(Skill.ROOT_WORD, "Apa kata dasar dari kata «" + w.word() + "» pada kalimat berikut? "
                            + ArticleContext.quoted(shown),
                    ctx.picker.choices(List.of(w.root()), distractors, "root" + word), w.root(),
                    "«" + w.word() + "» dibentuk dari kata dasar «" + w.root() + "» " + affixes(w.word(), w.root()) + ".", evidence,
                    Difficulty.HARD, ofTheFamily ? 0.52 + 0.1 * w.difficulty() : 0.45));
        }
    }

    /**
     * Whether the word without a plain prefix or a clitic is a root word of its own, other than the root found
     * ("di-mulai", "di-mulai-nya"): a teacher reads "mulai" as the root too, so the question has two answers.
     */
    private boolean rootOfItsOwnAfterPrefix(String word, String root) {
        for (String prefix : List.of("", "di", "ter", "ber", "ke", "se")) {
            for (String clitic : List.of("", "nya", "lah", "kah", "pun")) {
                if (prefix.isEmpty() && clitic.isEmpty() || !word.startsWith(prefix) || !word.endsWith(clitic)
                        || word.length() <= prefix.length() + clitic.length()) {
                    continue;
                }
                String rest = word.substring(prefix.length(), word.length() - clitic.length());
                // The thesaurus lists "mulai" as a word of its own, though the affix rules read it as mula + i.
                if (rest.length() > root.length() && rest.startsWith(root) && !ctx.lexicon.senses(rest).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word and the forms of the same root and prefix that also fit its gap: with or without the verb suffix
     * ("memberi" where the text has "memberikan"), each a dictionary word built from the same root.
     */
    private List<String> fittingForms(WordInfo w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(List.of(word));
        if (!"VERB".equals(w.partOfSpeech())) {
            return List.copyOf(out);
        }
        String stem = word.replaceFirst("(?:kan|i)$", "");
        // Only forms the thesaurus lists as words in use: the affix rules also allow "menyadar", "mengakukan" and
        // "menujui", which judges marked as no words (a reading of 60 such questions, twentieth session).
        for (String form : List.of(stem, stem + "kan", stem + "i")) {
            if (!form.equals(word) && form.length() > w.root().length() && !ctx.lexicon.senses(form).isEmpty()
                    && ctx.lexicon.roots(form).contains(w.root())) {
                out.add(form);
            }
        }
        return List.copyOf(out);
    }

    /** A word a reader knows: a stem of the dictionary or a headword of the thesaurus ("ikuti" is, "mengata" is not). */
    private boolean realWord(String candidate) {
        if (!ctx.lexicon.senses(candidate).isEmpty()) {
            return true;
        }
        // A stem of the dictionary that looks affixed ("perhati") or is very short ("eta") is no word a reader knows.
        return candidate.length() >= 4 && ctx.lexicon.roots(candidate).contains(candidate)
                && !candidate.matches("^(?:per|ber|ter|me|di|ke|se|pe).*");
    }

    /** The mistakes learners make: stripping only the prefix or only the suffix, or the outer of two prefixes. */
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
        // Nasal prefixes swallow p, t, k and s: offer the unrestored form, whichever is wrong.
        if (!root.isEmpty() && "ptks".indexOf(root.charAt(0)) >= 0) {
            out.add(root.substring(1));
        }
        out.remove(root);
        out.remove(word);
        return new ArrayList<>(out);
    }

    private void synonymQuestion(WordInfo w, List<WordInfo> words, Evidence evidence, List<Question> out) {
        if (w.senseSynonyms().isEmpty() || w.partOfSpeech() == null) {
            return;
        }
        String answer = bestSynonym(w);
        Set<String> near = new HashSet<>(w.synonyms());
        near.addAll(w.senseSynonyms());
        near.addAll(ctx.lexicon.synonyms(w.word()));
        near.addAll(ctx.lexicon.synonyms(w.root()));
        List<String> candidates = new ArrayList<>();
        // Other words of the article of the same class and the same opening affix, so the form gives nothing away.
        String prefix = w.word().substring(0, Math.min(2, w.word().length())).toLowerCase(Locale.ROOT);
        for (int round = 0; round < 2; round++) {
            for (WordInfo other : words) {
                String o = other.word().toLowerCase(Locale.ROOT);
                boolean samePrefix = o.startsWith(prefix);
                if ((round == 0) != samePrefix || !w.partOfSpeech().equals(other.partOfSpeech()) || other == w
                        || near.contains(o) || ctx.lexicon.synonyms(o).contains(w.word().toLowerCase(Locale.ROOT))
                        || ctx.lexicon.synonyms(o).contains(answer)
                        || o.contains(w.root()) || other.root().equals(w.root()) || o.contains("-")) {
                    continue;
                }
                candidates.add(o);
            }
        }
        String shown = ArticleContext.excerpt(ctx.readable(w.sentence()), w.word());
        List<String> distractors = ctx.picker.pick(List.of(answer, w.word()), candidates, 3, List.of());
        if (distractors.size() == 3 && ctx.readsWell(shown)) {
            out.add(Drafts.choice(Skill.SYNONYM, "Kata manakah yang paling dekat maknanya dengan «" + w.word()
                            + "» dalam kalimat ini? " + ArticleContext.quoted(shown),
                    ctx.picker.choices(List.of(answer), distractors, "synonym" + w.word()), answer,
                    "Dalam kalimat ini «" + w.word() + "» bermakna sama dengan «" + answer + "».", evidence,
                    Difficulty.HARD, 0.4));
        }
    }

    /** The safe synonym built like the word (the same first two letters, as affixes show it), else the first. */
    private static String bestSynonym(WordInfo w) {
        String prefix = w.word().substring(0, Math.min(2, w.word().length())).toLowerCase(Locale.ROOT);
        for (String s : w.senseSynonyms()) {
            if (s.startsWith(prefix) && !AnswerText.isVariant(s, w.word())) {
                return s;
            }
        }
        return w.senseSynonyms().get(0);
    }

    /**
     * How a word is built on its root, for the explanation: "dengan awalan di- dan akhiran -i" for "disetujui" from
     * "setuju", "dengan awalan men-" for "menulis" (the root's first letter melted into the prefix); plain "dengan
     * imbuhan" when the root is not found inside the word as written.
     */
    static String affixes(String word, String root) {
        String w = word.toLowerCase(Locale.ROOT);
        String r = root.toLowerCase(Locale.ROOT);
        int at = w.indexOf(r);
        int length = r.length();
        if (at < 0 && r.length() > 3 && "kptsKPTS".indexOf(r.charAt(0)) >= 0) {
            at = w.indexOf(r.substring(1));
            length = r.length() - 1;
        }
        if (at < 0) {
            return "dengan imbuhan";
        }
        String prefix = w.substring(0, at).replaceAll("-$", "");
        String suffix = w.substring(at + length).replaceAll("^-", "");
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return "dengan imbuhan";
        }
        List<String> split = prefixesOf(prefix);
        String prefixes = String.join("- dan ", split) + "-";
        if (suffix.isEmpty()) {
            return "dengan awalan " + prefixes;
        }
        if (prefix.isEmpty()) {
            return "dengan akhiran -" + suffix;
        }
        return "dengan awalan " + prefixes + (split.size() > 1 ? " serta" : " dan") + " akhiran -" + suffix;
    }

    // Prefixes as written, longest first: "keter-" of "ketersediaan" is "ke-" and "ter-".
    private static final List<String> WRITTEN_PREFIXES = List.of("meng", "meny", "peng", "peny", "mem", "men", "pem",
            "pen", "per", "ber", "ter", "me", "pe", "be", "te", "di", "ke", "se");

    /** A run of prefixes split into the prefixes it is made of, or the run itself when it does not split. */
    private static List<String> prefixesOf(String run) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (at < run.length()) {
            String found = null;
            for (String p : WRITTEN_PREFIXES) {
                if (run.startsWith(p, at)) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                return List.of(run);
            }
            parts.add(found);
            at += found.length();
        }
        return parts.isEmpty() ? List.of(run) : parts;
    }
}
