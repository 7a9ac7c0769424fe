package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The scores a trained maximum-entropy model gives each label of a token: the sum of the weights of the token's
 * features, as OpenNLP's model computes them before normalising. The word features of a {@link FeatureSet} are
 * added up once per word and cached (as one vector per position the word can take in a window), so a token
 * costs a few look-ups instead of some thirty feature strings; OpenNLP's generic decoder spent 25–32 µs per token
 * on this machine, too slow for the analysis of an article. Thread-safe: the weights never change and the cache
 * is concurrent.
 */
final class FeatureScorer {

    private static final int MAX_CACHED_WORDS = 50_000;

    private final Map<String, float[]> weights;
    private final String[] labels;
    private final FeatureSet features;
    private final int before;
    private final int slots;
    private final Map<String, float[]> firstWords = new ConcurrentHashMap<>();
    private final Map<String, float[]> otherWords = new ConcurrentHashMap<>();

    /**
     * Reads the weights of an L-BFGS maximum-entropy model, whose probabilities are the softmax of the summed
     * weights; other OpenNLP models (GIS with its correction constant, perceptron) score differently.
     */
    FeatureScorer(MaxentModel model, FeatureSet features) {
        if (!(model instanceof QNModel qn)) {
            throw new IllegalArgumentException("Not an L-BFGS maximum-entropy model: " + model.getClass().getName());
        }
        Object[] data = qn.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) data[1];
        this.labels = ((String[]) data[2]).clone();
        Map<String, float[]> dense = new HashMap<>(contexts.size() * 2);
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            float[] w = new float[labels.length];
            boolean any = false;
            int[] outcomes = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int i = 0; i < outcomes.length; i++) {
                w[outcomes[i]] = (float) parameters[i];
                any |= parameters[i] != 0;
            }
            if (any) {
                dense.put(e.getKey(), w);
            }
        }
        this.weights = dense; // never written after this; a HashMap misses faster than Map.copyOf's probing
        this.features = features;
        this.before = features.maxBefore();
        this.slots = before + features.maxAfter() + 1;
    }

    int labelCount() {
        return labels.length;
    }

    String label(int i) {
        return labels[i];
    }

    int labelIndex(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the weights of the word features of token {@code index}, from the words of its window. */
    void addWordScores(String[] tokens, int index, float[] scores) {
        int from = Math.max(0, index - before);
        int to = Math.min(tokens.length - 1, index + slots - 1 - before);
        for (int j = from; j <= to; j++) {
            float[] vectors = wordVectors(tokens[j], j == 0);
            // Slot before + r holds what a word adds to the token r places before it (r < 0: after it).
            int offset = (before + j - index) * labels.length;
            for (int o = 0; o < labels.length; o++) {
                scores[o] += vectors[offset + o];
            }
        }
    }

    /** Adds the weights of these features; unknown ones weigh nothing, as in the model. */
    void add(List<String> context, float[] scores) {
        for (int i = 0; i < context.size(); i++) {
            add(context.get(i), scores);
        }
    }

    /**
     * The weights of one feature per label, row after row: row {@code l} holds those of
     * {@code featureAfter.apply(label(l))}, for features that name the label before the token.
     */
    float[] rowsPerLabel(Function<String, String> featureAfter) {
        float[] rows = new float[labels.length * labels.length];
        for (int l = 0; l < labels.length; l++) {
            float[] w = weights.get(featureAfter.apply(labels[l]));
            if (w != null) {
                System.arraycopy(w, 0, rows, l * labels.length, labels.length);
            }
        }
        return rows;
    }

    /** Adds row {@code row} of what {@link #rowsPerLabel} made. */
    void addRow(float[] rows, int row, float[] scores) {
        int offset = row * labels.length;
        for (int o = 0; o < labels.length; o++) {
            scores[o] += rows[offset + o];
        }
    }

    /** Adds the weights of this feature; an unknown one weighs nothing, as in the model. */
    void add(String feature, float[] scores) {
        float[] w = weights.get(feature);
        if (w != null) {
            for (int o = 0; o < labels.length; o++) {
                scores[o] += w[o];
            }
        }
    }

    private float[] wordVectors(String word, boolean first) {
        Map<String, float[]> cache = first ? firstWords : otherWords;
        float[] vectors = cache.get(word);
        if (vectors == null) {
            if (cache.size() >= MAX_CACHED_WORDS) {
                cache.clear(); // a web app reads any text: start over rather than grow without end
            }
            vectors = computeWordVectors(word, first);
            cache.put(word, vectors);
        }
        return vectors;
    }

    /**
     * Calls each word generator on the word alone (with an empty token before it when it is not the first), as
     * a word feature may only look at its token and at whether it is the first, and puts each feature's weights
     * under every slot of its window with the prefix OpenNLP's WindowFeatureGenerator gives it there.
     */
    private float[] computeWordVectors(String word, boolean first) {
        String[] probe = first ? new String[] { word } : new String[] { "", word };
        int at = probe.length - 1;
        String[] noLabels = new String[probe.length];
        float[] vectors = new float[slots * labels.length];
        List<String> found = new ArrayList<>();
        for (FeatureSet.WordFeature w : features.words()) {
            found.clear();
            w.generator().createFeatures(found, probe, at, noLabels);
            for (String f : found) {
                addTo(vectors, before, f);
                // Seen from a token m places after the word, the window calls it "p" + m; from one before, "n" + m.
                for (int m = 1; m <= w.before(); m++) {
                    addTo(vectors, before - m, WindowFeatureGenerator.PREV_PREFIX + m + f);
                }
                for (int m = 1; m <= w.after(); m++) {
                    addTo(vectors, before + m, WindowFeatureGenerator.NEXT_PREFIX + m + f);
                }
            }
        }
        return vectors;
    }

    private void addTo(float[] vectors, int slot, String feature) {
        float[] w = weights.get(feature);
        if (w != null) {
            int offset = slot * labels.length;
            for (int o = 0; o < labels.length; o++) {
                vectors[offset + o] += w[o];
            }
        }
    }
}
