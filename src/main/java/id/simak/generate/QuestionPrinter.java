package id.simak.generate;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Command-line tool that prints the questions generated for an Indonesian news text file, with timings. */
public final class QuestionPrinter {

    private QuestionPrinter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: QuestionPrinter article.txt");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        QuestionGenerator generator = new QuestionGenerator(lexicon);
        ArticleAnalysis analysis = analyzer.analyze(text);
        Generation generation = generator.generate(analysis);
        // Warm up so the timing below is what a running server sees, not class loading.
        for (int i = 0; i < 200; i++) {
            generator.generate(analyzer.analyze(text));
        }
        int runs = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            analysis = analyzer.analyze(text);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            generation = generator.generate(analysis);
        }
        long t2 = System.nanoTime();

        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        Map<Skill, Integer> bySkill = new EnumMap<>(Skill.class);
        List<Question> questions = generation.all();
        int n = 0;
        for (Question q : questions) {
            byType.merge(q.type(), 1, Integer::sum);
            bySkill.merge(q.skill(), 1, Integer::sum);
            if (n == 0) {
                System.out.println("=== DRAFT (" + generation.draft().size() + ")");
            } else if (n == generation.draft().size()) {
                System.out.println("=== BANK (" + generation.bank().size() + ")");
            }
            n++;
            System.out.println("[" + q.id() + "] " + q.type() + " / " + q.skill() + " / " + q.difficulty() + " / score "
                    + q.score() + " / paragraph " + q.paragraph());
            System.out.println("  " + q.prompt());
            if (!q.items().isEmpty()) {
                System.out.println("  items:   " + q.items());
            }
            if (!q.choices().isEmpty()) {
                System.out.println("  choices: " + q.choices());
            }
            System.out.println("  answer:  " + q.answer());
            System.out.println("  why:     " + q.explanation());
            System.out.println();
        }
        System.out.println(questions.size() + " questions; by type " + byType + "; by skill " + bySkill);
        System.out.printf("analysis %.2f ms, generation %.2f ms per article (mean of %d warm runs)%n",
                (t1 - t0) / 1e6 / runs, (t2 - t1) / 1e6 / runs, runs);
    }
}
