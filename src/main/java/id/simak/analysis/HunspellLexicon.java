package id.simak.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Indonesian lexicon backed by the LibreOffice Hunspell dictionary (roots, spelling) and the MyThes
 * thesaurus (synonyms), loaded once from the classpath; answers are cached per word.
 */
public final class HunspellLexicon implements Lexicon {

    private static final String BASE = "/lexicon/";
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final int MAX_WORD = 40;
    private static final int MAX_CACHED = 200_000;
    private static final Pattern HEADWORD = Pattern.compile("[^|\\[]+\\|\\d+");
    private static volatile HunspellLexicon defaultLexicon;

    private final Hunspell hunspell;
    private final Map<String, List<String>> thesaurus;
    private final Map<String, List<Sense>> senses;
    private final Map<String, List<String>> rootCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> knownCache = new ConcurrentHashMap<>();
    private final long loadMillis;

    private HunspellLexicon(Hunspell hunspell, Map<String, List<String>> thesaurus, Map<String, List<Sense>> senses,
                            long loadMillis) {
        this.hunspell = hunspell;
        this.thesaurus = thesaurus;
        this.senses = senses;
        this.loadMillis = loadMillis;
    }

    /** The lexicon of {@code src/main/resources/lexicon}, loaded on first use and shared afterwards. */
    public static HunspellLexicon loadDefault() {
        HunspellLexicon lexicon = defaultLexicon;
        if (lexicon == null) {
            synchronized (HunspellLexicon.class) {
                lexicon = defaultLexicon;
                if (lexicon == null) {
                    lexicon = load(BASE + "id_ID.aff", BASE + "id_ID.dic", BASE + "th_id_ID_v2.dat");
                    defaultLexicon = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** Loads a lexicon from classpath resources. */
    public static HunspellLexicon load(String affResource, String dicResource, String thesaurusResource) {
        long start = System.nanoTime();
        try (InputStream aff = open(affResource); InputStream dic = open(dicResource);
             InputStream th = open(thesaurusResource)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
            Map<String, List<String>> thesaurus = new HashMap<>(32_768);
            Map<String, List<Sense>> senses = new HashMap<>(32_768);
            readThesaurus(th, thesaurus, senses);
            return new HunspellLexicon(new Hunspell(dictionary), thesaurus, senses,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("Cannot load the Indonesian lexicon", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = HunspellLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing classpath resource " + resource);
        }
        return in;
    }

    /**
     * MyThes: a line "word|count", then count lines "[pos]|syn1|syn2|..."; ISO-8859-1. Antonym lines are skipped
     * and annotations in brackets dropped.
     */
    static Map<String, List<String>> readThesaurus(InputStream in) {
        Map<String, List<String>> out = new HashMap<>(32_768);
        readThesaurus(in, out, new HashMap<>());
        return out;
    }

    /** Reads the thesaurus into flat synonyms and senses with their part of speech, per headword; antonyms are skipped. */
    private static void readThesaurus(InputStream in, Map<String, List<String>> flat, Map<String, List<Sense>> senses) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line = reader.readLine(); // the first line names the encoding
            String head = null;
            LinkedHashSet<String> synonyms = null;
            List<Sense> headSenses = null;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (HEADWORD.matcher(line).matches()) {
                    if (head != null) {
                        store(head, synonyms, headSenses, flat, senses);
                    }
                    head = line.substring(0, line.indexOf('|')).strip().toLowerCase(Locale.ROOT);
                    synonyms = new LinkedHashSet<>();
                    headSenses = new ArrayList<>();
                    continue;
                }
                if (head == null) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String pos = parts[0].replaceAll("[\\[\\]]", "").strip();
                List<String> words = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    String s = parts[i].replaceAll("\\(.*?\\)|\\[.*?]", "").strip();
                    if (!s.isEmpty() && !s.equalsIgnoreCase(head)) {
                        words.add(s);
                    }
                }
                if (!pos.equals("ant")) {
                    synonyms.addAll(words);
                    headSenses.add(new Sense(pos, words));
                }
            }
            if (head != null) {
                store(head, synonyms, headSenses, flat, senses);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void store(String head, LinkedHashSet<String> synonyms, List<Sense> headSenses,
                              Map<String, List<String>> flat, Map<String, List<Sense>> senses) {
        flat.put(head, List.copyOf(synonyms));
        senses.put(head, List.copyOf(headSenses));
    }

    @Override
    public List<Sense> senses(String headword) {
        return headword == null ? List.of() : senses.getOrDefault(headword.toLowerCase(Locale.ROOT), List.of());
    }

    /** Milliseconds it took to load dictionary and thesaurus. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public List<String> roots(String word) {
        if (word == null) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > MAX_WORD || !WORD.matcher(lower).matches()) {
            return List.of();
        }
        return cached(rootCache, lower, this::computeRoots);
    }

    /**
     * The best root first: Hunspell's roots that yield the word by regular affixation, in Hunspell's order, then
     * stems found by undoing affixes, the least stripped first, as Sastrawi stops at the first dictionary word. A word that is a stem of its own keeps itself unless
     * Hunspell also derives it with a prefix from another stem ("peluang" from "luang"); "sejarah" and
     * "pelajar" (Hunspell's "lajar" is no stem) stay.
     */
    private List<String> computeRoots(String word) {
        List<String> hunspellRoots = stems(word);
        List<String> candidates = new ArrayList<>(hunspellRoots);
        if (!hunspellRoots.contains(word)) {
            for (String candidate : Affixation.candidateRoots(word)) {
                if (!candidates.contains(candidate) && Affixation.derive(candidate, word) != null
                        && stems(candidate).contains(candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        String best = null;
        Affixation.Derivation bestDerivation = null;
        for (String candidate : candidates) {
            Affixation.Derivation d = Affixation.derive(candidate, word);
            if (d == null || hunspellRoots.contains(word) && (candidate.length() < 4 || !d.prefixed()
                    || !stems(candidate).contains(candidate))) {
                continue;
            }
            // Hunspell's own order first ("perbankan": "bank", not "perban"); then the least stripped stem.
            if (bestDerivation == null) {
                best = candidate;
                bestDerivation = d;
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        if (best != null) {
            ordered.add(best);
        } else if (hunspellRoots.contains(word)) {
            ordered.add(word);
        }
        ordered.addAll(hunspellRoots);
        return List.copyOf(ordered);
    }

    private List<String> stems(String word) {
        return hunspell.getRoots(word); // Lucene documents Hunspell objects as thread-safe
    }

    /** Caches per word; a web app reads any text, so the cache starts over rather than grow without end. */
    private static <V> V cached(Map<String, V> cache, String key, java.util.function.Function<String, V> compute) {
        V value = cache.get(key);
        if (value != null) {
            return value;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, compute);
    }

    @Override
    public List<String> synonyms(String word) {
        if (word == null) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> direct = thesaurus.get(lower);
        if (direct != null && !direct.isEmpty()) {
            return direct;
        }
        List<String> roots = roots(lower);
        return roots.isEmpty() ? List.of() : thesaurus.getOrDefault(roots.get(0), List.of());
    }

    /** Whether the thesaurus has the word as a headword, a sign that it is common. */
    boolean inThesaurus(String word) {
        return thesaurus.containsKey(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean knows(String word) {
        if (word == null || word.length() > MAX_WORD || !WORD.matcher(word).matches()) {
            return false;
        }
        return cached(knownCache, word, w -> hunspell.spell(w) || hunspell.spell(w.toLowerCase(Locale.ROOT)));
    }
}
