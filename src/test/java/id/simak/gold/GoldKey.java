package id.simak.gold;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A hand-made answer key ({@code <slug>.gold.json} under the {@code gold/} or {@code gold-holdout/} test
 * resources) together with the text of the article it describes. {@code synonyms} (optional) maps an affixed
 * word of the text to the words a careful reader accepts in its place in that sentence.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldKey(
        String article,
        String language,
        String about,
        GoldDateline dateline,
        List<GoldDate> dates,
        List<GoldVisit> visits,
        List<String> countries,
        List<String> regions,
        List<String> places,
        List<GoldPerson> people,
        List<String> organizations,
        List<GoldQuote> quotes,
        @JsonProperty("not_quotes") List<NotQuote> notQuotes,
        Principles principles,
        List<GoldList> lists,
        List<GoldNumber> numbers,
        List<GoldAcronym> acronyms,
        List<Moment> moments,
        Map<String, String> roots,
        Map<String, List<String>> synonyms,
        @JsonProperty("article_text") String articleText) {

    /** The resource folder of the development keys (bare key names are looked up here). */
    public static final String FOLDER = "gold";

    /** The resource folder of the held-out keys, which no analyzer or generator change may be tuned on. */
    public static final String HOLDOUT_FOLDER = "gold-holdout";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public GoldKey {
        // Keys leave out categories they have nothing for; empty lists keep the scorer free of null checks.
        dates = orEmpty(dates);
        visits = orEmpty(visits);
        countries = orEmpty(countries);
        regions = orEmpty(regions);
        places = orEmpty(places);
        people = orEmpty(people);
        organizations = orEmpty(organizations);
        quotes = orEmpty(quotes);
        notQuotes = orEmpty(notQuotes);
        lists = orEmpty(lists);
        numbers = orEmpty(numbers);
        acronyms = orEmpty(acronyms);
        moments = orEmpty(moments);
        roots = roots == null ? Map.of() : Collections.unmodifiableMap(roots);
        synonyms = synonyms == null ? Map.of() : Collections.unmodifiableMap(synonyms);
    }

    /** The opening line: place, date as written and as ISO value, news agency; any of them may be null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldDateline(String place, String text, String value, String agency) {}

    /** A date as written, its ISO 8601 value, and for a relative date the value it was resolved from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldDate(String text, String value, @JsonProperty("relative_to") String relativeTo, String about) {}

    /** Who went where and when; {@code places} names cities when the visit is not to a whole country. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldVisit(String who, String when, List<String> countries, List<String> places, String kind) {
        public GoldVisit {
            countries = orEmpty(countries);
            places = orEmpty(places);
        }
    }

    /** A person with the role the text gives and the short form the text uses after the first mention. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldPerson(String name, String role, @JsonProperty("short") String shortName) {}

    /** A direct quote known by its first and last words and the name its attribution uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldQuote(
            String speaker,
            @JsonProperty("speaker_full") String speakerFull,
            @JsonProperty("attributed_as") String attributedAs,
            String starts,
            String ends,
            String occasion) {}

    /** Words in quotation marks that are not anybody's words, such as a scare-quoted term. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotQuote(String text, String why) {}

    /** Principles enumerated inside a quote; {@code fromQuote} is the 1-based index into {@link #quotes()}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Principles(@JsonProperty("from_quote") int fromQuote, List<String> items) {
        public Principles {
            items = orEmpty(items);
        }
    }

    /** An enumeration of three or more items and the word that introduces it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldList(String head, List<String> items) {
        public GoldList {
            items = orEmpty(items);
        }
    }

    /**
     * A quantity as written, its value and unit (money: the full amount and the currency). {@code value} is null
     * for a quantity the text gives without a figure ("puluhan warga", "ratusan petani"); such a fact is matched
     * on its words and unit instead.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldNumber(String text, Double value, String unit, String about) {

        /** Whether the text gives a figure for this quantity. */
        public boolean hasValue() {
            return value != null;
        }
    }

    /** An abbreviation the text spells out. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldAcronym(@JsonProperty("short") String shortForm, @JsonProperty("long") String longForm) {}

    /** One of a set of country-to-moment pairs a matching question should pair up. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moment(String country, String moment) {}

    /** The file name of the article without its extension, such as "xinhua-ktt-china-asia-tengah". */
    public String slug() {
        return article == null ? "" : article.replaceFirst("\\.txt$", "");
    }

    /** The principles as a list fact, or null when the key has none. */
    public GoldList principlesAsList() {
        return principles == null || principles.items().isEmpty() ? null : new GoldList("prinsip", principles.items());
    }

    /** Reads a key from a file; the article is read from the file named by {@code article} beside it. */
    public static GoldKey load(Path keyFile) {
        try {
            GoldKey key = MAPPER.readValue(Files.readString(keyFile, StandardCharsets.UTF_8), GoldKey.class);
            Path articleFile = keyFile.resolveSibling(key.article());
            String text = Files.exists(articleFile) ? Files.readString(articleFile, StandardCharsets.UTF_8) : null;
            return key.withArticleText(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold key " + keyFile, e);
        }
    }

    /**
     * Reads a key from the test classpath: a bare file name ("x.gold.json") is looked up under {@code gold/},
     * a name with a slash is taken as the full resource path.
     */
    public static GoldKey load(String resourceName) {
        String resource = resourceName.contains("/") ? resourceName : FOLDER + "/" + resourceName;
        try {
            GoldKey key = MAPPER.readValue(readResource(resource), GoldKey.class);
            String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
            return key.withArticleText(readResource(folder + key.article()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold key " + resource, e);
        }
    }

    /** Every key under the {@code gold/} resource folder, sorted by file name. */
    public static List<GoldKey> all() {
        return all(FOLDER);
    }

    /** Every key under the given resource folder ("gold", "gold-holdout"), sorted by file name. */
    public static List<GoldKey> all(String resourceFolder) {
        URL folder = GoldKey.class.getClassLoader().getResource(resourceFolder);
        if (folder == null) {
            throw new IllegalStateException("no '" + resourceFolder + "' folder on the test classpath");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Inside a jar the folder is only reachable through a zip file system.
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return loadAll(fs.getPath(resourceFolder));
                }
            }
            return loadAll(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    private static List<GoldKey> loadAll(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> stream = Files.list(folder)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<GoldKey> keys = new ArrayList<>();
        for (Path file : files) {
            keys.add(load(file));
        }
        return keys;
    }

    private GoldKey withArticleText(String text) {
        return new GoldKey(article, language, about, dateline, dates, visits, countries, regions, places, people,
                organizations, quotes, notQuotes, principles, lists, numbers, acronyms, moments, roots, synonyms, text);
    }

    private static String readResource(String resource) throws IOException {
        try (InputStream in = GoldKey.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
