package id.simak.generate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;

/**
 * Measures the start-up cost of the dictionaries and the time of analysis plus question generation on the
 * seed article and on longer texts up to the 100,000-character limit, single-threaded after warm-up; a
 * measurement, not a test. Run as documented in docs/benchmarks.md.
 */
public final class GenerationBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile int sink;

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args.length > 0 ? args[0] : "src/test/resources/gold");
        String seed = Files.readString(gold.resolve("xinhua-ktt-china-asia-tengah.txt"), StandardCharsets.UTF_8);
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .forEach(p -> articles.add(read(p)));
        }

        long loadStart = System.nanoTime();
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        QuestionGenerator generator = new QuestionGenerator(lexicon);
        System.out.printf(Locale.ROOT, "dictionary and thesaurus load: %.0f ms (wall, cold JVM)%n",
                (System.nanoTime() - loadStart) / 1e6);

        long firstStart = System.nanoTime();
        generator.generate(analyzer.analyze(seed));
        System.out.printf(Locale.ROOT, "first seed article (cold JIT): %.1f ms%n", (System.nanoTime() - firstStart) / 1e6);

        measure("seed article", seed, analyzer, generator, 300);
        for (int chars : new int[] { 12_500, 25_000, 50_000, 100_000 }) {
            measure(String.format(Locale.ROOT, "%,d chars", chars), concatenate(articles, chars), analyzer, generator,
                    chars >= 50_000 ? 8 : 20);
        }
    }

    private static void measure(String label, String text, ArticleAnalyzer analyzer, QuestionGenerator generator,
            int rounds) {
        int words = text.split("\\s+").length;
        for (int i = 0; i < rounds; i++) {
            sink += generator.generate(analyzer.analyze(text)).all().size();
        }
        long analysisCpu = 0;
        long totalCpu = 0;
        long wall = 0;
        int questions = 0;
        for (int i = 0; i < rounds; i++) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            ArticleAnalysis analysis = analyzer.analyze(text);
            long afterAnalysis = THREADS.getCurrentThreadCpuTime();
            List<Question> qs = generator.generate(analysis).all();
            totalCpu += THREADS.getCurrentThreadCpuTime() - c;
            analysisCpu += afterAnalysis - c;
            wall += System.nanoTime() - w;
            questions = qs.size();
        }
        double totalMs = totalCpu / 1e6 / rounds;
        System.out.printf(Locale.ROOT,
                "%-14s %,7d chars %,6d words: analysis %.2f ms + generation %.2f ms = %.2f ms cpu (%.2f ms wall), "
                        + "%,.0f words/s, %d questions%n",
                label, text.length(), words, analysisCpu / 1e6 / rounds, (totalCpu - analysisCpu) / 1e6 / rounds, totalMs,
                wall / 1e6 / rounds, words / (totalMs / 1000), questions);
    }

    /** Real Indonesian news text of about the given length: the gold articles one after another. */
    private static String concatenate(List<String> articles, int chars) {
        StringBuilder sb = new StringBuilder(chars + 1000);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(articles.get(i % articles.size())).append("\n\n");
        }
        return sb.substring(0, chars);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
