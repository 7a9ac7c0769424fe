package id.simak.quiz.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The set shipped in quizzes/ for the seed article, read from the working copy (the test runs in the project root). */
final class ShippedSet {

    static final Path FILE = Path.of("quizzes", "seed-ktt-china-asia-tengah.yaml");

    private ShippedSet() {
    }

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionFile read() {
        try {
            return SimakYaml.read(text());
        } catch (FormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
