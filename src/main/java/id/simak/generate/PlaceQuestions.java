package id.simak.generate;

import id.simak.analysis.Place;
import id.simak.analysis.Visit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Asks where things happened: the place left out of its sentence, to be chosen among other places of the same
 * kind the article names (cities with cities, countries with countries), and a cloze for the bank. A place is
 * asked only where the sentence shows it is one ("di", "ke", "dari", "Kabupaten ..."), never as a piece of an
 * address that general knowledge completes ("Kabupaten Cianjur, ____"), nor the country the whole story is in.
 */
final class PlaceQuestions {

    // Words right before a name that tell it is a place: a preposition of place or an administrative word.
    private static final Pattern PLACE_CUE = Pattern.compile("(?iu)\\b(?:di|ke|dari|kabupaten|kab\\.|kota|provinsi|desa"
            + "|kecamatan|kelurahan|pulau|wilayah|kawasan|daerah|negara|ibu kota|menuju|asal|tiba di|berada di)\\s+$");

    // A place named with its administrative word ("Provinsi Jambi") is no tail that general knowledge completes.
    private static final Pattern ADMINISTRATIVE = Pattern.compile("(?iu)^(?:provinsi|kabupaten|kota|kecamatan|desa|kelurahan)\\s");

    private final ArticleContext ctx;

    PlaceQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    private static final String CAPITALISED_RUN = "\\p{Lu}[\\p{L}.'’]*(?:\\s+\\p{Lu}[\\p{L}.'’]*)*";
    private static final Pattern LISTED_AFTER = Pattern.compile("(?:\\s*,\\s*" + CAPITALISED_RUN + ")+\\s*,?\\s+(?:dan|serta)\\s+"
            + CAPITALISED_RUN);
    private static final Pattern SHORT_FORM_AFTER = Pattern.compile("^\\s*\\(\\p{Lu}[\\p{L}]{1,12}\\)");

    /**
     * "ke Gabungan Kelompok Tani (Gapoktan) Mitra Arjuna": words of the dictionary spelt out before their short form
     * name a body, not a town, whatever the place reader took them for; a town or region with its short form
     * ("Kabupaten Bandung Barat (KBB)") keeps its administrative word, and a country its code.
     */
    private boolean bodyWithShortForm(Place place) {
        if ((place.kind() != Place.Kind.CITY && place.kind() != Place.Kind.OTHER) || ADMINISTRATIVE.matcher(place.text()).find()) {
            return false;
        }
        String sentence = ctx.text(place.sentence());
        int at = ArticleContext.find(sentence, place.text());
        if (at < 0 || !SHORT_FORM_AFTER.matcher(sentence.substring(at + place.text().length())).find()) {
            return false;
        }
        for (String w : place.text().split("\\s+")) {
            if (!ctx.lexicon.knows(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<Integer> visitSentences = new HashSet<>();
        for (Visit v : ctx.analysis.visits()) {
            visitSentences.add(v.sentence());
        }
        Set<String> asked = new HashSet<>();
        for (Place place : ctx.analysis.places()) {
            if (!ctx.standsAlone(place.sentence()) || "ID".equals(place.code()) || !asked.add(place.text().toLowerCase(Locale.ROOT))
                    || bodyWithShortForm(place) || Geo.of(place.text()) == Geo.COMPASS || Place.namesBody(place.text())) {
                continue;
            }
            String sentence = ctx.readable(place.sentence());
            int at = ArticleContext.find(sentence, place.text());
            if (at < 0 || !ArticleContext.fairGap(sentence, place.text()) || inAddress(sentence, at) && !ADMINISTRATIVE.matcher(place.text()).find()
                    || !PLACE_CUE.matcher(sentence.substring(0, at)).find() && place.kind() != Place.Kind.COUNTRY
                    && !ADMINISTRATIVE.matcher(place.text()).find()) {
                continue;
            }
            // "dirasakan di ____, Kota Bogor, Pelabuhan Ratu, dan Bandar Lampung": one of a list of places, where any other
            // place the article lists elsewhere reads as true as the answer.
            if (LISTED_AFTER.matcher(sentence.substring(at + place.text().length())).lookingAt()) {
                continue;
            }
            String gapped = ArticleContext.blank(sentence, place.text());
            Evidence evidence = ctx.evidence(place.sentence());
            String why = "Kalimat bukti menyebut «" + place.text() + "».";
            if (place.kind() != Place.Kind.COUNTRY) {
                out.add(Drafts.cloze(Skill.PLACE, "Lengkapi kalimat berikut dengan nama tempat yang tepat: "
                        + ArticleContext.quotedAround(gapped), List.of(place.text()), why, evidence, Difficulty.MEDIUM, 0.3));
                List<String> candidates = sameKind(place);
                // "Bergeser ke Jawa, ... terjadi di ____": a place the question itself names is no wrong choice.
                candidates.removeIf(c -> ArticleContext.find(gapped, c) >= 0);
                // "di pulau ____" asks an island; "Yogyakarta" among "Sumatera" and "Kalimantan" stands out as the one town.
                boolean island = ISLAND_BEFORE.matcher(sentence.substring(0, at)).find() || island(place.text());
                candidates.removeIf(c -> island(c) != island);
                // "rusak berat di desa ____": a village is asked, and only villages the text names are wrong choices,
                // written as the answer is, without the word "desa" ("Magelang" among villages is a regency, not one).
                java.util.regex.Matcher unit = UNIT_BEFORE.matcher(sentence.substring(0, at));
                if (unit.find()) {
                    candidates = unitNames(unit.group(1), candidates);
                }
                List<String> distractors = ctx.picker.pick(List.of(place.text()), candidates, 3, List.of());
                if (distractors.size() == 3) {
                    out.add(Drafts.choice(Skill.PLACE, "Nama tempat mana yang tepat untuk mengisi bagian kosong? "
                                    + ArticleContext.quotedAround(gapped),
                            ctx.picker.choices(List.of(place.text()), distractors, "place" + place), place.text(), why,
                            evidence, Difficulty.EASY, countryAfterGap(gapped) ? 0.4 : placePrior(place, distractors)));
                }
            } else if (place.code() != null && !visitSentences.contains(place.sentence()) && countriesIn(sentence) == 1) {
                List<String> distractors = ctx.picker.pick(List.of(place.text()),
                        ctx.countryCandidates(List.of(place.code()), Set.of("ID")), 3, List.of());
                if (distractors.size() == 3) {
                    out.add(Drafts.choice(Skill.PLACE, "Negara mana yang tepat untuk mengisi bagian kosong? "
                                    + ArticleContext.quotedAround(gapped),
                            ctx.picker.choices(List.of(place.text()), distractors, "place" + place), place.text(), why,
                            evidence, Difficulty.EASY, 0.55));
                }
            }
        }
        return out;
    }

    /**
     * "Lisbon, Portugal" gapped as "____, Portugal", or "____, Korea Selatan": the country after the gap rules out the
     * article's other towns at home, so the choices are not weighed by reading; such a question waits in the bank.
     */
    private boolean countryAfterGap(String gapped) {
        int gap = gapped.indexOf("____");
        if (gap < 0) {
            return false;
        }
        String after = gapped.substring(gap + 4);
        if (!after.startsWith(",")) {
            return false;
        }
        String rest = after.substring(1).strip();
        return ctx.analysis.places().stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY && p.code() != null
                && !"ID".equals(p.code()) && rest.startsWith(p.text()));
    }

    /** Confident only when the answer and every wrong choice are places of the same administrative kind. */
    private double placePrior(Place place, List<String> distractors) {
        return ctx.sameAdministrativeKind(place.text(), distractors) ? 0.55 : 0.45;
    }

    /** Whether the name follows another name after a comma ("Kabupaten Cianjur, Jawa Barat"): the tail of an address. */
    private static boolean inAddress(String sentence, int at) {
        String before = sentence.substring(0, at).stripTrailing();
        if (!before.endsWith(",")) {
            return false;
        }
        String prior = before.substring(0, before.length() - 1).stripTrailing();
        int space = prior.lastIndexOf(' ');
        String word = prior.substring(space + 1);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Other places of the article of the same kind (cities with cities, provinces with provinces), from other
     * sentences; never one written in capitals when the answer is not ("CARAPANDANG -" opens a page as its outlet
     * does, and a dateline's "MEDAN" would stand out among "Binjai" and "Deli Serdang").
     */
    private List<String> sameKind(Place place) {
        List<String> out = new ArrayList<>();
        boolean site = ArticleContext.isSite(place.text());
        boolean capitals = inCapitals(place.text());
        for (Place other : ctx.analysis.places()) {
            if (other.kind() == place.kind() && other.sentence() != place.sentence()
                    && !other.text().equalsIgnoreCase(place.text()) && inCapitals(other.text()) == capitals) {
                out.add(other.text());
            }
        }
        for (Place other : ctx.analysis.places()) {
            boolean similar = other.kind() == Place.Kind.CITY || other.kind() == Place.Kind.PROVINCE
                    || other.kind() == Place.Kind.OTHER;
            if (similar && other.kind() != place.kind() && other.sentence() != place.sentence()
                    && place.kind() != Place.Kind.REGION && inCapitals(other.text()) == capitals) {
                out.add(other.text());
            }
        }
        // "New Delhi" among "Lanud TNI AU" and "Pangkalan TNI AU": a town's wrong choices are no sites, and the reverse.
        out.removeIf(o -> ArticleContext.isSite(o) != site || ctx.samePlace(o, place.text()));
        // A sea among towns, a continent among provinces, "Kemenag Kendal" (an office) among towns: another kind of
        // thing, ruled out without reading.
        Geo geo = Geo.of(place.text());
        out.removeIf(o -> Geo.of(o) != geo || Place.namesBody(o));
        // "Kab Kendal" and "Kendal": one wrong place offered twice.
        List<String> distinct = new ArrayList<>();
        for (String o : out) {
            if (distinct.stream().noneMatch(d -> ctx.samePlace(d, o))) {
                distinct.add(o);
            }
        }
        return distinct;
    }

    /** Kinds of place a pupil tells apart at once. */
    enum Geo {
        WATER, CONTINENT, COMPASS, LAND;

        private static final Pattern WATER_WORD = Pattern.compile("(?iu)^(?:laut|selat|samudra|samudera|teluk|danau|sungai|kali)\\b.*");
        private static final Set<String> CONTINENTS = Set.of("asia", "eropa", "afrika", "amerika", "australia", "oseania",
                "antartika", "asia tenggara", "asia pasifik", "indo-pasifik", "timur tengah", "amerika latin",
                "amerika utara", "amerika selatan", "asia timur", "asia selatan", "asia tengah", "pasifik");
        private static final Pattern COMPASS_WORDS = Pattern.compile(
                "(?iu)(?:utara|selatan|timur|barat|barat laut|barat daya|timur laut|tenggara)");

        static Geo of(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (COMPASS_WORDS.matcher(n).matches()) {
                return COMPASS;
            }
            if (CONTINENTS.contains(n)) {
                return CONTINENT;
            }
            return WATER_WORD.matcher(n).matches() ? WATER : LAND;
        }
    }

    // "di pulau ____": the gap names an island.
    private static final Pattern ISLAND_BEFORE = Pattern.compile("(?iu)\\bpulau\\s+$");
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?iu)\\b(desa|kelurahan|dusun|kampung|kecamatan|kabupaten|kota)\\s+$");

    /** The candidates the text writes after this unit's word ("Desa Babakan", "desa Tirtohargo"), without the word. */
    private List<String> unitNames(String unit, List<String> candidates) {
        String word = unit.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            boolean written = c.toLowerCase(Locale.ROOT).startsWith(word + " ");
            String name = written ? c.substring(word.length() + 1).strip() : c;
            if ((written || writtenAfter(word, c)) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
    // The islands every pupil knows as islands and by no other name (not "Bali", "Papua" or "Batam", which are also a
    // province or a town); others count when the article writes "pulau" before them.
    private static final Set<String> ISLANDS = Set.of("jawa", "sumatera", "sumatra", "kalimantan", "sulawesi", "borneo",
            "lombok", "madura", "flores", "timor", "sumbawa", "sumba", "halmahera", "seram");

    private boolean island(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (ISLANDS.contains(n)) {
            return true;
        }
        return writtenAfter("pulau", name);
    }

    /** Whether the article writes the name right after this word ("pulau Lombok", "desa Babakan"), in any case. */
    private boolean writtenAfter(String word, String name) {
        if (allText == null) {
            allText = String.join(" ", ctx.analysis.sentences().stream().map(s -> s.text()).toList());
        }
        return Pattern.compile("(?iu)\\b" + word + "\\s+" + Pattern.quote(name.strip()) + "\\b").matcher(allText).find();
    }

    private String allText;

    /** Whether a name of more than an abbreviation's length is written all in capitals ("MEDAN", not "NTT"). */
    static boolean inCapitals(String name) {
        int letters = (int) name.codePoints().filter(Character::isLetter).count();
        return letters > 4 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private int countriesIn(String sentence) {
        int n = 0;
        for (String name : ctx.countries.values()) {
            if (ArticleContext.find(sentence, name) >= 0) {
                n++;
            }
        }
        return n;
    }
}
