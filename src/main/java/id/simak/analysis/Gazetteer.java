package id.simak.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The regencies and cities of Indonesia by name ({@code places/kabupaten-kota.txt}, ODbL, see the README there):
 * general knowledge of the country, the way {@link CountryNames} knows the world's countries, never the places of
 * one article.
 */
final class Gazetteer {

    private static final Set<String> NAMES = load();
    private static final int LONGEST = NAMES.stream().mapToInt(n -> n.split(" ").length).max().orElse(1);

    private Gazetteer() {}

    /** Whether these words (any case) are the name of a regency or a city of Indonesia. */
    static boolean isRegencyOrCity(String words) {
        return NAMES.contains(words.toLowerCase(Locale.ROOT));
    }

    /** The most words a name has. */
    static int longest() {
        return LONGEST;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        InputStream in = Gazetteer.class.getResourceAsStream("/places/kabupaten-kota.txt");
        if (in == null) {
            throw new IllegalStateException("places/kabupaten-kota.txt is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
