package id.simak.analysis;

import java.util.List;

/**
 * A readable sentence as the statistical models read it, once per analysis for every extractor: its tokens
 * ({@link WordTokenizer}), a part of speech per token with the tagger's probability, and the names found. A
 * sentence that is not read (heading, page furniture) or an analysis without models has no tokens.
 */
record TaggedSentence(Sentence sentence, List<Token> tokens, List<PosTagger.Tag> tags, List<NameFinder.Name> names) {

    static TaggedSentence untagged(Sentence sentence) {
        return new TaggedSentence(sentence, List.of(), List.of(), List.of());
    }

    /** Reads one sentence with whichever models are present (either may be null). */
    static TaggedSentence read(Sentence sentence, PosTagger tagger, NameFinder finder) {
        if (!sentence.isReadable() || tagger == null && finder == null) {
            return untagged(sentence);
        }
        List<Token> tokens = WordTokenizer.tokenize(sentence.text());
        List<String> words = WordTokenizer.texts(tokens);
        return new TaggedSentence(sentence, List.copyOf(tokens),
                tagger == null ? List.of() : tagger.tagWithProbabilities(words),
                finder == null ? List.of() : finder.find(words));
    }

    /** The index of the token that starts at this offset of the sentence, or -1. */
    int tokenStartingAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).start();
            if (start == offset) {
                return mid;
            }
            if (start < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The tag of the token that starts at this offset, or null when there is none or no tagger ran. */
    PosTagger.Tag tagAt(int offset) {
        int i = tokenStartingAt(offset);
        return i < 0 || tags.isEmpty() ? null : tags.get(i);
    }

    /** The name that covers this character offset of the sentence, or null. */
    NameFinder.Name nameAt(int offset) {
        for (NameFinder.Name n : names) {
            if (tokens.get(n.start()).start() <= offset && offset < tokens.get(n.end() - 1).end()) {
                return n;
            }
        }
        return null;
    }

    /** Offset in the sentence where the name starts. */
    int start(NameFinder.Name name) {
        return tokens.get(name.start()).start();
    }

    /** Offset in the sentence where the name ends. */
    int end(NameFinder.Name name) {
        return tokens.get(name.end() - 1).end();
    }

    /** The name in the article's own words. */
    String text(NameFinder.Name name) {
        return sentence.text().substring(start(name), end(name));
    }
}
