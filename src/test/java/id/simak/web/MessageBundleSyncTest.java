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

import org.junit.jupiter.api.Test;

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

    @Test
    void indonesianAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties id = load("msg.properties");
        Properties en = load("msg_en.properties");
        assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertEquals(placeholders(id), placeholders(en));
        for (String key : id.stringPropertyNames()) {
            assertEquals(false, id.getProperty(key).isBlank(), "empty Indonesian text: " + key);
            assertEquals(false, en.getProperty(key).isBlank(), "empty English text: " + key);
        }
    }

    @Test
    void everyTextHasAMethodInTheTypedBundle() throws IOException {
        Set<String> methods = new TreeSet<>();
        for (var m : AppMessages.class.getDeclaredMethods()) {
            methods.add(m.getName());
        }
        assertEquals(new TreeSet<>(load("msg.properties").stringPropertyNames()), methods);
    }
}
