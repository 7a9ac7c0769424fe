package id.simak.gold;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;
import id.simak.gold.AnalysisScore.Category;
import id.simak.gold.AnalysisScore.CategoryScore;
import id.simak.gold.QuestionCoverage.FactCoverage;

/**
 * Prints, in Markdown, how well the analyzer and the question generator do on every gold key: recall and
 * precision per category over all keys, question coverage per fact category, then what each key missed.
 * Run: {@code ./mvnw -q test-compile exec:java}-free, see docs/generation-quality.md for the command.
 */
public final class QualityReport {

    private QualityReport() {
    }

    /** The scores of a set of keys: analysis per key, question coverage per key, the questions per key. */
    record Run(List<AnalysisScore> scores, List<QuestionCoverage> coverages, List<List<Question>> questions) {}

    /**
     * With no arguments scores every key under {@code gold/}; otherwise the named keys: "x.gold.json" (under
     * {@code gold/}), "gold-holdout/x.gold.json" (a resource path), or a resource folder such as
     * "gold-holdout" for every key in it.
     */
    public static void main(String... args) {
        List<GoldKey> keys = new ArrayList<>();
        if (args.length == 0) {
            keys.addAll(GoldKey.all());
        } else {
            for (String name : args) {
                java.nio.file.Path onDisk = java.nio.file.Path.of(name);
                if (java.nio.file.Files.isDirectory(onDisk)) {
                    // A folder outside the test resources, such as the keys of real articles kept out of the repository.
                    try (var files = java.nio.file.Files.list(onDisk)) {
                        files.filter(p -> p.toString().endsWith(".gold.json")).sorted().forEach(p -> keys.add(GoldKey.load(p)));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } else if (java.nio.file.Files.isRegularFile(onDisk)) {
                    keys.add(GoldKey.load(onDisk));
                } else if (name.endsWith(".gold.json")) {
                    keys.add(GoldKey.load(name));
                } else {
                    keys.addAll(GoldKey.all(name.replaceAll("/+$", "")));
                }
            }
        }
        Run run = run(keys);
        print(System.out, run);
    }

    /** Analyses every key's article, generates its questions and scores both. */
    static Run run(List<GoldKey> keys) {
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        QuestionGenerator generator = new QuestionGenerator(lexicon);
        List<AnalysisScore> scores = new ArrayList<>();
        List<QuestionCoverage> coverages = new ArrayList<>();
        List<List<Question>> questions = new ArrayList<>();
        for (GoldKey key : keys) {
            ArticleAnalysis analysis = analyzer.analyze(key.articleText());
            List<Question> generated = generator.generate(analysis).all();
            scores.add(AnalysisScore.of(analysis, key));
            coverages.add(QuestionCoverage.of(key, generated));
            questions.add(generated);
        }
        return new Run(scores, coverages, questions);
    }

    static void print(PrintStream out, Run run) {
        print(out, run.scores(), run.coverages());
        int[] synonyms = new int[2];
        for (int i = 0; i < run.scores().size(); i++) {
            int[] s = QuestionCoverage.synonymAnswers(run.scores().get(i).key(), run.questions().get(i));
            synonyms[0] += s[0];
            synonyms[1] += s[1];
        }
        if (synonyms[1] > 0) {
            out.println();
            out.printf(Locale.ROOT, "Synonym questions about keyed words whose answer the key accepts: %d / %d (%s)%n",
                    synonyms[0], synonyms[1], ratio(synonyms[0], synonyms[1]));
        }
    }

    /** Per category over the given scores: {found, key facts, correct, reported}, micro-averaged. */
    static Map<Category, int[]> totals(List<AnalysisScore> scores) {
        // Micro-averaged: every fact of every key weighs the same, so short keys do not dominate.
        Map<Category, int[]> totals = new EnumMap<>(Category.class);
        for (AnalysisScore s : scores) {
            for (CategoryScore c : s.categories()) {
                int[] t = totals.computeIfAbsent(c.category(), k -> new int[4]);
                t[0] += c.found();
                t[1] += c.keyFacts();
                t[2] += c.correct();
                t[3] += c.reported();
            }
        }
        return totals;
    }

    /** Per fact category over the given coverages: {covered, facts}. */
    static Map<String, int[]> covered(List<QuestionCoverage> coverages) {
        Map<String, int[]> covered = new LinkedHashMap<>();
        for (QuestionCoverage c : coverages) {
            for (FactCoverage f : c.facts()) {
                int[] t = covered.computeIfAbsent(f.category(), k -> new int[2]);
                t[0] += f.covered() ? 1 : 0;
                t[1]++;
            }
        }
        return covered;
    }

    static void print(PrintStream out, List<AnalysisScore> scores, List<QuestionCoverage> coverages) {
        out.println("# Simak quality report (" + scores.size() + " gold keys)");
        out.println();
        out.println("## Analysis, all keys");
        out.println();
        out.println("| category | recall | precision | found / key facts | correct / reported |");
        out.println("|---|---|---|---|---|");
        totals(scores).forEach((category, t) -> out.printf(Locale.ROOT, "| %s | %s | %s | %d / %d | %d / %d |%n",
                category.name().toLowerCase(Locale.ROOT), ratio(t[0], t[1]), ratio(t[2], t[3]), t[0], t[1], t[2], t[3]));
        out.println();
        out.println("## Questions, all keys");
        out.println();
        out.println("| facts | covered / facts | coverage |");
        out.println("|---|---|---|");
        covered(coverages).forEach((category, t) -> out.printf(Locale.ROOT, "| %s | %d / %d | %s |%n",
                category, t[0], t[1], ratio(t[0], t[1])));
        for (int i = 0; i < scores.size(); i++) {
            AnalysisScore s = scores.get(i);
            out.println();
            out.println("## " + s.key().slug());
            out.println();
            out.println("| category | recall | precision | found / key facts | correct / reported |");
            out.println("|---|---|---|---|---|");
            for (CategoryScore c : s.categories()) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %d / %d | %d / %d |%n",
                        c.category().name().toLowerCase(Locale.ROOT), ratio(c.found(), c.keyFacts()),
                        ratio(c.correct(), c.reported()), c.found(), c.keyFacts(), c.correct(), c.reported());
            }
            out.println();
            for (CategoryScore c : s.categories()) {
                c.missed().forEach(m -> out.println("- missed: " + m));
                c.spurious().forEach(m -> out.println("- spurious: " + m));
            }
            coverages.get(i).uncovered().forEach(f -> out.println("- no question: " + f.fact()));
            out.println();
            StringBuilder line = new StringBuilder("Questions cover:");
            covered(List.of(coverages.get(i))).forEach((category, t) ->
                    line.append(' ').append(category).append(' ').append(t[0]).append('/').append(t[1]).append(','));
            out.println(line.substring(0, line.length() - 1));
        }
    }

    static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }
}
