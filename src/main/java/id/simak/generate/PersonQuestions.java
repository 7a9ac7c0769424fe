package id.simak.generate;

import id.simak.analysis.Person;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks who holds which role: "Siapa <role> menurut berita?" among the other people of the article, and "Apa
 * jabatan <name>?" among the other roles the article gives. Only people whose names read as persons' are asked,
 * and only roles the article itself gives are offered, so every choice is a real one of the text.
 */
final class PersonQuestions {

    // General titles of public office: wrong roles for the one person of an article, offered only in the bank.
    private static final List<String> TITLES = List.of("Presiden", "Wakil Presiden", "Perdana Menteri",
            "Menteri Luar Negeri", "Duta Besar", "Menteri Perdagangan", "Ketua Parlemen");

    private final ArticleContext ctx;

    PersonQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        List<Person> persons = ctx.persons();
        for (Person person : persons) {
            if (person.role() == null || person.role().isBlank() || !Character.isUpperCase(person.role().codePointAt(0))
                    || !cleanRole(person.role()) || namesPlace(person.name()) || GENERIC_ROLE.matcher(person.role()).matches()) {
                continue;
            }
            int sentence = firstBodySentenceWith(person.role() + " " + person.name());
            if (sentence < 0) {
                sentence = firstBodySentenceWith(person.role() + ", " + person.name());
            }
            if (sentence < 0) {
                continue;
            }
            Evidence evidence = ctx.evidence(sentence);
            String why = "Kalimat bukti menyebut «" + person.role() + " " + person.name() + "».";
            List<String> otherNames = new ArrayList<>();
            List<String> otherRoles = new ArrayList<>();
            // A host abroad among the travellers from home (or the other way round) is ruled out by who they are:
            // "Direktur CIA?" with three Indonesian officials offered. Only people of the same side are offered.
            boolean away = abroad(person);
            for (Person other : persons) {
                if (other == person || abroad(other) != away) {
                    continue;
                }
                // "Babel" read as a person is a place the article names: no name to offer. Nor is the head of
                // state, whose office every reader knows, a believable holder of another one.
                // Only someone the text gives an office is a believable holder of this one: a name without a role
                // may be a body, a town or a deity the analysis took for a person ("Human Ring Cooperative", "Osaka",
                // the gods carried in a procession).
                if (!namesPlace(other.name()) && !headOfState(other.role()) && other.role() != null && !other.role().isBlank()) {
                    otherNames.add(other.name());
                }
                if (other.role() != null && !other.role().isBlank() && Character.isUpperCase(other.role().codePointAt(0))
                        && cleanRole(other.role()) && !headOfState(other.role())) {
                    otherRoles.add(shown(other.role()));
                }
            }
            List<String> names = ctx.picker.pick(List.of(person.name()), otherNames, 3, List.of());
            // Two ministers of foreign affairs (one per country) make "who is the minister?" answerable twice.
            boolean sharedOffice = persons.stream().anyMatch(o -> o != person && o.role() != null
                    && sameOffice(o.role(), person.role()));
            if (names.size() >= 2 && !sharedOffice) {
                // "Mantan Wakil Bupati Pekalongan": one who held the office once, not one who holds it.
                String former = Person.formerOffice(shown(person.role()));
                String asked = former != null ? "Menurut berita, siapa yang pernah menjabat sebagai " + former + "?"
                        : "Menurut berita, siapa yang menjabat sebagai " + shown(person.role()) + "?";
                out.add(Drafts.choice(Skill.PERSON, asked,
                        ctx.picker.choices(List.of(person.name()), names, "who" + person.name()), person.name(), why, evidence,
                        Difficulty.EASY, bare(person.role()) || headOfState(person.role()) ? 0.42 : names.size() == 3 ? 0.68
                                : writtenAsTitle(person.role(), evidence) ? TWO_OTHER_OFFICIALS : AgentQuestions.THREE_CHOICES));
            }
            String role = shown(person.role());
            otherRoles.removeIf(r -> r.equals(role));
            List<String> roles = ctx.picker.pick(List.of(role), otherRoles, 3, List.of());
            // Titles of national office are plausible wrong roles only for a role of national office ("Presiden China").
            boolean general = roles.size() < 2 && ctx.countries.values().stream().anyMatch(c -> ArticleContext.find(person.role(), c) > 0);
            if (general) {
                roles = ctx.picker.pick(List.of(role), generalRoles(person.role()), 3, List.of());
            }
            if (roles.size() >= 2) {
                out.add(Drafts.choice(Skill.PERSON, "Apa jabatan " + person.name() + " menurut berita?",
                        ctx.picker.choices(List.of(role), roles, "role" + person.name()), role, why, evidence,
                        Difficulty.EASY, general || bare(person.role()) || headOfState(person.role()) ? 0.38
                                : roles.size() == 3 ? 0.62 : AgentQuestions.THREE_CHOICES));
            }
        }
        return out;
    }

    /**
     * "Siapa yang menjabat sebagai Sekretaris DPRD?" among the two other officials a short article names: three
     * people the text gives an office are three believable holders, so the question is fit for the draft when the
     * office is written as a title (capitalised in the sentence, not "pasangan ganda campuran X").
     */
    static final double TWO_OTHER_OFFICIALS = 0.55;

    private static boolean writtenAsTitle(String role, Evidence evidence) {
        return evidence.text().contains(role) && Character.isUpperCase(role.codePointAt(0));
    }

    // "Sebagai Kepala Daerah, Nina ...": what the bupati and her deputy both are, no office one of them holds alone.
    private static final java.util.regex.Pattern GENERIC_ROLE = java.util.regex.Pattern.compile(
            "(?iu)kepala\\s+(?:daerah|wilayah)|pejabat(?:\\s+daerah)?|tokoh\\s+masyarakat|pimpinan\\s+daerah");

    /** A role as a choice shows it: "Perdana Menteri (PM)" without the short form in brackets the others lack. */
    static String shown(String role) {
        String bare = role.replaceAll("\\s*\\(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7}\\)", "").strip();
        return bare.isEmpty() ? role : bare;
    }

    // The head of state at home ("Presiden", "Presiden RI", "Wakil Presiden", "Wapres"): who holds the office is
    // what every reader knows, not what the article tells.
    private static final java.util.regex.Pattern HEAD_OF_STATE = java.util.regex.Pattern.compile(
            "(?iu)(?:wakil\\s+)?presiden(?:\\s+(?:ri|republik\\s+indonesia|indonesia))?|wapres(?:\\s+ri)?");

    static boolean headOfState(String role) {
        return role != null && HEAD_OF_STATE.matcher(role.strip()).matches();
    }

    /** "Osaka" or "Babel" read as a person's name: a place or country the article names. */
    private boolean namesPlace(String name) {
        return ctx.analysis.places().stream().anyMatch(p -> p.text().equalsIgnoreCase(name))
                || ArticleContext.countryCode(name) != null;
    }

    // A role is a title of its own words: no pronoun ("Plt-nya"), no clause, no honorific cut off at its end ("Rektor X, Prof").
    // Nor a rank that belongs before the name ("Kapolri Jenderal Tito", "Kapolres AKBP X"); "Direktur Jenderal" and
    // "Konsul Jenderal" are offices.
    private static final java.util.regex.Pattern UNCLEAN_ROLE = java.util.regex.Pattern.compile(
            "(?iu)(?:-?nya\\b|[,;:?!\"“”]|\\b(?:prof|dr|ir|h|hj|drs|kh)\\.?$"
            + "|\\b(?:komjen|irjen|brigjen|letjen|mayjen|kombes|akbp|akp|iptu|ipda|aiptu|kolonel|letkol|mayor|kapten|inf|pol"
            + "|laksda|laksdya|marsda|marsdya)\\.?$|\\b(?:kapolri|wakapolri|kapolda|panglima|kasad|kasal|kasau)\\s+jenderal$)");

    static boolean cleanRole(String role) {
        return !UNCLEAN_ROLE.matcher(role.strip()).find() && role.split("\\s+").length <= 10;
    }

    /** "Menteri Luar Negeri" and "Menteri Luar Negeri RI" name one office; either may be meant by the other. */
    static boolean sameOffice(String a, String b) {
        String x = spelledOut(a.strip().toLowerCase(java.util.Locale.ROOT));
        String y = spelledOut(b.strip().toLowerCase(java.util.Locale.ROOT));
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    // Offices news writes short: "PM Australia" holds the office of "Perdana Menteri".
    private static final java.util.Map<String, String> SHORT_OFFICES = java.util.Map.ofEntries(
            java.util.Map.entry("pm", "perdana menteri"), java.util.Map.entry("wapres", "wakil presiden"),
            java.util.Map.entry("menlu", "menteri luar negeri"), java.util.Map.entry("dubes", "duta besar"),
            java.util.Map.entry("menhan", "menteri pertahanan"), java.util.Map.entry("mendag", "menteri perdagangan"),
            java.util.Map.entry("menkes", "menteri kesehatan"), java.util.Map.entry("menkeu", "menteri keuangan"),
            java.util.Map.entry("sekjen", "sekretaris jenderal"), java.util.Map.entry("dirut", "direktur utama"),
            java.util.Map.entry("wagub", "wakil gubernur"), java.util.Map.entry("wabup", "wakil bupati"));

    private static String spelledOut(String office) {
        int space = office.indexOf(' ');
        String first = space < 0 ? office : office.substring(0, space);
        String full = SHORT_OFFICES.get(first);
        return full == null ? office : full + (space < 0 ? "" : office.substring(space));
    }

    /**
     * A one-word title alone ("Presiden", "Gubernur", "Sultan"): a reader answers it from what everybody knows, and
     * which office is meant the question does not say. It waits in the bank.
     */
    private static boolean bare(String role) {
        for (String w : role.strip().split("\\s+")) {
            if (!TITLE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return !role.strip().contains(" ");
            }
        }
        return true;
    }

    // "Ketua Umum", "Wakil Ketua", "Direktur Utama": a title made of these words alone says of what body no more than
    // "Ketua" does, and "siapa yang menjabat sebagai Ketua Umum?" asks a riddle.
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("ketua", "umum", "wakil", "sekretaris",
            "bendahara", "kepala", "direktur", "utama", "jenderal", "koordinator", "anggota", "pelaksana", "harian", "plt",
            "plt.", "pj", "pj.", "staf", "ahli", "senior", "eksekutif", "pembina", "penasihat", "pengurus", "i", "ii", "iii");

    /** The same country with other titles ("Presiden China": "Wakil Presiden China", "Perdana Menteri China"). */
    private List<String> generalRoles(String role) {
        String country = null;
        String title = role;
        for (String name : ctx.countries.values()) {
            int at = ArticleContext.find(role, name);
            if (at > 0) {
                country = name;
                title = role.substring(0, at).strip();
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : TITLES) {
            if (!t.equalsIgnoreCase(title)) {
                out.add(country == null ? t : t + " " + country);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern HOME = java.util.regex.Pattern.compile("(?u)\\b(?:RI|Indonesia|NKRI)\\b");
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:bertemu|menemui|mitra|mitranya|menerima|diterima|disambut|dengan|bersama)\\b");

    /**
     * Whether the person is of the other side of the story's country, as a host abroad is: the role names a
     * country other than Indonesia ("Perdana Menteri Jepang"), or the person is met ("bertemu ...", "mitranya")
     * where that sentence or the one before names a country other than Indonesia. A role that names Indonesia
     * ("Menteri Pertahanan RI") is at home.
     */
    private boolean abroad(Person person) {
        return abroad.computeIfAbsent(person, this::readAbroad);
    }

    private final java.util.Map<Person, Boolean> abroad = new java.util.IdentityHashMap<>();

    private boolean readAbroad(Person person) {
        String role = person.role() == null ? "" : person.role();
        if (HOME.matcher(role).find()) {
            return false;
        }
        if (namesForeignCountry(role)) {
            return true;
        }
        int sentence = firstBodySentenceWith(person.name());
        if (sentence < 0) {
            return false;
        }
        String text = ctx.text(sentence);
        int at = ArticleContext.find(text, person.name());
        if (at < 0 || !MEETING.matcher(text.substring(0, at)).find()) {
            return false;
        }
        return namesForeignCountry(text) || sentence > 0 && namesForeignCountry(ctx.text(sentence - 1));
    }

    /** Whether a text names a country other than Indonesia, in any of its names ("AS", "Amerika Serikat"). */
    private static boolean namesForeignCountry(String text) {
        String[] words = text.split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int k = i; k < Math.min(words.length, i + 3); k++) {
                name.append(k > i ? " " : "").append(words[k]);
                String code = ArticleContext.countryCode(name.toString());
                if (code != null && !"ID".equals(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int firstBodySentenceWith(String phrase) {
        for (Sentence s : ctx.analysis.sentences()) {
            if (s.isBody() && ArticleContext.find(s.text(), phrase) >= 0) {
                return s.index();
            }
        }
        return -1;
    }
}
