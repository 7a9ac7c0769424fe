package id.simak.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parts of speech the thesaurus gives its headwords ("abadi" → "a", "abdi" → "n|pron"), a feature of the
 * part-of-speech model: the treebanks have 50,000 words, the thesaurus knows 20,000 headwords, so an adjective
 * the treebanks never saw is still known as one. Read from the MyThes file the app ships in
 * {@code lexicon/} (LGPL-2.1), at run time; nothing of it is copied into the model file.
 */
final class WordClasses {

    private static final String RESOURCE = "/lexicon/th_id_ID_v2.dat";
    private static volatile WordClasses defaultClasses;

    private final Map<String, String> classes;

    WordClasses(Map<String, String> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** The word classes of the shipped thesaurus, read on first use and shared afterwards. */
    static WordClasses loadDefault() {
        WordClasses loaded = defaultClasses;
        if (loaded == null) {
            synchronized (WordClasses.class) {
                loaded = defaultClasses;
                if (loaded == null) {
                    try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
                        }
                        loaded = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultClasses = loaded;
                }
            }
        }
        return loaded;
    }

    /** MyThes: "word|count", then count lines "[pos]|syn|syn…" (ISO-8859-1); antonym lines are skipped. */
    static WordClasses read(InputStream in) throws IOException {
        Map<String, TreeSet<String>> sets = new HashMap<>(32_768);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line = reader.readLine(); // the first line names the encoding
            String head = null;
            while ((line = reader.readLine()) != null) {
                int bar = line.indexOf('|');
                if (bar < 0) {
                    continue;
                }
                if (line.charAt(0) != '[') {
                    head = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
                    continue;
                }
                int close = line.indexOf(']');
                if (head == null || close < 0 || close > bar) {
                    continue;
                }
                String pos = line.substring(1, close).toLowerCase(Locale.ROOT);
                if (!pos.equals("ant")) {
                    sets.computeIfAbsent(head, k -> new TreeSet<>()).add(pos);
                }
            }
        }
        Map<String, String> classes = new HashMap<>(sets.size() * 2);
        sets.forEach((word, set) -> classes.put(word, String.join("|", set)));
        return new WordClasses(classes);
    }

    /** The classes of the word in lower case, joined by "|" in a fixed order, or null when it is no headword. */
    String of(String lowerCaseWord) {
        return classes.get(lowerCaseWord);
    }

    int size() {
        return classes.size();
    }
}
