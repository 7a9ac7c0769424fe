package id.simak.analysis;

import java.util.List;
import java.util.Locale;

import id.simak.analysis.FeatureSet.WordFeature;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The features the part-of-speech model was trained with, defined in one place for the trainer and for
 * {@link PosTagger}: OpenNLP's defaults plus Indonesian affix layers ({@link AffixFeatureGenerator}) and the
 * thesaurus' word classes ({@link WordClasses}).
 */
public final class PosFeatures {

    /** What the model file's feature descriptor names, so OpenNLP's own tools can rebuild the features. */
    public static final String DESCRIPTOR = """
            <featureGenerators name="posTagger">
              <generator class="id.simak.analysis.PosFeatures$Factory"/>
            </featureGenerators>
            """;

    private PosFeatures() {}

    /**
     * The features: OpenNLP's defaults for part-of-speech models (prefixes and suffixes up to 4 letters, token
     * class, the words ±2, sentence start ±2, the two previous tags) plus affixes ±1 and word classes ±1.
     */
    static FeatureSet create(WordClasses classes) {
        return new FeatureSet(
                List.of(new WordFeature(new OutcomePriorFeatureGenerator(), 0, 0),
                        new WordFeature(new SuffixFeatureGenerator(), 0, 0),
                        new WordFeature(new PrefixFeatureGenerator(), 0, 0),
                        new WordFeature(new TokenClassFeatureGenerator(true), 0, 0),
                        new WordFeature(new TokenFeatureGenerator(true), 2, 2),
                        new WordFeature(new SentenceFeatureGenerator(true, false), 2, 2),
                        new WordFeature(new AffixFeatureGenerator(), 1, 1),
                        new WordFeature(new WordClassFeatureGenerator(classes), 1, 1)),
                List.of(new PosTaggerFeatureGenerator()));
    }

    /** The thesaurus' classes of the word, or of its host when a clitic "-nya" hangs on it. */
    static final class WordClassFeatureGenerator implements AdaptiveFeatureGenerator {

        private final WordClasses classes;

        WordClassFeatureGenerator(WordClasses classes) {
            this.classes = classes;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String word = tokens[index].toLowerCase(Locale.ROOT);
            String found = classes.of(word);
            if (found == null && word.endsWith("nya") && word.length() > 5) {
                found = classes.of(word.substring(0, word.length() - 3));
                if (found != null) {
                    found += "+nya";
                }
            }
            features.add("lx=" + (found == null ? "none" : found));
        }
    }

    /** Lets OpenNLP build the features from {@link #DESCRIPTOR} when it trains or loads a model by itself. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() {
            return PosFeatures.create(WordClasses.loadDefault()).generator();
        }
    }
}
