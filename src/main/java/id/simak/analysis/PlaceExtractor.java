package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds countries (with ISO codes), world regions, provinces and cities named in the sentences. */
public final class PlaceExtractor {

    /** A place mention with its token range inside its sentence. */
    record Found(Place place, int sentence, int start, int end) {}

    // General geography, not facts of any article: regions news names as places.
    private static final Set<String> REGIONS = Set.of(
            "asia tengah", "asia tenggara", "asia timur", "asia selatan", "asia barat", "asia pasifik", "asia",
            "timur tengah", "timur jauh", "eropa", "eropa barat", "eropa timur", "eropa tengah", "uni eropa",
            // ("Afrika Selatan" is the country, not the south of the continent: it is no region here)
            "afrika", "afrika utara", "afrika barat", "afrika timur", "afrika tengah",
            "amerika latin", "amerika utara", "amerika selatan", "amerika tengah", "karibia", "oseania", "pasifik",
            "skandinavia", "balkan", "kaukasus", "teluk persia", "semenanjung korea", "indo-pasifik", "arktik",
            "antarktika", "sahel", "jawa", "sumatra", "sumatera", "kalimantan", "sulawesi", "papua", "bali",
            "nusa tenggara", "maluku", "jawa barat", "jawa tengah", "jawa timur", "laut china selatan",
            "laut cina selatan", "selat malaka", "semenanjung malaysia", "asia timur laut", "mediterania",
            // Indonesia's provinces by the names that carry no compass word (those with one come from the island).
            "aceh", "riau", "kepulauan riau", "jambi", "bengkulu", "lampung", "bangka belitung",
            "kepulauan bangka belitung", "banten", "dki jakarta", "yogyakarta", "daerah istimewa yogyakarta",
            "gorontalo", "nusa tenggara barat", "nusa tenggara timur", "maluku utara",
            // ... and by the short forms news writes for them ("Pemprov Jatim", "di Kaltim", "NTB").
            "jatim", "jateng", "jabar", "kaltim", "kalteng", "kalbar", "kalsel", "kaltara", "sulteng", "sulsel", "sulut",
            "sultra", "sulbar", "sumut", "sumbar", "sumsel", "ntb", "ntt", "babel", "kepri", "malut", "diy", "kalimantan utara");
    /** Whether a whole region's name (one to three words) starts at this token and ends the capitalised run. */
    private static boolean startsRegion(List<Token> tokens, int at) {
        StringBuilder name = new StringBuilder();
        for (int k = at; k < Math.min(tokens.size(), at + 3); k++) {
            name.append(k == at ? "" : " ").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
            boolean runEnds = k + 1 >= tokens.size() || !tokens.get(k + 1).capitalized();
            if (runEnds && REGIONS.contains(name.toString())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REGION_FIRST_WORDS = REGIONS.stream()
            .map(r -> r.split("[ -]")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, Place.Kind> ADMINISTRATIVE = Map.ofEntries(
            Map.entry("provinsi", Place.Kind.PROVINCE),
            Map.entry("kota", Place.Kind.CITY),
            Map.entry("kabupaten", Place.Kind.CITY),
            Map.entry("daerah istimewa", Place.Kind.PROVINCE),
            Map.entry("daerah khusus", Place.Kind.PROVINCE),
            Map.entry("negara bagian", Place.Kind.PROVINCE),
            Map.entry("prefektur", Place.Kind.PROVINCE),
            Map.entry("wilayah", Place.Kind.REGION),
            Map.entry("distrik", Place.Kind.OTHER),
            Map.entry("kecamatan", Place.Kind.OTHER),
            Map.entry("pelabuhan", Place.Kind.OTHER),
            Map.entry("sungai", Place.Kind.OTHER),
            Map.entry("bandara", Place.Kind.OTHER),
            Map.entry("desa", Place.Kind.OTHER),
            Map.entry("kelurahan", Place.Kind.OTHER),
            Map.entry("dusun", Place.Kind.OTHER),
            Map.entry("kampung", Place.Kind.OTHER),
            Map.entry("nagari", Place.Kind.OTHER),
            Map.entry("kepulauan", Place.Kind.REGION),
            Map.entry("danau", Place.Kind.OTHER),
            Map.entry("teluk", Place.Kind.OTHER),
            Map.entry("pantai", Place.Kind.OTHER),
            Map.entry("kali", Place.Kind.OTHER),
            Map.entry("pulau", Place.Kind.OTHER),
            Map.entry("gunung", Place.Kind.OTHER));
    // Words that head the name of a building or a site ("Gedung Nusantara I", "Taman Makam Pahlawan Seroja").
    private static final List<String[]> FACILITIES = java.util.stream.Stream.of(
            "taman makam pahlawan", "balai kota", "rumah sakit", "pondok pesantren", "bandar udara", "alun alun",
            "rumah dinas", "rumah jabatan", "gedung", "istana", "stadion", "kompleks", "komplek", "balai", "monumen",
            "tugu", "keraton", "kraton", "kedaton", "pura", "candi", "masjid", "gereja", "klenteng", "vihara", "pasar",
            "jalan", "jl", "terminal", "stasiun", "bandara", "lapangan", "gor", "gelanggang", "posyandu", "puskesmas",
            "rs", "rsud", "rsup", "museum", "hotel", "lapas", "rutan", "mapolsek", "mapolres", "mapolda", "kantor",
            "ruang", "aula", "pendopo", "pendapa", "ponpes", "wisma", "graha", "menara", "jembatan", "bendungan",
            "waduk", "taman", "observatorium", "bundaran", "lapangan", "sirkuit", "pelataran", "dermaga", "pelabuhan", "pantai",
            // schools and police stations a visit goes to ("SDN 1 Jeladri", "SMP Negeri 3 Dawan", "Polsek Selimbau")
            "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mts", "mtsn", "polsek", "polres", "polresta",
            // a residence or a mission abroad ("Kediaman Gubernur", "Konsulat Malaysia", "Kedutaan Besar Jepang")
            "kediaman", "konsulat", "kedutaan", "kedubes")
            .map(h -> h.split(" ")).sorted((a, b) -> b.length - a.length).toList();
    private static final Set<String> FACILITY_FIRST_WORDS = FACILITIES.stream().map(h -> h[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * How many words from here name a regency or a city of Indonesia the {@link Gazetteer} knows ("Nganjuk",
     * "Kapuas Hulu"), or 0: not when a capitalised word the name could belong to stands right before it ("Universitas
     * Negeri Malang"; a role or an office before it is fine: "Bupati Garut") or right after it ("Bima Arya"), nor when
     * the text uses the word in a person's name.
     */
    private static int knownTown(String text, List<Token> tokens, int i, Set<String> personWords) {
        // Capitals are a heading's or a credit's ("RADAR SEMARANG").
        if (tokens.get(i).allCaps()) {
            return 0;
        }
        // A common word that opens the sentence or follows a dateline ("Puncak pelaksanaan ...") is capitalised
        // for that alone.
        int before = tokens.get(i).start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean opening = before < 0 || "–—-:\"“".indexOf(text.charAt(before)) >= 0;
        for (int len = Math.min(Gazetteer.longest(), tokens.size() - i); len >= 1; len--) {
            int last = i + len - 1;
            if (!tokens.get(last).capitalized() || !adjacent(text, tokens, i, last) || len == 1 && opening) {
                continue;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(last).end());
            if (!Gazetteer.isRegencyOrCity(name.replace('\u2019', '\'')) || personWords.contains(name.toLowerCase(Locale.ROOT))
                    || len == 1 && personWords.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean nameGoesOn = last + 1 < tokens.size() && tokens.get(last + 1).capitalized()
                    && text.substring(tokens.get(last).end(), tokens.get(last + 1).start()).equals(" ")
                    && !COMPASS.contains(tokens.get(last + 1).text()) && !REGION_FIRST_WORDS.contains(
                            tokens.get(last + 1).text().toLowerCase(Locale.ROOT));
            boolean nameBefore = i > 0 && tokens.get(i - 1).capitalized()
                    && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).equals(" ")
                    && !PersonNames.isTitle(tokens.get(i - 1).text()) && !isRoleWord(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    && !ADMINISTRATIVE.containsKey(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    && !PersonNames.isBodyShortForm(tokens.get(i - 1).text())
                    && !(tokens.get(i - 1).allCaps() && (tokens.get(i - 1).text().equals("DKI") || tokens.get(i - 1).text().equals("RI")))
                    && tokens.get(i - 1).start() > 0;
            return nameGoesOn || nameBefore ? 0 : len;
        }
        return 0;
    }

    /** Whether a word (lower case) opens the name of a building or a site ("bandara", "jalan", "rumah" of "rumah sakit"). */
    static boolean opensFacility(String lower) {
        return FACILITY_FIRST_WORDS.contains(lower);
    }

    // Words after a facility word that make it a thing, not a building ("Pasar Modal", "Kantor Berita").
    private static final Set<String> NOT_FACILITY_NAMES = Set.of("modal", "saham", "uang", "bebas", "global", "domestik",
            "tunggal", "berita", "kanak", "rakyat");
    // Lower-case joining words inside a name ("Stadion Jassim bin Hamad").
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "binti", "al", "el", "van", "von", "de", "da", "dos",
            "del", "la");
    // A capitalised run with one of these is an organisation ("China Road & Bridge Corporation"), not a place.
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "corporation", "corp", "company", "co", "inc", "ltd", "group", "bank", "university", "universitas",
            "road", "bridge", "airlines", "airways", "daily", "news", "times", "post", "television", "radio",
            "institute", "institut", "pt", "tbk", "persero", "holdings", "foundation", "yayasan", "club", "fc",
            "association", "asosiasi", "council", "agency", "press", "media", "network", "energy", "motors",
            "partai", "kementerian", "kedutaan", "badan", "komisi", "dewan", "lembaga", "organisasi", "pemerintah",
            // events, teams, languages and units named after a place are not the place ("Piala Asia", "Bahasa Indonesia")
            "piala", "liga", "cup", "championship", "championships", "kejuaraan", "turnamen", "festival", "forum",
            "olimpiade", "timnas", "bahasa", "suku", "beasiswa", "satelit", "fakultas", "dinas", "direktorat", "klub",
            "satpol", "polsek", "polres", "polda", "fraksi");
    // Courts, prosecutors and the police are bodies a case goes to, not towns ("ke Kejaksaan Tinggi Jateng"); the town
    // their name ends with stays a place ("Pengadilan Tinggi TUN Surabaya").
    private static final Set<String> BODIES_OF_LAW = Set.of("kejaksaan", "kejati", "kejari", "pengadilan", "kepolisian",
            "mahkamah", "inspektorat");
    private static final Set<String> CURRENCY_WORDS = Set.of("dolar", "dollar", "euro", "yen", "yuan", "won", "peso",
            "rupee", "ringgit", "pound", "franc", "krona");
    private static final Set<String> COMPASS = Set.of("Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara",
            "Raya", "Daya", "Laut", "Pusat", "Pegunungan");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("kementerian", "kedutaan", "badan", "komisi", "dewan",
            "lembaga", "bank", "partai", "kantor", "kepolisian", "angkatan", "parlemen", "mahkamah", "pemerintah",
            "timnas");
    // Capitalised words after "di"/"ke" that name a person, a part of a building or a group, not a town.
    private static final Set<String> NOT_CITY_FIRST = Set.of("pak", "bu", "ibu", "bapak", "mas", "mbak", "bung", "kak",
            "tuan", "nyonya", "saudara", "sdr", "tanah", "lantai", "jalur", "tim", "kelompok", "program", "acara",
            "sidang", "rapat", "babak", "laga", "grup", "pihak", "tempat", "lokasi", "gazebo", "provinsi", "kabupaten",
            "kota", "kecamatan", "desa", "kelurahan", "tuhan", "allah");
    // Lower-case words between "di" and a name that still place it ("di pedalaman Merauke", "di kota Dili").
    private static final Set<String> AREA_WORDS = Set.of("kota", "pedalaman", "wilayah", "kawasan", "sekitar", "pusat",
            "pinggiran", "perbatasan", "ujung", "utara", "selatan", "timur", "barat", "kabupaten", "provinsi", "desa",
            "pulau", "daerah");
    // Words before a capitalised name that make it a place ("di Surabaya", "ke Bandung", "antara lain Medan").
    private static final Set<String> SOURCE_VERBS = Set.of("dilansir", "dikutip", "mengutip", "melansir", "bersumber",
            "diperoleh", "didapat", "diambil", "diterima", "informasi", "laporan", "keterangan", "data");
    private static final Set<String> LOCATIVES = Set.of("di", "ke", "dari", "menuju", "mengunjungi", "asal", "lain");
    private static final Pattern CITY_GLUE = Pattern.compile(",? (?:dan |serta |hingga |sampai )?|, ");
    // A list item of a list of places: a name of one or two words, maybe with a reading or a code after it
    // ("Munjul II-III MMI"); what splits the items.
    private static final Pattern LIST_ITEM = Pattern.compile("^[\\s\"“”'(]*(\\p{Lu}\\p{Ll}+(?: (?:Utara|Selatan|Timur|Barat|Tengah))?)"
            + "(?: [IVX\\d]+(?:-[IVX\\d]+)?(?: \\p{Lu}{2,5})?)?[\\s\"“”')]*$");
    private static final Pattern LIST_TAIL = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+(?: (?:Utara|Selatan|Timur|Barat|Tengah))?)\\s*$");
    private static final Pattern LIST_HEAD = Pattern.compile("\\s*(\\p{Lu}\\p{Ll}+(?: (?:Utara|Selatan|Timur|Barat|Tengah))?)(?=\\s+\\p{Ll}|[.;:]|$)");
    private static final Pattern LIST_SPLIT = Pattern.compile(",|\\s(?:dan|serta|hingga)\\s");

    private final CountryNames countries;

    public PlaceExtractor(CountryNames countries) {
        this.countries = countries;
    }

    /** Every place mention in reading order; {@code people} are names not to be taken for places. */
    List<Found> mentions(List<SentenceSplitter.Span> spans, Set<String> people) {
        Set<String> personWords = namesOutsidePlaces(spans, people);
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
                // "di gedung MPR/DPR": a building word in lower case before an institution's capitals.
                boolean building = !title && facilityHead(text, tokens, i) > 0 && isLocated(tokens, i);
                if (!tokens.get(i).capitalized() && !building || organisation[i]) {
                    i++;
                    continue;
                }
                int matched = matchAt(text, tokens, i, sentence, personWords, title, out);
                i += Math.max(1, matched);
            }
        }
        List<Found> all = withListedNames(spans, personWords, out);
        all.removeIf(f -> f.end() <= spans.get(f.sentence()).sentence().text().length()
                && labelOrAbbreviation(spans.get(f.sentence()).sentence().text(), f));
        return all;
    }

    // Short forms of the kinds of places ("Kec. Kwandang", "Kab. Bogor"): the short form alone names no place.
    private static final Set<String> KIND_SHORT_FORMS = Set.of("kec", "kab", "kel", "ds", "dsn", "prov", "kp", "jl", "jln");

    /** Whether a word (lower case, no stop) shortens a kind of place: "kec", "kab", "prov". */
    static boolean isKindShortForm(String lower) {
        return KIND_SHORT_FORMS.contains(lower);
    }

    /**
     * Whether a place found is the short form of a place's kind ("Kec" of "Kec. Kwandang"), the label of a figure
     * ("Lok" of "di Lok:8.63 LS", a map position) or the end of a title ("Yang di-Pertuan Agong"): no name of a place.
     */
    private static boolean labelOrAbbreviation(String sentence, Found f) {
        // "Yang di-Pertuan Agong": the end of a title, glued to "di-".
        if (sentence.substring(0, f.start()).endsWith("di-")) {
            return true;
        }
        String after = sentence.substring(f.end());
        String lower = f.place().text().toLowerCase(Locale.ROOT);
        return KIND_SHORT_FORMS.contains(lower) && after.startsWith(".")
                || after.matches("(?s)^\\s*:\\s*\\d.*");
    }

    /**
     * "Depok, Tangerang, Serang, ... Jakarta dan Karawang": in a list of three or more bare names where one is a
     * place the article names elsewhere, the others are places too.
     */
    private List<Found> withListedNames(List<SentenceSplitter.Span> spans, Set<String> personWords, List<Found> found) {
        Set<String> known = new java.util.HashSet<>();
        for (Found f : found) {
            known.add(f.place().text().toLowerCase(Locale.ROOT));
        }
        List<Found> added = new ArrayList<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable()) {
                continue;
            }
            String text = span.sentence().text();
            int sentence = span.sentence().index();
            List<int[]> segments = new ArrayList<>();
            Matcher split = LIST_SPLIT.matcher(text);
            int from = 0;
            while (split.find()) {
                segments.add(new int[] {from, split.start()});
                from = split.end();
            }
            segments.add(new int[] {from, text.length()});
            // Items that are a whole segment; the run of them may take one more name closing the segment before
            // ("terasa di Cianjur, ...") and one opening the segment after ("... dan Subang panik").
            int n = segments.size();
            int[][] whole = new int[n][];
            for (int g = 0; g < n; g++) {
                whole[g] = nameIn(LIST_ITEM, text, segments.get(g), personWords, true);
            }
            for (int a = 0; a < n; ) {
                if (whole[a] == null) {
                    a++;
                    continue;
                }
                int b = a;
                while (b < n && whole[b] != null) {
                    b++;
                }
                List<int[]> run = new ArrayList<>();
                int[] tail = a > 0 ? nameIn(LIST_TAIL, text, segments.get(a - 1), personWords, false) : null;
                if (tail != null) {
                    run.add(tail);
                }
                for (int g = a; g < b; g++) {
                    run.add(whole[g]);
                }
                int[] head = b < n ? nameIn(LIST_HEAD, text, segments.get(b), personWords, false) : null;
                if (head != null) {
                    run.add(head);
                }
                boolean anchored = run.stream().anyMatch(r -> known.contains(text.substring(r[0], r[1]).toLowerCase(Locale.ROOT)));
                if (run.size() >= 3 && anchored) {
                    for (int[] r : run) {
                        boolean taken = found.stream().anyMatch(f -> f.sentence() == sentence && f.start() < r[1] && r[0] < f.end());
                        if (!taken) {
                            added.add(new Found(new Place(text.substring(r[0], r[1]), Place.Kind.CITY, null, sentence),
                                    sentence, r[0], r[1]));
                        }
                    }
                }
                a = b;
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Found> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(Found::sentence).thenComparingInt(Found::start));
        return all;
    }

    /** The bare name a list segment holds, by the given pattern (whole segment or not), or null. */
    private int[] nameIn(Pattern pattern, String text, int[] segment, Set<String> personWords, boolean whole) {
        Matcher m = pattern.matcher(text).region(segment[0], segment[1]);
        boolean hit = whole ? m.matches() : pattern == LIST_HEAD ? m.lookingAt() : m.find();
        // "Yang di-Pertuan Agong": a name glued by a hyphen to the word before it is the end of a title.
        boolean glued = hit && m.start(1) > 0 && text.charAt(m.start(1) - 1) == '-';
        return hit && !glued && isBareName(m.group(1), personWords) ? new int[] {m.start(1), m.end(1)} : null;
    }

    private boolean isBareName(String name, Set<String> personWords) {
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        // "Raja Malaysia, Yang di-Pertuan Agong, Sultan Ibrahim": a word of someone's name anywhere in it makes it theirs.
        for (String w : name.split(" ")) {
            if (personWords.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !personWords.contains(first) && !IndonesianCalendar.isCalendarWord(first) && !NOT_CITY_FIRST.contains(first)
                && !isRoleWord(first) && !ORGANISATION_WORDS.contains(first) && !ADMINISTRATIVE.containsKey(first);
    }

    /**
     * The words of people's names, less those that only ever follow one and the same capitalised word: "Desa
     * Sungai Darmawan" five times over is a village, though "Kepala Desa Sungai Darmawan" read like a role and a name.
     */
    private static Set<String> namesOutsidePlaces(List<SentenceSplitter.Span> spans, Set<String> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<String, String> before = new java.util.HashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (SentenceSplitter.Span span : spans) {
            String text = span.sentence().text();
            List<Token> tokens = Token.names(text);
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (!people.contains(w)) {
                    continue;
                }
                String previous = i > 0 && tokens.get(i - 1).capitalized() && adjacent(text, tokens, i - 1, i)
                        ? tokens.get(i - 1).text() : "";
                seen.merge(w, 1, Integer::sum);
                before.merge(w, previous, (a, b) -> a.equals(b) ? a : "");
            }
        }
        Set<String> out = new java.util.HashSet<>(people);
        for (Map.Entry<String, String> e : before.entrySet()) {
            String previous = e.getValue();
            if (!previous.isEmpty() && seen.get(e.getKey()) >= 2 && !isRoleWord(previous.toLowerCase(Locale.ROOT))
                    && !people.contains(previous.toLowerCase(Locale.ROOT))) {
                out.remove(e.getKey());
            }
        }
        return out;
    }

    /**
     * Whether an administrative word at token i begins the next name of an address chain written without commas
     * ("Desa Sukamaju Kecamatan Cibeber"); as the last word of a name it belongs to it ("Kabupaten Tujuh Koto Kota").
     */
    private static boolean startsAdministrativeName(String text, List<Token> tokens, int i) {
        return ADMINISTRATIVE.containsKey(tokens.get(i).text().toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()
                && tokens.get(i + 1).capitalized() && adjacent(text, tokens, i, i + 1);
    }

    /** Distinct places, first mention first. */
    static List<Place> distinct(List<Found> mentions) {
        Map<String, Place> byKey = new LinkedHashMap<>();
        for (Found f : mentions) {
            Place p = f.place();
            // "di wilayah Timur Indonesia": a compass word alone names no place.
            if (COMPASS.contains(p.text())) {
                continue;
            }
            String key = p.code() != null ? p.code() : p.text().toLowerCase(Locale.ROOT);
            Place first = byKey.putIfAbsent(key, p);
            // "Saudi" in the headline, "Arab Saudi" in the story: a country is listed by its fullest name.
            if (first != null && p.code() != null && p.text().length() > first.text().length()
                    && p.text().contains(first.text())) {
                byKey.put(key, p);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private int matchAt(String text, List<Token> tokens, int i, int sentence, Set<String> personWords, boolean title,
                        List<Found> out) {
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        boolean located = isLocated(tokens, i);
        if (!title) {
            int facility = facilityAt(text, tokens, i, sentence, personWords, out);
            if (facility > 0) {
                return facility + (located ? listedCities(text, tokens, i + facility, sentence, personWords, true, out) : 0);
            }
        }
        // "DKI Jakarta", "DI Yogyakarta": a special province, its kind written as capitals.
        if (!title && (tokens.get(i).text().equals("DKI") || tokens.get(i).text().equals("DI")) && i + 1 < tokens.size()
                && tokens.get(i + 1).capitalized() && !tokens.get(i + 1).allCaps() && adjacent(text, tokens, i, i + 1)) {
            out.add(new Found(new Place(text.substring(tokens.get(i).start(), tokens.get(i + 1).end()), Place.Kind.PROVINCE,
                    null, sentence), sentence, tokens.get(i).start(), tokens.get(i + 1).end()));
            return 2 + (located ? listedCities(text, tokens, i + 2, sentence, personWords, true, out) : 0);
        }
        // "Provinsi Jawa Barat", "Kota Bandung": the whole name is the place.
        for (int len = 2; len >= 1 && !title; len--) {
            if (i + len < tokens.size() && ADMINISTRATIVE.containsKey(joinLower(tokens, i, len))
                    && tokens.get(i + len).capitalized() && adjacent(text, tokens, i, i + len)
                    && !IndonesianCalendar.isCalendarWord(tokens.get(i + len).text())) {
                int end = i + len + 1;
                while (end < tokens.size() && end - i < len + 3 && tokens.get(end).capitalized()
                        && adjacent(text, tokens, end - 1, end) && countries.codeOf(tokens.get(end).text()) == null
                        && !personWords.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                        // "Desa Kaliglagah Bupati ...": a role word starts what follows the place.
                        && !isRoleWord(tokens.get(end).text().toLowerCase(Locale.ROOT))
                        && !startsAdministrativeName(text, tokens, end)
                        && !IndonesianCalendar.isCalendarWord(tokens.get(end).text())
                        // "Kabupaten Buleleng Bali": a province written after the name is a place of its own.
                        && !(end > i + len && startsRegion(tokens, end))) {
                    end++;
                }
                String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
                out.add(new Found(new Place(name, ADMINISTRATIVE.get(joinLower(tokens, i, len)), null, sentence),
                        sentence, tokens.get(i).start(), tokens.get(end - 1).end()));
                return end - i + listedCities(text, tokens, end, sentence, personWords, located, out);
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
                return len + compass + (located && !title ? listedCities(text, tokens, last + 1, sentence, personWords, true, out) : 0);
            }
            String code = countries.codeOf(name);
            // "dolar AS" names a currency, not a place of the story.
            if (code != null && i > 0 && CURRENCY_WORDS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                return len;
            }
            // "AS (27)": a suspect's initials with an age, not the United States.
            if (code != null && len == 1 && PersonExtractor.initialsWithAge(text, tokens, i)) {
                return len;
            }
            if (code != null) {
                out.add(new Found(new Place(name, Place.Kind.COUNTRY, code, sentence), sentence,
                        tokens.get(i).start(), tokens.get(i + len - 1).end()));
                return len;
            }
        }
        int known = title ? 0 : knownTown(text, tokens, i, personWords);
        if (known > 0) {
            out.add(new Found(new Place(text.substring(tokens.get(i).start(), tokens.get(i + known - 1).end()),
                    Place.Kind.CITY, null, sentence), sentence, tokens.get(i).start(), tokens.get(i + known - 1).end()));
            return known + (located && !title ? listedCities(text, tokens, i + known, sentence, personWords, true, out) : 0);
        }
        // A capitalised name after "di"/"ke" that is no country, region nor person is taken for a city; a role
        // ("dari Presiden"), an honorific ("ke Pak Gub"), a part of a building ("di Lantai 18") is not.
        // "naik dari Rp15 juta": a sum of money or any word with a figure in it is no town
        if (!title && located && !personWords.contains(first) && !tokens.get(i).allCaps()
                && !IndonesianCalendar.isCalendarWord(first) && !NOT_CITY_FIRST.contains(first) && !isRoleWord(first)
                && !ORGANISATION_WORDS.contains(first) && !BODIES_OF_LAW.contains(first)
                && !(first.endsWith("nya") && first.length() > 5) && first.chars().noneMatch(Character::isDigit)) {
            int end = i + 1;
            // "Atase Pertahanan RI di Beijing Brigjen Ahmad Darmawan": a rank or a role after the town opens a person.
            while (end < tokens.size() && end - i < 3 && tokens.get(end).capitalized() && adjacent(text, tokens, end - 1, end)
                    // (a word that only opens a role, "Perdana" of "Perdana Menteri", may be the town's: "Dataran Perdana")
                    && !PersonExtractor.ROLES.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                    && !PersonNames.isRankOrTitle(tokens.get(end).text())
                    // "Konjen RI di Jeddah Budi Santoso": a person's name after the town of an office
                    && !personWords.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                    && countries.codeOf(tokens.get(end).text()) == null
                    && !IndonesianCalendar.isCalendarWord(tokens.get(end).text())) {
                end++;
            }
            // "dari Baznas Kabupaten Purworejo", "dari Dinsos Kota ...": one word before an administrative word names a
            // body of that place; the place starts at the administrative word. ("di Nagori Muara Mulia Kecamatan ..."
            // names a village of a district.)
            if (i + 1 < tokens.size() && adjacent(text, tokens, i, i + 1)
                    && ADMINISTRATIVE.containsKey(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && !Gazetteer.isRegencyOrCity(tokens.get(i).text())) {
                return 1;
            }
            String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
            out.add(new Found(new Place(name, Place.Kind.CITY, null, sentence), sentence, tokens.get(i).start(),
                    tokens.get(end - 1).end()));
            return end - i + listedCities(text, tokens, end, sentence, personWords, true, out);
        }
        return 1;
    }

    /** Whether the name at token i follows "di", "ke", "dari"... itself or through an area word ("di kota Dili"). */
    private static boolean isLocated(List<Token> tokens, int i) {
        if (i > 0 && LOCATIVES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            // "Dilansir dari Antara", "dikutip dari Kompas": the source of a report, not a place.
            return !(tokens.get(i - 1).text().equalsIgnoreCase("dari") && i > 1
                    && SOURCE_VERBS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)));
        }
        return i > 1 && AREA_WORDS.contains(tokens.get(i - 1).text()) && LOCATIVES.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
    }

    private static boolean isRoleWord(String lower) {
        for (String role : PersonExtractor.ROLES) {
            if (role.equals(lower) || role.startsWith(lower + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Gedung Nusantara I", "Stadion Jassim bin Hamad", "Kompleks MPR/DPR", "Ruang Oval Istana Merdeka": a building
     * or a site by its name; the places named inside it are places too ("Balai Kota DKI Jakarta"). Returns the
     * tokens taken, 0 when no facility starts here.
     */
    private int facilityAt(String text, List<Token> tokens, int i, int sentence, Set<String> personWords, List<Found> out) {
        int head = facilityHead(text, tokens, i);
        if (head == 0 || i + head >= tokens.size()
                || NOT_FACILITY_NAMES.contains(tokens.get(i + head).text().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int end = i + head;
        int names = 0;
        while (end < tokens.size() && names < 5) {
            Token t = tokens.get(end);
            Token before = tokens.get(end - 1);
            String between = text.substring(before.end(), t.start());
            boolean glued = between.equals(" ") || between.equals("-")
                    || between.equals("/") && t.allCaps() && before.allCaps();
            if (!glued) {
                break;
            }
            if (NAME_PARTICLES.contains(t.text()) && names > 0 && end + 1 < tokens.size()
                    && tokens.get(end + 1).capitalized() && text.substring(t.end(), tokens.get(end + 1).start()).equals(" ")) {
                end++;
                continue;
            }
            // "SDN 1 Jeladri", "SMP Negeri 3 Dawan": a school's number inside or at the end of its name.
            if (SCHOOL_NUMBER.matcher(t.text()).matches() && SCHOOLS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                end++;
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            // "Pasar Kliwon Sugito mengatakan": a person's name, of two words or of one that closes the run.
            boolean personStarts = names > 0 && personWords.contains(lower) && (end + 1 < tokens.size()
                    && personWords.contains(tokens.get(end + 1).text().toLowerCase(Locale.ROOT))
                    || end + 1 >= tokens.size() || !tokens.get(end + 1).capitalized()
                    || !text.substring(t.end(), tokens.get(end + 1).start()).equals(" "));
            if (!t.capitalized() || IndonesianCalendar.isCalendarWord(lower) || personStarts
                    || names > 0 && (facilityHead(text, tokens, end) > 0 || ADMINISTRATIVE.containsKey(lower))) {
                break;
            }
            end++;
            names++;
            // "Gedung Nusantara I DPR RI": a Roman numeral closes the name; the capitals after it name the owner.
            if (ROMAN.matcher(t.text()).matches() && names > 1) {
                break;
            }
        }
        if (names == 0) {
            return 0;
        }
        int owner = end;
        while (ROMAN.matcher(tokens.get(end - 1).text()).matches() && owner < tokens.size() && tokens.get(owner).allCaps()
                && adjacent(text, tokens, owner - 1, owner)) {
            owner++;
        }
        int from = tokens.get(i).start();
        int to = tokens.get(end - 1).end();
        out.add(new Found(new Place(text.substring(from, to), Place.Kind.OTHER, null, sentence), sentence, from, to));
        // Provinces and countries named inside the building's name are places of the story too.
        for (int k = i + head; k < end; ) {
            List<Found> inner = new ArrayList<>();
            int taken = tokens.get(k).capitalized() ? matchAt(text, tokens, k, sentence, personWords, false, inner) : 1;
            for (Found f : inner) {
                if (f.end() <= to) {
                    out.add(f);
                }
            }
            k += Math.max(1, taken);
        }
        // "Istana Kepresidenan atau Palacio Presidencial": the other name of the same building.
        Matcher alias = ALIAS.matcher(text).region(to, text.length());
        if (alias.lookingAt()) {
            int k = end;
            while (k < tokens.size() && tokens.get(k).end() <= alias.end()) {
                k++;
            }
            out.add(new Found(new Place(alias.group(1), Place.Kind.OTHER, null, sentence), sentence, alias.start(1),
                    alias.end(1)));
            return k - i;
        }
        return owner - i;
    }

    private static final Pattern ROMAN = Pattern.compile("[IVX]{1,4}");
    private static final Pattern SCHOOL_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Set<String> SCHOOLS = Set.of("sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mts", "mtsn");
    private static final Pattern ALIAS = Pattern.compile(" atau (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,3})(?=[\\s,.;)]|$)");

    /** Number of tokens of the facility word starting at token i (capitalised, or "gedung" before capitals), or 0. */
    private static int facilityHead(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean capitalised = t.capitalized();
        if (!capitalised && !(t.text().equals("gedung") && i + 1 < tokens.size() && tokens.get(i + 1).allCaps())) {
            return 0;
        }
        for (String[] head : FACILITIES) {
            if (i + head.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < head.length && match; k++) {
                match = tokens.get(i + k).text().equalsIgnoreCase(head[k]) && (k == 0 || adjacent(text, tokens, i + k - 1, i + k));
            }
            if (match) {
                return head.length;
            }
        }
        return 0;
    }

    /**
     * "di Surabaya, Medan, dan Makassar", "Desa Hergamanah, Ngamprah, Kabupaten Bandung Barat": names listed after
     * a place are places too. An item before a comma must itself end at a comma or "dan" ("Leste, Jokowi
     * mengunjungi" is a new clause); when the first place was not introduced by "di"/"ke", the items must lead
     * to another place word (an address).
     */
    private int listedCities(String text, List<Token> tokens, int k, int sentence, Set<String> personWords,
                             boolean located, List<Found> out) {
        int consumed = 0;
        while (k < tokens.size()) {
            int next = k;
            String word = tokens.get(k).text();
            boolean last = word.equals("dan") || word.equals("serta") || word.equals("hingga") || word.equals("sampai");
            if (last) {
                next = k + 1; // the conjunction is a token of its own
            }
            if (next >= tokens.size() || !tokens.get(next).capitalized() || tokens.get(next).allCaps() && !isFacilityOrAdmin(text, tokens, next)
                    || !CITY_GLUE.matcher(text.substring(tokens.get(k - 1).end(), tokens.get(next).start())).matches()
                    || personWords.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
                    || IndonesianCalendar.isCalendarWord(tokens.get(next).text())) {
                break;
            }
            int before = out.size();
            int matched = matchAt(text, tokens, next, sentence, personWords, false, out);
            if (out.size() == before) {
                // A listed name is one word, or two before a boundary ("Boven Digoel,", "Residen Pamuji dan"); "Bawa
                // Misi Energi" after a city is a phrase in capitals, not a list of towns.
                int len = 1;
                if (next + 1 < tokens.size() && tokens.get(next + 1).capitalized() && adjacent(text, tokens, next, next + 1)
                        && !IndonesianCalendar.isCalendarWord(tokens.get(next + 1).text())) {
                    len = 2;
                    if (next + 2 < tokens.size() && tokens.get(next + 2).capitalized() && adjacent(text, tokens, next + 1, next + 2)) {
                        break;
                    }
                }
                int itemEnd = tokens.get(next + len - 1).end();
                // "Raja Malaysia, Yang di-Pertuan Agong, Sultan Ibrahim": a title glued by a hyphen, or a run holding a
                // word of someone's name, is no town of the list.
                boolean glued = tokens.get(next).start() > 0 && text.charAt(tokens.get(next).start() - 1) == '-';
                boolean someones = len == 2 && personWords.contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT));
                if (glued || someones) {
                    break;
                }
                String after = text.substring(itemEnd);
                boolean boundary = ITEM_END.matcher(after).lookingAt() || last;
                boolean address = ADDRESS_NEXT.matcher(after).lookingAt();
                if (!boundary || !located && !address || len == 2 && !boundary) {
                    break;
                }
                out.add(new Found(new Place(text.substring(tokens.get(next).start(), itemEnd), Place.Kind.CITY, null,
                        sentence), sentence, tokens.get(next).start(), itemEnd));
                matched = len;
            }
            consumed += next - k + matched;
            k = next + matched;
        }
        return consumed;
    }

    private boolean isFacilityOrAdmin(String text, List<Token> tokens, int i) {
        return facilityHead(text, tokens, i) > 0 || tokens.get(i).text().equals("DKI");
    }

    // What may follow a listed name: a comma, "dan"/"serta", the end of the sentence or a bracket.
    private static final Pattern ITEM_END = Pattern.compile("\\s*(?:[,.;:)]|$|dan\\b|serta\\b|(?:"
            + IndonesianCalendar.DAY_NAMES + ")\\b)");
    // "Ngamprah, Kabupaten Bandung Barat": the next item of an address is a place word.
    private static final Pattern ADDRESS_NEXT = Pattern.compile("\\s*,\\s*(?:Kabupaten|Kota|Kecamatan|Provinsi|Desa"
            + "|Kelurahan|Distrik|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Papua|Bali|Nusa|Maluku|DKI|Daerah)\\b");

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
                // "Komisi I DPRD Kabupaten Indragiri Hilir": the regency a body of its government is of is a place
                // the text names.
                for (int k = i + 1; k + 1 < last; k++) {
                    String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
                    if ((word.equals("kabupaten") || word.equals("provinsi") || word.equals("kota"))
                            && joinable(text, tokens, k, k + 1)) {
                        last = k;
                        break;
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
            // "Kapolres Kapuas Hulu AKBP ...", "Bupati Ciamis Herdiat ...": a regency or a city closes a role.
            if (Gazetteer.isRegencyOrCity(name) && !tokens.get(i).allCaps()) {
                return len;
            }
        }
        return 0;
    }

    /** "Sulawesi Tengah", "Jawa Barat": a compass word after a region names a part of it (1), else 0. */
    private static int compassAfter(String text, List<Token> tokens, int k) {
        int n = 0;
        // "Papua Barat Daya": up to two words.
        while (n < 2 && k + n < tokens.size() && COMPASS.contains(tokens.get(k + n).text()) && adjacent(text, tokens, k + n - 1, k + n)) {
            n++;
        }
        return n;
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
