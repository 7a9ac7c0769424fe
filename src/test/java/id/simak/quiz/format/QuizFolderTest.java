package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import id.simak.generate.Question;

/** Every file in quizzes/ against the JSON Schema of docs/ and Simak's own rules, and the schema against bad files. */
class QuizFolderTest {


    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            JsonNode node = new ObjectMapper().readTree(Path.of("docs", "quiz-format.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("quizzes"))) {
            List<Path> files = list.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
            assertFalse(files.isEmpty(), "quizzes/ holds at least the seed article's set");
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFileFollowsTheSchemaAndTheRules(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<ValidationMessage> errors = SCHEMA.validate(new YAMLMapper().readTree(text));
        assertTrue(errors.isEmpty(), file + ": " + errors);
        QuestionFile set = SimakYaml.read(text);
        assertEquals(file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", ""), set.setId(),
                "the file is named after its set's id");
        assertEquals(text, SimakYaml.write(set), file + " is in canonical form (export gives it back byte for byte)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyEvidenceIsASentenceOfItsSeedArticle(Path file) throws Exception {
        QuestionFile set = SimakYaml.read(Files.readString(file, StandardCharsets.UTF_8));
        if (set.article() == null || !set.article().startsWith("seeds/")) {
            return;
        }
        String article = Files.readString(Path.of(set.article()), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        Set<String> types = new HashSet<>();
        for (Question q : set.questions()) {
            types.add(q.type().name());
            if (q.evidence() != null) {
                assertTrue(article.contains(q.evidence().text().replaceAll("\\s+", " ")),
                        q.id() + ": the evidence is the article's own words");
            }
            if (q.type().name().equals("CLOZE") || q.type().name().startsWith("MULTIPLE") || q.type().name().equals(
                    "TRUE_FALSE")) {
                for (String a : q.answer()) {
                    boolean named = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
                            + Pattern.quote(a) + "(?![\\p{L}\\p{N}])").matcher(q.prompt()).find();
                    assertFalse(named && !QuestionRules.TRUE_FALSE.contains(a),
                            q.id() + ": the prompt does not give the answer \"" + a + "\" away");
                }
            }
        }
    }

    @Test
    void theSchemaRefusesWhatTheRulesRefuse() throws Exception {
        String base = """
                id: contoh
                title: Contoh
                questions:
                  - id: a
                    type: %s
                    skill: DATE
                    prompt: %s
                    choices: %s
                    answer: %s
                """;
        List<String> bad = List.of(
                base.formatted("MULTIPLE_CHOICE", "P", "[x]", "[x]"),
                base.formatted("TRUE_FALSE", "P", "[Ya, Tidak]", "[Ya]"),
                base.formatted("CLOZE", "Tanpa rumpang", "[]", "[x]"),
                base.formatted("ESSAY", "P", "[x, y]", "[x]"),
                base.formatted("MULTIPLE_CHOICE", "P", "[x, y]", "[x, y]"),
                base.replace("id: contoh", "id: Bukan Id").formatted("MULTIPLE_CHOICE", "P", "[x, y]", "[x]"),
                base.replace("title: Contoh\n", "").formatted("MULTIPLE_CHOICE", "P", "[x, y]", "[x]"),
                base.replace("skill: DATE", "skill: DATE\n    warna: merah").formatted("MULTIPLE_CHOICE", "P", "[x, y]",
                        "[x]"));
        for (String text : bad) {
            assertFalse(SCHEMA.validate(new YAMLMapper().readTree(text)).isEmpty(), "the schema refuses:\n" + text);
            boolean refused;
            try {
                SimakYaml.read(text);
                refused = false;
            } catch (FormatException e) {
                refused = true;
            }
            assertTrue(refused, "the reader refuses:\n" + text);
        }
        assertTrue(SCHEMA.validate(new YAMLMapper().readTree(base.formatted("MULTIPLE_CHOICE", "P", "[x, y]", "[x]")))
                .isEmpty(), "and accepts a good one");
    }
}
