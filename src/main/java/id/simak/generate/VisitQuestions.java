package id.simak.generate;

import id.simak.analysis.Place;
import id.simak.analysis.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Asks who went to which countries and when, with other countries of the text and of the same region as distractors. */
final class VisitQuestions {

    private final ArticleContext ctx;

    VisitQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    private static final java.util.regex.Pattern DEPARTURE = java.util.regex.Pattern.compile(
            "(?iu)(?:berangkat|bertolak|terbang)\\b");
    private static final java.util.regex.Pattern ARRIVAL = java.util.regex.Pattern.compile(
            "(?iu)(?:tiba|mendarat|setibanya|sesampainya)\\b");

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");

    /**
     * "rencananya akan berkunjung ke Indonesia pada Desember 2017" in a story of August 2017: the wrong months of a visit
     * still to come are later than every day the story tells of, or they are ruled out by the story itself. Months of a
     * planned visit only; empty for a visit dated by the day, or with too few months between.
     */
    private List<String> monthsToCome(Visit visit) {
        java.util.regex.Matcher own = YEAR_MONTH.matcher(visit.when());
        if (!own.matches()) {
            return List.of();
        }
        int answer = Integer.parseInt(own.group(1)) * 12 + Integer.parseInt(own.group(2)) - 1;
        int latest = Integer.MIN_VALUE;
        for (var d : ctx.analysis.dates()) {
            java.util.regex.Matcher m = d.value() == null ? null : YEAR_MONTH.matcher(d.value());
            if (m != null && m.lookingAt() && !d.value().equals(visit.when())) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)) * 12 + Integer.parseInt(m.group(2)) - 1);
            }
        }
        List<String> out = new ArrayList<>();
        for (int shift : new int[] {-1, 1, -2, 2, -3, 3}) {
            int month = answer + shift;
            if (month > latest) {
                out.add(String.format("%04d-%02d", month / 12, month % 12 + 1));
            }
        }
        return out;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        for (Visit visit : ctx.analysis.visits()) {
            List<String> codes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            // "Wakil Presiden Vietnam ... tiba di Jakarta": a visitor does not visit the country she comes from.
            Set<String> from = visit.visitor() == null ? Set.of() : ctx.homeCountries(visit.visitor());
            for (String place : visit.places()) {
                String code = ArticleContext.countryCode(place);
                if (code != null && !codes.contains(code) && !from.contains(code)) {
                    codes.add(code);
                    names.add(place);
                }
            }
            boolean toCities = codes.isEmpty();
            boolean towns = true;
            if (toCities) {
                // A visit to towns ("tiba di Beijing, lalu Shanghai"): the other towns of the text are the distractors.
                // An address ("Posyandu X, Kelurahan Y, Kota Z") is one place told from small to large, not a round of
                // visits: only its town is asked.
                for (String place : visit.places()) {
                    if (!isRegion(place) && kindOf(place) == Place.Kind.CITY) {
                        names.add(place);
                    }
                }
                if (names.size() > 1 && addressChain(visit.sentence(), visit.places())) {
                    names = new ArrayList<>(names.subList(names.size() - 1, names.size()));
                }
                towns = !names.isEmpty();
            }
            // "esok harinya akan menghadiri upacara ... di Kota Cilegon": attending an event is no "kunjungan" to ask
            // about; the event's own sentence is asked as a date.
            if (visit.visitor() != null) {
                names.removeIf(n -> ctx.homeTown(visit.visitor(), n));
            }
            if (names.isEmpty() || !towns || visit.visitor() == null || !ctx.isBody(visit.sentence())
                    || !ctx.looksLikePerson(visit.visitor()) || "menghadiri".equals(visit.kind())) {
                continue;
            }
            String who = ctx.shortName(visit.visitor());
            String when = visit.when() == null ? null : IndonesianDates.format(visit.when());
            // The analysis may name the kind by its verb ("mengunjungi"); a prompt needs the noun.
            String kind = visit.kind() != null && (visit.kind().startsWith("kunjungan") || visit.kind().startsWith("lawatan"))
                    ? visit.kind() : "kunjungan";
            Set<String> home = ctx.homeCountries(visit.visitor());
            List<String> candidates = toCities ? otherPlaces(names) : ctx.countryCandidates(codes, home);
            // A town's wrong choices are towns written the same way ("Kota X" with "Kota Y"), never a person or a body.
            candidates = new ArrayList<>(candidates);
            candidates.removeIf(c -> !ctx.namedAsPlace(c));
            // "lima negara ... Sri Lanka, India, Pakistan, Bangladesh dan Afghanistan": a country the text lists
            // with the answer may be visited too, so it is no wrong choice.
            List<String> answers = names;
            candidates.removeIf(c -> listedWith(c, answers));
            // "tiba di Bandara X, Kabupaten Y": a place of the visit that is not asked (the airport of the arrival) was
            // visited all the same, so it is no wrong choice and no false statement.
            candidates.removeIf(c -> visit.places().stream().anyMatch(p -> p.equalsIgnoreCase(c)));
            // "Prabowo ... disambut di Istana Negara Malaysia"; "Sebelumnya, Prabowo ... ke New Delhi, India": a
            // country the text puts the visitor in is where he went as well, so with no day to tell the trips apart
            // it is no wrong choice (with one, the other trip is a fair one: "pada 2019" against "tahun berikutnya").
            String visitor = visit.visitor();
            if (visit.when() == null) {
                candidates.removeIf(c -> seenTogether(visitor, c, visit.sentence()));
            }
            // Indonesia is where the paper is written: offered as the destination of a journey abroad it is no
            // plausible wrong choice (the president's "state visit" to his own country).
            if (!codes.contains("ID")) {
                candidates.removeIf(c -> "ID".equals(ArticleContext.countryCode(c)));
            }
            boolean sameKind = !toCities || ctx.sameAdministrativeKind(names.get(0), candidates.stream().limit(3).toList());
            String where = toCities ? "kota" : "negara";
            Evidence evidence = ctx.evidence(visit.sentence());
            // A trip told over two sentences ("tiba di A ... . Dari bandara, ... menuju B"): only the places its evidence
            // sentence names are said, so the explanation and a statement to judge hold nothing it does not show.
            String toldHere = ctx.text(visit.sentence());
            List<String> shown = names.stream().filter(n -> ArticleContext.find(toldHere, n) >= 0).toList();
            boolean allShown = shown.size() == names.size();
            // "... kunjungan ke beberapa kelurahan. Adapun kelurahan yang dikunjungi yakni A, B, dan C": a visit whose
            // evidence names none of its places is known, but not asked from a sentence that does not show them.
            if (visit.places().stream().noneMatch(pl -> ArticleContext.find(toldHere, pl) >= 0)) {
                continue;
            }
            if (shown.isEmpty()) {
                shown = names;
            }
            String listed = join(shown);
            String whenPart = when == null ? "" : " pada " + when;
            // "Presiden akan melaksanakan kunjungan ke ...": a visit still to come is asked as one.
            // ("... kepergiannya ke Busan, Korea Selatan akan membawa manfaat": an "akan" after the place is of another verb.)
            String told = ctx.text(visit.sentence());
            int destination = ArticleContext.find(told, names.get(0));
            String does = PLANNED.matcher(destination < 0 ? told : told.substring(0, destination)).find()
                    ? "akan melakukan" : "melakukan";
            String visitedBy = does.startsWith("akan") ? "akan dikunjungi" : "dikunjungi";
            // "... tiba di Bandara ..., Tangerang, pada Jumat (10/1)": an arrival is asked as one, not as a visit to the
            // town of the airport.
            boolean arrival = visit.kind() != null && ARRIVAL.matcher(visit.kind()).lookingAt();
            // "berangkat ke Singapura pada 30/7" for meetings from 31 Juli: the day of leaving is asked as such.
            boolean departure = visit.kind() != null && DEPARTURE.matcher(visit.kind()).lookingAt();
            String goes = arrival ? (does.startsWith("akan") ? "akan tiba di" : "tiba di")
                    : departure ? (does.startsWith("akan") ? "akan berangkat ke" : "berangkat ke") : does + " " + kind + " ke";
            String why = "Kalimat bukti menyebut " + who + " " + goes + " " + listed + whenPart + ".";
            // "Sebelumnya, Presiden ... juga melakukan kunjungan ke India": an earlier trip, told aside; asked with no day
            // it reads as the journey the article is about.
            boolean aside = when == null && EARLIER.matcher(ctx.text(visit.sentence())).lookingAt();
            // A visitor the text sends to another country too: "Ke negara mana X melakukan kunjungan?" without a day has
            // two answers, one of them left out of the choices; such a question waits in the bank.
            boolean twoTrips = when == null && ctx.analysis.visits().stream().anyMatch(o -> o != visit
                    && java.util.Objects.equals(o.visitor(), visit.visitor())
                    && o.places().stream().map(ArticleContext::countryCode).filter(java.util.Objects::nonNull)
                            .anyMatch(c -> !codes.contains(c) && !from.contains(c)));
            if (names.size() == 1) {
                List<String> distractors = ctx.picker.pick(names, candidates, 3, List.of());
                out.add(Drafts.choice(Skill.VISIT, (aside ? "Menurut berita, sebelumnya ke " : arrival ? "Di " : "Ke ") + where
                        + " mana " + who + " " + (aside ? "juga " : "") + (arrival || departure ? goes.replaceFirst(" (?:di|ke)$", "")
                        : does + " " + kind)
                        + whenPart + "?",
                        ctx.picker.choices(names, distractors, "visit" + visit), names.get(0), why, evidence,
                        Difficulty.EASY, distractors.size() == 3 && sameKind && !aside && !twoTrips ? 0.6 : 0.4));
            } else {
                List<String> distractors = ctx.picker.pick(names, candidates, Math.max(2, 6 - names.size()), List.of());
                // A tour of several countries is not made in one day: its day is when it began, not when each was visited.
                String tourWhen = visit.when() != null && oneDay(visit.when()) ? "" : whenPart;
                out.add(Drafts.of(QuestionType.MULTIPLE_RESPONSE, Skill.VISIT,
                        AnswerText.capitalize(where) + " mana saja yang " + visitedBy + " " + who + tourWhen + "? Pilih semua jawaban yang benar.", List.of(),
                        ctx.picker.choices(names, distractors, "visit" + visit), names, why, evidence,
                        Difficulty.MEDIUM, distractors.size() >= 2 && sameKind && !aside && !twoTrips && allShown ? 0.58 : 0.4));
            }
            // "Kapan ...?" quotes the sentence of the visit as its evidence: it must hold the day it asks, not leave it to
            // the next sentence ("... tiba di Indonesia untuk melakukan kunjungan kerja. Kamis (28/6/2018), ...").
            boolean dayInEvidence = when != null && ctx.analysis.dates().stream()
                    .anyMatch(d -> d.sentence() == visit.sentence() && visit.when().equals(d.value()));
            if (when != null && dayInEvidence && (!does.startsWith("akan") || monthsToCome(visit).size() >= 3)) {
                // A story told in one year: a day of another year is ruled out without reading.
                String year = visit.when().length() >= 4 && Character.isDigit(visit.when().charAt(0)) ? visit.when().substring(0, 4) : null;
                boolean oneYear = year != null && ctx.storyYear(year);
                List<String> near = does.startsWith("akan") ? monthsToCome(visit)
                        : IndonesianDates.near(visit.when()).stream().filter(v -> !oneYear || v.startsWith(year)).toList();
                List<String> years = ctx.picker.pick(when, near.stream().map(IndonesianDates::format).toList(), 3);
                boolean tour = shown.size() > 1 && oneDay(visit.when());
                out.add(Drafts.choice(Skill.VISIT, tour ? "Kapan " + kind + " " + who + " ke " + listed + " dimulai?"
                        : "Kapan " + who + " " + goes + " " + listed + "?",
                        ctx.picker.choices(List.of(when), years, "visit-when" + visit), when, why, evidence,
                        Difficulty.EASY, 0.55));
                // A false statement swaps in a country the text names but the visit does not: a real reading check.
                List<String> wrong = ctx.picker.pick(names, candidates, 1, List.of());
                boolean truth = (StableHash.of(visit.toString()) & 1) == 0 || wrong.isEmpty();
                String country = truth ? shown.get(shown.size() - 1) : wrong.get(0);
                out.add(Drafts.trueFalse(Skill.VISIT, (tour ? AnswerText.capitalize(who) + " " + does + " " + kind + " ke " + country + "."
                        : "Pada " + when + ", " + who + " " + goes + " " + country + "."),
                        truth, why, evidence, Difficulty.MEDIUM, 0.45));
            }
        }
        return out;
    }

    /** Whether a date is one day ("2024-11-08", "--11-08"), not a year, a month or a span. */
    private static boolean oneDay(String value) {
        return !value.contains("/") && value.matches(".*-\\d{2}-\\d{2}");
    }

    private List<Set<String>> listedKeys;

    /** Each enumeration of the article as the set of its items' country codes and lower-case names, worked out once. */
    private List<Set<String>> listedKeys() {
        if (listedKeys == null) {
            listedKeys = new ArrayList<>();
            for (id.simak.analysis.Enumeration list : ctx.analysis.lists()) {
                Set<String> keys = new java.util.HashSet<>();
                for (String item : list.items()) {
                    keys.add(key(item));
                }
                listedKeys.add(keys);
            }
        }
        return listedKeys;
    }

    private static String key(String place) {
        String code = ArticleContext.countryCode(place);
        return code != null ? code : place.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the article lists this place in one enumeration with one of the answers. */
    private boolean listedWith(String candidate, List<String> answers) {
        String c = key(candidate);
        List<String> a = answers.stream().map(VisitQuestions::key).toList();
        for (Set<String> keys : listedKeys()) {
            if (keys.contains(c) && a.stream().anyMatch(keys::contains)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern EARLIER = java.util.regex.Pattern.compile(
            "(?iu)^\\W*(?:(?:sebelumnya|sebelum itu|sebelum ini|sepekan sebelumnya|sehari sebelumnya|beberapa waktu lalu)\\b"
            + "|sebelum\\s+(?:ke|tiba di|berkunjung ke)\\s+\\p{L})");

    /** Whether a sentence other than the visit's names both the visitor (by any of the text's names for him) and the place. */
    private boolean seenTogether(String visitor, String place, int visitSentence) {
        if (visitor == null) {
            return false;
        }
        List<String> names = new ArrayList<>(List.of(visitor, ctx.shortName(visitor)));
        for (id.simak.analysis.Person p : ctx.analysis.people()) {
            if (p.name().equals(visitor)) {
                p.mentions().stream().filter(m -> m.length() >= 4).forEach(names::add);
            }
        }
        for (id.simak.analysis.Sentence s : ctx.analysis.sentences()) {
            if (s.index() != visitSentence && ArticleContext.find(s.text(), place) >= 0
                    && names.stream().anyMatch(n -> ArticleContext.find(s.text(), n) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PLANNED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:akan|dijadwalkan|berencana|rencananya|direncanakan|bakal)\\b");

    private boolean isRegion(String place) {
        return ctx.analysis.places().stream().anyMatch(p -> p.text().equals(place) && p.kind() == Place.Kind.REGION);
    }

    private Place.Kind kindOf(String place) {
        return ctx.analysis.places().stream().filter(p -> p.text().equals(place)).map(Place::kind).findFirst()
                .orElse(Place.Kind.OTHER);
    }

    /** Whether the places stand one after the other, joined by commas only, as an address does. */
    private boolean addressChain(int sentence, List<String> places) {
        String text = ctx.text(sentence);
        int first = ArticleContext.find(text, places.get(0));
        int last = ArticleContext.find(text, places.get(places.size() - 1));
        if (first < 0 || last <= first) {
            return false;
        }
        String span = text.substring(first, last);
        return !span.matches("(?s).*\\b(?:dan|lalu|kemudian|serta|sebelum|setelah)\\b.*");
    }

    /** Places of the text that are neither countries nor regions nor already in the visit. */
    private List<String> otherPlaces(List<String> visited) {
        List<String> out = new ArrayList<>();
        for (Place p : ctx.analysis.places()) {
            if (p.kind() != Place.Kind.COUNTRY && p.kind() != Place.Kind.REGION && !visited.contains(p.text())) {
                out.add(p.text());
            }
        }
        return out;
    }

    static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        // "ke A dan B", "ke A, B, dan C"
        return String.join(", ", items.subList(0, items.size() - 1)) + (items.size() == 2 ? " dan " : ", dan ")
                + items.get(items.size() - 1);
    }
}
