package id.simak.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.simak.classroom.ClassMessages;

/** Keeps the Indonesian and English UI texts in step: same keys, same placeholders, nothing left empty. */
class MessageBundleSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleSyncTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static TreeMap<String, Set<String>> placeholders(Properties p) {
        TreeMap<String, Set<String>> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            Set<String> names = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
            while (m.find()) {
                names.add(m.group(1));
            }
            out.put(key, names);
        }
        return out;
    }

    /**
     * Every message bundle of the app: its name (the namespace in templates, {@code {name:key}}) and its typed
     * interface. A feature with its own texts adds its bundle here.
     */
    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("msg", AppMessages.class),
                Arguments.of("guru", id.simak.quiz.AuthoringMessages.class),
                Arguments.of("kelas", ClassMessages.class),
                Arguments.of("rev", id.simak.review.ReviewMessages.class),
                Arguments.of("kuis", id.simak.quiz.QuizMessages.class),
                Arguments.of("kemajuan", id.simak.progress.ProgressMessages.class),
                Arguments.of("berkas", id.simak.quiz.ExchangeMessages.class),
                Arguments.of("laporan", id.simak.progress.ReportMessages.class),
                Arguments.of("akun", id.simak.account.AccountMessages.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void indonesianAndEnglishHaveTheSameKeysAndPlaceholders(String bundle, Class<?> typed) throws IOException {
        Properties id = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertEquals(placeholders(id), placeholders(en));
        for (String key : id.stringPropertyNames()) {
            assertEquals(false, id.getProperty(key).isBlank(), "empty Indonesian text: " + key);
            assertEquals(false, en.getProperty(key).isBlank(), "empty English text: " + key);
        }
    }

    /** Issue 13: one word names learners in the Indonesian texts, "murid" (never also "pelajar"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void learnersAreCalledMurid(String bundle, Class<?> typed) throws IOException {
        Properties id = load(bundle + ".properties");
        Pattern other = Pattern.compile("(?iu)\\bpelajar\\b");
        for (String key : id.stringPropertyNames()) {
            assertEquals(false, other.matcher(id.getProperty(key)).find(), bundle + "." + key + ": " + id.getProperty(key));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyTextHasAMethodInTheTypedBundle(String bundle, Class<?> typed) throws IOException {
        Set<String> methods = new TreeSet<>();
        for (var m : typed.getDeclaredMethods()) {
            methods.add(m.getName());
        }
        assertEquals(new TreeSet<>(load(bundle + ".properties").stringPropertyNames()), methods);
    }
}
