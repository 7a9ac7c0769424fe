package id.simak.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts the judges' verdicts on draft questions: keep, fix and throw overall and per skill, from the
 * {@code verdicts.tsv} files judges write (columns article, q, type, skill, verdict, reason), as published in
 * docs/generation-quality.md. Usage: {@code VerdictTally <folder with verdicts.tsv files, searched recursively> ...}.
 */
public final class VerdictTally {

    private VerdictTally() {
    }

    /** One judged question. */
    record Verdict(String article, int number, String type, String skill, String verdict) {}

    public static void main(String... args) throws IOException {
        List<Verdict> all = new ArrayList<>();
        for (String folder : args) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path p : files.filter(f -> f.getFileName().toString().equals("verdicts.tsv")).sorted().toList()) {
                    all.addAll(read(p));
                }
            }
        }
        System.out.print(table(all));
    }

    static List<Verdict> read(Path tsv) throws IOException {
        List<Verdict> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 5 || f[0].equals("article")) {
                continue;
            }
            out.add(new Verdict(f[0], Integer.parseInt(f[1].strip()), f[2].strip(), f[3].strip(),
                    f[4].strip().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** A Markdown table: questions, keep, fix, throw (share of the row) per skill and overall. */
    static String table(List<Verdict> verdicts) {
        Map<String, int[]> rows = new TreeMap<>();
        for (Verdict v : verdicts) {
            int column = switch (v.verdict()) {
                case "keep" -> 1;
                case "fix" -> 2;
                case "throw" -> 3;
                default -> -1;
            };
            if (column < 0) {
                continue;
            }
            for (String key : List.of(v.skill(), "all")) {
                int[] row = rows.computeIfAbsent(key, k -> new int[4]);
                row[0]++;
                row[column]++;
            }
        }
        StringBuilder md = new StringBuilder("| skill | questions | keep | fix | throw |\n|---|---|---|---|---|\n");
        rows.forEach((skill, r) -> {
            if (!skill.equals("all")) {
                md.append(row(skill, r));
            }
        });
        if (rows.containsKey("all")) {
            md.append(row("**all**", rows.get("all")));
        }
        return md.toString();
    }

    private static String row(String name, int[] r) {
        return String.format(Locale.ROOT, "| %s | %d | %d (%.0f %%) | %d (%.0f %%) | %d (%.0f %%) |%n", name, r[0],
                r[1], 100.0 * r[1] / r[0], r[2], 100.0 * r[2] / r[0], r[3], 100.0 * r[3] / r[0]);
    }
}
