package id.simak.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds visits: who went where ("berkunjung ke", "melakukan lawatan ke", "mengunjungi", "tiba di") and when. */
public final class VisitExtractor {

    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?:(?:memulai\\s+|melakukan\\s+|mengakhiri\\s+)?(kunjungan kenegaraan|kunjungan kerja|kunjungan resmi|kunjungan"
                    + "|lawatan resmi|lawatan kenegaraan|lawatan kerja|lawatan|berkunjung|melawat|bertolak|bertandang|terbang"
                    + "|melanjutkan perjalanan|melanjutkan lawatan|melanjutkan kunjungan)"
                    + "\\s+ke|(tiba|mendarat)\\s+di|(mengunjungi))\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // What may stand between two destinations of one list ("Vietnam, Thailand, dan Laos").
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,\\s*(?:dan|serta)?|dan|serta)\\s*");

    private VisitExtractor() {}

    static List<Visit> extract(List<SentenceSplitter.Span> spans, PersonExtractor.People people,
                               List<PlaceExtractor.Found> places, List<DateExtractor.Found> dates) {
        List<Visit> out = new ArrayList<>();
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
            Matcher m = TRIGGER.matcher(text);
            List<PlaceExtractor.Found> destinations = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            List<Integer> triggers = new ArrayList<>();
            while (m.find()) {
                List<PlaceExtractor.Found> found = destinationsAfter(text, m.end(), here);
                for (PlaceExtractor.Found f : found) {
                    destinations.add(f);
                    kinds.add(kindOf(m));
                    triggers.add(m.start());
                }
            }
            if (destinations.isEmpty()) {
                continue;
            }
            // "berkunjung ke Asia Tenggara ..., melakukan lawatan ke Vietnam, ...": the countries say where he went.
            boolean concrete = destinations.stream().anyMatch(f -> f.place().kind() != Place.Kind.REGION);
            List<Integer> allTriggers = new ArrayList<>(new LinkedHashSet<>(triggers));
            LinkedHashSet<String> names = new LinkedHashSet<>();
            LinkedHashSet<String> kindWords = new LinkedHashSet<>();
            int firstTrigger = -1;
            String date = null;
            for (int k = 0; k < destinations.size(); k++) {
                if (concrete && destinations.get(k).place().kind() == Place.Kind.REGION) {
                    continue;
                }
                int trigger = triggers.get(k);
                String dateHere = when(datesHere, trigger, nextTrigger(allTriggers, trigger, text.length()));
                // "tiba di Jakarta pada Senin untuk memulai lawatan ke Indonesia pada 21-24 Agustus": two
                // movements with their own dates are two visits.
                if (firstTrigger >= 0 && trigger != firstTrigger && !java.util.Objects.equals(dateHere, date)) {
                    out.add(new Visit(visitor(people, index, firstTrigger), List.copyOf(names), date, index,
                            String.join(", ", kindWords)));
                    names.clear();
                    kindWords.clear();
                    firstTrigger = -1;
                }
                names.add(destinations.get(k).place().text());
                kindWords.add(kinds.get(k));
                if (firstTrigger < 0) {
                    firstTrigger = trigger;
                    date = dateHere;
                }
            }
            out.add(new Visit(visitor(people, index, firstTrigger), List.copyOf(names), date, index,
                    String.join(", ", kindWords)));
        }
        return out;
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
        String noun = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String words = noun.startsWith("kunjungan") || noun.startsWith("lawatan") ? m.group(1)
                : m.group(1) != null ? m.group(1) + " ke" : m.group();
        return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The place right after the trigger and those listed with it. */
    private static List<PlaceExtractor.Found> destinationsAfter(String text, int from, List<PlaceExtractor.Found> here) {
        List<PlaceExtractor.Found> out = new ArrayList<>();
        int at = from;
        for (PlaceExtractor.Found f : here) {
            if (f.start() < at) {
                continue;
            }
            String between = text.substring(at, f.start());
            boolean next = out.isEmpty() ? between.isBlank() : LIST_GLUE.matcher(between).matches();
            if (!next) {
                break;
            }
            out.add(f);
            at = f.end();
        }
        return out;
    }

    private static String visitor(PersonExtractor.People people, int sentence, int offset) {
        PersonExtractor.Mention best = null;
        for (PersonExtractor.Mention m : mentionsOf(people, sentence)) {
            if (m.offset() < offset) {
                best = m;
            }
        }
        return best == null ? null : people.names.get(best.person());
    }

    private static List<PersonExtractor.Mention> mentionsOf(PersonExtractor.People people, int sentence) {
        List<PersonExtractor.Mention> all = people.mentions;
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<PersonExtractor.Mention> out = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).sentence() == sentence; i++) {
            out.add(all.get(i));
        }
        return out;
    }

    /**
     * The date of a movement: the first date after its trigger and before the next trigger, else the date of
     * the sentence nearest to the trigger.
     */
    private static String when(List<DateExtractor.Found> dates, int offset, int until) {
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
}
