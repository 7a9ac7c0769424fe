package id.simak.generate;

import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds enumerations whose items each name or imply a different country ("mencicipi kopi Vietnam,
 * menonton tarian Kamboja, ...") and asks the learner to match each country with what happened there.
 */
final class MatchingQuestions {

    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*(?:serta\\s+|dan\\s+)?|\\s+(?:dan|serta)\\s+");
    private static final int MIN_ITEMS = 3;
    private static final int MIN_STEM = 4;

    private final ArticleContext ctx;

    MatchingQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    private record Moment(String code, String country, String text, String shown) {}

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        for (Sentence s : ctx.analysis.sentences()) {
            if (!s.isBody()) {
                continue;
            }
            List<Moment> moments = moments(s.text());
            if (moments.size() < MIN_ITEMS) {
                continue;
            }
            List<String> items = new ArrayList<>();
            List<String> countries = new ArrayList<>();
            StringBuilder why = new StringBuilder("Kalimat bukti: ");
            for (Moment m : moments) {
                items.add(m.shown());
                countries.add(m.country());
                why.append(why.length() > 15 ? "; " : "").append("«").append(m.text()).append("» — ").append(m.country());
            }
            why.append('.');
            out.add(Drafts.of(QuestionType.MATCHING, Skill.PLACE,
                    "Cocokkan setiap peristiwa dengan negara tempat peristiwa itu terjadi menurut teks.", items,
                    ctx.picker.shuffle(countries, "moments" + s.index()), countries, why.toString(), ctx.evidence(s.index()),
                    Difficulty.MEDIUM, 0.55));
        }
        return out;
    }

    /**
     * Splits the sentence into list items and keeps the run of items that each mention a country of the text, by
     * name or by a nationality word its name starts with ("Thai" for "Thailand"); the countries must all differ.
     */
    private List<Moment> moments(String sentence) {
        List<Moment> found = new ArrayList<>();
        List<Moment> best = List.of();
        for (String piece : ITEM_SEPARATOR.split(sentence)) {
            Moment m = moment(piece.strip().replaceAll("[.]$", ""));
            boolean repeats = m != null && found.stream().anyMatch(f -> f.code().equals(m.code()));
            if (m == null || repeats) {
                if (found.size() > best.size()) {
                    best = found;
                }
                found = new ArrayList<>();
                if (m != null) {
                    found.add(m);
                }
                continue;
            }
            found.add(m);
        }
        return found.size() > best.size() ? found : best;
    }

    /** The first country the item names or implies, or null when none or when the item is nothing but the name. */
    private Moment moment(String item) {
        int bestAt = Integer.MAX_VALUE;
        String bestCode = null;
        String bestWord = null;
        for (Map.Entry<String, String> e : ctx.countries.entrySet()) {
            String name = e.getValue();
            int at = ArticleContext.find(item, name);
            String word = name;
            if (at < 0) {
                String adjective = nationality(item, name);
                if (adjective != null) {
                    at = ArticleContext.find(item, adjective);
                    word = adjective;
                }
            }
            if (at >= 0 && at < bestAt) {
                bestAt = at;
                bestCode = e.getKey();
                bestWord = word;
            }
        }
        if (bestCode == null || item.strip().equalsIgnoreCase(bestWord) || item.split("\\s+").length < 2) {
            return null;
        }
        // Only a place adverbial ("di Thailand", "ke Laos") can go, leaving what happened there; a country inside a
        // noun phrase ("kopi Vietnam", "pelajar asal Kamboja", "tarian Thai") would give the match away.
        int at = ArticleContext.find(item, bestWord);
        String before = " " + item.substring(0, at).stripTrailing();
        if (!before.endsWith(" di") && !before.endsWith(" ke")) {
            return null;
        }
        String shown = (before.substring(0, before.length() - 3) + item.substring(at + bestWord.length())).strip();
        String lower = shown.toLowerCase(Locale.ROOT);
        for (String name : ctx.countries.values()) {
            String stem = name.length() > MIN_STEM ? name.substring(0, MIN_STEM) : name;
            if (lower.contains(stem.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        // What is left must tell an event, with its verb: "sebuah kota kecil" alone matches nothing.
        if (shown.split("\\s+").length < 2 || !EventPhrase.hasVerb(shown)) {
            return null;
        }
        return new Moment(bestCode, ctx.countryName(bestCode), item, shown);
    }

    /** A capitalised word of the item that is a stem of the country name ("Thai" of "Thailand"). */
    private static String nationality(String item, String country) {
        for (String word : item.split("[^\\p{L}'-]+")) {
            if (word.length() >= MIN_STEM && word.length() < country.length() && Character.isUpperCase(word.charAt(0))
                    && country.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return null;
    }
}
