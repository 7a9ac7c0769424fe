package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds visits: who went where ("berkunjung ke", "melakukan kunjungan kerja ke", "tiba di", "blusukan ke",
 * "meninjau ... di", "menerima kunjungan X di") and when. Mentions of one visit in several sentences are one
 * visit; a building visited during a trip lies in the trip's city and country.
 */
public final class VisitExtractor {

    // Adjectives of a visit between the noun and where it goes ("kunjungan kerja ke", "kunjungan bilateral ke").
    private static final String VISIT_ADJECTIVES = "(?:\\s+(?-i:kerja|Kerja|kenegaraan|Kenegaraan|resmi|bilateral|perdana|pertama|pertamanya"
            + "|singkat|dinas|kehormatan|balasan|lanjutan|khusus|persahabatan|spesifik|mendadak|tiga hari|dua hari|sehari"
            + "|silaturahmi|silaturahim|audiensi)(?:nya)?)";
    private static final Pattern TRIGGER = Pattern.compile("\\b(?:"
            + "(?<receive>(?:menerima|terima|menyambut|menyambut\\s+baik)\\s+(?:kunjungan|lawatan|kedatangan)" + VISIT_ADJECTIVES + "{0,2})"
            // "kunjungan kerja (kunker) ke": the short form in brackets belongs to the noun.
            // "kunkernya di Desa X", "kedatangannya ke Pemkab Y", "kepergiannya ke Busan", "dalam perjalanannya ke Kota Z".
            + "|(?<noun>(?:kunjungan|lawatan|kunker|(?:kedatangan|kepergian|perjalanan)(?=(?:nya)?\\s+(?:ke|menuju)\\b))(?:nya)?"
            + VISIT_ADJECTIVES + "{0,2}(?:\\s*\\(\\p{L}{3,12}\\))?)\\s+(?<nounPrep>ke|di|terhadap|menuju)\\b"
            // "sidak (inspeksi mendadak) ke RSUD X", "diagendakan datang ke Pondok Pesantren Y"
            // "melakukan Inspeksi Mendadak (Sidak) di Jembatan X": the words the short form spells out, with it.
            + "|(?<move>berkunjung|bertolak|melawat|terbang|bertandang|blusukan|berangkat|singgah|mampir|bertamu"
            + "|inspeksi\\s+mendadak(?:\\s*\\(\\s*sidak\\s*\\))?|sidak"
            + "|datang(?=\\s+ke\\b)"
            // "turun langsung ke lokasi banjir di Desa X": an official going to the field
            + "|turun(?:\\s+langsung)?(?=\\s+ke\\s+(?:lokasi|lapangan|desa|kampung|dusun|kelurahan|kecamatan|\\p{Lu}))"
            // "melanjutkan kunjungan kerjanya ke Washington DC": the visit's words between the verb and "ke".
            + "|melanjutkan\\s+(?:perjalanan|lawatan|kunjungan)(?:nya)?" + VISIT_ADJECTIVES + "{0,2}|melakukan\\s+perjalanan)"
            + "|(?<arrive>tiba|mendarat|setibanya|sesampainya)\\s+di\\b"
            // "melakukan peninjauan ujian di SMAN 1 Garut": the noun of reviewing after its verb
            + "|(?<object>mengunjungi|mendatangi|menyambangi|meninjau|menyinggahi|melakukan\\s+(?:peninjauan|pemantauan)"
            // "Bupati dan rombongan menuju Desa Sukamaju": going to a village or a site, not "menuju Indonesia Emas"
            + "|menuju(?=\\s+(?:Desa|Dusun|Kelurahan|Kecamatan|Kabupaten|Kota|Kampung|Nagari|Gampong|Distrik|lokasi|kantor"
            + "|rumah|Pasar|Pelabuhan|Bandara)\\b))"
            + "|(?<attend>menghadiri))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Where a movement verb goes, after any words that date it ("blusukan pada Selasa pagi, 11 Juni 2024, ke").
    private static final Pattern MOVE_TO = Pattern.compile("\\s+(ke|menuju|di)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TIME_WORDS = Set.of("pada", "hari", "pagi", "siang", "sore", "malam", "ini", "tadi",
            "dini", "besok", "kemarin", "nanti", "rencananya", "langsung", "kembali", "lagi");
    // Lower-case building words between "ke" and the name ("menuju kantor Desa ...").
    private static final Set<String> BUILDING_WORDS = Set.of("kantor", "rumah", "lokasi", "gedung", "kediaman", "markas",
            "kompleks", "kawasan", "wilayah", "kota", "desa", "kampung", "pusat");
    // What may stand between two destinations of one list ("Vietnam, Thailand, dan Laos").
    // "ke Provinsi X (Prov. Y), tepatnya di Kota Z": the words that narrow a destination to the town in it also join it.
    private static final Pattern LIST_GLUE = Pattern.compile("(?:\\s*\\([^()]{1,25}\\))?\\s*(?:,\\s*(?:dan|serta)?|dan|serta)\\s*"
            + "(?:(?iu:tepatnya|persisnya|khususnya)\\s+(?:di\\s+|ke\\s+)?)?");
    // "batal berkunjung", "tak jadi ke": a visit that did not take place.
    private static final Pattern CALLED_OFF = Pattern.compile("(?iu)\\b(?:batal|gagal|urung|tidak jadi|tak jadi|belum pernah)\\s+(?:\\p{L}+\\s+)?$");
    // "mendorong para Duta Besar ini untuk datang ke Lombok", "mengajak Presiden berkunjung ke ...": an invitation or a
    // wish is no visit.
    private static final Pattern INVITED = Pattern.compile("(?iu)\\b(?:mendorong|mengajak|mengundang|meminta|mempersilakan"
            + "|mengimbau|menyarankan|mengharapkan|berharap)\\b");
    // Where a clause begins: punctuation, or a word that opens a clause of its own.
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?iu)[,;:.\"“”()]|\\s[-–—]\\s|\\b(?:ketika|saat|sementara|sedangkan"
            + "|setelah|sebelum|usai|sesudah|selama|seusai|sewaktu|tatkala)\\b");
    private static final Pattern LEADING_CLAUSE = Pattern.compile("(?iu)^\\s*(?:setelah|sebelum|usai|sesudah|seusai|saat|ketika"
            + "|selama|sewaktu|setibanya|sesampainya|sepulang|dalam)\\b");
    // Words that join companions to the one who travels ("Presiden bersama Ibu Negara", "yang ditemani").
    private static final Pattern COMPANION_GLUE = Pattern.compile("(?iu)^\\s*(?:,\\s*)?(?:dan|serta|bersama|beserta|didampingi"
            + "|ditemani|yang\\s+didampingi|yang\\s+ditemani|atau|,)?\\s*(?:oleh\\s+)?$");
    // Words that may stand between the subject and the verb without being a subject of their own.
    private static final Set<String> ADVERBS = Set.of("akan", "telah", "sudah", "juga", "pun", "lalu", "kemudian", "langsung",
            "segera", "rencananya", "dijadwalkan", "sedang", "baru", "pernah", "kembali", "dan", "sempat", "hendak", "ingin",
            "bakal", "turut", "ikut", "masih", "belum", "pada", "hari", "ini", "itu", "pagi", "siang", "sore", "malam", "tadi",
            "direncanakan",
            // Verbs that carry a visit noun and words of purpose continue the clause of the one named before:
            // "tiba di Hanoi untuk memulai lawatan ke ...", "berkunjung ke ..., melakukan lawatan ke ...".
            "melakukan", "memulai", "mengakhiri", "melanjutkan", "menjalani", "menggelar", "mengadakan", "untuk", "guna",
            // "X membenarkan dirinya akan menyambangi ...", "X mengatakan bahwa ia akan ke ...": the one who says so.
            "membenarkan", "mengatakan", "menyatakan", "mengaku", "memastikan", "mengonfirmasi", "bahwa", "dirinya");

    // "X yang akan", "X, yang pekan lalu": what stands between a name and the verb of its relative clause.
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\s*,?\\s*yang(?:\\s+(?:akan|telah|sudah|sedang|baru|pernah"
            + "|juga|rencananya|dijadwalkan|direncanakan|bakal|hendak|sempat|kemudian|pada|pekan|bulan|tahun|lalu))*\\s*");

    private static final CountryNames COUNTRIES = new CountryNames();

    private VisitExtractor() {}

    /** One movement read from a sentence, before the mentions of one visit are joined. */
    private static final class Movement {
        final List<String> visitors;
        final List<Place> places = new ArrayList<>();
        String when;
        final int sentence;
        String kind;

        Movement(List<String> visitors, List<Place> places, String when, int sentence, String kind) {
            this.visitors = visitors;
            this.places.addAll(places);
            this.when = when;
            this.sentence = sentence;
            this.kind = kind;
        }

        boolean onlySites() {
            return places.stream().allMatch(p -> p.kind() == Place.Kind.OTHER);
        }
    }

    static List<Visit> extract(List<SentenceSplitter.Span> spans, PersonExtractor.People people,
                               List<PlaceExtractor.Found> places, List<DateExtractor.Found> dates) {
        return extract(spans, people, places, dates, null);
    }

    /** {@code home} is the town the story is filed from (its dateline), or null. */
    static List<Visit> extract(List<SentenceSplitter.Span> spans, PersonExtractor.People people,
                               List<PlaceExtractor.Found> places, List<DateExtractor.Found> dates, String home) {
        Visitors visitors = Visitors.of(spans, people, COUNTRIES);
        List<Place> headingCountries = new ArrayList<>();
        for (PlaceExtractor.Found f : places) {
            if (f.place().kind() == Place.Kind.COUNTRY && spans.stream().anyMatch(sp -> sp.sentence().index() == f.sentence()
                    && sp.sentence().kind() == Sentence.Kind.HEADING)) {
                headingCountries.add(f.place());
            }
        }
        List<Movement> movements = new ArrayList<>();
        int p = 0;
        int d = 0;
        for (SentenceSplitter.Span span : spans) {
            int index = span.sentence().index();
            String text = span.sentence().text();
            // Places and dates arrive sorted by sentence: walk them alongside instead of searching all each time.
            List<PlaceExtractor.Found> here = new ArrayList<>();
            while (p < places.size() && places.get(p).sentence() < index) {
                p++;
            }
            while (p < places.size() && places.get(p).sentence() == index) {
                here.add(places.get(p++));
            }
            List<DateExtractor.Found> datesHere = new ArrayList<>();
            while (d < dates.size() && dates.get(d).mention().sentence() < index) {
                d++;
            }
            while (d < dates.size() && dates.get(d).mention().sentence() == index) {
                datesHere.add(dates.get(d++));
            }
            if (here.isEmpty() || !span.sentence().isBody()) {
                continue;
            }
            List<Movement> found = movements(text, index, here, datesHere, visitors, people, home);
            if (found.isEmpty()) {
                Movement listed = visitedListed(spans, span, here, dates, visitors);
                if (listed != null) {
                    found = List.of(listed);
                }
            }
            for (Movement m : found) {
                countryOfTown(m, home, here, headingCountries);
                movements.add(m);
            }
        }
        datedNext(movements, spans, dates);
        return join(movements);
    }

    // "Adapun kelurahan yang dikunjungi yakni A, B, dan C": the places of a visit the sentence before told unnamed.
    private static final Pattern VISITED_LIST = Pattern.compile(
            "(?iu)\\byang\\s+(?:dikunjungi|ditinjau|disambangi|didatangi)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:yakni|yaitu|adalah|ialah|antara\\s+lain|meliputi|:)\\s*");
    // "melakukan kunjungan ke beberapa kelurahan", "meninjau sejumlah desa": a visit to places not yet named.
    private static final Pattern UNNAMED_VISIT = Pattern.compile(
            "(?iu)\\b(?:kunjungan(?:\\s+kerja)?|berkunjung|mengunjungi|meninjau|menyambangi|blusukan)\\s+(?:ke\\s+)?"
                    + "(?:beberapa|sejumlah|berbagai|dua|tiga|empat|lima|enam|\\d+)\\s+(?:kelurahan|desa|kecamatan|lokasi|titik"
                    + "|sekolah|pasar|kampung|dusun|nagari|tempat)\\b");

    /**
     * "Wali Kota X ... kembali melakukan kunjungan ke beberapa kelurahan, Sabtu (11/5). Adapun kelurahan yang dikunjungi
     * yakni A, B, dan C.": the visit the sentence before tells, to the places this one names. Its sentence is the one
     * that names the visitor; null when the sentence before tells no such visit or names no visitor before it.
     */
    private static Movement visitedListed(List<SentenceSplitter.Span> spans, SentenceSplitter.Span span,
                                          List<PlaceExtractor.Found> here, List<DateExtractor.Found> dates, Visitors visitors) {
        Matcher listed = VISITED_LIST.matcher(span.sentence().text());
        int index = span.sentence().index();
        if (!listed.find() || index == 0) {
            return null;
        }
        SentenceSplitter.Span before = null;
        for (SentenceSplitter.Span sp : spans) {
            if (sp.sentence().index() == index - 1) {
                before = sp;
            }
        }
        if (before == null || !before.sentence().isBody()) {
            return null;
        }
        String told = before.sentence().text();
        Matcher unnamed = UNNAMED_VISIT.matcher(told);
        if (!unnamed.find()) {
            return null;
        }
        String visitor = null;
        for (Visitors.Named n : visitors.named(told, before.sentence().index())) {
            if (n.end() <= unnamed.start()) {
                visitor = n.name();
                break;
            }
        }
        List<Place> places = new ArrayList<>();
        for (PlaceExtractor.Found f : here) {
            if (f.start() >= listed.end()) {
                places.add(f.place());
            }
        }
        // "Kelurahan A, B, dan Kelurahan C": an item between two places of a kind is a place of that kind too.
        if (!places.isEmpty()) {
            String tail = span.sentence().text().substring(listed.end()).replaceAll("[.;]\\s*$", "");
            for (String item : tail.split("\\s*,\\s*(?:dan\\s+|serta\\s+)?|\\s+(?:dan|serta)\\s+")) {
                String name = item.strip();
                if (name.matches("(?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}")
                        && places.stream().noneMatch(pl -> pl.text().endsWith(name) || name.endsWith(pl.text()))) {
                    places.add(places.size() - 1, new Place(name, places.get(0).kind(), null, index));
                }
            }
        }
        if (visitor == null || places.size() < 1) {
            return null;
        }
        int toldIn = before.sentence().index();
        String when = dates.stream().filter(f -> f.mention().sentence() == toldIn && !f.deictic()).map(DateExtractor.Found::value)
                .findFirst().orElse(null);
        return new Movement(List.of(visitor), places, when, toldIn, "kunjungan ke");
    }

    // "Kunjungan kenegaraan perdana kepala negara ini dimulai pada Jumat, 8 November 2024.": the next sentence
    // points back to the visit and dates it.
    private static final Pattern BACK_TO_VISIT = Pattern.compile("(?iu)^\\s*(?:kunjungan|lawatan|perjalanan)(?:nya)?\\b[^.]{0,60}?"
            + "\\b(?:ini|tersebut|itu)\\b");

    // "..., kata Bupati X, Selasa (17/10/2023).": a verb of saying whose words date what was said.
    private static final Pattern SAID = Pattern.compile("(?iu)\\b(?:" + QuoteExtractor.AFTER_VERBS + ")(?:nya)?\\b");
    // How many sentences after an undated lead visit the attribution that dates it may stand.
    private static final int ATTRIBUTION_REACH = 2;

    /**
     * A visit without a date takes the date of the next sentence when that sentence points back to it; the story's
     * first visit also takes the day of the attribution of the traveller's words just after it ("Bupati X meninjau
     * ... . “...,” kata Bupati X, Selasa (17/10/2023)."), as news dates a story once, where its first quote is given.
     */
    private static void datedNext(List<Movement> movements, List<SentenceSplitter.Span> spans, List<DateExtractor.Found> dates) {
        for (Movement m : movements) {
            if (m.when != null) {
                continue;
            }
            for (SentenceSplitter.Span span : spans) {
                if (span.sentence().index() == m.sentence + 1 && BACK_TO_VISIT.matcher(span.sentence().text()).lookingAt()) {
                    dates.stream().filter(f -> f.mention().sentence() == m.sentence + 1 && !f.deictic()).findFirst()
                            .ifPresent(f -> m.when = f.value());
                }
            }
        }
        if (movements.isEmpty() || movements.get(0).when != null) {
            return;
        }
        Movement lead = movements.get(0);
        for (SentenceSplitter.Span span : spans) {
            int index = span.sentence().index();
            if (index <= lead.sentence || index > lead.sentence + ATTRIBUTION_REACH) {
                continue;
            }
            String text = span.sentence().text();
            Matcher said = SAID.matcher(text);
            if (!said.find() || lead.visitors.stream().noneMatch(v -> namesSomeoneOf(text.substring(said.start()), v))) {
                continue;
            }
            int at = said.start();
            java.util.Optional<DateExtractor.Found> day = dates.stream()
                    .filter(f -> f.mention().sentence() == index && f.start() > at && !f.deictic()
                            && f.value() != null && f.value().matches(DAY_VALUE))
                    .findFirst();
            if (day.isPresent()) {
                lead.when = day.get().value();
                return;
            }
        }
        storyDay(lead, spans, dates);
    }

    // How many sentences after an undated lead visit the day that dates the whole story may stand.
    private static final int STORY_DAY_REACH = 5;
    private static final String DAY_VALUE = "(?:\\d{4})?-?-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}";

    /**
     * The lead visit without a date takes the story's day when the first day the text names is the day of a quote's
     * attribution a few sentences on ("Gubernur X sidak ke RSUD Y. ... “...,” kata Direktur Z, Selasa (15/6/2021)."):
     * news dates a story once, where its first words are quoted, whoever says them.
     */
    private static void storyDay(Movement lead, List<SentenceSplitter.Span> spans, List<DateExtractor.Found> dates) {
        java.util.Optional<DateExtractor.Found> first = dates.stream()
                .filter(f -> !f.deictic() && f.value() != null && f.value().matches(DAY_VALUE))
                .min(java.util.Comparator.comparingInt((DateExtractor.Found f) -> f.mention().sentence())
                        .thenComparingInt(DateExtractor.Found::start));
        if (first.isEmpty()) {
            return;
        }
        int index = first.get().mention().sentence();
        if (index <= lead.sentence || index > lead.sentence + STORY_DAY_REACH) {
            return;
        }
        for (SentenceSplitter.Span span : spans) {
            if (span.sentence().index() != index) {
                continue;
            }
            Matcher said = SAID.matcher(span.sentence().text());
            if (said.find() && said.start() < first.get().start()
                    && dates.stream().noneMatch(f -> f.mention().sentence() == index && f != first.get())) {
                lead.when = first.get().value();
            }
        }
    }

    /** Whether the words name this person by a word of the name of four letters or more. */
    private static boolean namesSomeoneOf(String words, String person) {
        for (String part : person.split("\\s+")) {
            if (part.length() >= 4 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])").matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Movement> movements(String text, int sentence, List<PlaceExtractor.Found> here,
                                            List<DateExtractor.Found> dates, Visitors visitors, PersonExtractor.People people,
                                            String home) {
        List<Movement> out = new ArrayList<>();
        List<Visitors.Named> named = visitors.named(text, sentence);
        List<Integer> triggers = new ArrayList<>();
        Matcher all = TRIGGER.matcher(text);
        while (all.find()) {
            triggers.add(all.start());
        }
        Matcher m = TRIGGER.matcher(text);
        while (m.find()) {
            if (CALLED_OFF.matcher(text.substring(0, m.start())).find()
                    || INVITED.matcher(text.substring(clauseStart(text, m.start()), m.start())).find()) {
                continue;
            }
            List<PlaceExtractor.Found> destinations = destinations(m, text, here, dates);
            // "Wali Kota Kediri A terima kunjungan kerja Wali Kota B di Ruang Kerja" filed from KEDIRI: a guest received
            // in a room or a hall, or with no place named, by a host the town's name goes with, came to that town.
            Place hostTown = m.group("receive") != null && destinations.stream().allMatch(f -> f.place().kind() == Place.Kind.OTHER)
                    ? hostTown(home, text.substring(0, m.start()), sentence) : null;
            if (destinations.isEmpty() && hostTown == null) {
                continue;
            }
            List<String> who = m.group("receive") != null ? received(text, named, m.end())
                    : welcomed(text, m, named).orElseGet(() -> visitors(withoutDegrees(text), m.start(), named, people, sentence));
            // "Wakil Bupati Madiun, Hari Purnomo, mengatakan kedatangannya ke ...": a town of a role is no traveller.
            who = who.stream().filter(w -> here.stream().noneMatch(f -> f.place().kind() != Place.Kind.COUNTRY
                    && f.place().text().equalsIgnoreCase(w))).toList();
            if (who.isEmpty()) {
                continue;
            }
            List<Place> visited = new ArrayList<>();
            for (PlaceExtractor.Found f : destinations) {
                visited.add(f.place());
            }
            // "Di Bogor, Presiden ... meninjau ...", "Dalam lawatan ke Mesir itu, ...": the place the sentence opens with
            // frames the visit.
            Matcher frame = FRAME.matcher(text);
            if (frame.lookingAt()) {
                for (PlaceExtractor.Found f : here) {
                    if (f.end() <= frame.end() && !visited.contains(f.place())) {
                        visited.add(f.place());
                    }
                }
            }
            if (m.group("receive") != null && visited.stream().noneMatch(pl -> pl.kind() == Place.Kind.COUNTRY)
                    && guestFromAbroad(text, m.end(), named)
                    && Objects.requireNonNullElse(countryIn(text.substring(clauseStart(text, m.start()), m.start())), "ID").equals("ID")) {
                visited.addAll(0, homeOf(home, sentence));
            }
            if (hostTown != null && visited.stream().allMatch(pl -> pl.kind() == Place.Kind.OTHER)) {
                visited.add(0, hostTown);
            }
            int next = nextTrigger(triggers, m.start(), text.length());
            out.add(new Movement(who, visited, when(text, dates, m.start(), next), sentence, kindOf(m)));
        }
        // "Kunjungan Presiden Erdogan ke Indonesia dimulai ...": the visitor stands between the noun and "ke".
        for (Visitors.Named n : named) {
            Matcher noun = NOUN_BEFORE_VISITOR.matcher(text.substring(0, n.start()));
            Matcher to = TO_AFTER_VISITOR.matcher(text).region(n.end(), text.length());
            if (!noun.find() || !to.lookingAt() || CALLED_OFF.matcher(text.substring(0, noun.start())).find()) {
                continue;
            }
            List<PlaceExtractor.Found> destinations = destinationsAfter(text, to.end(), here);
            if (destinations.isEmpty()) {
                continue;
            }
            List<Place> visited = new ArrayList<>();
            for (PlaceExtractor.Found f : destinations) {
                visited.add(f.place());
            }
            int next = nextTrigger(triggers, to.end(), text.length());
            String kind = noun.group(1).toLowerCase(Locale.ROOT).replaceFirst("nya$", "").replaceAll("\\s+", " ");
            out.add(new Movement(List.of(n.name()), visited, when(text, dates, noun.start(), next), sentence, kind));
        }
        // "Kedatangan Menteri X beserta rombongan disambut langsung oleh Gubernur Y di Bandara Z": the one whose arrival
        // is welcomed came to where the welcome was.
        for (Visitors.Named n : named) {
            Matcher arrival = ARRIVAL_BEFORE_VISITOR.matcher(text.substring(0, n.start()));
            Matcher welcomed = WELCOMED_AT.matcher(text).region(n.end(), text.length());
            if (!arrival.find() || !welcomed.lookingAt()) {
                continue;
            }
            // ("di VIP Room Isen Mulang Bandara X": the room's name before the place it is in)
            int from = here.stream().filter(f -> f.start() >= welcomed.end() && f.start() - welcomed.end() <= 40
                            && text.substring(welcomed.end(), f.start()).matches("[^,.;]*"))
                    .mapToInt(PlaceExtractor.Found::start).min().orElse(welcomed.end());
            List<PlaceExtractor.Found> destinations = destinationsAfter(text, from, here);
            if (destinations.isEmpty()) {
                continue;
            }
            List<Place> visited = new ArrayList<>();
            for (PlaceExtractor.Found f : destinations) {
                visited.add(f.place());
            }
            out.add(new Movement(List.of(n.name()), visited, when(text, dates, arrival.start(), text.length()), sentence,
                    "kedatangan"));
        }
        return out;
    }

    private static final Pattern ARRIVAL_BEFORE_VISITOR = Pattern.compile(
            "(?iu)(?:^|[.,]\\s*)\\s*(?:setibanya|kedatangan)\\s+(?:\\p{Lu}[\\p{L}.]*,?\\s+){0,5}$");
    // What follows the arriving guest up to the place of the welcome: "beserta rombongan disambut langsung oleh ..., di ".
    private static final Pattern WELCOMED_AT = Pattern.compile(
            "(?iu)(?:[^.;:“”\"]|(?<=\\b\\p{Lu}{1,4})\\.){0,60}?\\b(?:disambut|dijemput)\\b(?:[^.;:“”\"]|(?<=\\b\\p{Lu}{1,4})\\.){0,140}?"
                    + "\\s(?:di|setibanya\\s+di)\\s+(?=\\p{Lu})");

    // "kunjungan (kenegaraan) Presiden X ke": the noun right before a visitor's name (the host's "menerima kunjungan"
    // is read by the trigger).
    private static final Pattern NOUN_BEFORE_VISITOR = Pattern.compile("(?iu)(?<!menerima\\s)(?<!menyambut\\s)(?<!baik\\s)"
            // ("Kunjungan kerja Bupati Sukamaju, Drs. Budi Santoso, M.Si, ke ...": the role and title with their commas)
            // ("Inspeksi mendadak yang dilakukan Gubernur X ke RSUD Y": a visit named by its noun, then who made it)
            + "\\b((?:kunjungan|lawatan|inspeksi(?:\\s+mendadak)?|sidak|peninjauan)(?:nya)?" + VISIT_ADJECTIVES
            + "{0,2})\\s+(?:yang\\s+dilakukan\\s+(?:oleh\\s+)?)?(?:\\p{Lu}[\\p{L}.]*,?\\s+){0,5}$");
    private static final Pattern TO_AFTER_VISITOR = Pattern.compile(
            "(?:\\s*,\\s*\\p{Lu}\\p{L}{0,3}\\.(?:\\p{L}{1,4}\\.?){0,3})*\\s*,?\\s+(?:ke|menuju)\\s+");

    // "menyambut langsung Raja X setibanya di ...": the one welcomed is the one who arrives.
    private static final Pattern WELCOME = Pattern.compile("(?iu)\\b(?:menyambut|menjemput)(?:\\s+(?:langsung|kedatangan))?\\s+");

    /** "Presiden A akan menyambut Raja B setibanya di ...": B arrives, not A. */
    private static java.util.Optional<List<String>> welcomed(String text, Matcher m, List<Visitors.Named> named) {
        String trigger = m.group().toLowerCase(Locale.ROOT);
        if (m.group("arrive") == null || !(trigger.startsWith("setibanya") || trigger.startsWith("sesampainya"))) {
            return java.util.Optional.empty();
        }
        Matcher w = WELCOME.matcher(text).region(clauseStart(text, m.start()), m.start());
        int verbEnd = -1;
        while (w.find()) {
            verbEnd = w.end();
        }
        if (verbEnd < 0) {
            return java.util.Optional.empty();
        }
        for (Visitors.Named n : named) {
            if (n.start() >= verbEnd && n.end() <= m.start()) {
                return java.util.Optional.of(List.of(n.name()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "Tokyo, MINA – Menlu ... melakukan kunjungan ke Tokyo" under "Menlu ... ke Jepang": a trip to the town the story
     * is filed from, with no country, is to the one foreign country its sentence names, else its headline.
     */
    private static void countryOfTown(Movement m, String home, List<PlaceExtractor.Found> here, List<Place> headingCountries) {
        // ("GOWA— ... South Africa Enterprenuer, X melakukan kunjungan ke Museum ..., Kabupaten Gowa": a town of Indonesia
        // lies in no foreign country; the one the sentence names is where the visitor comes from)
        if (home == null || Gazetteer.isRegencyOrCity(home.replaceFirst("(?iu)^(?:kabupaten|kota)\\s+", ""))
                || m.places.stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY)
                || m.places.stream().noneMatch(p -> p.kind() == Place.Kind.CITY && bare(p.text()).equals(bare(home)))) {
            return;
        }
        List<Place> abroad = new ArrayList<>();
        for (PlaceExtractor.Found f : here) {
            if (f.place().kind() == Place.Kind.COUNTRY && !"ID".equals(f.place().code())) {
                abroad.add(f.place());
            }
        }
        if (abroad.isEmpty()) {
            headingCountries.stream().filter(p -> !"ID".equals(p.code())).forEach(abroad::add);
        }
        if (abroad.stream().map(Place::code).distinct().count() == 1) {
            int town = 0;
            while (town < m.places.size() && !bare(m.places.get(town).text()).equals(bare(home))) {
                town++;
            }
            m.places.add(town + 1, abroad.get(0));
        }
    }

    /**
     * "Presiden menerima kunjungan Perdana Menteri Malaysia ... di Istana ...": a guest whose title names a foreign
     * country, received by a host whose title names none, visits the country of this Indonesian paper, in the
     * town the story is filed from.
     */
    private static boolean guestFromAbroad(String text, int after, List<Visitors.Named> named) {
        // The guest's title may be read as a mention of its own before the name ("Perdana Menteri (PM) Malaysia,
        // Dato' Sri A"): the country may stand anywhere from the visit to the guest's name.
        // Only the guest's own words count: "menyambut kedatangan Budi yaitu Duta Besar RI untuk China ..." names the
        // hosts' country after the guest, not the guest's.
        Visitors.Named first = null;
        for (Visitors.Named n : named) {
            if (n.start() >= after && n.start() - after <= 60 && (first == null || n.start() < first.start())) {
                first = n;
            }
        }
        int end = -1;
        for (Visitors.Named n : named) {
            if (first != null && n.start() >= after && n.start() - after <= 60 && first.name().equals(n.name())) {
                end = Math.max(end, n.end());
            }
        }
        String code = end < 0 ? null : countryIn(text.substring(after, end));
        return code != null && !code.equals("ID");
    }

    /**
     * The town of the dateline as the place of a visit its host receives, when the host's words name it ("Wali Kota
     * Kediri", "Pemkot Semarang"); null when there is no dateline, it names a country, or the host is not of it.
     */
    private static Place hostTown(String home, String host, int sentence) {
        // The town after a word of the host's title, not the dateline that opens the sentence ("MATARAM – ...").
        if (home == null || home.isBlank() || COUNTRIES.codeOf(home) != null
                || !Pattern.compile("(?iu)\\p{L}\\s+" + Pattern.quote(home.strip()) + "(?!\\p{L})").matcher(host).find()) {
            return null;
        }
        return new Place(home.equals(home.toUpperCase(Locale.ROOT)) ? titleCase(home) : home, Place.Kind.CITY, null, sentence);
    }

    private static List<Place> homeOf(String home, int sentence) {
        if (home == null) {
            return List.of(new Place(COUNTRIES.indonesianName("ID"), Place.Kind.COUNTRY, "ID", sentence));
        }
        String code = COUNTRIES.codeOf(home);
        if (code != null) {
            return List.of(new Place(home, Place.Kind.COUNTRY, code, sentence));
        }
        String town = home.equals(home.toUpperCase(Locale.ROOT)) ? titleCase(home) : home;
        return List.of(new Place(COUNTRIES.indonesianName("ID"), Place.Kind.COUNTRY, "ID", sentence),
                new Place(town, Place.Kind.CITY, null, sentence));
    }

    /** "JAKARTA" as a body would write it: "Jakarta". */
    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** The code of the first country the words name, one or two words long, or null. */
    private static String countryIn(String words) {
        String[] w = words.split("[^\\p{L}]+");
        for (int i = 0; i < w.length; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].codePointAt(0))) {
                continue;
            }
            if (i + 1 < w.length && !w[i + 1].isEmpty()) {
                String two = COUNTRIES.codeOf(w[i] + " " + w[i + 1]);
                if (two != null) {
                    return two;
                }
            }
            String one = COUNTRIES.codeOf(w[i]);
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    // "Di Bogor, ...", "Dalam kunjungan ke Mesir itu, ...", "Selama lawatannya di Jepang, ...".
    private static final Pattern FRAME = Pattern.compile("(?u)^\\s*(?:[Dd]i|(?:[Dd]alam|[Ss]elama)\\s+(?:kunjungan|lawatan)(?:nya)?"
            + "(?:\\s+\\p{Ll}+)?\\s+(?:ke|di))\\s+\\p{Lu}[^,]{0,40},");

    /** Where the trigger goes: the places right after its preposition, or after "di" in its object. */
    private static List<PlaceExtractor.Found> destinations(Matcher m, String text, List<PlaceExtractor.Found> here,
                                                           List<DateExtractor.Found> dates) {
        int from;
        boolean cityOnly = false;
        if (m.group("noun") != null || m.group("arrive") != null) {
            from = m.end();
        } else if (m.group("move") != null) {
            from = prepositionAfter(text, m.end(), dates);
            if (from < 0) {
                return List.of();
            }
        } else {
            // "meninjau pembangunan jembatan di Desa ...", "menghadiri forum itu di Medan": the object
            // names what, "di" where. Attending is a visit only to a town or a country, not to a hall at home.
            cityOnly = m.group("attend") != null;
            int direct = placeRightAfter(text, m.end(), here);
            if (direct >= 0 && !cityOnly) {
                from = m.end();
            } else {
                // A guest received is often named with a comma in the title ("PM Malaysia, Dato' Sri A").
                Matcher di = (m.group("receive") != null ? GUEST_DI : OBJECT_DI).matcher(text).region(m.end(), text.length());
                if (!di.lookingAt()) {
                    return cityOnly ? List.of() : namedBefore(m, text, here);
                }
                from = di.end();
            }
        }
        List<PlaceExtractor.Found> out = destinationsAfter(text, from, here);
        // ("menghadiri panen raya di Desa Cibeber, Kecamatan Sukamaju": a village is somewhere one goes to attend)
        if (cityOnly && out.stream().anyMatch(f -> f.place().kind() == Place.Kind.OTHER && !VILLAGE.matcher(f.place().text()).lookingAt())) {
            return List.of();
        }
        return out;
    }

    // "saat dia menyambangi pasar tersebut": the site named before in the sentence, by the word its name opens with.
    private static final Pattern THAT_SITE = Pattern.compile("(?u)\\s+(\\p{Ll}{3,})\\s+(?:tersebut|itu)\\b");

    /** "... di Pasar Johar, Jakarta Pusat, saat dia menyambangi pasar tersebut": the place the sentence named before. */
    private static List<PlaceExtractor.Found> namedBefore(Matcher m, String text, List<PlaceExtractor.Found> here) {
        Matcher that = THAT_SITE.matcher(text).region(m.end(), text.length());
        if (!that.lookingAt()) {
            return List.of();
        }
        String noun = that.group(1).toLowerCase(Locale.ROOT);
        PlaceExtractor.Found named = null;
        for (PlaceExtractor.Found f : here) {
            if (f.end() <= m.start() && f.place().text().toLowerCase(Locale.ROOT).startsWith(noun + " ")) {
                named = f;
            }
        }
        return named == null ? List.of() : destinationsAfter(text, named.start(), here);
    }

    private static final Pattern VILLAGE = Pattern.compile(
            "(?iu)(?:desa|kelurahan|kecamatan|dusun|kampung|nagari|gampong|distrik)\\s+\\p{Lu}");

    // The object of a visiting verb, then "di" and the place: no clause break on the way.
    // "meninjau perbaikan jalan yang dilakukan secara swadaya oleh warga Desa ...": the work of a village's people lies in
    // the village.
    // "meninjau banjir Kabupaten Sukamaju", "meninjau lokasi kebakaran Pasar Sukamaju": a disaster or a site, then its place.
    private static final Pattern OBJECT_DI = Pattern.compile("\\s+(?:(?:lokasi|korban|daerah|wilayah)\\s+)?(?:banjir|longsor|tanah longsor"
            + "|kebakaran|gempa|bencana|abrasi|puting beliung|banjir bandang|erupsi)\\s+(?=\\p{Lu})"
            // "meninjau pembangunan Kantor Desa Sukamaju", "meninjau perbaikan Jembatan Cibeber": the work, then the
            // site named with its kind
            + "|\\s+(?:\\p{Ll}+\\s+){1,3}(?=(?:Kantor|Gedung|Pasar|Jembatan|Jalan|Puskesmas|Sekolah|SD|SMP|SMA|SMK|Masjid"
            + "|Pelabuhan|Bendungan|Bandara|Terminal|Stadion|Desa|Kelurahan|Kecamatan|Dusun|Rumah Sakit|RSUD)\\s+\\p{Lu})"
            + "|[^.,;:\"“”]{0,60}?\\s(?:di|ke|warga)\\s+(?=\\p{Lu})|[^.,;:\"“”]{0,60}?\\s(?:di|ke)\\s+(?:di\\s+)?");
    // A dot after a capital is an abbreviation of the title ("H.E. Irakli ..."), no end of the clause.
    private static final Pattern GUEST_DI = Pattern.compile("(?:[^.;:\"“”]|(?<=\\p{Lu})\\.){0,100}?\\s(?:di|ke)\\s+");

    private static int placeRightAfter(String text, int from, List<PlaceExtractor.Found> here) {
        for (PlaceExtractor.Found f : here) {
            if (f.start() >= from && text.substring(from, f.start()).isBlank()) {
                return f.start();
            }
        }
        return -1;
    }

    /** After a movement verb, where its "ke"/"menuju"/"di" ends, over words that only date it; -1 when none. */
    private static int prepositionAfter(String text, int from, List<DateExtractor.Found> dates) {
        Matcher to = MOVE_TO.matcher(text).region(from, Math.min(text.length(), from + 130));
        if (!to.find()) {
            return -1;
        }
        String between = text.substring(from, to.start());
        for (DateExtractor.Found f : dates) {
            if (f.start() >= from && f.end() <= to.start()) {
                between = between.replace(f.mention().text(), " ");
            }
        }
        // "sidak (inspeksi mendadak) ke": a bracket that spells the verb out.
        between = between.replaceFirst("^\\s*\\([^()]{1,40}\\)", " ");
        // "bertolak dari Pangkalan Udara X, Jakarta menuju Sydney": where the journey starts, a place's name.
        between = between.replaceFirst("^\\s*(?iu:dari)\\s+(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s*,\\s*|\\s+|$)){1,10}", " ");
        if (between.length() > 80) {
            return -1;
        }
        for (String word : between.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!word.isEmpty() && !TIME_WORDS.contains(word) && !IndonesianCalendar.isCalendarWord(word)) {
                return -1;
            }
        }
        return to.end();
    }

    /**
     * The place right after the trigger (over a building word: "menuju kantor Desa ..."), those listed with it
     * and the places named inside them ("Istana Kepresidenan Timor Leste").
     */
    private static List<PlaceExtractor.Found> destinationsAfter(String text, int from, List<PlaceExtractor.Found> here) {
        List<PlaceExtractor.Found> out = new ArrayList<>();
        int at = from;
        int lastEnd = from;
        for (PlaceExtractor.Found f : here) {
            if (f.start() < at) {
                if (!out.isEmpty() && f.start() >= out.get(out.size() - 1).start() && f.end() <= lastEnd
                        && !out.contains(f)) {
                    out.add(f); // a place inside the one just taken
                }
                continue;
            }
            String between = text.substring(at, f.start());
            if (!out.isEmpty() && OPEN_BRACKET.matcher(between).matches()) {
                continue; // "Provinsi Kalimantan Tengah (Prov. Kalteng)": the short form in brackets is the same place
            }
            // "ke Sydney Australia": a country right after a city, without a comma, is the city's; so is a province
            // or an island after a regency ("di Kabupaten Buleleng Bali").
            Place.Kind kind = f.place().kind();
            boolean next = out.isEmpty() ? between.isBlank() || buildingWords(between) || siteIn(between)
                    || kind == Place.Kind.COUNTRY && COUNTRY_EPITHET.matcher(between).matches()
                    || COUNTED_GROUP.matcher(between).matches()
                    : LIST_GLUE.matcher(between).matches() || between.isBlank()
                    && ((kind == Place.Kind.COUNTRY || kind == Place.Kind.REGION || kind == Place.Kind.PROVINCE)
                    && out.get(out.size() - 1).place().kind() == Place.Kind.CITY
                    // "ke Gedung Negara Kabupaten Lebak", "di Kecamatan Woha Kabupaten Bima", "SD Negeri 12 Desa
                    // Cibeber": the town or the village the building or the district lies in.
                    || (kind == Place.Kind.CITY || adminUnit(f.place()))
                    && out.get(out.size() - 1).place().kind() == Place.Kind.OTHER
                    // "di Desa Badau Kecamatan Badau Kabupaten Belitung": the units the village lies in, then the
                    // building of the day ("... Kabupaten Belitung di Masjid ...").
                    || adminUnit(out.get(out.size() - 1).place()) && adminUnit(f.place()))
                    || kind == Place.Kind.OTHER && VENUE_DI.matcher(between).matches()
                    && out.stream().allMatch(o -> adminUnit(o.place()));
            if (!next) {
                break;
            }
            out.add(f);
            at = f.end();
            lastEnd = Math.max(lastEnd, f.end());
        }
        return out;
    }

    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*\\([^()]{0,15}");
    private static final Pattern ADMIN_UNIT = Pattern.compile("(?u)(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Dusun"
            + "|Nagari|Gampong)\\s+\\p{Lu}.*");
    private static final Pattern VENUE_DI = Pattern.compile("\\s+di\\s+");

    /** A village, district, regency, town or province named with its administrative word ("Kecamatan Badau"). */
    private static boolean adminUnit(Place p) {
        return ADMIN_UNIT.matcher(p.text()).matches();
    }

    // "ke negeri seribu gajah, Laos", "ke Negeri Jiran, Malaysia": the name a country is known by, then the country.
    // "ke lima negara, yaitu Tiongkok, ...", "ke tiga kabupaten di Jawa Tengah, yakni ...": the count of the places, then
    // the places.
    private static final Pattern COUNTED_GROUP = Pattern.compile("(?iu)\\s*(?:\\d+|dua|tiga|empat|lima|enam|tujuh|delapan"
            + "|sembilan|sepuluh|sejumlah|beberapa)\\s+(?:negara|kota|kabupaten|provinsi|desa|kecamatan|daerah|wilayah|lokasi)"
            + "(?:\\s+\\p{Ll}+){0,3}\\s*[,:]?\\s*(?:yaitu|yakni|antara\\s+lain|meliputi|di\\s+antaranya|seperti)\\s*:?\\s*");
    private static final Pattern COUNTRY_EPITHET = Pattern.compile("(?iu)\\s*(?:negeri|negara)(?:\\s+\\p{L}+){1,3}\\s*,\\s*");

    /** "ke lokasi banjir di Desa ...", "ke rumah warga di Kelurahan ...": a site named by a building word, then its place. */
    private static boolean siteIn(String between) {
        String[] words = between.strip().split("\\s+");
        return words.length >= 3 && words.length <= 5 && BUILDING_WORDS.contains(words[0])
                && words[words.length - 1].equals("di") && java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{Ll}+"));
    }

    private static boolean buildingWords(String between) {
        String[] words = between.strip().split("\\s+");
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (!BUILDING_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "menerima kunjungan Perdana Menteri X di ...": the visitor is named right after the trigger, or after a title
     * that ends with a comma ("menerima kunjungan kenegaraan Presiden Turki, Recep Tayyip Erdogan, di ...").
     */
    private static List<String> received(String text, List<Visitors.Named> named, int after) {
        for (Visitors.Named n : named) {
            if (n.start() >= after && n.start() - after <= 2) {
                return List.of(n.name());
            }
        }
        for (Visitors.Named n : named) {
            if (n.start() >= after && n.start() - after <= 80 && GUEST_TITLE.matcher(text.substring(after, n.start())).matches()) {
                return List.of(n.name());
            }
        }
        return List.of();
    }

    // A guest's title before the name: capitalised words, "dan" inside ("Menteri Luar Negeri dan Perdagangan"), a
    // bracketed short form, and one comma at the end; or, opened by "dari", a title that says where the guest is
    // posted ("dari Duta Besar (Dubes) Georgia untuk Indonesia H.E. Irakli ...") with or without the comma.
    private static final Pattern GUEST_TITLE = Pattern.compile("(?u)\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:dan\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*"
            + "|\\(\\p{Lu}+\\)))*\\s*,\\s*"
            + "|\\s*dari\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:dan\\s+|untuk\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*|\\(\\p{Lu}\\p{L}*\\)))*\\s*,?\\s*");

    /**
     * Who travels: the people named at the head of the trigger's clause with their companions ("Presiden
     * Joko Widodo bersama Ibu Negara Iriana"); after a leading clause ("Setelah berkunjung ke ..., Jokowi"), the
     * subject of the main clause; else the one named last before the clause, or by a pronoun before it.
     */
    private static List<String> visitors(String text, int trigger, List<Visitors.Named> named,
                                         PersonExtractor.People people, int sentence) {
        int clause = clauseStart(text, trigger);
        List<String> out = new ArrayList<>();
        // "kunjungan Presiden X yang akan menyambangi ...": a relative clause tells of the one named right before it.
        for (Visitors.Named n : named) {
            if (n.end() <= trigger && RELATIVE.matcher(text.substring(n.end(), trigger)).matches()) {
                return List.of(n.name());
            }
        }
        // "Gubernur ..., Rusdy Mastura didampingi beberapa kepala organisasi perangkat daerah (OPD) provinsi melakukan
        // kunjungan kerja ke ...": those who go with the visitor stand between the visitor and the verb.
        Visitors.Named accompanied = null;
        for (Visitors.Named n : named) {
            if (n.end() > trigger) {
                continue;
            }
            Matcher along = ACCOMPANIED.matcher(text.substring(n.end(), trigger));
            // "Presiden A bersama Ibu Negara B berkunjung": a named companion with "bersama" travels too, as the
            // companions' glue below reads them; "didampingi" names those who only go along.
            if (along.matches() && (along.group(1).toLowerCase(Locale.ROOT).startsWith("di")
                    || named.stream().noneMatch(o -> o.start() > n.end() && o.end() <= trigger))) {
                accompanied = n;
            }
        }
        if (accompanied != null) {
            return List.of(accompanied.name());
        }
        Visitors.Named previous = null;
        for (Visitors.Named n : named) {
            if (n.start() < clause || n.end() > trigger) {
                continue;
            }
            if (previous == null || COMPANION_GLUE.matcher(text.substring(previous.end(), n.start())).matches()) {
                if (!out.contains(n.name())) {
                    out.add(n.name());
                }
                previous = n;
            } else {
                break;
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        String head = text.substring(clause, trigger);
        if (LEADING_CLAUSE.matcher(head).lookingAt() || LEADING_CLAUSE.matcher(text.substring(trigger)).lookingAt()) {
            // "oleh Wapres Smith ketika mengunjungi ...": the clause tells of the one named right before it;
            // "Setelah berkunjung ke ..., Jokowi mengunjungi ...": else of the subject after it.
            for (Visitors.Named n : named) {
                if (n.end() <= clause && text.substring(n.end(), clause).isBlank()) {
                    return List.of(n.name());
                }
            }
            int comma = text.indexOf(',', trigger);
            if (comma > 0) {
                for (Visitors.Named n : named) {
                    if (n.start() > comma && text.substring(comma + 1, n.start()).isBlank()) {
                        return List.of(n.name());
                    }
                }
            }
            // "Ini kunjungan Menlu X yang kedua setelah ... menghadiri ...": the one the sentence spoke of.
            Visitors.Named last = null;
            for (Visitors.Named n : named) {
                if (n.end() <= clause) {
                    last = n;
                }
            }
            if (last != null) {
                return List.of(last.name());
            }
            String group = group(text.substring(0, trigger));
            return group == null ? out : List.of(group);
        }
        if (!ownSubject(head)) {
            Visitors.Named last = null;
            for (Visitors.Named n : named) {
                if (n.end() <= clause) {
                    last = n;
                }
            }
            if (last != null) {
                return List.of(last.name());
            }
            return out;
        }
        String group = group(text.substring(0, trigger));
        return group == null ? out : List.of(group);
    }

    // Between a visitor and the verb: the ones who go along, to the verb's auxiliaries ("didampingi ... (OPD) provinsi
    // melakukan").
    private static final Pattern ACCOMPANIED = Pattern.compile("(?iu)\\s*,?\\s*(?:yang\\s+)?(didampingi|ditemani|bersama|beserta)"
            + "\\s[^.;:\"“”]{3,140}?\\s(?:(?:akan|telah|sudah|juga|langsung|kemudian|lalu)\\s+)*(?:(?:melakukan|menggelar|melaksanakan)\\s+)?$");

    // A party that travels without a person named: "Delegasi Biro Luar Negeri Dongguan", "Rombongan DPRD X",
    // "sebanyak 19 Duta Besar (Dubes) dari berbagai negara sahabat", "50 mahasiswa asing", "para pengusaha kopi dari
    // Georgia", "Forkopimda Kabupaten Sumedang", "Tim Robotik SMKN 3".
    private static final Pattern GROUP = Pattern.compile("(?u)(?:^|\\s)(?:sebanyak\\s+)?(?<group>(?:(?:para|\\d+|[Dd]elegasi|[Rr]ombongan|[Tt]im"
            + "|[Kk]ontingen|[Pp]ara)\\s+\\S.*|(?:Forkopimda|DPRD|Komisi|Pansus)\\b.*))$");
    private static final int MAX_GROUP_WORDS = 9;
    // Words that end the subject before its verb: adverbs, and words of the verb group.
    private static final Pattern GROUP_TAIL = Pattern.compile("(?iu)(?:\\s+(?:akan|telah|sudah|juga|pun|kemudian|langsung|segera"
            + "|rencananya|dijadwalkan|sedang|baru|kembali|sempat|hendak|bakal|turut|ikut|melakukan|menggelar|mengikuti|beramai-ramai"
            + "|berkesempatan|untuk|bersama\\s+\\S+|terlebih\\s+dahulu|lebih\\s+dahulu|lebih\\s+dulu"
            // "Delegasi ... yang berkunjung ke": the party is named before its relative clause
            + "|yang))+\\s*$");

    /**
     * The travelling party named before the verb, after the last comma (a bracket may stand inside it: "19 Duta Besar
     * (Dubes) dari ..."), in the text's words, or null.
     */
    private static String group(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(Math.max(before.lastIndexOf(':'), before.lastIndexOf('"')), Math.max(before.lastIndexOf('“'), before.lastIndexOf('”'))));
        String h = GROUP_TAIL.matcher(before.substring(cut + 1).strip()).replaceFirst("").strip();
        Matcher m = GROUP.matcher(h);
        if (!m.find()) {
            return null;
        }
        String g = m.group("group").strip();
        int words = g.split("\\s+").length;
        // A verb inside is a clause, not a party ("Tim gabungan menemukan ..."); a party pointed back at ("Tim
        // gabungan ini") is named in another sentence.
        for (String w : g.split("\\s+")) {
            if (w.matches("(?u)me\\p{Ll}{4,}|ini|itu|tersebut|tadi")) {
                return null;
            }
        }
        return words >= 2 && words <= MAX_GROUP_WORDS ? g : null;
    }

    // ", SE", ", M. Pd", ", S.Sos": a degree after a name, set off by commas.
    private static final Pattern DEGREE_AFTER = Pattern.compile("(?u),\\s*(\\p{Lu}[\\p{L}.]{0,5}(?:\\s\\p{Lu}\\p{Ll}{1,3}\\.?)?)(?=\\s*[,.]|\\s+\\p{Ll})");

    /**
     * The sentence with the degrees after names blanked, at the same length: "Bupati X, SE dan Wakil Bupati Y, M. Pd,
     * melakukan ..." names its two travellers in one clause, which the degrees' commas would cut.
     */
    private static String withoutDegrees(String text) {
        Matcher m = DEGREE_AFTER.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            if (PersonNames.isDegree(m.group(1).replace(" ", ""))) {
                int end = m.end();
                while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == ',')) {
                    end++;
                }
                for (int i = m.start(); i < end; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** Whether the words before the verb hold a subject of their own that names nobody ("Tim gabungan ini"). */
    private static boolean ownSubject(String head) {
        for (String word : head.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !ADVERBS.contains(word) && !LEADING_CLAUSE.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("(?:^|[\\s(])\\p{Lu}\\p{Ll}{0,2}$");

    private static int clauseStart(String text, int trigger) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(0, trigger);
        int start = 0;
        while (m.find()) {
            // A decimal point or a date's slash is no break: "pukul 09.59".
            if (m.group().equals(".") && m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))
                    && m.end() < text.length() && Character.isDigit(text.charAt(m.end()))) {
                continue;
            }
            // "Bupati Hj. Indah ...", "Drs. H Dahlan M. Noer": the stop of a title or an initial is no break.
            if (m.group().equals(".") && ABBREVIATION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()) {
                continue;
            }
            start = Character.isLetter(m.group().charAt(0)) ? m.start() : m.end();
        }
        // "Menlu Retno menjelaskan Presiden Jokowi akan ... ke Afganistan": the reported clause starts after the
        // verb of saying, so the one who speaks is not the one who travels.
        Matcher said = REPORTED_CLAUSE.matcher(text).region(start, trigger);
        while (said.find()) {
            start = said.end();
        }
        return start;
    }

    private static final Pattern REPORTED_CLAUSE = Pattern.compile("(?iu)\\b(?:mengatakan|menjelaskan|menyatakan|menuturkan"
            + "|mengungkapkan|menegaskan|menyebutkan|menerangkan|menginformasikan|memastikan|bahwa)\\b");

    private static int clauseEnd(String text, int from) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(from, text.length());
        return m.find() ? m.start() : text.length();
    }

    private static int nextTrigger(List<Integer> triggers, int trigger, int otherwise) {
        for (int t : triggers) {
            if (t > trigger) {
                return t;
            }
        }
        return otherwise;
    }

    /**
     * The kind of visit as the text says it: the noun ("kunjungan kenegaraan", "lawatan") or the verb with its
     * preposition ("berkunjung ke", "tiba di", "mengunjungi").
     */
    private static String kindOf(Matcher m) {
        String words;
        if (m.group("noun") != null) {
            words = m.group("noun").replaceFirst("(?i)^(kunjungan|lawatan|kunker|kedatangan|kepergian|perjalanan)nya", "$1").replaceFirst("\\s*\\([^()]*\\)$", "");
        } else if (m.group("receive") != null) {
            words = m.group("receive").replaceFirst("(?i)^(?:menerima|terima|menyambut(?:\\s+baik)?)\\s+", "");
        } else if (m.group("move") != null) {
            words = m.group("move") + " ke";
        } else {
            words = m.group();
        }
        return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * The date of a movement: a date in its own clause, else the first date after its trigger and before the
     * next trigger, else the date of the sentence nearest to the trigger.
     */
    private static String when(String text, List<DateExtractor.Found> all, int offset, int until) {
        // "kunjungan pertama ke Australia sejak dilantik pada Oktober 2024": the date of another event.
        // "tiba di Jakarta pada Sabtu malam untuk menghadiri pelantikan ... Minggu (20/10)": the date of what the
        // visitor comes for, not of the arrival.
        // "menghadiri upacara peringatan Hari TNI Tahun 2017": a year that closes the name of an event names it.
        List<DateExtractor.Found> dates = all.stream().filter(f -> !NAMED_YEAR.matcher(text.substring(0, f.start())).find())
                .filter(f -> f.start() < offset
                || !SINCE_EVENT.matcher(text.substring(offset, f.start())).find()
                && !COMES_FOR.matcher(text.substring(offset, f.start())).find()).toList();
        int clause = clauseStartForDate(text, offset);
        for (DateExtractor.Found f : dates) {
            if (f.start() >= clause && f.end() <= offset) {
                return f.value();
            }
        }
        for (DateExtractor.Found f : dates) {
            if (f.start() >= offset && f.start() < until) {
                return f.value();
            }
        }
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (DateExtractor.Found f : dates) {
            int d = f.start() < offset ? offset - f.end() : f.start() - offset;
            if (d < distance) {
                distance = d;
                best = f.value();
            }
        }
        return best;
    }

    private static final Pattern NAMED_YEAR = Pattern.compile("(?u)\\p{Lu}[\\p{L}-]*\\s+Tahun\\s+$");
    // "sejak dilantik", "sejak menjabat": a date after this dates the event named, not the visit ("sejak Selasa" does).
    private static final Pattern COMES_FOR = Pattern.compile("(?iu)\\b(?:untuk|guna)\\s+(?:menghadiri|mengikuti|menyaksikan)\\b");
    // "setelah dilantik menjadi Menlu pada 2 Juli": the same for an event before or after the visit.
    private static final Pattern SINCE_EVENT = Pattern.compile("(?iu)\\b(?:sejak|setelah|sesudah|seusai|sebelum)\\s+(?!(?:tanggal"
            + "|hari|pekan|minggu|bulan|tahun|awal|akhir|pertengahan|pagi|siang|sore|malam|kemarin|lalu|itu|ini|"
            + IndonesianCalendar.DAY_NAMES + ")\\b)\\p{Ll}+");

    /** Where the clause of a date begins: only a subordinating word or a full stop, commas set dates apart. */
    private static int clauseStartForDate(String text, int trigger) {
        Matcher m = DATE_CLAUSE.matcher(text).region(0, trigger);
        int start = trigger;
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static final Pattern DATE_CLAUSE = Pattern.compile("(?iu)\\b(?:ketika|saat|setelah|sebelum|usai|sesudah|selama"
            + "|seusai|sewaktu)\\b");

    /**
     * Mentions of one visit become one: a building visited during a trip lies in the trip's city and country and
     * takes its date; a movement without a date to a place visited just before takes that visit's date; the
     * same traveller going to overlapping places at a compatible time is one visit with all its places.
     */
    private static List<Visit> join(List<Movement> movements) {
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            Movement trip = null;
            Movement samePlace = null;
            for (int k = i - 1; k >= 0; k--) {
                Movement before = movements.get(k);
                if (trip == null && m.onlySites() && !before.onlySites() && shareVisitor(m, before)) {
                    trip = before;
                }
                if (samePlace == null && sharePlace(m, before)) {
                    samePlace = before;
                }
            }
            if (trip != null) {
                for (Place place : trip.places) {
                    if (place.kind() != Place.Kind.OTHER && place.kind() != Place.Kind.REGION && !m.places.contains(place)) {
                        m.places.add(place);
                    }
                }
                m.when = m.when == null ? trip.when : m.when;
            }
            if (m.when == null && samePlace != null) {
                m.when = samePlace.when;
            }
            // "kunjungan ke Kuala Lumpur, Malaysia, pada Minggu (6/4) ... Prabowo mendarat di Bandara ..., Selangor,
            // sebelum melanjutkan perjalanan ke Putrajaya": undated stops soon after a dated trip abroad by the same
            // traveller, naming no other country, are stops of that trip.
            if (m.when == null && trip == null) {
                Movement abroad = null;
                for (int k = i - 1; k >= 0 && abroad == null; k--) {
                    Movement before = movements.get(k);
                    if (m.sentence - before.sentence > TRIP_REACH) {
                        break;
                    }
                    if (before.when != null && shareVisitor(m, before) && foreignCountry(before) != null) {
                        abroad = before;
                    }
                }
                Place country = abroad == null ? null : foreignCountry(abroad);
                if (country != null && m.places.stream().allMatch(p -> p.kind() != Place.Kind.COUNTRY
                        || country.code().equals(p.code()))) {
                    if (m.places.stream().noneMatch(p -> samePlace(p, country))) {
                        m.places.add(0, country);
                    }
                    m.when = abroad.when;
                }
            }
        }
        List<Movement> single = new ArrayList<>();
        for (Movement m : movements) {
            for (String visitor : m.visitors) {
                single.add(new Movement(List.of(visitor), m.places, m.when, m.sentence, m.kind));
            }
        }
        List<Movement> joined = new ArrayList<>();
        for (Movement m : single) {
            boolean merged = false;
            for (Movement earlier : joined) {
                // "berkunjung ke Asia Tenggara ..., melakukan lawatan ke Laos dan ...": a region and the countries
                // of one sentence are one trip, told by its stops.
                boolean regionOfTrip = m.sentence == earlier.sentence && (onlyRegions(m) != onlyRegions(earlier));
                // "melakukan kunjungan kerja ke Sumatera Selatan. Rombongan X tiba di Palembang, Senin (2/12)": the same
                // traveller moving on within a sentence or two, at a compatible time and in the same country, is on
                // one trip.
                boolean nextStop = m.sentence - earlier.sentence <= NEXT_STOP_REACH && sameCountry(m, earlier);
                // "kunjungan kenegaraan ke lima negara, yaitu Tiongkok, ... . Usai berkunjung ke Beijing, ...": a town
                // abroad the traveller goes to, undated, in the story of a tour of several countries is one of its stops.
                boolean tourStop = m.when == null && m.sentence - earlier.sentence <= TOUR_REACH && foreignCountries(earlier) >= 2
                        && m.places.stream().allMatch(pl -> pl.kind() == Place.Kind.CITY && !Gazetteer.isRegencyOrCity(pl.text().replaceFirst("^(?:Kota|Kabupaten)\\s+", "")));
                if (earlier.visitors.equals(m.visitors) && (sharePlace(m, earlier) || regionOfTrip || nextStop || tourStop)
                        && compatible(earlier.when, m.when)) {
                    if (onlyRegions(earlier) && !onlyRegions(m)) {
                        earlier.kind = m.kind;
                    }
                    for (Place place : m.places) {
                        if (earlier.places.stream().noneMatch(e -> samePlace(e, place))) {
                            earlier.places.add(place);
                        }
                    }
                    earlier.when = wider(earlier.when, m.when);
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                joined.add(m);
            }
        }
        List<Visit> out = new ArrayList<>();
        for (Movement m : joined) {
            // A region said beside the countries of the trip ("ke Asia Tenggara ..., ke Vietnam") is no stop of it;
            // a province beside a town at home ("Kabupaten Buleleng Bali") says where the town lies, and stays.
            boolean concrete = m.places.stream().anyMatch(pl -> pl.kind() == Place.Kind.COUNTRY);
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (Place place : m.places) {
                if (!concrete || place.kind() != Place.Kind.REGION) {
                    names.add(place.text());
                }
                String town = place.kind() == Place.Kind.OTHER ? townAtEnd(place.text()) : null;
                if (town != null && m.places.stream().noneMatch(pl -> bare(pl.text()).equals(bare(town)))) {
                    names.add(town);
                }
            }
            for (String visitor : m.visitors) {
                out.add(new Visit(visitor, List.copyOf(names), m.when, m.sentence, m.kind));
            }
        }
        return out;
    }

    /**
     * The town a building's name ends with ("Istana Kepresidenan Bogor", "Bandara Depati Amir Pangkalpinang", "Gedung
     * Negara Kabupaten Lebak"): a visit to the building is a visit to that town. Null when the name ends otherwise.
     */
    private static String townAtEnd(String building) {
        String[] words = building.strip().split("\\s+");
        for (int n = Math.min(Gazetteer.longest(), words.length - 1); n >= 1; n--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (Character.isUpperCase(tail.charAt(0)) && Gazetteer.isRegencyOrCity(tail)) {
                String before = words.length - n - 1 >= 0 ? words[words.length - n - 1] : "";
                return before.matches("(?i)kota|kabupaten") ? before + " " + tail : tail;
            }
        }
        return null;
    }

    private static final int TRIP_REACH = 3;
    private static final int TOUR_REACH = 10;

    private static long foreignCountries(Movement m) {
        return m.places.stream().filter(p -> p.kind() == Place.Kind.COUNTRY && p.code() != null && !"ID".equals(p.code())).count();
    }
    private static final int NEXT_STOP_REACH = 2;

    /** Whether two movements go to no different foreign countries: both at home, or abroad in the same one. */
    private static boolean sameCountry(Movement a, Movement b) {
        Place x = foreignCountry(a);
        Place y = foreignCountry(b);
        return x == null && y == null || x != null && y != null && x.code().equals(y.code());
    }

    /** The first country of a movement other than Indonesia, or null. */
    private static Place foreignCountry(Movement m) {
        return m.places.stream().filter(p -> p.kind() == Place.Kind.COUNTRY && p.code() != null && !"ID".equals(p.code()))
                .findFirst().orElse(null);
    }

    private static boolean onlyRegions(Movement m) {
        return m.places.stream().allMatch(p -> p.kind() == Place.Kind.REGION);
    }

    private static boolean shareVisitor(Movement a, Movement b) {
        return a.visitors.stream().anyMatch(b.visitors::contains);
    }

    private static boolean sharePlace(Movement a, Movement b) {
        for (Place p : a.places) {
            for (Place q : b.places) {
                if (samePlace(p, q) && p.kind() != Place.Kind.REGION) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean samePlace(Place a, Place b) {
        if (a.code() != null || b.code() != null) {
            return Objects.equals(a.code(), b.code());
        }
        // "Beijing Capital International (Airport)" and "Beijing": a site named after its town is in that town.
        String x = bare(a.text());
        String y = bare(b.text());
        return x.equals(y) || a.kind() == Place.Kind.CITY && b.kind() == Place.Kind.CITY
                && (x.startsWith(y + " ") || y.startsWith(x + " "));
    }

    /** A place name without its administrative word, so "Bogor" is "Kota Bogor". */
    private static String bare(String place) {
        return place.toLowerCase(Locale.ROOT).replaceFirst("^(?:kota|kabupaten|provinsi|kecamatan|kelurahan|desa)\\s+", "");
    }

    /** Whether two dates of visits may be the same time: one unknown, equal, or one inside the other's range. */
    private static boolean compatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return within(a, b) || within(b, a);
    }

    private static boolean within(String day, String range) {
        if (!range.contains("/") || day.contains("/")) {
            return false;
        }
        String[] ends = range.split("/");
        String d = day.startsWith("--") ? day.substring(2) : day;
        String from = ends[0].startsWith("--") ? ends[0].substring(2) : ends[0];
        String to = ends[1].startsWith("--") ? ends[1].substring(2) : ends[1];
        if (day.startsWith("--") != ends[0].startsWith("--")) {
            // Compare month and day only when one of them has no year.
            d = d.length() > 5 ? d.substring(d.length() - 5) : d;
            from = from.length() > 5 ? from.substring(from.length() - 5) : from;
            to = to.length() > 5 ? to.substring(to.length() - 5) : to;
        }
        return d.compareTo(from) >= 0 && d.compareTo(to) <= 0;
    }

    /** Of two compatible dates, the one that says more: a range over a day, a day over nothing. */
    private static String wider(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.contains("/") && !a.contains("/") ? b : a;
    }
}
