package id.simak.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import id.simak.generate.Question;
import id.simak.generate.QuestionGenerator;

/**
 * Writes, for every {@code .txt} article of a folder, the sheet a judge reads: the first questions of its draft
 * as a teacher sees them (prompt, choices, answer, explanation, evidence), numbered, in Markdown. Judges see these
 * sheets and the article, never the code. Usage: {@code DraftSheets <articles-folder> <out-folder> [count]}.
 */
public final class DraftSheets {

    private DraftSheets() {
    }

    public static void main(String... args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DraftSheets <articles-folder> <out-folder> [count]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Files.createDirectories(out);
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        QuestionGenerator generator = new QuestionGenerator(lexicon);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Question> draft = generator.generate(analyzer.analyze(text)).draft();
            String name = file.getFileName().toString().replaceAll("\\.txt$", "");
            Files.writeString(out.resolve(name + ".questions.md"), sheet(name, draft, count), StandardCharsets.UTF_8);
            System.out.println(name + "\t" + draft.size());
        }
    }

    static String sheet(String name, List<Question> draft, int count) {
        StringBuilder md = new StringBuilder("# Questions for ").append(name).append("\n\n");
        int n = 0;
        for (Question q : draft) {
            if (n == count) {
                break;
            }
            n++;
            md.append("## Q").append(n).append(" (").append(q.type()).append(", skill ").append(q.skill()).append(")\n\n");
            md.append("Prompt: ").append(q.prompt()).append("\n\n");
            if (!q.items().isEmpty()) {
                md.append("Items (left side):\n");
                for (String item : q.items()) {
                    md.append("- ").append(item).append('\n');
                }
                md.append('\n');
            }
            if (!q.choices().isEmpty()) {
                md.append("Choices:\n");
                char letter = 'A';
                for (String c : q.choices()) {
                    md.append("- ").append(letter++).append(". ").append(c).append('\n');
                }
                md.append('\n');
            }
            md.append(switch (q.type()) {
                case CLOZE -> "Accepted answers: ";
                case MATCHING -> "Answer (the match of each item, in the items' order): ";
                case ORDERING -> "Answer (the right order): ";
                case MULTIPLE_RESPONSE -> "Correct choices: ";
                default -> "Answer: ";
            }).append(String.join(" | ", q.answer())).append("\n\n");
            md.append("Explanation: ").append(q.explanation()).append("\n\n");
            md.append("Evidence sentence: ").append(q.evidence().text()).append("\n\n");
        }
        return md.toString();
    }
}
