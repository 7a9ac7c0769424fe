package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds countries (with ISO codes), world regions, provinces and cities named in the sentences. */
public final class PlaceExtractor {

    /** A place mention with its token range inside its sentence. */
    record Found(Place place, int sentence, int start, int end) {}

    // General geography, not facts of any article: regions news names as places.
    private static final Set<String> REGIONS = Set.of(
            "asia tengah", "asia tenggara", "asia timur", "asia selatan", "asia barat", "asia pasifik", "asia",
            "timur tengah", "timur jauh", "eropa", "eropa barat", "eropa timur", "eropa tengah", "uni eropa",
            "afrika", "afrika utara", "afrika barat", "afrika timur", "afrika selatan", "afrika tengah",
            "amerika latin", "amerika utara", "amerika selatan", "amerika tengah", "karibia", "oseania", "pasifik",
            "skandinavia", "balkan", "kaukasus", "teluk persia", "semenanjung korea", "indo-pasifik", "arktik",
            "antarktika", "sahel", "jawa", "sumatra", "sumatera", "kalimantan", "sulawesi", "papua", "bali",
            "nusa tenggara", "maluku", "jawa barat", "jawa tengah", "jawa timur", "laut china selatan",
            "laut cina selatan", "selat malaka", "semenanjung malaysia", "asia timur laut", "mediterania");
    private static final Set<String> REGION_FIRST_WORDS = REGIONS.stream()
            .map(r -> r.split("[ -]")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, Place.Kind> ADMINISTRATIVE = Map.ofEntries(
            Map.entry("provinsi", Place.Kind.PROVINCE),
            Map.entry("kota", Place.Kind.CITY),
            Map.entry("kabupaten", Place.Kind.CITY),
            Map.entry("daerah", Place.Kind.REGION),
            Map.entry("negara bagian", Place.Kind.PROVINCE),
            Map.entry("prefektur", Place.Kind.PROVINCE),
            Map.entry("wilayah", Place.Kind.REGION),
            Map.entry("distrik", Place.Kind.OTHER),
            Map.entry("kecamatan", Place.Kind.OTHER),
            Map.entry("pelabuhan", Place.Kind.OTHER),
            Map.entry("sungai", Place.Kind.OTHER),
            Map.entry("bandara", Place.Kind.OTHER),
            Map.entry("desa", Place.Kind.OTHER),
            Map.entry("pulau", Place.Kind.OTHER),
            Map.entry("gunung", Place.Kind.OTHER));
    // A capitalised run with one of these is an organisation ("China Road & Bridge Corporation"), not a place.
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "corporation", "corp", "company", "co", "inc", "ltd", "group", "bank", "university", "universitas",
            "road", "bridge", "airlines", "airways", "daily", "news", "times", "post", "television", "radio",
            "institute", "institut", "pt", "tbk", "persero", "holdings", "foundation", "yayasan", "club", "fc",
            "association", "asosiasi", "council", "agency", "press", "media", "network", "energy", "motors",
            "partai", "kementerian", "kedutaan", "badan", "komisi", "dewan", "lembaga", "organisasi");
    private static final Set<String> CURRENCY_WORDS = Set.of("dolar", "dollar", "euro", "yen", "yuan", "won", "peso",
            "rupee", "ringgit", "pound", "franc", "krona");
    private static final Set<String> COMPASS = Set.of("Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara",
            "Raya", "Daya", "Laut");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("kementerian", "kedutaan", "badan", "komisi", "dewan",
            "lembaga", "bank", "partai", "kantor", "kepolisian", "angkatan", "parlemen", "mahkamah");
    // Words before a capitalised name that make it a place ("di Surabaya", "ke Bandung", "antara lain Medan").
    private static final Set<String> LOCATIVES = Set.of("di", "ke", "dari", "menuju", "mengunjungi", "asal", "lain");
    private static final java.util.regex.Pattern CITY_GLUE = java.util.regex.Pattern.compile(",? (?:dan |serta )?|, ");

    private final CountryNames countries;

    public PlaceExtractor(CountryNames countries) {
        this.countries = countries;
    }

    /** Every place mention in reading order; {@code people} are names not to be taken for places. */
    List<Found> mentions(List<SentenceSplitter.Span> spans, Set<String> personWords) {
        List<Found> out = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable() && span.sentence().kind() != Sentence.Kind.HEADING) {
                continue;
            }
            String text = span.sentence().text();
            int sentence = span.sentence().index();
            List<Token> tokens = Token.names(text);
            boolean[] organisation = organisationTokens(text, tokens);
            // In a Title-Case heading every word is capitalised, so capitals are no evidence of a name there:
            // only known countries and regions count ("Wali Kota Berangkat ..." names no town). The body names
            // the story's places again.
            boolean title = span.sentence().kind() == Sentence.Kind.HEADING;
            int i = 0;
            while (i < tokens.size()) {
                if (!tokens.get(i).capitalized() || organisation[i]) {
                    i++;
                    continue;
                }
                int matched = matchAt(text, tokens, i, sentence, personWords, title, out);
                i += Math.max(1, matched);
            }
        }
        return out;
    }

    /** Distinct places, first mention first. */
    static List<Place> distinct(List<Found> mentions) {
        Map<String, Place> byKey = new LinkedHashMap<>();
        for (Found f : mentions) {
            Place p = f.place();
            String key = p.code() != null ? p.code() : p.text().toLowerCase(Locale.ROOT);
            byKey.putIfAbsent(key, p);
        }
        return new ArrayList<>(byKey.values());
    }

    private int matchAt(String text, List<Token> tokens, int i, int sentence, Set<String> personWords, boolean title,
                        List<Found> out) {
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        // "Provinsi Jawa Barat", "Kota Bandung": the whole name is the place.
        for (int len = 2; len >= 1 && !title; len--) {
            if (i + len < tokens.size() && ADMINISTRATIVE.containsKey(joinLower(tokens, i, len))
                    && tokens.get(i + len).capitalized() && adjacent(text, tokens, i, i + len)) {
                int end = i + len + 1;
                while (end < tokens.size() && end - i < len + 3 && tokens.get(end).capitalized()
                        && adjacent(text, tokens, end - 1, end) && countries.codeOf(tokens.get(end).text()) == null
                        && !personWords.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
                out.add(new Found(new Place(name, ADMINISTRATIVE.get(joinLower(tokens, i, len)), null, sentence),
                        sentence, tokens.get(i).start(), tokens.get(end - 1).end()));
                boolean located = i > 0 && LOCATIVES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
                return end - i + (located ? listedCities(text, tokens, end, sentence, personWords, out) : 0);
            }
        }
        // Longest region or country name starting here.
        for (int len = Math.min(countries.longestName() + 1, tokens.size() - i); len >= 1; len--) {
            if (!adjacent(text, tokens, i, i + len - 1) || !tokens.get(i + len - 1).capitalized()) {
                continue;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end());
            String lower = name.toLowerCase(Locale.ROOT);
            if (REGIONS.contains(lower)) {
                int compass = compassAfter(text, tokens, i + len);
                int last = i + len - 1 + compass;
                out.add(new Found(new Place(text.substring(tokens.get(i).start(), tokens.get(last).end()), Place.Kind.REGION,
                        null, sentence), sentence, tokens.get(i).start(), tokens.get(last).end()));
                return len + compass;
            }
            String code = countries.codeOf(name);
            // "dolar AS" names a currency, not a place of the story.
            if (code != null && i > 0 && CURRENCY_WORDS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                return len;
            }
            if (code != null) {
                out.add(new Found(new Place(name, Place.Kind.COUNTRY, code, sentence), sentence,
                        tokens.get(i).start(), tokens.get(i + len - 1).end()));
                return len;
            }
        }
        // A capitalised name after "di"/"ke" that is no country, region nor person is taken for a city.
        if (!title && i > 0 && LOCATIVES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) && !personWords.contains(first)
                && !tokens.get(i).allCaps() && !IndonesianCalendar.isCalendarWord(first)) {
            int end = i + 1;
            while (end < tokens.size() && end - i < 3 && tokens.get(end).capitalized() && adjacent(text, tokens, end - 1, end)
                    && countries.codeOf(tokens.get(end).text()) == null) {
                end++;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
            out.add(new Found(new Place(name, Place.Kind.CITY, null, sentence), sentence, tokens.get(i).start(),
                    tokens.get(end - 1).end()));
            return end - i + listedCities(text, tokens, end, sentence, personWords, out);
        }
        return 1;
    }

    /** "di Surabaya, Medan, dan Makassar": names listed after a city are cities too. */
    private int listedCities(String text, List<Token> tokens, int k, int sentence, Set<String> personWords,
                             List<Found> out) {
        int consumed = 0;
        while (k < tokens.size()) {
            int next = k;
            String word = tokens.get(k).text();
            if (word.equals("dan") || word.equals("serta")) {
                next = k + 1; // the conjunction is a token of its own
            }
            if (next >= tokens.size() || !tokens.get(next).capitalized() || tokens.get(next).allCaps()
                    || !CITY_GLUE.matcher(text.substring(tokens.get(k - 1).end(), tokens.get(next).start())).matches()
                    || personWords.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
                    || IndonesianCalendar.isCalendarWord(tokens.get(next).text())) {
                break;
            }
            int before = out.size();
            int matched = matchAt(text, tokens, next, sentence, personWords, false, out);
            if (out.size() == before) {
                // A listed name is one word unless it is a known place: "Bawa Misi Energi" after a city is a
                // phrase in capitals, not a list of towns.
                if (next + 1 < tokens.size() && tokens.get(next + 1).capitalized() && adjacent(text, tokens, next, next + 1)) {
                    break;
                }
                Token t = tokens.get(next);
                out.add(new Found(new Place(t.text(), Place.Kind.CITY, null, sentence), sentence, t.start(), t.end()));
                matched = 1;
            }
            consumed += next - k + matched;
            k = next + matched;
        }
        return consumed;
    }

    /** Marks the tokens of capitalised runs that name an organisation. */
    private boolean[] organisationTokens(String text, List<Token> tokens) {
        boolean[] marked = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).capitalized() && joinable(text, tokens, end - 1, end)) {
                end++;
            }
            boolean organisation = false;
            for (int k = i; k < end && !organisation; k++) {
                organisation = ORGANISATION_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
            }
            organisation |= end - i >= 2 && text.substring(tokens.get(i).start(), tokens.get(end - 1).end()).contains("&");
            if (organisation) {
                int last = end;
                // "Kementerian Luar Negeri China": a body of state ends with the country it belongs to.
                if (GOVERNMENT_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                    for (int k = Math.max(i + 1, end - 2); k < end; k++) {
                        String tail = text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
                        if (countries.codeOf(tail) != null) {
                            last = k;
                            break;
                        }
                    }
                }
                for (int k = i; k < last; k++) {
                    marked[k] = true;
                }
            }
            i = end;
        }
        return marked;
    }

    private static boolean joinable(String text, List<Token> tokens, int a, int b) {
        String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
        return between.isBlank() || between.strip().equals("&");
    }

    /** Whether tokens a..b are separated by single spaces or hyphens only. */
    static boolean adjacent(String text, List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String between = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
            if (!between.equals(" ") && !between.equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static String joinLower(List<Token> tokens, int i, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Number of tokens of the country or region name starting at token i, or 0. */
    int placeLength(String text, List<Token> tokens, int i) {
        for (int len = Math.min(4, tokens.size() - i); len >= 1; len--) {
            if (!adjacent(text, tokens, i, i + len - 1)) {
                continue;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end());
            if (REGIONS.contains(name.toLowerCase(Locale.ROOT))) {
                return len + compassAfter(text, tokens, i + len);
            }
            if (countries.codeOf(name) != null) {
                return len;
            }
        }
        return 0;
    }

    /** "Sulawesi Tengah", "Jawa Barat": a compass word after a region names a part of it (1), else 0. */
    private static int compassAfter(String text, List<Token> tokens, int k) {
        return k < tokens.size() && COMPASS.contains(tokens.get(k).text()) && adjacent(text, tokens, k - 1, k) ? 1 : 0;
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word opens a country or region name, so it cannot open a person's name. */
    boolean opensPlace(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return countries.codeOf(word) != null || REGION_FIRST_WORDS.contains(lower) || ADMINISTRATIVE.containsKey(lower);
    }
}
