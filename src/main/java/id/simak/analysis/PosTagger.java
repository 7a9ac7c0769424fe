package id.simak.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Tags each token of a sentence with its Universal Dependencies part of speech (NOUN, PROPN, VERB, ADJ, ADV,
 * ADP, PRON, DET, NUM, CCONJ, SCONJ, AUX, PART, PUNCT, SYM, X), with the maximum-entropy model
 * {@code models/id-pos-ud.bin} trained on the Indonesian UD treebanks (see {@code models/README.md}).
 *
 * <p>Decoding is greedy, left to right: each token takes its best tag given the two tags before it. A beam of
 * three, OpenNLP's default, was right on 0.03 % more test tokens at twice the time. OpenNLP's
 * {@code POSTaggerME} is not used: it is not thread-safe, it spends 25–32 µs a token here (see
 * {@link FeatureScorer}), and it would build the features through OpenNLP's class-name lookup, which cannot see
 * application classes under Quarkus' dev and test class loaders.
 *
 * <p>Thread-safe: a call keeps its state in local arrays; the weights are read-only and the per-word cache is
 * concurrent. Load once ({@link #loadDefault()}) and share.
 */
public final class PosTagger {

    /** A token's part of speech and the probability the model gives it (the softmax of its score). */
    public record Tag(String tag, double probability) {}

    private static final String RESOURCE = "/models/id-pos-ud.bin";
    private static volatile PosTagger defaultTagger;

    private final FeatureScorer scorer;
    private final List<AdaptiveFeatureGenerator> context;
    private final long loadMillis;

    private PosTagger(MaxentModel model, WordClasses classes, long loadMillis) {
        FeatureSet features = PosFeatures.create(classes);
        this.scorer = new FeatureScorer(model, features);
        this.context = features.context();
        this.loadMillis = loadMillis;
    }

    /** The tagger of {@code src/main/resources/models}, loaded on first use and shared afterwards. */
    public static PosTagger loadDefault() {
        PosTagger tagger = defaultTagger;
        if (tagger == null) {
            synchronized (PosTagger.class) {
                tagger = defaultTagger;
                if (tagger == null) {
                    long start = System.nanoTime();
                    WordClasses classes = WordClasses.loadDefault();
                    try (InputStream in = PosTagger.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
                        }
                        POSModel model = new POSModel(in);
                        tagger = new PosTagger(model.getArtifact("pos.model"), classes,
                                (System.nanoTime() - start) / 1_000_000);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot load the part-of-speech model", e);
                    }
                    defaultTagger = tagger;
                }
            }
        }
        return tagger;
    }

    /** A tagger for a model trained with {@link PosFeatures}, e.g. one the trainer has just made. */
    static PosTagger of(POSModel model, WordClasses classes) {
        return new PosTagger(model.getArtifact("pos.model"), classes, 0);
    }

    /** Milliseconds it took to read the model and the thesaurus' word classes. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The part of speech of each token, in order; tokens as {@link WordTokenizer} cuts them, one sentence at a
     * time (the model has seen sentences: the first word and the tags before a word count).
     */
    public List<String> tag(List<String> tokens) {
        return decode(tokens, null);
    }

    /**
     * As {@link #tag}, with the probability of each chosen tag, so a caller can fall back on other evidence
     * where the model hesitates.
     */
    public List<Tag> tagWithProbabilities(List<String> tokens) {
        double[] probabilities = new double[tokens.size()];
        List<String> tags = decode(tokens, probabilities);
        List<Tag> out = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            out.add(new Tag(tags.get(i), probabilities[i]));
        }
        return List.copyOf(out);
    }

    private List<String> decode(List<String> tokens, double[] probabilities) {
        int n = tokens.size();
        String[] words = tokens.toArray(new String[0]);
        String[] tags = new String[n];
        float[] scores = new float[scorer.labelCount()];
        List<String> features = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Arrays.fill(scores, 0);
            scorer.addWordScores(words, i, scores);
            features.clear();
            for (AdaptiveFeatureGenerator g : context) {
                g.createFeatures(features, words, i, tags);
            }
            scorer.add(features, scores);
            int best = argmax(scores);
            tags[i] = scorer.label(best);
            if (probabilities != null) {
                double sum = 0;
                for (float s : scores) {
                    sum += Math.exp(s - scores[best]);
                }
                probabilities[i] = 1 / sum;
            }
        }
        return List.of(tags);
    }

    static int argmax(float[] scores) {
        int best = 0;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return best;
    }
}
