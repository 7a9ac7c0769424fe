package id.simak.generate;

import id.simak.analysis.DateMention;
import id.simak.analysis.NumberMention;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a sentence of the article false by one change a careful reader can check against the text: another
 * figure of the same unit, another date written alike, another place or person of the same kind the article
 * names.. Each version says what was changed, for the explanation.
 */
final class FalseVersions {

    /** A false version of a sentence, the skill of what was changed, and the true and the false words. */
    record Version(String text, Skill skill, String truth, String replaced) {}

    private static final java.util.regex.Pattern PLACE_CUE = java.util.regex.Pattern.compile("(?iu)\\b(?:di|ke|dari)\\s+$");

    private final ArticleContext ctx;
    private final DateQuestions dates;

    FalseVersions(ArticleContext ctx) {
        this.ctx = ctx;
        this.dates = new DateQuestions(ctx);
    }

    /** Every single-change false version of {@code text}, the text of sentence {@code sentence}, in a stable order. */
    List<Version> of(String text, int sentence) {
        List<Version> out = new ArrayList<>();
        numbers(text, sentence, out);
        dates(text, sentence, out);
        places(text, sentence, out);
        people(text, out);
        return out;
    }

    private static final double SAME_ORDER = 3;

    private void numbers(String text, int sentence, List<Version> out) {
        for (NumberMention n : ctx.analysis.numbers()) {
            // A figure the headline shows is known without reading the sentence ("98 rumah" in the title).
            if (n.sentence() != sentence || n.unit() == null || ArticleContext.find(text, n.text()) < 0
                    || ctx.inHeadline(n.text())
                    // "Pedagang cabai, Mulyadi (55)": another person's age in the brackets is a trivial detail, not a
                    // false statement a reader weighs.
                    || NumberQuestions.isAge(n)
                    // "US$ 898,74 juta atau Rp 12,13 triliun": one amount in two currencies, either false only by a sum
                    || NumberQuestions.converted(text, n.text())) {
                continue;
            }
            for (NumberMention other : ctx.analysis.numbers()) {
                // "1 unit rumah" for the 98 houses a great fire burnt is false by absurdity, not by reading: the
                // figure put in its place is of the same order.
                // ("Dari 16 pelaku yang diringkus" made "Dari 7 pelaku ...": a smaller count of the same thing elsewhere
                // may be a part of it, "7 pelaku curanmor" among the 16, and the statement can be defended; a larger one
                // cannot be a part.)
                if (other.sentence() != sentence && n.unit().equals(other.unit()) && other.value() > n.value()
                        && other.value() * SAME_ORDER >= n.value() && other.value() <= n.value() * SAME_ORDER
                        && ChoiceShape.alike(other.text(), n.text()) && ArticleContext.find(text, other.text()) < 0
                        // "Rp50 ribu, naik dari ... Rp120 ribu": a figure against the change the sentence tells is
                        // false by the sentence alone.
                        && !NumberQuestions.againstChange(text, n.text(), other.text())) {
                    out.add(new Version(replace(text, n.text(), other.text()), Skill.NUMBER, n.text(), other.text()));
                    break;
                }
            }
        }
    }

    private void dates(String text, int sentence, List<Version> out) {
        for (DateMention d : ctx.analysis.dates()) {
            if (d.sentence() != sentence || d.relativeTo() != null || d.value() == null || ArticleContext.find(text, d.text()) < 0
                    || !DateForms.writable(d.text()) || !dates.askable(d)
                    // the day someone spoke, changed, tests nothing of the story
                    || dates.datesStatement(d)
                    // ("hingga Minggu, Selasa (23/7)": a false end of a span gives itself away by the weekday before it)
                    || DateQuestions.endsASpan(text, d.text())
                    // ("Senin-Selasa, 15-16 Agustus 2022" made "Senin-Selasa, 22-23 September 2022": the weekdays written
                    // before a date hold only for it, and a false date under them is false by the calendar)
                    || WEEKDAYS_BEFORE.matcher(text.substring(0, ArticleContext.find(text, d.text()))).find()) {
                continue;
            }
            List<String> alike = new ArrayList<>(DateForms.alike(d.text(), d.value(), dates.onItsSide(d, IndonesianDates.near(d.value()))));
            // "dari 24 persen tahun 2021 menjadi 19,5 persen tahun 2022": a false year keeps its place among the
            // sentence's other years, or the change gives itself away ("dari 2021 menjadi 2020").
            alike.removeIf(a -> !keepsOrder(d, a, text));
            if (!alike.isEmpty()) {
                out.add(new Version(replace(text, d.text(), alike.get(0)), Skill.DATE, d.text(), alike.get(0)));
            }
        }
    }

    private static final java.util.regex.Pattern WEEKDAYS_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)\\b" + DateQuestions.WEEKDAY + "(?:\\s*(?:-|–|hingga|sampai|s\\.d\\.?|dan)\\s*" + DateQuestions.WEEKDAY + ")?"
                    + "(?:\\s+" + DateQuestions.TIME_OF_DAY + ")?\\s*,\\s*$");

    private static final java.util.regex.Pattern YEAR_IN = java.util.regex.Pattern.compile("(?<![\\d.,/])(?:19|20)\\d{2}(?![\\d/]|[.,]\\d)");

    /** Whether the written date {@code changed}, put for {@code d}, stands before and after the same years of the sentence. */
    static boolean keepsOrder(DateMention d, String changed, String text) {
        java.util.regex.Matcher own = YEAR_IN.matcher(d.text());
        java.util.regex.Matcher other = YEAR_IN.matcher(changed);
        if (!own.find() || !other.find()) {
            return true;
        }
        int was = Integer.parseInt(own.group());
        int now = Integer.parseInt(other.group());
        String rest = text.replace(d.text(), " ");
        java.util.regex.Matcher m = YEAR_IN.matcher(rest);
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (Integer.signum(was - y) != Integer.signum(now - y)) {
                return false;
            }
        }
        return true;
    }

    private void places(String text, int sentence, List<Version> out) {
        for (Place p : ctx.analysis.places()) {
            int at = ArticleContext.find(text, p.text());
            // A place swapped inside a name ("Fakultas Ilmu ...", "BPBD Jakarta") makes nonsense, not a false claim.
            if (at < 0 || "ID".equals(p.code()) || !ArticleContext.fairGap(text, p.text())
                    || !PLACE_CUE.matcher(text.substring(0, at)).find()) {
                continue;
            }
            for (Place other : ctx.analysis.places()) {
                if (other.kind() == p.kind() && !ctx.samePlace(other.text(), p.text()) && other.sentence() != sentence
                        && ArticleContext.find(text, other.text()) < 0 && !"ID".equals(other.code())
                        && PlaceQuestions.inCapitals(other.text()) == PlaceQuestions.inCapitals(p.text())
                        && sameKindOfUnit(p.text(), other.text())) {
                    out.add(new Version(replace(text, p.text(), other.text()), Skill.PLACE, p.text(), other.text()));
                    return;
                }
            }
        }
    }

    /**
     * "lantai dua, Blok C, Pasar Tambun" with "Kabupaten Bekasi" put for "Blok C" is still true (the market lies in the
     * regency): a place named by its kind ("Blok", "Desa", "Kabupaten") stands in only for one of the same kind.
     */
    private boolean sameKindOfUnit(String a, String b) {
        String first = a.split("\\s+")[0];
        String other = b.split("\\s+")[0];
        boolean kindA = a.contains(" ") && ctx.lexicon.knows(first.toLowerCase(java.util.Locale.ROOT));
        boolean kindB = b.contains(" ") && ctx.lexicon.knows(other.toLowerCase(java.util.Locale.ROOT));
        return !kindA && !kindB || first.equalsIgnoreCase(other) || TOWNS.contains(first.toLowerCase(java.util.Locale.ROOT))
                && TOWNS.contains(other.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> TOWNS = Set.of("kota", "kabupaten");

    private void people(String text, List<Version> out) {
        List<Person> persons = ctx.persons();
        for (Person p : persons) {
            String mention = p.mentions().stream().filter(m -> ArticleContext.find(text, m) >= 0).findFirst().orElse(null);
            // The one replaced needs a role too ("hakim Ad Hoc" and "RS Hasan Sadikin" are no people), and a name after
            // a form of address or a kinship word ("Ibu Iriana", "istrinya Rina") keeps the sex and the family the
            // sentence gives it: another person put there makes nonsense, not a false statement.
            if (mention == null || !mention.equals(p.name()) || p.role() == null || p.role().isBlank()
                    || ADDRESSED.matcher(text.substring(0, ArticleContext.find(text, mention))).find()) {
                continue;
            }
            for (Person other : persons) {
                // Only someone the text gives a role stands in for a person: a name without one may be a statue's or
                // a festival's ("Go Meh") that the analysis took for a person.
                // "Budi didampingi oleh Menteri Luar Negeri Budi Santoso": someone the sentence names already,
                // by any name, makes nonsense; so does one of another country ("Presiden RI Lee Min-ho").
                if (other != p && other.mentions().stream().noneMatch(m -> m.length() >= 4
                        && Character.isUpperCase(m.charAt(0)) && ArticleContext.find(text, m) >= 0)
                        && ArticleContext.find(text, other.name()) < 0 && other.role() != null && !other.role().isBlank()
                        && java.util.Objects.equals(countryOf(p.role()), countryOf(other.role()))
                        // "Presiden Sugiono" for the foreign minister: only a holder of the same kind of office stands in.
                        && firstWord(p.role()).equals(firstWord(other.role()))) {
                    out.add(new Version(replace(text, p.name(), other.name()), Skill.PERSON, p.name(), other.name()));
                    return;
                }
            }
        }
    }

    private static String firstWord(String role) {
        return role.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of the country a role names ("Duta Besar China untuk Indonesia": CN, the first), or null. */
    private static String countryOf(String role) {
        String[] words = role.split("[\\s,()]+");
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length) {
                String two = ArticleContext.countryCode(words[i] + " " + words[i + 1]);
                if (two != null) {
                    return two;
                }
            }
            String one = words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0)) ? null : ArticleContext.countryCode(words[i]);
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:ibu|bu|bapak|pak|nyonya|tuan|istri|istrinya|suami|suaminya|putri|putra|anak|adik|kakak)\\s+$");

    /** The text with the first whole-word occurrence of {@code from} replaced by {@code to}. */
    static String replace(String text, String from, String to) {
        int at = ArticleContext.find(text, from);
        return at < 0 ? text : text.substring(0, at) + to + text.substring(at + from.length());
    }
}
