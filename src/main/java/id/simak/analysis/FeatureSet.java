package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features of a model in two parts: word features, which depend only on one token and on whether it starts
 * the sentence, each seen through a window of neighbours; and context features, which may look at anything,
 * the labels already given included. The split lets {@link FeatureScorer} add up a word's weights once and reuse
 * them, while training sees the same features through OpenNLP's ordinary generators ({@link #generator()}).
 */
record FeatureSet(List<WordFeature> words, List<AdaptiveFeatureGenerator> context) {

    /** A generator of word features and how many tokens before and after the current one it is applied to. */
    record WordFeature(AdaptiveFeatureGenerator generator, int before, int after) {}

    FeatureSet {
        words = List.copyOf(words);
        context = List.copyOf(context);
    }

    /** All features as one OpenNLP generator: what the trainer and OpenNLP's own taggers use. */
    AdaptiveFeatureGenerator generator() {
        List<AdaptiveFeatureGenerator> perWord = new ArrayList<>();
        for (WordFeature w : words) {
            perWord.add(w.before() == 0 && w.after() == 0 ? w.generator()
                    : new WindowFeatureGenerator(w.generator(), w.before(), w.after()));
        }
        List<AdaptiveFeatureGenerator> all = new ArrayList<>();
        // The cache keeps word features while a beam tries several labels; context features may differ per label.
        all.add(new CachedFeatureGenerator(new AggregatedFeatureGenerator(perWord)));
        all.addAll(context);
        return new AggregatedFeatureGenerator(all);
    }

    int maxBefore() {
        return words.stream().mapToInt(WordFeature::before).max().orElse(0);
    }

    int maxAfter() {
        return words.stream().mapToInt(WordFeature::after).max().orElse(0);
    }
}
