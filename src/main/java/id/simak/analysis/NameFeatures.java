package id.simak.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.simak.analysis.FeatureSet.WordFeature;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The features the name finder was trained with, defined in one place for the trainer and for {@link NameFinder}:
 * OpenNLP's defaults plus prefixes and suffixes and the cue words of {@link CueFeatureGenerator}.
 */
public final class NameFeatures {

    /** What the model file's feature descriptor names, so OpenNLP's own tools can rebuild the features. */
    public static final String DESCRIPTOR = """
            <featureGenerators name="nameFinder">
              <generator class="id.simak.analysis.NameFeatures$Factory"/>
            </featureGenerators>
            """;

    private static final int MAX_CACHED_SHAPES = 50_000;
    private static final Map<String, String> SHAPES = new ConcurrentHashMap<>();

    private NameFeatures() {}

    /**
     * OpenNLP's token class ("ic" initial capital, "ac" all capitals, "lc", "num"...), cached: OpenNLP works it out
     * with a regular expression and Unicode script look-ups, a fifth of the name finder's time uncached.
     */
    static String shapeOf(String token) {
        String shape = SHAPES.get(token);
        if (shape == null) {
            if (SHAPES.size() >= MAX_CACHED_SHAPES) {
                SHAPES.clear();
            }
            shape = FeatureGeneratorUtil.tokenFeature(token);
            SHAPES.put(token, shape);
        }
        return shape;
    }

    /**
     * The features: OpenNLP's defaults for name finders (token classes and words ±2, bigrams, sentence start) plus
     * prefixes and suffixes up to 4 letters, cue words ±2 and a capital next to a cue. OpenNLP's default
     * "earlier decision on the same word" is left out: each sentence starts afresh (see {@link NameFinder}), so
     * it would always say "none".
     */
    static FeatureSet create() {
        return new FeatureSet(
                List.of(new WordFeature(new TokenClassFeatureGenerator(true), 2, 2),
                        new WordFeature(new TokenFeatureGenerator(true), 2, 2),
                        new WordFeature(new OutcomePriorFeatureGenerator(), 0, 0),
                        new WordFeature(new SentenceFeatureGenerator(true, false), 0, 0),
                        new WordFeature(new PrefixFeatureGenerator(), 0, 0),
                        new WordFeature(new SuffixFeatureGenerator(), 0, 0),
                        new WordFeature(new CueFeatureGenerator(), 2, 2)),
                List.of(new BigramFeatureGenerator(), new CueNeighbourFeatureGenerator()));
    }

    /**
     * Marks the generic words that announce a kind of name: a title before a person ("Menteri", "Bapak"), a
     * speech verb after one ("kata", "ujarnya"), the head of an organisation's name ("Kementerian", "PT"), a
     * preposition or unit before a place ("di", "Kabupaten") and the compass word after one ("Utara").
     * Only such cue words: no names of particular people, bodies or places.
     */
    static final class CueFeatureGenerator implements AdaptiveFeatureGenerator {

        private static final Map<String, String> CUES = new HashMap<>();

        static {
            cue("title", "presiden wapres wakil menteri menko gubernur wagub bupati wabup walikota camat lurah kepala"
                    + " kapolri kapolda kapolres kapolsek panglima jenderal letjen mayjen brigjen kolonel kapten"
                    + " direktur dirut ketua sekretaris sekjen jubir juru bapak ibu pak bu mas mbak bang dr prof ir drs"
                    + " h hj kh haji ustaz ustadz kiai raja ratu pangeran sultan paus perdana anggota politisi"
                    + " politikus pengamat ekonom peneliti pakar analis dosen guru hakim jaksa pengacara advokat"
                    + " pelatih pemain penyanyi aktor aktris artis tersangka terdakwa saksi komisaris deputi dirjen"
                    + " pimpinan pendiri ceo senator rektor dekan saudara sdr tuan nyonya nona mantan kasat");
            cue("say", "kata ujar ucap tutur jelas tambah ungkap papar terang tegas sebut katanya ujarnya ucapnya"
                    + " tuturnya jelasnya tambahnya ungkapnya paparnya terangnya tegasnya menurut mengatakan"
                    + " menyatakan menjelaskan menambahkan mengungkapkan menegaskan menilai");
            cue("org", "kementerian departemen badan dinas komisi lembaga dewan majelis mahkamah pengadilan kejaksaan"
                    + " kepolisian polda polres polsek universitas institut sekolah akademi politeknik fakultas partai"
                    + " pt cv tbk bank perusahaan yayasan asosiasi persatuan perhimpunan ikatan serikat himpunan"
                    + " kantor direktorat sekretariat biro organisasi forum koalisi federasi liga klub tim grup inc"
                    + " corp ltd kelompok gerakan fraksi kabinet pemerintah pemkot pemkab pemprov persero");
            cue("place", "di ke dari menuju asal kabupaten kota provinsi kecamatan desa kelurahan kampung dusun pulau"
                    + " gunung sungai danau teluk selat laut jalan jl negara wilayah daerah kawasan benua distrik"
                    + " bandara pelabuhan stasiun terminal pasar taman masjid gereja candi istana kab prov");
            cue("dir", "utara selatan timur barat tengah raya");
        }

        private static void cue(String kind, String words) {
            for (String word : words.split(" ")) {
                CUES.put(word, kind);
            }
        }

        /** The kind of cue, or "none". */
        static String kindOf(String token) {
            return CUES.getOrDefault(token.toLowerCase(Locale.ROOT), "none");
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String kind = kindOf(tokens[index]);
            if (!kind.equals("none")) {
                features.add("cue=" + kind);
            }
        }
    }

    /**
     * The word pairs and token-class pairs around the token, the features of OpenNLP's
     * {@code BigramNameFeatureGenerator} to the letter, with the token classes cached.
     */
    static final class BigramFeatureGenerator implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String shape = shapeOf(tokens[index]);
            if (index > 0) {
                features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                features.add("pwc,wc=" + shapeOf(tokens[index - 1]) + "," + shape);
            }
            if (index + 1 < tokens.length) {
                features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                features.add("wc,nc=" + shape + "," + shapeOf(tokens[index + 1]));
            }
        }
    }

    /**
     * A capitalised token with the cue before and after it: "a title, then a capital" together, which a
     * maximum-entropy model cannot make of the cue ±2 and the token class apart.
     */
    static final class CueNeighbourFeatureGenerator implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String token = tokens[index];
            if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0))) {
                features.add("capafter=" + (index > 0 ? CueFeatureGenerator.kindOf(tokens[index - 1]) : "start"));
                features.add("capbefore=" + (index + 1 < tokens.length ? CueFeatureGenerator.kindOf(tokens[index + 1])
                        : "end"));
            }
        }
    }

    /** Lets OpenNLP build the features from {@link #DESCRIPTOR} when it trains or loads a model by itself. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() {
            return NameFeatures.create().generator();
        }
    }
}
