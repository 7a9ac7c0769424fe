package id.simak.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Finds the names of people, organisations and places in a sentence, with the maximum-entropy model
 * {@code models/id-ner.bin} trained on idner-news-2k (see {@code models/README.md}), and says how sure it is.
 *
 * <p>Decoding is greedy, left to right, each token taking its best label (start, continue or outside a name of a
 * kind) among those that continue the labels before it. Each sentence starts afresh: the model was trained on
 * sentences shuffled across articles, with OpenNLP's adaptive data cleared at every sentence, so nothing is
 * carried from one call to the next. OpenNLP's {@code NameFinderME} is not used, for the reasons given in
 * {@link PosTagger}.
 *
 * <p>Thread-safe: a call keeps its state in local arrays; the weights are read-only and the per-word cache is
 * concurrent. Load once ({@link #loadDefault()}) and share.
 */
public final class NameFinder {

    /** The kinds of name the model knows. */
    public enum Kind { PERSON, ORGANIZATION, PLACE }

    /**
     * A name over tokens {@code start} (inclusive) to {@code end} (exclusive) of the sentence, and the mean of
     * the probabilities the model gave its tokens' labels (OpenNLP's span probability).
     */
    public record Name(int start, int end, Kind kind, double probability) {}

    private static final String RESOURCE = "/models/id-ner.bin";
    private static final int MAX_CACHED_WORDS = 50_000;
    private static volatile NameFinder defaultFinder;

    private final FeatureScorer scorer;
    private final List<AdaptiveFeatureGenerator> context;
    private final int outside;
    private final boolean[] continues;
    // The features of the labels before a token, per label: "po=", "ppo=", and per word "pow=", per class "powf=".
    private final float[] afterLabel;
    private final float[] twoAfterLabel;
    private final Map<String, float[]> afterLabelWord = new ConcurrentHashMap<>();
    private final Map<String, float[]> afterLabelShape = new ConcurrentHashMap<>();
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final long loadMillis;

    private NameFinder(MaxentModel model, SequenceCodec<String> codec, long loadMillis) {
        FeatureSet features = NameFeatures.create();
        this.scorer = new FeatureScorer(model, features);
        this.context = features.context();
        if (!(codec instanceof BioCodec)) {
            throw new IllegalArgumentException("The decoder knows BIO labels only, not " + codec.getClass().getName());
        }
        this.codec = codec;
        this.validator = codec.createSequenceValidator();
        this.outside = scorer.labelIndex(BioCodec.OTHER);
        this.continues = new boolean[scorer.labelCount()];
        for (int o = 0; o < continues.length; o++) {
            continues[o] = scorer.label(o).endsWith(BioCodec.CONTINUE);
        }
        this.afterLabel = scorer.rowsPerLabel(label -> "po=" + label);
        this.twoAfterLabel = scorer.rowsPerLabel(label -> "ppo=" + label);
        this.loadMillis = loadMillis;
    }

    /** The name finder of {@code src/main/resources/models}, loaded on first use and shared afterwards. */
    public static NameFinder loadDefault() {
        NameFinder finder = defaultFinder;
        if (finder == null) {
            synchronized (NameFinder.class) {
                finder = defaultFinder;
                if (finder == null) {
                    long start = System.nanoTime();
                    try (InputStream in = NameFinder.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
                        }
                        finder = of(new TokenNameFinderModel(in), (System.nanoTime() - start) / 1_000_000);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot load the name finder model", e);
                    }
                    defaultFinder = finder;
                }
            }
        }
        return finder;
    }

    /** A finder for a model trained with {@link NameFeatures}, e.g. one the trainer has just made. */
    static NameFinder of(TokenNameFinderModel model) {
        return of(model, 0);
    }

    private static NameFinder of(TokenNameFinderModel model, long loadMillis) {
        return new NameFinder(model.getArtifact("nameFinder.model"), model.getFactory().createSequenceCodec(),
                loadMillis);
    }

    /** Milliseconds it took to read the model. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The names in one sentence, in order and not overlapping; tokens as {@link WordTokenizer} cuts them.
     * Keep only those above a probability when a wrong kind costs more than a missed name: see the precision
     * per threshold in {@code models/README.md}.
     */
    public List<Name> find(List<String> tokens) {
        int n = tokens.size();
        String[] words = tokens.toArray(new String[0]);
        String[] labels = new String[n];
        int[] chosen = new int[n];
        double[] probabilities = new double[n];
        float[] scores = new float[scorer.labelCount()];
        List<String> features = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Arrays.fill(scores, 0);
            scorer.addWordScores(words, i, scores);
            features.clear();
            for (AdaptiveFeatureGenerator g : context) {
                g.createFeatures(features, words, i, labels);
            }
            scorer.add(features, scores);
            addPreviousLabels(words[i], i > 0 ? chosen[i - 1] : outside, i > 1 ? chosen[i - 2] : outside, scores);
            chosen[i] = bestValid(scores, i, words, labels);
            labels[i] = scorer.label(chosen[i]);
            probabilities[i] = probability(scores, chosen[i]);
        }
        List<Name> names = new ArrayList<>();
        for (Span span : codec.decode(Arrays.asList(labels))) {
            double sum = 0;
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                sum += probabilities[i];
            }
            names.add(new Name(span.getStart(), span.getEnd(), kindOf(span.getType()), sum / span.length()));
        }
        return List.copyOf(names);
    }

    /**
     * The features OpenNLP's DefaultNameContextGenerator adds to every token from the labels before it, to the
     * letter ("other" before the first): "po=" and "ppo=" the label one and two back, "pow=" and "powf=" the label
     * one back with the word and with its token class. Their weights are looked up per label once, per word and
     * per class on first sight.
     */
    private void addPreviousLabels(String word, int previous, int beforePrevious, float[] scores) {
        scorer.addRow(afterLabel, previous, scores);
        scorer.addRow(twoAfterLabel, beforePrevious, scores);
        scorer.addRow(cached(afterLabelWord, word, w -> scorer.rowsPerLabel(label -> "pow=" + label + "," + w)),
                previous, scores);
        String shape = NameFeatures.shapeOf(word);
        scorer.addRow(cached(afterLabelShape, shape, c -> scorer.rowsPerLabel(label -> "powf=" + label + "," + c)),
                previous, scores);
    }

    private static float[] cached(Map<String, float[]> cache, String key, Function<String, float[]> compute) {
        float[] value = cache.get(key);
        if (value == null) {
            if (cache.size() >= MAX_CACHED_WORDS) {
                cache.clear(); // a web app reads any text: start over rather than grow without end
            }
            value = compute.apply(key);
            cache.put(key, value);
        }
        return value;
    }

    /** The best label that may follow the labels so far ("continue a person" only after a person). */
    private int bestValid(float[] scores, int i, String[] words, String[] labels) {
        int best = PosTagger.argmax(scores);
        // In BIO only a "continue" label can break the sequence; the others need no copy of the labels to check.
        if (!continues[best]) {
            return best;
        }
        String[] before = Arrays.copyOf(labels, i);
        if (validator.validSequence(i, words, before, scorer.label(best))) {
            return best;
        }
        best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, words, before, scorer.label(o))) {
                best = o;
            }
        }
        return best;
    }

    /** The softmax of the chosen label's score, the probability OpenNLP's model would report for it. */
    private static double probability(float[] scores, int chosen) {
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - scores[chosen]);
        }
        return 1 / sum;
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "person" -> Kind.PERSON;
            case "organization" -> Kind.ORGANIZATION;
            case "place" -> Kind.PLACE;
            default -> throw new IllegalStateException("Name type the model should not know: " + type);
        };
    }
}
