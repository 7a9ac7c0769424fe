package id.simak.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;

/**
 * Trains the part-of-speech model and the name finder of {@code src/main/resources/models}, prints how well
 * they do on test data they never saw and how fast they are, and writes them; a program, not a test, as the
 * training data are not in the repository. Run as documented in {@code src/main/resources/models/README.md}:
 *
 * <pre>
 * java ... id.simak.analysis.TrainLanguageModels UD_DIR NER_DIR [--out DIR] [--dev] [--baseline]
 * </pre>
 *
 * {@code --dev} holds out a development part instead (PUD for the tagger, dev.txt for the name finder) and writes
 * nothing: the feature sets were chosen on it, not on the test part. {@code --baseline} also trains OpenNLP's
 * default features with its default maximum-entropy trainer (GIS, cutoff 5) for comparison.
 */
public final class TrainLanguageModels {

    private static final List<String> TAGS = List.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "ADP", "PRON", "DET",
            "NUM", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM", "X");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile int sink;

    private TrainLanguageModels() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainLanguageModels UD_DIR NER_DIR [--out DIR] [--dev] [--baseline]");
            System.exit(2);
        }
        Path ud = Path.of(args[0]);
        Path ner = Path.of(args[1]);
        Path out = Path.of("src/main/resources/models");
        boolean dev = false;
        boolean baseline = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--dev" -> dev = true;
                case "--baseline" -> baseline = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }

        List<POSSample> posTrain = new ArrayList<>();
        posTrain.addAll(readConllu(ud.resolve("id_gsd-ud-dev.conllu")));
        posTrain.addAll(readConllu(ud.resolve("id_csui-ud-train.conllu")));
        List<POSSample> posTest = new ArrayList<>();
        if (dev) {
            posTest.addAll(readConllu(ud.resolve("id_pud-ud-test.conllu")));
        } else {
            posTrain.addAll(readConllu(ud.resolve("id_pud-ud-test.conllu")));
            posTest.addAll(readConllu(ud.resolve("id_gsd-ud-test.conllu")));
            posTest.addAll(readConllu(ud.resolve("id_csui-ud-test.conllu")));
        }
        List<NameSample> nerTrain = new ArrayList<>(readNer(ner.resolve("train.txt")));
        List<NameSample> nerTest;
        if (dev) {
            nerTest = readNer(ner.resolve("dev.txt"));
        } else {
            nerTrain.addAll(readNer(ner.resolve("dev.txt")));
            nerTest = readNer(ner.resolve("test.txt"));
        }
        System.out.printf(Locale.ROOT, "part of speech: %,d sentences / %,d tokens to train, %,d / %,d to test%s%n",
                posTrain.size(), tokens(posTrain), posTest.size(), tokens(posTest), dev ? " (PUD, development)" : "");
        System.out.printf(Locale.ROOT, "names: %,d sentences / %,d names to train, %,d / %,d to test%s%n",
                nerTrain.size(), names(nerTrain), nerTest.size(), names(nerTest), dev ? " (dev.txt, development)" : "");
        tokenizerAgreement(posTrain, posTest);

        WordClasses classes = WordClasses.loadDefault();
        if (baseline) {
            POSModel defaultPos = POSTaggerME.train("ind", new CollectionObjectStream<>(posTrain),
                    parameters("MAXENT", 5), new POSTaggerFactory());
            System.out.println("\n== part of speech, OpenNLP's default features and trainer (GIS, cutoff 5), beam 3");
            evaluatePos(posTest, openNlpTagger(defaultPos));
            TokenNameFinderModel defaultNer = NameFinderME.train("ind", null, new CollectionObjectStream<>(nerTrain),
                    parameters("MAXENT", 5), new TokenNameFinderFactory(null, Map.of(), new BioCodec()));
            System.out.println("\n== names, OpenNLP's default features and trainer (GIS, cutoff 5), beam 3");
            evaluateNer(nerTest, openNlpFinder(defaultNer), new double[] { 0 });
        }

        // Each model is pruned, written to bytes and read back, so what is measured is what ships.
        long start = System.nanoTime();
        byte[] posDescriptor = PosFeatures.DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        POSModel trained = POSTaggerME.train("ind", new CollectionObjectStream<>(posTrain),
                parameters("MAXENT_QN", 0), new POSTaggerFactory(posDescriptor, new HashMap<>(), null));
        byte[] posBytes = bytes(new POSModel("ind", pruned(trained.getArtifact("pos.model")), 3,
                manifest(trained::getManifestProperty), new POSTaggerFactory(posDescriptor, new HashMap<>(), null)));
        POSModel pos = new POSModel(new ByteArrayInputStream(posBytes));
        System.out.printf(Locale.ROOT, "%n== part of speech, Simak's features (PosFeatures), L-BFGS maximum entropy "
                + "(trained in %.0f s), greedy as PosTagger%n", (System.nanoTime() - start) / 1e9);
        PosTagger tagger = PosTagger.of(pos, classes);
        evaluatePos(posTest, tagger::tag);
        System.out.println("the same model file with OpenNLP's POSTaggerME, beam 3:");
        evaluatePos(posTest, openNlpTagger(pos));

        start = System.nanoTime();
        byte[] nerDescriptor = NameFeatures.DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        TokenNameFinderModel trainedNames = NameFinderME.train("ind", null, new CollectionObjectStream<>(nerTrain),
                parameters("MAXENT_QN", 0), new TokenNameFinderFactory(nerDescriptor, new HashMap<>(), new BioCodec()));
        byte[] nerBytes = bytes(new TokenNameFinderModel("ind", pruned(trainedNames.getArtifact("nameFinder.model")),
                3, nerDescriptor, new HashMap<>(), manifest(trainedNames::getManifestProperty), new BioCodec(),
                new TokenNameFinderFactory(nerDescriptor, new HashMap<>(), new BioCodec())));
        TokenNameFinderModel names = new TokenNameFinderModel(new ByteArrayInputStream(nerBytes));
        System.out.printf(Locale.ROOT, "%n== names, Simak's features (NameFeatures), L-BFGS maximum entropy "
                + "(trained in %.0f s), greedy as NameFinder%n", (System.nanoTime() - start) / 1e9);
        NameFinder finder = NameFinder.of(names);
        evaluateNer(nerTest, sentence -> finder.find(sentence).stream()
                .map(n -> new Span(n.start(), n.end(), n.kind().name().toLowerCase(Locale.ROOT), n.probability()))
                .toList(), new double[] { 0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 });
        System.out.println("the same model file with OpenNLP's NameFinderME, beam 3:");
        evaluateNer(nerTest, openNlpFinder(names), new double[] { 0 });

        System.out.println("\n== speed (one thread, after warm-up, on the test sentences)");
        measureSpeed(posTrain, posTest, tagger, finder);

        if (!dev) {
            Files.createDirectories(out);
            Path posFile = out.resolve("id-pos-ud.bin");
            Path nerFile = out.resolve("id-ner.bin");
            Files.write(posFile, posBytes);
            Files.write(nerFile, nerBytes);
            System.out.printf(Locale.ROOT, "%nwrote %s (%,d bytes) and %s (%,d bytes)%n", posFile, Files.size(posFile),
                    nerFile, Files.size(nerFile));
            measureLoad(posFile, nerFile);
        }
    }

    /**
     * The model without the features and weights L1 regularisation set to zero (most of them): the same
     * predictions from a file, a load time and a heap several times smaller.
     */
    private static QNModel pruned(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) data[1];
        List<String> predicates = new ArrayList<>();
        List<Context> kept = new ArrayList<>();
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            int[] outcomes = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            int nonZero = (int) Arrays.stream(parameters).filter(p -> p != 0).count();
            if (nonZero == 0) {
                continue;
            }
            int[] o = new int[nonZero];
            double[] p = new double[nonZero];
            for (int i = 0, k = 0; i < parameters.length; i++) {
                if (parameters[i] != 0) {
                    o[k] = outcomes[i];
                    p[k++] = parameters[i];
                }
            }
            predicates.add(e.getKey());
            kept.add(new Context(o, p));
        }
        System.out.printf(Locale.ROOT, "pruned: %,d of %,d features kept%n", kept.size(), contexts.size());
        return new QNModel(kept.toArray(new Context[0]), predicates.toArray(new String[0]), (String[]) data[2]);
    }

    private static byte[] bytes(BaseModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    /** The training entries of the trained model's manifest, for the pruned model's. */
    private static Map<String, String> manifest(Function<String, String> trained) {
        Map<String, String> entries = new HashMap<>();
        for (String key : List.of("TrainerType", "Training-Cutoff", "Training-Iterations", "Training-Eventhash")) {
            String value = trained.apply(key);
            if (value != null) {
                entries.put(key, value);
            }
        }
        entries.put("Simak-Pruned", "features with zero weights dropped; predictions unchanged");
        return entries;
    }

    private static Function<List<String>, List<String>> openNlpTagger(POSModel model) {
        POSTaggerME me = new POSTaggerME(model);
        return sentence -> List.of(me.tag(sentence.toArray(new String[0])));
    }

    private static Function<List<String>, List<Span>> openNlpFinder(TokenNameFinderModel model) {
        NameFinderME me = new NameFinderME(model);
        return sentence -> {
            me.clearAdaptiveData();
            return List.of(me.find(sentence.toArray(new String[0])));
        };
    }

    /**
     * Sentences of surface tokens: a multiword token ("menurutnya" = menurut + nya) is one token, as the app
     * cuts text, and takes the part of speech of its first part. In these treebanks every multiword token is a
     * host word and an enclitic (-nya, -ku, -mu, -lah, -kah, -pun), so the first part is the content word:
     * "menurutnya" ADP, "bukunya" NOUN, "katanya" VERB, "apakah" ADV.
     */
    static List<POSSample> readConllu(Path file) throws IOException {
        List<POSSample> samples = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int multiwordEnd = -1;
        boolean multiwordTagged = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    samples.add(new POSSample(words, tags));
                }
                words = new ArrayList<>();
                tags = new ArrayList<>();
                multiwordEnd = -1;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String id = fields[0];
            if (id.contains(".")) {
                continue; // an empty node of enhanced dependencies, no word of the text
            }
            int dash = id.indexOf('-');
            if (dash > 0) {
                multiwordEnd = Integer.parseInt(id.substring(dash + 1));
                multiwordTagged = false;
                words.add(fields[1]);
                tags.add(null);
                continue;
            }
            if (Integer.parseInt(id) <= multiwordEnd) {
                if (!multiwordTagged) {
                    tags.set(tags.size() - 1, fields[3]);
                    multiwordTagged = true;
                }
                continue;
            }
            words.add(fields[1]);
            tags.add(fields[3]);
        }
        if (!words.isEmpty()) {
            samples.add(new POSSample(words, tags));
        }
        return samples;
    }

    /**
     * Sentences of idner-news-2k ("token POS TAG" lines, IOB tags, a blank line between sentences), cut again
     * with {@link WordTokenizer} so that "(Jokowi)" is "(", "Jokowi", ")" as at run time; a name keeps its words
     * and loses punctuation at its edges. Each sentence clears the adaptive data: the sentences are shuffled.
     */
    static List<NameSample> readNer(Path file) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    samples.add(nameSample(tokens, tags));
                }
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            String[] fields = line.split(" ");
            tokens.add(fields[0]);
            tags.add(fields[fields.length - 1]);
        }
        if (!tokens.isEmpty()) {
            samples.add(nameSample(tokens, tags));
        }
        return samples;
    }

    private static NameSample nameSample(List<String> tokens, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tags.get(i) : "O";
            boolean begins = tag.startsWith("B-") || tag.startsWith("I-") && !tag.substring(2).equals(type);
            if (start >= 0 && (tag.equals("O") || begins)) {
                spans.add(new Span(start, i, typeOf(type)));
                start = -1;
                type = null;
            }
            if (begins) {
                start = i;
                type = tag.substring(2);
            }
        }
        List<String> cut = new ArrayList<>();
        List<Boolean> punctuation = new ArrayList<>();
        int[] first = new int[tokens.size()];
        int[] end = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            first[i] = cut.size();
            for (Token t : WordTokenizer.tokenize(tokens.get(i))) {
                cut.add(t.text());
                punctuation.add(!Character.isLetterOrDigit(t.text().codePointAt(0)));
            }
            end[i] = cut.size();
        }
        List<Span> names = new ArrayList<>();
        for (Span s : spans) {
            int a = first[s.getStart()];
            int b = end[s.getEnd() - 1];
            while (a < b && punctuation.get(a)) {
                a++;
            }
            while (b > a && punctuation.get(b - 1)) {
                b--;
            }
            if (a < b) {
                names.add(new Span(a, b, s.getType()));
            }
        }
        return new NameSample(cut.toArray(new String[0]), names.toArray(new Span[0]), true);
    }

    private static String typeOf(String iobType) {
        return switch (iobType) {
            case "PER" -> "person";
            case "ORG" -> "organization";
            case "LOC" -> "place";
            default -> throw new IllegalArgumentException("Unknown entity type " + iobType);
        };
    }

    private static TrainingParameters parameters(String algorithm, int cutoff) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("BeamSize", 3);
        return p;
    }

    /**
     * How many treebank tokens WordTokenizer would cut otherwise when it reads the sentence with a space between
     * the tokens: the tagger never sees those at run time as it saw them in training.
     */
    private static void tokenizerAgreement(List<POSSample> train, List<POSSample> test) {
        int all = 0;
        Map<String, Integer> differ = new TreeMap<>();
        for (List<POSSample> part : List.of(train, test)) {
            for (POSSample s : part) {
                StringBuilder text = new StringBuilder();
                List<int[]> offsets = new ArrayList<>();
                for (String word : s.getSentence()) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    offsets.add(new int[] { text.length(), text.length() + word.length() });
                    text.append(word);
                }
                Set<Long> cut = new HashSet<>();
                for (Token t : WordTokenizer.tokenize(text.toString())) {
                    cut.add((long) t.start() << 32 | t.end());
                }
                for (int i = 0; i < offsets.size(); i++) {
                    all++;
                    if (!cut.contains((long) offsets.get(i)[0] << 32 | offsets.get(i)[1])) {
                        differ.merge(s.getSentence()[i], 1, Integer::sum);
                    }
                }
            }
        }
        int count = differ.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "treebank tokens WordTokenizer cuts otherwise: %,d of %,d (%.2f %%), e.g. %s%n",
                count, all, 100.0 * count / all, differ.keySet().stream().limit(20).toList());
    }

    private static void evaluatePos(List<POSSample> test, Function<List<String>, List<String>> tagger) {
        Map<String, int[]> counts = new TreeMap<>(); // gold, predicted, right
        int right = 0;
        int all = 0;
        for (POSSample s : test) {
            String[] gold = s.getTags();
            List<String> predicted = tagger.apply(List.of(s.getSentence()));
            for (int i = 0; i < gold.length; i++) {
                all++;
                counts.computeIfAbsent(gold[i], k -> new int[3])[0]++;
                counts.computeIfAbsent(predicted.get(i), k -> new int[3])[1]++;
                if (gold[i].equals(predicted.get(i))) {
                    right++;
                    counts.get(gold[i])[2]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "token accuracy %.2f %% (%,d of %,d)%n", 100.0 * right / all, right, all);
        System.out.println("| tag | tokens | accuracy (recall) | precision |");
        for (String tag : TAGS) {
            int[] c = counts.getOrDefault(tag, new int[3]);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f %% | %.1f %% |%n", tag, c[0], percent(c[2], c[0]),
                    percent(c[2], c[1]));
        }
    }

    private static void evaluateNer(List<NameSample> test, Function<List<String>, List<Span>> finder,
            double[] thresholds) {
        Map<String, int[]> counts = new HashMap<>(); // per threshold and kind: right, found, in the gold data
        for (NameSample s : test) {
            List<Span> gold = List.of(s.getNames());
            List<Span> found = finder.apply(List.of(s.getSentence()));
            for (double t : thresholds) {
                for (Span g : gold) {
                    count(counts, t, g.getType(), 2);
                }
                for (Span f : found) {
                    if (f.getProb() < t) {
                        continue;
                    }
                    count(counts, t, f.getType(), 1);
                    if (gold.contains(new Span(f.getStart(), f.getEnd(), f.getType()))) {
                        count(counts, t, f.getType(), 0);
                    }
                }
            }
        }
        System.out.println("| probability ≥ | kind | precision | recall | F1 | names found |");
        for (double t : thresholds) {
            for (String kind : List.of("all", "person", "organization", "place")) {
                int[] c = counts.getOrDefault(t + kind, new int[3]);
                double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
                double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
                System.out.printf(Locale.ROOT, "| %.2f | %s | %.3f | %.3f | %.3f | %,d |%n", t, kind, p, r,
                        p + r == 0 ? 0 : 2 * p * r / (p + r), c[1]);
            }
        }
    }

    private static void count(Map<String, int[]> counts, double threshold, String kind, int which) {
        counts.computeIfAbsent(threshold + kind, k -> new int[3])[which]++;
        counts.computeIfAbsent(threshold + "all", k -> new int[3])[which]++;
    }

    /**
     * Per 1,000 tokens, one thread: after warming the JIT up on the training sentences, a first pass over the test
     * sentences (their words mostly new to the per-word caches, like a new article) and the mean of three more.
     */
    private static void measureSpeed(List<POSSample> warmUp, List<POSSample> sentences, PosTagger tagger,
            NameFinder finder) {
        for (int round = 0; round < 3; round++) {
            for (POSSample s : warmUp) {
                List<String> sentence = List.of(s.getSentence());
                sink += tagger.tag(sentence).size() + finder.find(sentence).size();
            }
        }
        List<List<String>> text = new ArrayList<>();
        int tokens = 0;
        for (POSSample s : sentences) {
            text.add(List.of(s.getSentence()));
            tokens += s.getSentence().length;
        }
        System.out.printf(Locale.ROOT, "%,d tokens in %,d sentences; per 1,000 tokens, cpu (wall):%n", tokens,
                text.size());
        for (int pass = 0; pass < 2; pass++) {
            int rounds = pass == 0 ? 1 : 3;
            long[] cpu = new long[2];
            long[] wall = new long[2];
            for (int round = 0; round < rounds; round++) {
                long w = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                for (List<String> sentence : text) {
                    sink += tagger.tag(sentence).size();
                }
                cpu[0] += THREADS.getCurrentThreadCpuTime() - c;
                wall[0] += System.nanoTime() - w;
                w = System.nanoTime();
                c = THREADS.getCurrentThreadCpuTime();
                for (List<String> sentence : text) {
                    sink += finder.find(sentence).size();
                }
                cpu[1] += THREADS.getCurrentThreadCpuTime() - c;
                wall[1] += System.nanoTime() - w;
            }
            double per1000 = 1000.0 / tokens / rounds / 1e6;
            System.out.printf(Locale.ROOT, "  %s: tagging %.2f ms (%.2f ms), name finding %.2f ms (%.2f ms)%n",
                    pass == 0 ? "first pass, new words" : "again, words cached", cpu[0] * per1000, wall[0] * per1000,
                    cpu[1] * per1000, wall[1] * per1000);
        }
    }

    /** Load time as the app loads the models (model file, weights, word classes), and the heap they hold. */
    private static void measureLoad(Path posFile, Path nerFile) throws IOException {
        byte[] posBytes = Files.readAllBytes(posFile);
        byte[] nerBytes = Files.readAllBytes(nerFile);
        for (int round = 0; round < 3; round++) {
            long before = usedHeap();
            long start = System.nanoTime();
            WordClasses classes;
            try (InputStream in = WordClasses.class.getResourceAsStream("/lexicon/th_id_ID_v2.dat")) {
                classes = WordClasses.read(in);
            }
            PosTagger tagger = PosTagger.of(new POSModel(new ByteArrayInputStream(posBytes)), classes);
            long posMillis = (System.nanoTime() - start) / 1_000_000;
            long afterPos = usedHeap();
            start = System.nanoTime();
            NameFinder finder = NameFinder.of(new TokenNameFinderModel(new ByteArrayInputStream(nerBytes)));
            long nerMillis = (System.nanoTime() - start) / 1_000_000;
            long afterNer = usedHeap();
            sink += tagger.tag(List.of("Ia", "pulang", ".")).size()
                    + finder.find(List.of("Budi", "pulang", ".")).size();
            System.out.printf(Locale.ROOT, "load %d: part of speech with the thesaurus' word classes %d ms, ~%.1f MB"
                    + " heap; names %d ms, ~%.1f MB heap%n", round + 1, posMillis, (afterPos - before) / 1e6,
                    nerMillis, (afterNer - afterPos) / 1e6);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static int tokens(List<POSSample> samples) {
        return samples.stream().mapToInt(s -> s.getSentence().length).sum();
    }

    private static int names(List<NameSample> samples) {
        return samples.stream().mapToInt(s -> s.getNames().length).sum();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
