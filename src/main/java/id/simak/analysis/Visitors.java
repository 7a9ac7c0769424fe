package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells who a sentence names, by full name where the article gives one: "Presiden Joko Widodo atau Jokowi",
 * "Ibu Negara Iriana", "Wapres AS John Smith", a role said alone ("Presiden", "Ibu Negara"), a short name
 * ("Jokowi", "Smith") or a pronoun; the people the person extractor found are the first source.
 */
final class Visitors {

    /** A person named in a sentence, at characters start to end, by the fullest name the article gives. */
    record Named(String name, int start, int end) {}

    // Role words of public life beside the person extractor's, written short as news does.
    private static final List<String> SHORT_ROLES = List.of("menlu", "wapres", "pm", "ibu negara", "menko", "mendag",
            "menkes", "menkeu", "menhan", "mendagri", "menparekraf", "mendikbud", "menpora", "kapolri", "pj", "plh",
            "presiden terpilih", "putra mahkota", "pak", "bu", "kiai", "menteri luar negeri",
            "wakil presiden", "perdana menteri", "pangdam", "kasad", "pj gubernur", "pj bupati");
    private static final List<String[]> ROLES;

    static {
        List<String> all = new ArrayList<>(PersonExtractor.ROLES);
        all.addAll(SHORT_ROLES);
        ROLES = all.stream().distinct().map(r -> r.split(" ")).sorted((a, b) -> b.length - a.length).toList();
    }

    // Offices over a region, written with the region's name before the holder's ("Bupati Sukamaju Darmawan").
    private static final Set<String> JURISDICTION_ROLES = Set.of("bupati", "wakil bupati", "gubernur", "wakil gubernur",
            "wali kota", "walikota", "wakil wali kota", "camat", "lurah", "kepala desa", "kapolda", "kapolres", "kapolsek",
            "pangdam", "pj gubernur", "pj bupati", "sekda", "ketua dprd");
    // Capitalised words between a role and a name that belong to the role ("Menteri Luar Negeri Tiongkok").
    private static final Set<String> QUALIFIERS = Set.of("luar", "negeri", "dalam", "ri", "as", "kerja", "sama",
            "koordinator", "bidang", "republik", "rakyat", "kabinet", "negara", "urusan", "umum", "utama", "besar");
    // Capitalised words a title and the name after it may run to together.
    private static final int MAX_TITLED_WORDS = 9;
    private static final Pattern ALIAS = Pattern.compile("^\\s*(?:\\(\\s*|atau\\s+)(\\p{Lu}[\\p{L}'’]+)\\s*\\)?");

    private final PersonExtractor.People people;
    private final CountryNames countries;
    private final Map<String, String> byAlias = new HashMap<>();
    private final Map<String, String> byRole = new HashMap<>();
    private final List<String> learned = new ArrayList<>();

    private Visitors(PersonExtractor.People people, CountryNames countries) {
        this.people = people;
        this.countries = countries;
    }

    /** Learns from every sentence which roles and short names stand for whom, before any is read for visits. */
    static Visitors of(List<SentenceSplitter.Span> spans, PersonExtractor.People people, CountryNames countries) {
        Visitors v = new Visitors(people, countries);
        for (SentenceSplitter.Span span : spans) {
            if (span.sentence().isReadable()) {
                v.named(span.sentence().text(), span.sentence().index(), true);
            }
        }
        return v;
    }

    /** The people a sentence names, in reading order. */
    List<Named> named(String text, int sentence) {
        List<Named> out = new ArrayList<>();
        // Names learnt after a mention was read ("Joko Widodo atau Jokowi" later in the text) apply to it too.
        for (Named n : named(text, sentence, false)) {
            out.add(new Named(fullName(n.name()), n.start(), n.end()));
        }
        return out;
    }

    private List<Named> named(String text, int sentence, boolean learn) {
        List<Token> tokens = Token.names(text);
        List<Named> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            int role = t.capitalized() ? roleAt(text, tokens, i) : 0;
            if (role > 0) {
                int k = i + role;
                // Skip what belongs to the role: "Luar Negeri", a country ("Menlu AS", "PM China").
                while (k < tokens.size() && tokens.get(k).capitalized() && adjacent(text, tokens, k - 1, k)
                        && (QUALIFIERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                        || countries.codeOf(tokens.get(k).text()) != null
                        // "Bupati Hj. Indah ...", "Rektor Prof. Dr. ...": titles before the name.
                        || PersonNames.isTitle(tokens.get(k).text()))) {
                    k++;
                }
                if (k + 1 < tokens.size() && countries.codeOf(text.substring(tokens.get(k).start(), tokens.get(k + 1).end())) != null
                        && adjacent(text, tokens, k, k + 1)) {
                    k += 2; // "Timor Leste", "Amerika Serikat"
                }
                int end = k;
                while (end < tokens.size() && end - k < 4 && tokens.get(end).capitalized() && adjacent(text, tokens, end - 1, end)
                        && roleAt(text, tokens, end) == 0) {
                    end++;
                }
                // "Presiden Republik Demokratis Timor Leste José Ramos-Horta": a title longer than the words above
                // ends where a name the article gives in full begins.
                int far = end;
                while (far < tokens.size() && far - k < MAX_TITLED_WORDS && tokens.get(far).capitalized()
                        && adjacent(text, tokens, far - 1, far) && roleAt(text, tokens, far) == 0) {
                    far++;
                }
                if (far > end) {
                    longTitle:
                    for (int from = k + 1; from < far - 1; from++) {
                        for (int e = far; e >= from + 2; e--) {
                            String words = text.substring(tokens.get(from).start(), tokens.get(e - 1).end());
                            int id = people.resolveName(words);
                            if (id >= 0 && people.names.get(id).equalsIgnoreCase(words)) {
                                k = from;
                                end = e;
                                break longTitle;
                            }
                        }
                    }
                }
                String roleText = text.substring(t.start(), tokens.get(i + role - 1).end()).toLowerCase(Locale.ROOT);
                // "Bupati Buleleng meninjau ..." with the name only later ("kata Bupati Buleleng Budi Santoso"): an office
                // over a town, with no name after it, stands for the one the text gives that office.
                // "Penjabat Bupati Buleleng": the words skipped after the role word may hold the office itself.
                String officeText = text.substring(t.start(), tokens.get(k - 1).end()).toLowerCase(Locale.ROOT);
                if (end > k && JURISDICTION_ROLES.stream().anyMatch(officeText::endsWith)) {
                    boolean named = false;
                    for (int from = k; from < end && !named; from++) {
                        named = people.resolveName(text.substring(tokens.get(from).start(), tokens.get(end - 1).end())) >= 0;
                    }
                    String office = text.substring(t.start(), tokens.get(end - 1).end()).toLowerCase(Locale.ROOT);
                    String holder = named ? null : holderOf(office);
                    if (holder != null) {
                        out.add(new Named(holder, t.start(), tokens.get(end - 1).end()));
                        i = end;
                        continue;
                    }
                }
                if (end > k && (end == k + 1 ? !tokens.get(k).allCaps() || tokens.get(k).text().length() > 3 : true)) {
                    // "Bupati Sukamaju Darmawan": an office over a place puts the place before the known name.
                    if (JURISDICTION_ROLES.contains(text.substring(t.start(), tokens.get(i + role - 1).end()).toLowerCase(Locale.ROOT))) {
                        for (int from = k + 1; from < end; from++) {
                            if (people.resolveName(text.substring(tokens.get(from).start(), tokens.get(end - 1).end())) >= 0) {
                                k = from;
                                break;
                            }
                        }
                    }
                    // "Menteri Kesehatan Budi Santoso": a portfolio the role list lacks is no part of a known name.
                    if (people.resolveName(text.substring(tokens.get(k).start(), tokens.get(end - 1).end())) < 0) {
                        for (int from = k + 1; from < end; from++) {
                            if (people.resolveName(text.substring(tokens.get(from).start(), tokens.get(end - 1).end())) >= 0
                                    && end - from >= 2) {
                                k = from;
                                break;
                            }
                        }
                    }
                    String written = text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
                    String full = fullName(written);
                    out.add(new Named(full, t.start(), tokens.get(end - 1).end()));
                    if (learn) {
                        byRole.putIfAbsent(roleText, full);
                        learned.add(full);
                        learnAlias(text, tokens.get(end - 1).end(), full);
                    }
                    i = end;
                    continue;
                }
                // A role said alone stands for the person the article gave it to.
                String holder = holderOf(roleText);
                if (holder != null && k == i + role) {
                    out.add(new Named(holder, t.start(), tokens.get(i + role - 1).end()));
                }
                i = k;
                continue;
            }
            if (t.capitalized()) {
                int end = i + 1;
                while (end < tokens.size() && end - i < 4 && tokens.get(end).capitalized() && adjacent(text, tokens, end - 1, end)) {
                    end++;
                }
                boolean matched = false;
                for (int e = end; e > i && !matched; e--) {
                    String words = text.substring(t.start(), tokens.get(e - 1).end());
                    String full = known(words);
                    if (full != null) {
                        out.add(new Named(full, t.start(), tokens.get(e - 1).end()));
                        if (learn) {
                            learnAlias(text, tokens.get(e - 1).end(), full);
                        }
                        i = e;
                        matched = true;
                    }
                }
                if (matched) {
                    continue;
                }
                // "kata Darmawan": a name after a verb of saying.
                if (i > 0 && PersonExtractor.SPEECH_VERBS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                        && countries.codeOf(t.text()) == null) {
                    String written = text.substring(t.start(), tokens.get(end - 1).end());
                    out.add(new Named(fullName(written), t.start(), tokens.get(end - 1).end()));
                    i = end;
                    continue;
                }
            }
            if (PersonExtractor.PRONOUNS.contains(lower)) {
                int person = people.lastBefore(sentence, t.start());
                if (person >= 0) {
                    out.add(new Named(fullName(people.names.get(person)), t.start(), t.end()));
                }
            }
            i++;
        }
        return out;
    }

    /** "Joko Widodo atau Jokowi", "Joko Widodo (Jokowi)": the short name the text gives right after the full one. */
    private void learnAlias(String text, int after, String full) {
        Matcher m = ALIAS.matcher(text.substring(after));
        if (m.lookingAt() && !full.contains(m.group(1))) {
            byAlias.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), full);
        }
    }

    private String holderOf(String role) {
        String holder = byRole.get(role);
        if (holder != null) {
            return holder;
        }
        int person = people.resolve(role);
        if (person < 0) {
            person = actingHolder(role);
        }
        return person >= 0 ? fullName(people.names.get(person)) : null;
    }

    // "Penjabat (Pj)", "Plt.": the words that make an office an acting one.
    private static final Pattern ACTING = Pattern.compile(
            "(?iu)^(?:penjabat|pj\\.?|plt\\.?|plh\\.?|pelaksana\\s+tugas)\\s+(?:\\((?:pj|plt|plh)\\)\\s+)?");

    /** "Bupati Buleleng" for the one the text calls "Penjabat Bupati Buleleng": the one acting holder, or -1. */
    private int actingHolder(String office) {
        int found = -1;
        for (int p = 0; p < people.names.size(); p++) {
            String held = people.roles.get(p);
            if (held == null) {
                continue;
            }
            Matcher acting = ACTING.matcher(held);
            if (acting.lookingAt() && held.substring(acting.end()).toLowerCase(Locale.ROOT).startsWith(office)) {
                if (found >= 0 && found != p) {
                    return -1;
                }
                found = p;
            }
        }
        return found;
    }

    /** The full name of a known name or short name, or null when the article gives none. */
    private String known(String words) {
        String alias = byAlias.get(words.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        int person = people.resolveName(words);
        return person >= 0 ? fullName(people.names.get(person)) : null;
    }

    /** The fullest name for what the text writes: its alias, a longer known name holding it, or itself. */
    private String fullName(String written) {
        String alias = byAlias.get(written.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        // "Presiden Jokowi": a short name the people of the article already resolve ("Joko Widodo").
        int person = people.resolveName(written);
        String best = person >= 0 && people.names.get(person).length() > written.length() ? people.names.get(person) : written;
        List<String> names = new ArrayList<>(people.names);
        names.addAll(learned);
        for (String name : names) {
            // "Budi Santoso" is "Budi Agus Santoso"; "dan PM Lee" is no name to prefer.
            if (name.length() > best.length() && Character.isUpperCase(name.codePointAt(0)) && holdsInOrder(name, written)) {
                best = name;
            }
        }
        return best;
    }

    /** Whether the words of a short name appear in a longer name in the same order. */
    private static boolean holdsInOrder(String name, String written) {
        String[] long_ = name.toLowerCase(Locale.ROOT).split(" ");
        String[] short_ = written.toLowerCase(Locale.ROOT).split(" ");
        int k = 0;
        for (String w : long_) {
            if (k < short_.length && w.equals(short_[k])) {
                k++;
            }
        }
        return k == short_.length;
    }

    private static int roleAt(String text, List<Token> tokens, int i) {
        for (String[] role : ROLES) {
            if (i + role.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < role.length && match; k++) {
                match = tokens.get(i + k).text().equalsIgnoreCase(role[k]) && (k == 0 || adjacent(text, tokens, i + k - 1, i + k));
            }
            if (match && tokens.get(i).capitalized()) {
                return role.length;
            }
        }
        return 0;
    }

    /** Whether tokens a to b run on as one name: a space or hyphen between, or the stop of a title or an initial. */
    private static boolean adjacent(String text, List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            String between = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
            String word = tokens.get(k).text();
            boolean abbreviated = between.equals(". ") && (PersonNames.isTitle(word) || word.length() == 1);
            if (!between.equals(" ") && !between.equals("-") && !abbreviated) {
                return false;
            }
        }
        return true;
    }
}
