package id.simak.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.simak.generate.QuestionGenerator;

/**
 * Measures what the part-of-speech tagger and the name finder cost on real articles next to the analysis and
 * question generation they will feed: model load time and heap in a cold JVM, then per article, single-threaded,
 * CPU time of splitting, tokenising, tagging and finding names in every sentence. A measurement, not a test;
 * runs on the articles in the repository (no training data needed). Run as documented in
 * src/main/resources/models/README.md.
 */
public final class LanguageModelBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile int sink;

    private LanguageModelBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources");
        List<String> gold = articles(resources.resolve("gold"));
        List<String> holdout = articles(resources.resolve("gold-holdout"));
        String seed = Files.readString(resources.resolve("gold/xinhua-ktt-china-asia-tengah.txt"),
                StandardCharsets.UTF_8);

        long heap = usedHeap();
        long start = System.nanoTime();
        PosTagger tagger = PosTagger.loadDefault();
        long taggerMillis = (System.nanoTime() - start) / 1_000_000;
        long taggerHeap = usedHeap() - heap;
        start = System.nanoTime();
        NameFinder finder = NameFinder.loadDefault();
        long finderMillis = (System.nanoTime() - start) / 1_000_000;
        long finderHeap = usedHeap() - heap - taggerHeap;
        System.out.printf(Locale.ROOT,
                "load in a cold JVM: tagger %d ms (%.1f MB heap), name finder %d ms (%.1f MB heap)%n",
                taggerMillis, taggerHeap / 1e6, finderMillis, finderHeap / 1e6);

        start = System.nanoTime();
        sink += run(seed, tagger, finder);
        System.out.printf(Locale.ROOT, "first article (cold JIT, cold caches): %.1f ms%n",
                (System.nanoTime() - start) / 1e6);

        // Warm the JIT on other articles, so that the first pass below meets words the caches have not seen.
        for (int round = 0; round < 30; round++) {
            for (String text : holdout) {
                sink += run(text, tagger, finder);
            }
        }
        System.out.println("per article, cpu ms (wall ms): tokens, first pass (new words), again (words cached)");
        for (String text : gold) {
            measure(text, tagger, finder);
        }
        String longer = firstWords(String.join("\n\n", holdout), 900);
        System.out.print("900 words (the held-out articles again): ");
        measure(longer, tagger, finder);
        breakdown(longer, tagger, finder);

        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        QuestionGenerator generator = new QuestionGenerator(lexicon);
        for (int i = 0; i < 200; i++) {
            sink += generator.generate(analyzer.analyze(longer)).all().size();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < 50; i++) {
            sink += generator.generate(analyzer.analyze(longer)).all().size();
        }
        System.out.printf(Locale.ROOT, "for comparison, analysis + generation of the same 900 words: %.2f ms cpu%n",
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / 50);
    }

    private static void measure(String text, PosTagger tagger, NameFinder finder) {
        int tokens = 0;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            tokens += WordTokenizer.tokenize(s.sentence().text()).size();
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        sink += run(text, tagger, finder);
        double firstCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        double firstWall = (System.nanoTime() - wall) / 1e6;
        int rounds = 50;
        cpu = THREADS.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += run(text, tagger, finder);
        }
        System.out.printf(Locale.ROOT, "%,6d tokens: %.2f ms (%.2f) / %.2f ms (%.2f)%n", tokens, firstCpu, firstWall,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds, (System.nanoTime() - wall) / 1e6 / rounds);
    }

    /** Cpu time of each step on the text, words cached: splitting and tokenising, tagging, finding names. */
    private static void breakdown(String text, PosTagger tagger, NameFinder finder) {
        int rounds = 50;
        List<List<String>> sentences = new ArrayList<>();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            sentences.clear();
            for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
                sentences.add(WordTokenizer.texts(WordTokenizer.tokenize(s.sentence().text())));
            }
        }
        double split = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
        cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            for (List<String> tokens : sentences) {
                sink += tagger.tag(tokens).size();
            }
        }
        double tag = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
        cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            for (List<String> tokens : sentences) {
                sink += finder.find(tokens).size();
            }
        }
        double find = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
        System.out.printf(Locale.ROOT,
                "  of which: split and tokenise %.2f ms, tag %.2f ms, find names %.2f ms (%d sentences)%n",
                split, tag, find, sentences.size());
    }

    private static String firstWords(String text, int words) {
        Matcher m = Pattern.compile("\\S+").matcher(text);
        int end = 0;
        for (int i = 0; i < words && m.find(); i++) {
            end = m.end();
        }
        return text.substring(0, end);
    }

    /** What a caller does: split, tokenise, tag and find names in each sentence. */
    private static int run(String text, PosTagger tagger, NameFinder finder) {
        int n = 0;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            List<String> tokens = WordTokenizer.texts(WordTokenizer.tokenize(s.sentence().text()));
            n += tagger.tag(tokens).size() + finder.find(tokens).size();
        }
        return n;
    }

    private static List<String> articles(Path folder) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(read(p));
            }
        }
        return texts;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
