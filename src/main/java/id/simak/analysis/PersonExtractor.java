package id.simak.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people by their role ("Menteri Keuangan Sri Mulyani") or as speakers ("kata Budi"), then follows
 * their short names ("Budi") and pronouns ("ia", "ujarnya") through the text.
 */
public final class PersonExtractor {

    /** Where the text refers to a person: sentence, offset in it, the words used and whom they mean. */
    record Mention(int sentence, int offset, String words, int person) {}

    /** The people of an article and every mention of them in reading order. */
    static final class People {
        final List<String> names = new ArrayList<>();
        final List<String> roles = new ArrayList<>();
        final List<LinkedHashSet<String>> mentionWords = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        private final Map<String, Integer> byName = new HashMap<>();
        private final Map<String, Integer> byNameWord = new HashMap<>();
        private final Map<String, String> nicknamed = new HashMap<>();

        /**
         * Words the name finder reads as the last word of a body or a place somewhere in the text ("Dinas Satpol PP
         * Ciamis", "Festival Budaya Tua Buton"): such a word opening a longer name is the role's region.
         */
        final Set<String> bodyEnds = new java.util.HashSet<>();
        /** The names of schools, hospitals and campuses the text writes, lower case ("al kautsar"). */
        final Set<String> facilityNames = new java.util.HashSet<>();
        /** Names of two or three words the text gives villages and districts ("Kelurahan Cibeber Hilir"), lower case. */
        final Set<String> villageNames = new java.util.HashSet<>();
        /** Dictionary words the text writes in lower case ("hujan"): one of them capitalised alone names no one. */
        final Set<String> commonWords = new java.util.HashSet<>();
        /** Whether a word (lower case) is one of the dictionary's. */
        java.util.function.Predicate<String> knownWord = w -> false;
        /** Long forms the text spells out before a short form ("penerimaan peserta didik baru"), in lower case. */
        final Set<String> longForms = new java.util.HashSet<>();
        /** The country names the reading knows, to tell an office's words from a name ("Designate Resident Malaysia"). */
        private final CountryNames countries;

        People(CountryNames countries) {
            this.countries = countries;
        }

        private static final Pattern FIELD_FOLLOWS = Pattern.compile("(?iu)\\b(?:bidang|bagian|seksi|divisi|subbidang|subbagian|urusan)$");

        /** "Designate Resident Malaysia", "Konsul Jepang": a country among the words is an office's, no one's name. */
        private boolean namesACountry(String name) {
            String[] words = name.split("\\s+");
            if (words.length < 2) {
                return false;
            }
            for (String w : words) {
                // ("Wakil Menteri Investasi dan Hilirisasi RI": the republic's short form closes an office)
                if (w.equals("RI") || w.length() > 3 && Character.isUpperCase(w.codePointAt(0)) && countries.codeOf(w) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideLongForm(String name) {
            String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
            return longForms.stream().anyMatch(f -> !f.equals(lower.strip()) && (" " + f + " ").contains(lower));
        }

        private boolean thingOfTown(String name) {
            String[] w = name.split(" ");
            return w.length == 2 && Gazetteer.isRegencyOrCity(w[1]) && knownWord.test(w[0].toLowerCase(Locale.ROOT))
                    && !PersonNames.isTitle(w[0]) && !PersonNames.isRankOrTitle(w[0]);
        }

        private static final String EACH = "masing-masing ";

        /** Adds a person or a new form of a known one; returns their index, or -1 when the words name no one. */
        int add(String written, String role) {
            // "AKBP Budi Santoso": ranks and titles before the name belong to the role, not to the name.
            String name = String.join(" ", PersonNames.strip(List.of(written.split(" "))));
            // "Dirjen ... Kemlu RI Tri Tharyat" read as "RI Tri Tharyat": the republic's short form closes the office.
            if (name.startsWith("RI ") && name.length() > 3) {
                role = role == null ? null : role + " RI";
                name = name.substring(3).strip();
            }
            // "Delapan duta besar ASEAN, masing-masing Indonesia HE Ambassador Budi": what follows "masing-masing" is each
            // one's own office, after the country it stands for.
            int each = role == null ? -1 : role.indexOf(EACH);
            if (each >= 0 && role.length() > each + EACH.length()) {
                String own = role.substring(each + EACH.length()).strip();
                String first = own.split("\\s+")[0];
                if (own.contains(" ") && countries.codeOf(first) != null) {
                    own = own.substring(first.length()).strip();
                }
                role = own;
            }
            // "Gubernur Kalteng H. Budi": the pilgrim's or doctor's title before the name is no part of the office.
            while (role != null && role.contains(" ") && PersonNames.isPersonalTitle(role.substring(role.lastIndexOf(' ') + 1))) {
                role = role.substring(0, role.lastIndexOf(' ')).strip();
            }
            // "Kepala Dinas Kesehatan, dr. Budi": the comma before the title closed the office.
            if (role != null) {
                role = role.replaceAll("[\\s,;:]+$", "");
            }
            // "Kabid Humas Polda Sukamaju, Kombes Pol M. Budi Santoso": an initial before the name is the name's.
            if (role != null && role.contains(" ") && role.substring(role.lastIndexOf(' ') + 1).matches("\\p{Lu}\\.")) {
                name = role.substring(role.lastIndexOf(' ') + 1) + " " + name;
                role = role.substring(0, role.lastIndexOf(' ')).strip();
            }
            if (PersonNames.cannotBeName(name) || namesACountry(name)
                    // "Wakil Rektor I Bidang Akademik Unsuka": what follows "Bidang" is the field, no one's name
                    || role != null && FIELD_FOLLOWS.matcher(role).find() || role == null && facilityNames.contains(name.toLowerCase(Locale.ROOT))
                    || !name.contains(" ") && FIELDS.contains(name.toLowerCase(Locale.ROOT))
                    // "Plt Diretur": an office's word with a letter left out, no one's name
                    || !name.contains(" ") && slipOfRole(name)
                    // "Reog Ponorogo", "Batik Pekalongan": a thing of a town, named by a word of the language and the town
                    || thingOfTown(name)
                    // "Hujan dengan intensitas tinggi ..." opening a sentence of a text that writes "hujan" elsewhere
                    || role == null && !name.contains(" ") && commonWords.contains(name.toLowerCase(Locale.ROOT))
                    // "Penerimaan Peserta Didik Baru (PPDB)": the tail of a long form is no one's name
                    || role == null && insideLongForm(name)) {
                return -1; // "karyawan Al Kautsar" where the text writes "SMA Al Kautsar": the school, not a person
            }
            // "ditemani Gubernur Jawa Timur dan Pjs Walikota Malang, Wahid Wahyudi": two people's roles joined by "dan";
            // the name goes with the second.
            int joined = role == null ? -1 : role.lastIndexOf(" dan ");
            if (joined > 0) {
                String second = role.substring(joined + 5).strip();
                String firstWord = second.split("\\s+")[0].replaceAll("[.,]", "").toLowerCase(Locale.ROOT);
                if (!second.isEmpty() && (PersonNames.isTitle(firstWord) || ROLES.contains(firstWord))) {
                    role = second;
                }
            }
            // "Kabid ... Dinas Satpol PP Ciamis Budi Rahmat", "Bupati Buton La Bakry": the region closes the role.
            String[] parts = name.split(" ");
            // ("Kapolres Sukamaju AKBP Agung Budi Santoso": after a rank the name starts, whatever the finder read there)
            if (parts.length >= 3 && bodyEnds.contains(parts[0].toLowerCase(Locale.ROOT)) && !afterRank(role)
                    && !INITIAL.matcher(parts[0]).matches()) {
                role = role == null ? null : role + " " + parts[0];
                name = name.substring(parts[0].length() + 1);
            }
            // "Pemain Persewar Andre Dio": the club before the name is the role's.
            int clubEnd = name.indexOf(' ');
            if (clubEnd > 0 && PersonNames.isClub(name.substring(0, clubEnd))) {
                role = (role == null ? "" : role + " ") + name.substring(0, clubEnd);
                name = name.substring(clubEnd + 1);
            }
            // "Mensesneg Pratikno" found whole by the name finder: a one-word role before the name is the role.
            int space = name.indexOf(' ');
            if (space > 0 && ROLES.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
                role = role == null ? name.substring(0, space) : role;
                name = name.substring(space + 1);
            }
            if (PersonNames.cannotBeName(name)) {
                return -1; // what is left once the role is taken off ("Atase Pertahanan RI") names no one
            }
            String key = name.toLowerCase(Locale.ROOT);
            Integer known = byName.get(key);
            if (known == null) {
                known = variantOf(name);
                if (known >= 0) {
                    rename(known, name);
                }
            }
            if ((known == null || known < 0) && role == null && !name.contains(" ")) {
                known = roleShortFormOf(name); // "Gubri" after "Gubernur Riau Syamsuar"
                if (known >= 0) {
                    byName.put(key, known);
                    alias(known, name);
                    mentionWords.get(known).add(name);
                }
            }
            if (known != null && known >= 0) {
                if (roles.get(known) == null && role != null) {
                    roles.set(known, role);
                }
                return known;
            }
            int id = names.size();
            names.add(name);
            roles.add(role);
            mentionWords.add(new LinkedHashSet<>(List.of(name)));
            byName.put(key, id);
            addNameWords(id, name);
            return id;
        }

        private void addNameWords(int id, String name) {
            addPartialNames(id, name);
            for (String word : name.split(" ")) {
                String w = word.toLowerCase(Locale.ROOT);
                // A word two people share (a family name) identifies neither.
                byNameWord.merge(w, id, (a, b) -> a.equals(b) ? a : -1);
            }
        }

        /**
         * The one person this new full name is another form of, or -1: "Retno Marsudi" and "Retno LP Marsudi"
         * (the same first name, one's words inside the other's in order), or a misspelt last name ("Guterres",
         * "Gutteres"). A shared family name alone is not enough ("Joko Widodo", "Iriana Joko Widodo").
         */
        int variantOf(String name) {
            String[] words = name.toLowerCase(Locale.ROOT).split(" ");
            if (words.length == 1) {
                return shortFormOf(words[0]);
            }
            int found = -1;
            for (int p = 0; p < names.size(); p++) {
                String[] other = names.get(p).toLowerCase(Locale.ROOT).split(" ");
                boolean same = other.length == 1
                        ? nicknameOf(other[0], words) || endsWithName(nicknamed.get(other[0]), String.join(" ", words))
                        : other[0].equals(words[0]) && (inOrder(words, other) || inOrder(other, words)
                                || nearlyEqual(words[words.length - 1], other[other.length - 1]))
                        // "Riky Fauziani" for "Riki Fauziani": a first name misspelt by a letter, the rest the same.
                        || words.length == other.length && (nearlyEqual(words[0], other[0]) || oneLetterApart(words[0], other[0]))
                        && String.join(" ", words).substring(words[0].length()).equals(
                                String.join(" ", other).substring(other[0].length()));
                if (same) {
                    if (found >= 0 && found != p) {
                        return -1;
                    }
                    found = p;
                }
            }
            return found;
        }

        /**
         * The one person a single word names: a word of their name ("Retno"), the nickname the text gave them in
         * brackets ("Joko Widodo (Jokowi)"), a nickname made of the starts of their names ("Jokowi"), or their
         * first or last name misspelt by a letter ("Johny").
         */
        private int shortFormOf(String word) {
            Integer byWord = byNameWord.get(word);
            if (byWord != null) {
                return byWord;
            }
            String full = nicknamed.get(word);
            int found = -1;
            for (int p = 0; p < names.size(); p++) {
                String[] other = names.get(p).toLowerCase(Locale.ROOT).split(" ");
                // "Fitri" for "Fitrianti Agustinda": the start of a first name, four letters or more.
                boolean same = other.length > 1 && (nicknameOf(word, other) || endsWithName(full, names.get(p).toLowerCase(Locale.ROOT))
                        || nearlyEqual(word, other[0]) || nearlyEqual(word, other[other.length - 1])
                        || oneLetterApart(word, other[0])
                        || word.length() >= 4 && other[0].length() > word.length() && other[0].startsWith(word))
                        // "kata Prasetya" for "Prasetyadi": a one-word name with its last letters dropped.
                        || other.length == 1 && word.length() >= 6 && other[0].startsWith(word)
                        && other[0].length() - word.length() <= 2;
                if (same) {
                    if (found >= 0 && found != p) {
                        return -1;
                    }
                    found = p;
                }
            }
            return found;
        }

        /** Whether a run of words ("presiden joko widodo") ends with this name ("joko widodo"). */
        private static boolean endsWithName(String run, String name) {
            return run != null && (run.equals(name) || run.endsWith(" " + name));
        }

        /** Records "Nama Lengkap (Panggilan)" before the people are read, whichever form the text uses first. */
        void nickname(String fullName, String nickname) {
            nicknamed.putIfAbsent(nickname.toLowerCase(Locale.ROOT), fullName.toLowerCase(Locale.ROOT));
        }

        /** Keeps the fuller form of a name as the person's name ("Retno LP Marsudi" over "Retno Marsudi"). */
        private void rename(int person, String name) {
            String key = name.toLowerCase(Locale.ROOT);
            byName.putIfAbsent(key, person);
            mentionWords.get(person).add(name);
            if (name.split(" ").length > names.get(person).split(" ").length) {
                names.set(person, name);
                addNameWords(person, name);
            }
        }

        /**
         * The one person whose role this word shortens the way Indonesian news does, from the starts of the role's
         * words in order ("Gubri" for "Gubernur Riau", "Wabup" for "Wakil Bupati", "Kadisdik" for "Kepala Dinas
         * Pendidikan"), or -1.
         */
        int roleShortFormOf(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
                return -1;
            }
            int found = -1;
            for (int p = 0; p < names.size(); p++) {
                String role = roles.get(p);
                if (role != null && shortens(w, role.toLowerCase(Locale.ROOT).split("[\\s,]+"), 0, 0, 0)) {
                    if (found >= 0 && found != p) {
                        return -1;
                    }
                    found = p;
                }
            }
            return found;
        }

        /** Whether {@code w} from {@code at} is made of starts (two letters or more) of role words from {@code k} on. */
        private static boolean shortens(String w, String[] role, int at, int k, int used) {
            if (at == w.length()) {
                return used >= 2;
            }
            for (int r = k; r < role.length; r++) {
                String word = role[r];
                for (int len = Math.min(word.length(), w.length() - at); len >= 2; len--) {
                    if (w.regionMatches(at, word, 0, len) && shortens(w, role, at + len, r + 1, used + 1)) {
                        return true;
                    }
                }
                if (used == 0) {
                    return false; // the short form starts with the role's first word
                }
            }
            return false;
        }

        /** "Ahmad Faizal Rahman" may be called "Ahmad Faizal": the first two words name him too. */
        private void addPartialNames(int id, String name) {
            String[] words = name.split(" ");
            if (words.length >= 3) {
                byNameWord.merge((words[0] + " " + words[1]).toLowerCase(Locale.ROOT), id, (a, b) -> a.equals(b) ? a : -1);
            }
        }

        void alias(int person, String nickname) {
            if (person < 0) {
                return;
            }
            byNameWord.merge(nickname.toLowerCase(Locale.ROOT), person, (a, b) -> a.equals(b) ? a : -1);
        }

        /** The person this full or short name means, or -1. */
        int resolveName(String words) {
            String key = words.toLowerCase(Locale.ROOT).strip();
            Integer id = byName.get(key);
            if (id == null) {
                id = byNameWord.get(key);
            }
            return id != null && id >= 0 ? id : -1;
        }

        /** The person this name, short name or role ("Presiden") means, or -1. */
        int resolve(String words) {
            int byNameOnly = resolveName(words);
            if (byNameOnly >= 0) {
                return byNameOnly;
            }
            // "Walikota" and "Wali Kota" are one office.
            String key = words.toLowerCase(Locale.ROOT).strip().replace("walikota", "wali kota");
            int found = -1;
            for (int p = 0; p < names.size(); p++) {
                String role = roles.get(p);
                if (role != null && role.toLowerCase(Locale.ROOT).replace("walikota", "wali kota").startsWith(key)) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = p;
                }
            }
            return found >= 0 ? found : minister(key);
        }

        /**
         * "kata Menkes" for the one whose role is "Menteri Kesehatan": a minister's short form ("Menkes", "Menlu",
         * "Mendag") whose letters after "men" stand in order in the words of exactly one "Menteri ..." role, the first
         * of them opening a word.
         */
        private int minister(String key) {
            if (!key.matches("men\\p{L}{2,8}") || key.equals("menteri")) {
                return -1;
            }
            String letters = key.substring(3);
            int found = -1;
            for (int p = 0; p < names.size(); p++) {
                String role = roles.get(p) == null ? "" : roles.get(p).toLowerCase(Locale.ROOT);
                if (!role.startsWith("menteri ")) {
                    continue;
                }
                String rest = role.substring("menteri ".length());
                if (inOrderFromAWordStart(letters, rest)) {
                    if (found >= 0 && !names.get(found).equals(names.get(p))) {
                        return -1;
                    }
                    found = p;
                }
            }
            return found;
        }

        private static boolean inOrderFromAWordStart(String letters, String words) {
            for (int start = 0; start < words.length(); start++) {
                if ((start == 0 || words.charAt(start - 1) == ' ') && words.charAt(start) == letters.charAt(0)) {
                    int k = 1;
                    for (int i = start + 1; i < words.length() && k < letters.length(); i++) {
                        if (words.charAt(i) == letters.charAt(k)) {
                            k++;
                        }
                    }
                    if (k == letters.length()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The person mentioned last before this position, for pronouns; -1 when none. */
        int lastBefore(int sentence, int offset) {
            int lo = 0;
            int hi = mentions.size() - 1;
            int best = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Mention m = mentions.get(mid);
                if (m.sentence() < sentence || (m.sentence() == sentence && m.offset() < offset)) {
                    best = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best < 0 ? -1 : mentions.get(best).person();
        }

        Set<String> nameWords() {
            Set<String> words = new java.util.HashSet<>();
            for (String name : names) {
                for (String w : name.split(" ")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return words;
        }

        /**
         * "Karna" and "Suswandi" read as two people while the text also writes "Karna Suswandi": one person, named in
         * full. A one-word name the lexicon reads as a word ("karna", colloquial for "karena") keeps the finder from
         * seeing the whole name where it first stands, so the two halves are joined once every name is read.
         */
        void joinHalves(List<String> texts) {
            for (int p = 0; p < names.size(); p++) {
                for (int q = 0; q < names.size(); q++) {
                    if (p == q || names.get(p).contains(" ") || names.get(q).contains(" ")) {
                        continue;
                    }
                    Pattern whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(names.get(p) + " " + names.get(q))
                            + "(?![\\p{L}])");
                    if (texts.stream().anyMatch(t -> whole.matcher(t).find())) {
                        join(p, q);
                        p = -1; // the indices moved: look again from the start
                        break;
                    }
                }
            }
        }

        /** Makes {@code second} part of {@code first}'s name and forgets it as a person of its own. */
        private void join(int first, int second) {
            String full = names.get(first) + " " + names.get(second);
            names.set(first, full);
            if (roles.get(first) == null) {
                roles.set(first, roles.get(second));
            }
            mentionWords.get(first).add(full);
            mentionWords.get(first).addAll(mentionWords.get(second));
            names.remove(second);
            roles.remove(second);
            mentionWords.remove(second);
            int kept = first > second ? first - 1 : first;
            for (Map<String, Integer> index : List.of(byName, byNameWord)) {
                index.replaceAll((k, v) -> v == second ? kept : v > second ? v - 1 : v);
            }
            byName.put(full.toLowerCase(Locale.ROOT), kept);
        }

        List<Person> persons() {
            List<Person> out = new ArrayList<>();
            for (int p = 0; p < names.size(); p++) {
                out.add(new Person(names.get(p), roles.get(p), List.copyOf(mentionWords.get(p))));
            }
            return namesOutOfRoles(out);
        }
    }

    // A role that ends with a title and a name: "Penjabat Gubernur ... Dr Suganda" before "Pandapotan Pasaribu".
    private static final java.util.regex.Pattern NAME_AFTER_TITLE = java.util.regex.Pattern.compile(
            "\\s+(?:Dr|Drs|Prof|Ir|H|Hj|KH)\\.?\\s+((?:\\p{Lu}\\p{Ll}+\\s*){1,2})$");

    /**
     * "Penjabat Gubernur Dr. Suganda Pandapotan Pasaribu" read as "Pandapotan Pasaribu" with the role "... Dr Suganda":
     * the words after the title open the name, and the person the text calls by them ("Suganda") is the same one.
     */
    static List<Person> namesOutOfRoles(List<Person> people) {
        List<Person> out = new ArrayList<>(people);
        for (int i = 0; i < out.size(); i++) {
            Person p = out.get(i);
            if (p.role() == null) {
                continue;
            }
            Matcher m = NAME_AFTER_TITLE.matcher(p.role());
            if (!m.find()) {
                continue;
            }
            String first = m.group(1).strip();
            String role = p.role().substring(0, m.start()).strip();
            List<String> mentions = new ArrayList<>(List.of(first + " " + p.name()));
            mentions.addAll(p.mentions());
            for (int j = out.size() - 1; j >= 0; j--) {
                Person q = out.get(j);
                if (j != i && q.name().equals(first)) {
                    mentions.addAll(q.mentions());
                    out.remove(j);
                    if (j < i) {
                        i--;
                    }
                }
            }
            out.set(i, new Person(first + " " + p.name(), role.isEmpty() ? null : role,
                    List.copyOf(new java.util.LinkedHashSet<>(mentions))));
        }
        return out;
    }

    // "Kepala Biro Pemerintahan dan Kerja" + "Sama Taufiq Budi Santoso": a role cut inside the second name of an
    // office it joins with "dan".
    // "Dirjen Penyelenggaraan Haji dan" + "Umrah Budi Santoso": a role that ends with the "dan" of an office's name.
    private static final java.util.regex.Pattern ROLE_CUT_AFTER_DAN = java.util.regex.Pattern.compile("\\s(?:dan|serta)(?:\\s+\\p{Lu}\\p{L}*)?$");
    // "Kepala Pusat" + "Fasilitasi Kerja": a unit word that needs its own name after it.
    private static final java.util.regex.Pattern ROLE_ENDS_WITH_UNIT = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:pusat|biro|bidang|bagian|seksi|subbagian|subbidang|balai|unit|divisi|departemen|direktorat)$");
    // "Menteri Koordinator", "Menko": an office that names its field after it.
    private static final java.util.regex.Pattern ROLE_WANTS_FIELD = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:menteri|menteri koordinator|menko|kementerian)$");
    // "Presiden kami": a possessive of the speaker's is no part of the office.
    private static final java.util.regex.Pattern ROLE_POSSESSIVE = java.util.regex.Pattern.compile(
            "(?iu)\\s+(?:kami|kita|saya|kalian|mereka|anda)$");

    /**
     * Mends a role and a name split inside the name of an office: the dictionary words that open the name go back to a
     * role that ends "dan Kerja" ("Sama", "Terpadu Satu Pintu"), as long as two words of the name stay; a "person"
     * of only dictionary words after a unit that wants a name ("Kepala Pusat" + "Fasilitasi Kerja") is no person; and
     * "Presiden kami" is "Presiden". {@code renamed} receives each old name with its new one.
     */
    static List<Person> officeWordsIntoRoles(List<Person> people, Lexicon lexicon, Map<String, String> renamed) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            String role = p.role();
            String name = p.name();
            if (role != null) {
                role = ROLE_POSSESSIVE.matcher(role).replaceFirst("");
                List<String> words = new ArrayList<>(List.of(name.split(" ")));
                if (ROLE_CUT_AFTER_DAN.matcher(role).find()) {
                    StringBuilder moved = new StringBuilder();
                    while (words.size() > 2 && lexicon.knows(words.get(0).toLowerCase(Locale.ROOT))
                            && Character.isUpperCase(words.get(0).codePointAt(0)) && !INITIAL.matcher(words.get(0)).matches()) {
                        moved.append(' ').append(words.remove(0));
                    }
                    role = role + moved;
                } else if (ROLE_WANTS_FIELD.matcher(role).find() && words.size() > 2
                        && lexicon.knows(words.get(0).toLowerCase(Locale.ROOT)) && !INITIAL.matcher(words.get(0)).matches()) {
                    // "Menteri Koordinator" + "Pangan Budi Santoso": the field of the office, a common noun, is no first name.
                    role = role + " " + words.remove(0);
                } else if (ROLE_ENDS_WITH_UNIT.matcher(role).find() && words.stream().allMatch(w -> {
                    String lower = w.toLowerCase(Locale.ROOT);
                    return lexicon.knows(lower) || !lexicon.roots(lower).isEmpty();
                })) {
                    continue;
                }
                // "Menteri Ketenagakerjaan Yassierli": a name opens with no noun built with pe-/ke-/per- and -an; such
                // a word belongs to the office, and what is left is the name, unless it is one common word.
                if (officeNoun(words.get(0), lexicon)) {
                    String office = role + " " + words.remove(0);
                    // ("Atase Pertahanan RI": the country's short form left alone is nobody)
                    if (words.isEmpty() || words.size() == 1 && !p.mentions().contains(words.get(0))
                            && lexicon.knows(words.get(0).toLowerCase(Locale.ROOT)) || PersonNames.cannotBeName(String.join(" ", words))) {
                        continue;
                    }
                    role = office;
                }
                name = String.join(" ", words);
            }
            if (!name.equals(p.name())) {
                renamed.put(p.name(), name);
                List<String> mentions = new ArrayList<>();
                mentions.add(name);
                for (String m : p.mentions()) {
                    if (!m.equals(p.name()) && name.contains(m)) {
                        mentions.add(m);
                    }
                }
                out.add(new Person(name, role, List.copyOf(new java.util.LinkedHashSet<>(mentions))));
            } else {
                out.add(Objects.equals(role, p.role()) ? p : new Person(name, role, p.mentions()));
            }
        }
        return out;
    }

    /** "Pengangkutan", "Kesehatan", "Perhubungan": a noun the dictionary builds from another root with pe-/ke-/per- and -an. */
    /** Whether a role ends with a rank or its corps ("Kapolres Sukamaju AKBP", "Kapolda Irjen Pol"). */
    private static boolean afterRank(String role) {
        if (role == null || role.isBlank()) {
            return false;
        }
        String[] words = role.strip().split("\\s+");
        return PersonNames.isRankOrTitle(words[words.length - 1]) && !PersonNames.isPersonalTitle(words[words.length - 1]);
    }

    static boolean officeNoun(String word, Lexicon lexicon) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.matches("(?:pe|ke)\\p{Ll}{3,}an") || !lexicon.knows(lower)) {
            return false;
        }
        List<String> roots = lexicon.roots(lower);
        return !roots.isEmpty() && !roots.contains(lower);
    }

    // Role words of public life, longest first when matching; general knowledge, not facts of one article.
    private static final Set<String> POINTING_BACK = Set.of("itu", "ini", "tersebut");
    private static final Set<String> NOT_YET_IN_OFFICE = Set.of("pemilihan", "pilpres", "calon", "bakal", "kandidat",
            "capres", "cawapres", "pencalonan");

    static final List<String> ROLES = List.of(
            "wakil presiden", "presiden", "perdana menteri", "wakil perdana menteri", "menteri luar negeri",
            "menteri pertahanan", "menteri keuangan", "menteri perdagangan", "menteri dalam negeri",
            "menteri koordinator", "menteri", "wakil menteri", "juru bicara", "jubir", "sekretaris jenderal",
            "sekjen", "duta besar", "dubes", "gubernur", "wakil gubernur", "wali kota", "walikota", "bupati",
            "ketua umum", "ketua", "wakil ketua", "direktur utama", "direktur jenderal", "direktur", "kepala",
            "raja", "ratu", "pangeran", "kanselir", "panglima", "kapolri", "kapolda", "jenderal", "ketua dpr",
            "pemimpin", "ekonom", "analis", "pengamat", "profesor", "guru besar", "rektor", "dekan", "kepala negara",
            "sultan", "paus", "senator", "anggota dpr", "gubernur bank sentral", "komisaris", "ceo", "chairman",
            "deputi", "sekretaris", "asisten deputi", "asisten", "staf khusus", "camat", "lurah", "kepala desa", "wakil bupati",
            "wakil wali kota", "kapolres", "kapolsek", "komandan", "manajer", "koordinator", "kordinator", "anggota", "peneliti",
            "dosen", "kepala dinas", "kepala badan", "kepala bidang", "plt", "pelaksana tugas", "dirjen", "kadis",
            // who runs a machine or a post: "Budi, Operator Alat Berat di TPA Cibeber, mengatakan"
            "operator", "kanit",
            // short forms news writes before a name: "Menlu AS A", "Wapres B"
            "menlu", "menkeu", "menkes", "mendagri", "menhan", "wapres", "menko", "mendag", "menparekraf",
            "mendikbud", "menpora", "mentan", "menag", "mensos", "kasatreskrim", "kasat", "mensesneg", "menseskab",
            "seskab", "menkumham", "menkominfo", "menaker", "menhub", "menkop", "mendes", "menpupr", "menlhk", "menperin",
            // heads of units: "Kasudin Lingkungan Hidup A" (Kepala Suku Dinas), "Kalak BPBD B" (Kepala Pelaksana)
            "kasudin", "kabid", "kabag", "kasi", "kasie", "kadiv", "dirut", "sekda", "kalak", "kasubag", "kasubbag",
            // heads of villages, prosecutors' offices and commands, and deputies by their short forms
            "perbekel", "kades", "pjs", "pj", "penjabat", "kapolresta", "kapolrestabes", "kajari", "kajati", "danrem", "dandim", "pangdam",
            "wabup", "wagub", "pm",
            // the court and its officers: "JPU Budi", "Hakim Ketua A", "Humas PN Sukamaju B"
            "jpu", "jaksa penuntut umum", "penuntut umum", "jaksa", "hakim", "hakim ketua", "panitera", "humas",
            // an embassy's officers: "Atase Pertahanan RI di Beijing Brigjen A", "Konsul Jenderal B"
            "atase", "konsul jenderal", "konjen", "konsul", "kuasa usaha",
            // English titles some outlets keep: "General Manager bandara, A"
            "general manager", "manager",
            // English titles of diplomats a text keeps ("HE Ambassador X", "Permanent Representative ... Y")
            "ambassador", "he ambassador", "permanent representative", "representative",
            // sport: "oleh atlet A", "tunggal putri B atas C", "pelatih timnas, D"
            "atlet", "pelatih", "pebulu tangkis", "pebulutangkis", "tunggal putra", "tunggal putri", "ganda putra",
            "ganda putri", "ganda campuran", "pelari", "perenang", "petinju", "pesilat", "petenis", "pegolf", "pebalap",
            "lifter", "karateka", "kiper", "penjaga gawang", "pemain");
    /** Whether a word of six letters or more is one letter added, left out or swapped from a one-word office. */
    static boolean slipOfRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 6 || ROLES.contains(w)) {
            return false;
        }
        for (String role : ROLES) {
            if (role.length() >= 6 && !role.contains(" ") && Math.abs(role.length() - w.length()) <= 1 && oneEdit(w, role)) {
                return true;
            }
        }
        return false;
    }

    /** The one-word office ("sekretaris") this word is a slip of ("sekertaris"), or null. */
    private static String slipOfRoleWord(String w) {
        for (String role : ROLES) {
            if (role.length() >= 6 && !role.contains(" ") && Math.abs(role.length() - w.length()) <= 1 && oneEdit(w, role)) {
                return role;
            }
        }
        return null;
    }

    private static boolean oneEdit(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    private static final List<String[]> ROLE_WORDS = ROLES.stream()
            .map(r -> r.split(" ")).sorted((a, b) -> b.length - a.length).toList();
    // Capitalised words that belong to the role ("Menteri Luar Negeri China"), not to the name.
    private static final Set<String> ROLE_QUALIFIERS = Set.of(
            "kementerian", "luar", "negeri", "dalam", "republik", "rakyat", "federasi", "kerajaan", "persatuan",
            "bangsa", "bangsa-bangsa", "uni", "bank", "sentral", "dewan", "keamanan", "negara", "urusan",
            "ekonomi", "keuangan", "pertahanan", "perdagangan", "kabinet", "pusat", "daerah", "provinsi", "kota",
            "umum", "badan", "komisi", "partai", "of", "the", "dan", "sekretariat", "kantor", "staf", "kepresidenan",
            "dinas", "bidang", "perum", "direktorat", "jenderal", "deputi", "kabupaten", "kecamatan", "desa",
            // units of an organisation: "Ketua Asosiasi Cabang Sleman" names a branch, not a person "Cabang"
            "cabang", "wilayah", "divisi", "bagian", "seksi", "unit", "ranting", "perwakilan",
            // "Anggota Parlemen A", "Ketua Senat B": the body a member sits in
            "parlemen", "senat", "kongres", "majelis");
    // Fields of office that are no derived nouns: "Menteri Riset dan Teknologi", "Menko Bidang Politik".
    private static final Set<String> FIELDS = Set.of("ekonomi", "kreatif", "investasi", "riset", "teknologi", "hukum",
            "agama", "sosial", "politik", "budaya", "pariwisata", "maritim", "energi", "informatika", "komunikasi",
            "hidup", "tenaga", "kerja", "transmigrasi", "tertinggal", "reformasi", "birokrasi", "aparatur", "sipil",
            "rakyat", "umum", "olahraga", "pemuda", "agraria", "tata", "ruang", "koordinator", "informasi", "data",
            "humas", "protokol", "hubungan", "internasional", "multilateral", "asia", "pasifik", "afrika", "eropa",
            "amerika", "timur", "tengah", "barat", "utara", "selatan", "raya", "tinggi", "agung", "militer", "udara",
            "darat", "laut", "ham", "narkotika", "lalu", "lintas", "reserse", "kriminal", "khusus", "intelijen",
            "kebijakan", "strategis", "fiskal", "moneter", "statistik", "perdana", "muda", "madya", "utama", "pratama",
            "resor", "sektor", "resort", "metro", "besar", "satuan", "unit", "subdirektorat", "seksi");
    // Words after which a capitalised word is a place ("di Sleman", "Kabupaten Sleman", "warga Gorut"): evidence that the
    // word before a name in "Kepala Dinas Sleman Budi Santoso" belongs to the role.
    private static final Set<String> PLACE_MARKERS = Set.of("di", "ke", "warga", "masyarakat", "kabupaten", "kota", "provinsi", "desa",
            "kecamatan", "kelurahan", "dapil", "se", "dki", "dusun", "kampung", "nagari", "nagori", "gampong");
    // Words that end many place names ("Palangka Raya", "Mamuju Tengah"), read with the word before them.
    private static final Set<String> PLACE_TAILS = Set.of("raya", "utara", "selatan", "barat", "timur", "tengah", "baru",
            "jaya", "darussalam");
    private static final Set<String> CREDIT_WORDS = Set.of("foto", "dok", "ist", "istimewa", "doc", "dokumentasi");
    // The finder's probability for a person on its own, and next to a sign of one (see models/README.md).
    private static final double SURE_PERSON = 0.7;
    private static final double SUPPORTED_PERSON = 0.5;
    // How sure the finder must be that an introduced holder ("Kepala X, Nama, mengatakan") is a body or a place to deny it.
    private static final double SURE_OTHER_KIND = 0.85;
    private static final Pattern NICKNAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,5}) ?\\( ?(\\p{Lu}\\p{Ll}[\\p{L}-]+) ?\\)");
    // "Budi Santoso, yang akrab disapa Pak Bud,": the name the text goes on to call him by, titles off.
    private static final Pattern NICKNAME_SAID = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,4}),? yang (?:(?:lebih |juga )?(?:akrab|biasa|kerap|sering) )?"
                    + "(?:disapa|dipanggil|dengan sapaan|dengan panggilan|disebut) (\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}\\p{Ll}[\\p{L}-]+)?)");
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\(\\s?(\\p{Lu}{3,})\\s?\\)");
    private static final Pattern BRACKETED_NAME = Pattern.compile("\\s?\\(\\s?(\\p{Lu}[\\p{L}-]+)\\s?\\)");
    private static final Pattern AGE_APPOSITION = Pattern.compile(
            "\\s*(?:,\\s*\\d{1,3}\\s+tahun\\s*,|\\s\\(\\d{1,3}\\)\\s*,?|,\\s*(?:berusia|berumur|usia)\\s+\\d{1,3}\\s+tahun\\b)");
    static final Set<String> SPEECH_VERBS = Set.of(
            "kata", "ujar", "ungkap", "tutur", "ucap", "tegas", "jelas", "imbuh", "tambah", "papar", "terang",
            "lanjut", "sebut", "tulis", "pungkas", "kata-nya");
    static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau");
    // Words before a suspect's or a victim's initials: "berinisial SB (32)", "pelaku AY (38)".
    private static final Set<String> INITIAL_CUES = Set.of("inisial", "berinisial", "tersangka", "pelaku", "korban",
            "terdakwa", "saksi", "yakni", "yaitu", "adalah", "antaranya", "bernama", "pria", "wanita", "perempuan",
            "warga", "pemuda", "remaja", "ibu", "bapak", "sopir", "pengemudi");
    static final Pattern INITIALS_AGE = Pattern.compile("\\s?\\(\\s?\\d{1,2}\\s?(?:tahun|th)?\\s?\\)");
    // Words after which a name follows: "korbannya adalah Partini", "seorang bidan bernama Sri".
    // Nouns for a person right before "bernama" ("seorang anak laki-laki bernama Nasrul", "siswa bernama Hendi").
    private static final Set<String> PERSON_NOUNS_BEFORE_NAME = Set.of("anak", "laki-laki", "perempuan", "pria", "wanita",
            "siswa", "siswi", "warga", "korban", "pelaku", "bocah", "balita", "remaja", "petani", "nelayan", "pedagang",
            "guru", "mahasiswa", "mahasiswi", "ibu", "bapak", "kakek", "nenek", "pemuda", "pemudi", "sopir", "pengemudi");
    private static final Set<String> NAMING_WORDS = Set.of("adalah", "yakni", "yaitu", "ialah", "bernama", "bernama,");
    // Verbs of saying after a subject: "Margo Yuwono mengatakan ...".
    private static final Set<String> REPORTING_VERBS = Set.of("mengatakan", "menyatakan", "berkata", "menegaskan",
            "menjelaskan", "mengungkapkan", "menambahkan", "menuturkan", "menyebutkan", "berujar", "menekankan", "menyampaikan");

    private final CountryNames countries;
    private final PlaceExtractor places;
    private final Lexicon lexicon;

    public PersonExtractor(CountryNames countries, Lexicon lexicon) {
        this.countries = countries;
        this.places = new PlaceExtractor(countries);
        this.lexicon = lexicon;
    }

    /** The people of the text by the rules alone, without the models' reading. */
    People extract(List<SentenceSplitter.Span> spans) {
        return extract(spans, spans.stream().map(s -> TaggedSentence.untagged(s.sentence())).toList());
    }

    /** The people of the text; {@code tagged} is each span's sentence as the models read it. */
    People extract(List<SentenceSplitter.Span> spans, List<TaggedSentence> tagged) {
        return extract(spans, tagged, List.of());
    }

    /** The same, knowing the long forms the text spells out, whose words name no one. */
    People extract(List<SentenceSplitter.Span> spans, List<TaggedSentence> tagged, List<Acronym> acronyms) {
        People people = new People(countries);
        people.knownWord = lexicon::knows;
        for (Acronym a : acronyms) {
            if (a.longForm().contains(" ")) {
                people.longForms.add(a.longForm().toLowerCase(Locale.ROOT));
            }
        }
        List<List<Token>> tokenized = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            tokenized.add(Token.names(span.sentence().text()));
        }
        Set<String> placeWords = placeWords(spans, tokenized);
        people.bodyEnds.addAll(bodyAndPlaceEnds(tagged));
        people.facilityNames.addAll(facilityNames(spans, tokenized));
        people.villageNames.addAll(villageNames(spans, tokenized));
        people.commonWords.addAll(commonWords(spans));
        for (SentenceSplitter.Span span : spans) {
            if (span.sentence().isReadable()) {
                findNicknames(people, span.sentence().text());
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            SentenceSplitter.Span span = spans.get(s);
            String text = span.sentence().text();
            List<Token> tokens = tokenized.get(s);
            // A title in capitals ("Presiden Chile Akan Lakukan Kunjungan ...") names no one reliably.
            if (!span.sentence().isReadable()) {
                continue;
            }
            TaggedSentence read = tagged.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                int roleLength = roleAt(tokens, i);
                if (roleLength > 0 && insideFacilityName(text, tokens, i)) {
                    continue; // "Bandara Sultan Hasanuddin": a title inside the name of a place
                }
                if (roleLength > 0) {
                    // "Mantan Wakil Bupati Pekalongan Budi": a former office is the person's role with its "mantan"; without
                    // it a question would give her an office she no longer holds.
                    // ("Mantan Wakil Direktur ...": a deputy's word the office list lacks before it, then the "mantan")
                    int from = i > 1 && tokens.get(i - 1).text().equals("Wakil") && PlaceExtractor.adjacent(text, tokens, i - 1, i)
                            && Person.FORMER.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)) ? i - 1 : i;
                    from = from > 0 && Person.FORMER.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))
                            && PlaceExtractor.adjacent(text, tokens, from - 1, from) ? from - 1 : from;
                    if (!introduceFoundAfterRole(people, text, tokens, from, roleLength + i - from, read, placeWords)) {
                        introduceWithRole(people, text, tokens, from, roleLength + i - from, placeWords, read);
                    }
                } else if (introduceWithAge(people, text, tokens, i) || introduceWithApposition(people, text, tokens, i)
                        || introduceBeforeOffice(people, text, tokens, i) || introduceWithSelaku(people, text, tokens, i)) {
                    continue;
                } else if (SPEECH_VERBS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                    introduceSpeaker(people, text, tokens, i + 1, read);
                } else if (REPORTING_VERBS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                    introduceSubject(people, text, tokens, i, read);
                } else if (tokens.get(i).text().equals("bernama")) {
                    introduceNamed(people, text, tokens, i);
                }
            }
            introduceBeforeDegree(people, text, read);
            introduceFound(people, read, placeWords);
        }
        people.joinHalves(spans.stream().filter(sp -> sp.sentence().isReadable()).map(sp -> sp.sentence().text()).toList());
        for (int s = 0; s < spans.size(); s++) {
            findMentions(people, spans.get(s).sentence(), tokenized.get(s));
        }
        return people;
    }

    /** The dictionary words the readable sentences write in lower case. */
    private Set<String> commonWords(List<SentenceSplitter.Span> spans) {
        Set<String> out = new java.util.HashSet<>();
        for (SentenceSplitter.Span span : spans) {
            if (!span.sentence().isReadable()) {
                continue;
            }
            for (String w : span.sentence().text().split("[^\\p{L}]+")) {
                if (w.length() > 2 && Character.isLowerCase(w.charAt(0)) && !out.contains(w) && lexicon.knows(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * "Kepala Pusat Data, Informasi dan Komunikasi BNPB Agus Wibowo", "Pelatih timnas, Shin Tae-yong,": after a
     * role word, the first person the name finder sees in the same clause is the one the role belongs to, and
     * the words between are the role. Returns whether a person was introduced.
     */
    private boolean introduceFoundAfterRole(People people, String text, List<Token> tokens, int i, int roleLength,
                                            TaggedSentence read, Set<String> placeWords) {
        if (read.names().isEmpty()) {
            return false;
        }
        int from = tokens.get(i + roleLength - 1).end();
        int limit = text.length();
        int lowerWords = 0;
        for (int k = i + roleLength; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String between = text.substring(tokens.get(k - 1).end(), t.start());
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean newRole = (between.contains(",") || lower.equals("dan")) && k + 1 < tokens.size()
                    && (roleAt(tokens, k) > 0 || lower.equals("dan") && roleAt(tokens, k + 1) > 0);
            boolean clauseEnds = newRole || between.chars().anyMatch(c -> "\"“”;:!?".indexOf(c) >= 0)
                    || !t.capitalized() && (++lowerWords > 3 || isVerbLike(lower) || SPEECH_VERBS.contains(lower)
                    || REPORTING_VERBS.contains(lower) || PRONOUNS.contains(lower) || lower.equals("yang")
                    // "Presiden berharap agar program Semaul Undong ...": a verb with ber- or a conjunction ends the
                    // role's clause, and a thing's head word ("program") makes the capitalised run after it a thing.
                    || lower.length() > 5 && lower.startsWith("ber") || CLAUSE_WORDS.contains(lower)
                    || PersonNames.isThingHead(lower));
            if (clauseEnds || k - i > 20) {
                limit = t.start();
                break;
            }
        }
        for (NameFinder.Name n : read.names()) {
            if (n.kind() != NameFinder.Kind.PERSON || n.probability() < SUPPORTED_PERSON || read.end(n) <= from) {
                continue;
            }
            if (read.start(n) >= limit) {
                return false;
            }
            // "Menteri Pendidikan Tinggi, Riset, Ilmu Pengetahuan dan Teknologi Gambia Dr. ...": words of the
            // dictionary between commas and before "dan" and a capital are a field of the office, not a name.
            if (officeField(text, read, n)) {
                continue;
            }
            // Past a comma only an apposed name ("Pelatih timnas, Shin Tae-yong,") or one the finder is sure of.
            String between = text.substring(from, Math.max(from, read.start(n)));
            int comma = between.lastIndexOf(',');
            if (comma >= 0 && !between.substring(comma + 1).isBlank() && n.probability() < SURE_PERSON) {
                return false;
            }
            int first = n.start();
            while (first < n.end() && read.tokens().get(first).start() < from) {
                first++; // the role word itself inside the name ("Gubernur Bali Made ...")
            }
            // The words between the role word and the finder's name must all be the role's: a word that reads as
            // a name ("Ketua DPR Sri Lestari, Rapur ...", "Menteri Perindustrian Agus Budi Santoso") is the
            // start of the name the finder cut short, or of another name the finder missed.
            int nameFrom = read.start(n);
            int runStart = -1;
            boolean stray = false;
            for (int k = i + roleLength; k < tokens.size() && tokens.get(k).start() < nameFrom; k++) {
                Token t = tokens.get(k);
                // "Bupati Klaten Budi Santoso": a regency or a city right after the office closes the role; so does a
                // village the text names ("Lurah Cibeber Hilir Suparno" where it writes "Kelurahan Cibeber Hilir").
                int place = k == i + roleLength ? Math.max(places.placeLength(text, tokens, k), villageAt(people, text, tokens, k)) : 0;
                if (place > 0) {
                    k += place - 1;
                    runStart = -1;
                    continue;
                }
                // "Kapolda Irjen Pol Agung Budi ...": the word right after a rank opens the name, even a common word.
                boolean afterRank = k > i + roleLength && t.capitalized() && !t.allCaps() && !PersonNames.isTitle(t.text())
                        && PersonNames.isRankOrTitle(tokens.get(k - 1).text()) && !PersonNames.isPersonalTitle(tokens.get(k - 1).text());
                if (!afterRank && !nameLike(t, text, placeWords)) {
                    // two name-like words apart from the finder's name are a name it missed ("Sri Lestari, Rapur")
                    stray |= runStart >= 0 && k - runStart >= 2;
                    runStart = -1;
                    continue;
                }
                boolean joined = runStart >= 0 && text.substring(tokens.get(k - 1).end(), t.start()).equals(" ");
                stray |= runStart >= 0 && !joined && k - runStart >= 2;
                runStart = joined ? runStart : k;
            }
            if (runStart >= 0 && !text.substring(tokens.get(runStart).start(), nameFrom).matches("[\\p{L}'’.\\- ]+")) {
                // the run is not next to the name
                int words = text.substring(tokens.get(runStart).start(), nameFrom).split("[\\s,]+").length;
                stray |= words >= 2;
                runStart = -1;
            }
            if (stray) {
                return false;
            }
            if (runStart >= 0) {
                String name = text.substring(tokens.get(runStart).start(), read.end(n));
                String role = text.substring(tokens.get(i).start(), tokens.get(runStart - 1).end()).strip();
                people.add(name, Character.toUpperCase(role.charAt(0)) + role.substring(1));
                return true;
            }
            int nameStart = addFound(people, read, first, n.end(), tokens.get(i).start(), placeWords);
            return nameStart >= 0;
        }
        return false;
    }

    /**
     * People the name finder is sure of, and those it finds less surely next to a sign of a person: a title or
     * role word before, a verb of saying before or after, an age in brackets after.
     */
    private void introduceFound(People people, TaggedSentence read, Set<String> placeWords) {
        for (NameFinder.Name n : read.names()) {
            if (n.kind() != NameFinder.Kind.PERSON || n.probability() < SUPPORTED_PERSON) {
                continue;
            }
            if (n.probability() < SURE_PERSON && !supported(read, n)) {
                continue;
            }
            String name = read.text(n);
            if (insideFacilityName(read.sentence().text(), read.tokens(), n.start())) {
                continue; // "Dermaga Bom Kalianda", "Jalan Sudirman": a place named, perhaps after someone
            }
            if (insideKnownName(people, read, n)) {
                continue; // "Sufmi Dasco Ahmad" was read here already; the finder saw only "Dasco Ahmad"
            }
            if (officeField(read.sentence().text(), read, n)) {
                continue; // "Menteri Pendidikan, Riset, Ilmu Pengetahuan dan Teknologi": a field of an office
            }
            int known = people.resolveName(name);
            if (known >= 0 && !people.names.get(known).equalsIgnoreCase(name) && name.contains(" ")) {
                known = -1; // a fuller form of a known name is still worth adding: add() merges it
            }
            if (known < 0) {
                addFound(people, read, n.start(), n.end(), -1, placeWords);
            }
        }
    }

    private static final Set<String> COMPANIONS = Set.of("istri", "suami", "rombongan", "delegasi", "keluarga", "putri", "putra");

    /** Whether a known person's role ends with this word ("Pj Bupati Inhil" for "Inhil"). */
    private static boolean endsAKnownRole(People people, String word) {
        for (String role : people.roles) {
            if (role != null && role.length() > word.length() && role.endsWith(" " + word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the finder's name is the end of a longer name of a known person written right here. */
    private static boolean insideKnownName(People people, TaggedSentence read, NameFinder.Name n) {
        String text = read.sentence().text();
        int start = read.start(n);
        int end = read.end(n);
        for (String known : people.names) {
            int from = end - known.length();
            if (known.length() > end - start && from >= 0 && text.startsWith(known, from)
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean supported(TaggedSentence read, NameFinder.Name n) {
        List<Token> tokens = read.tokens();
        String text = read.sentence().text();
        if (n.start() > 0) {
            String before = tokens.get(n.start() - 1).text().toLowerCase(Locale.ROOT);
            if (SPEECH_VERBS.contains(before) || PersonNames.isTitle(before) || ROLES.contains(before)
                    || PERSON_NOUNS_BEFORE_NAME.contains(before) || KIN_BEFORE_NAME.contains(before)
                    || AGENT_VERBS.contains(before)) {
                return true;
            }
        }
        if (PersonNames.isTitle(tokens.get(n.start()).text())) {
            return true;
        }
        // "ayah korban Atok Utomo, mengatakan": the models' tokens hold the comma, which stands between name and verb.
        int next = n.end();
        while (next < tokens.size() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next < tokens.size()) {
            String after = tokens.get(next).text().toLowerCase(Locale.ROOT);
            if (REPORTING_VERBS.contains(after) || SPEECH_VERBS.contains(after)) {
                return true;
            }
        }
        return AGE_APPOSITION.matcher(text).region(read.end(n), text.length()).lookingAt()
                || ONE_OF_APPOSITION.matcher(text).region(read.end(n), text.length()).lookingAt();
    }

    // "Suryani, salah seorang pedagang": a name followed by "one of" a kind of people.
    private static final Pattern ONE_OF_APPOSITION = Pattern.compile("(?iu)\\s*,\\s*(?:salah\\s+(?:seorang|satu)|seorang)\\s+\\p{Ll}");
    // The sport words for a player that news writes small before the name.
    private static final Set<String> SPORT_ROLES = Set.of("atlet", "pebulu tangkis", "pebulutangkis", "tunggal putra",
            "tunggal putri", "ganda putra", "ganda putri", "ganda campuran", "pelari", "perenang", "petinju", "pesilat",
            "petenis", "pegolf", "pebalap", "lifter", "karateka", "kiper", "penjaga gawang", "pemain");
    // Kin before a name ("ayah korban Atok", "istri almarhum Siti"): the words before a family member's name.
    private static final Set<String> KIN_BEFORE_NAME = Set.of("ayah", "ayahnya", "ibunya", "istri", "istrinya", "suami",
            "suaminya", "kakak", "kakaknya", "adik", "adiknya", "paman", "bibi", "almarhum", "almarhumah", "mendiang");
    // The doer of a result in sports and contests: "medali emas diraih X", "gol dicetak Y", "oleh Z".
    private static final Set<String> AGENT_VERBS = Set.of("diraih", "diperoleh", "dicetak", "diciptakan", "direbut",
            "dipersembahkan", "disumbangkan", "disabet", "dimenangi", "dimenangkan", "oleh");

    /**
     * Adds the person named by tokens {@code first} to {@code end} of the models' reading, without titles
     * before or degrees after; {@code roleStart} is where a role written before it starts, or -1. Returns the
     * name's offset in the sentence, or -1 when the words name no person after all.
     */
    private int addFound(People people, TaggedSentence read, int first, int end, int roleStart, Set<String> placeWords) {
        List<Token> tokens = read.tokens();
        String text = read.sentence().text();
        while (first < end - 1 && PersonNames.isTitle(tokens.get(first).text())) {
            first++;
        }
        // "Dato' Sri A", "Tan Sri B": "Sri" after a Malay honorific belongs to the honorific, not to the name.
        if (first < end - 1 && PersonNames.isHonorificSri(tokens.get(first).text())
                && PersonNames.endsWithMalayHonorific(text.substring(0, tokens.get(first).start()))) {
            first++;
        }
        // "Ismail Sabri bin Yaakob": a Malay patronymic continues the name.
        while (end + 1 < tokens.size() && PersonNames.isPatronymic(tokens.get(end).text())
                && tokens.get(end + 1).capitalized()
                && text.substring(tokens.get(end - 1).end(), tokens.get(end + 1).start()).isBlank() == false
                && !text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).contains(",")) {
            end += 2;
            while (end < tokens.size() && tokens.get(end).capitalized()
                    && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ")) {
                end++;
            }
        }
        while (end > first + 1 && PersonNames.isDegree(tokens.get(end - 1).text())) {
            end--;
        }
        // "Bupati Klaten Budi Santoso": the finder may read the regency after the office as the name's first word;
        // it closes the role ("Bupati Klaten") instead.
        if (first > 0 && ROLES.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
            int place = places.placeLength(text, tokens, first);
            if (place > 0 && first + place < end) {
                if (roleStart < 0) {
                    roleStart = tokens.get(first - 1).start();
                }
                first += place;
            }
        }
        // "Lurah Cibeber Hilir Suparno" where the text writes "Kelurahan Cibeber Hilir": the finder's name may open inside the
        // village's name, whose end belongs to the role.
        for (int j = Math.max(0, first - 3); j < first; j++) {
            int village = villageAt(people, text, tokens, j);
            if (village > 0 && j + village > first && j + village < end) {
                if (roleStart < 0 && j > 0 && ROLES.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                    roleStart = tokens.get(j - 1).start();
                }
                first = j + village;
                break;
            }
        }
        if (first >= end || PersonNames.isTitle(tokens.get(first).text())) {
            return -1;
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        String name = text.substring(start, stop);
        if (!looksLikeName(read, first, end, placeWords) || isCredit(text, start, stop) || insideFacilityName(text, tokens, first)) {
            return -1;
        }
        // "program Saemaul Undong", "festival Tabuik": a name right after a thing's head word in lower case is the thing's.
        if (first > 0 && !tokens.get(first - 1).capitalized() && PersonNames.isThingHead(tokens.get(first - 1).text())
                && text.substring(tokens.get(first - 1).end(), start).equals(" ")) {
            return -1;
        }
        String role = null;
        if (roleStart >= 0 && roleStart < start) {
            role = PersonNames.withoutHonorifics(text.substring(roleStart, start).strip());
            while (!role.isEmpty() && ",(-–—".indexOf(role.charAt(role.length() - 1)) >= 0) {
                role = role.substring(0, role.length() - 1).strip();
            }
            role = role.isEmpty() ? null : Character.toUpperCase(role.charAt(0)) + role.substring(1);
        }
        int person = people.add(name, role);
        aliasInBrackets(people, person, text, stop);
        return start;
    }

    /** How many tokens from here spell a village or district name the text gives, or 0. */
    private static int villageAt(People people, String text, List<Token> tokens, int k) {
        for (int len = Math.min(4, tokens.size() - k); len >= 2; len--) {
            if (PlaceExtractor.adjacent(text, tokens, k, k + len - 1)
                    && people.villageNames.contains(text.substring(tokens.get(k).start(), tokens.get(k + len - 1).end()).toLowerCase(Locale.ROOT))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the finder's words can be a person's name: capitalised, not a thing's head, not a place. */
    private boolean looksLikeName(TaggedSentence read, int first, int end, Set<String> placeWords) {
        String whole = read.sentence().text().substring(read.tokens().get(first).start(), read.tokens().get(end - 1).end());
        if (countries.codeOf(whole) != null || commonWords(whole) || ROLES.contains(whole.toLowerCase(Locale.ROOT))
                || namedAfterSomeone(read.tokens().get(first).text())) {
            return false; // "General Manager": a role alone names no one; "Benteng Fort De Kock" is a place
        }
        for (int k = first; k < end; k++) {
            String w = read.tokens().get(k).text();
            String lower = w.toLowerCase(Locale.ROOT);
            // "The Field Of Trade": English small words make a title, not a name
            if (ENGLISH_SMALL_WORDS.contains(lower) && end - first > 1) {
                return false;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) && k == first
                    || PersonNames.isThingHead(w) || PlaceExtractor.isOrganisationWord(w) || PersonNames.isBodyShortForm(w)
                    || ROLE_QUALIFIERS.contains(lower) && k == first
                    || countries.codeOf(w) != null || places.opensPlace(w) && k == first
                    || w.length() > 1 && allCaps(w) && end - first == 1
                    // "Dapil Kalteng": no name ends with a word the text uses as a place either
                    || placeWords.contains(lower) && (k == first || k == end - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCaps(String w) {
        return new Token(w, 0, w.length()).allCaps();
    }

    /**
     * A photo or text credit ("ANTARA/Nama Fotografer", "Foto: Nama"), not a person of the story; two names
     * joined by a slash are a pair of players ("Agatha/Siti").
     */
    private static boolean isCredit(String text, int start, int end) {
        String before = text.substring(0, start).stripTrailing();
        String after = text.substring(end).stripLeading();
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        if (lowerBefore.endsWith("foto:") || lowerBefore.endsWith("foto") || lowerBefore.endsWith("photo:")
                || lowerBefore.endsWith("dok:") || lowerBefore.endsWith("sumber:")) {
            return true;
        }
        if (before.endsWith("/")) {
            String word = lastWord(before.substring(0, before.length() - 1));
            return allCaps(word) || CREDIT_WORDS.contains(word.toLowerCase(Locale.ROOT));
        }
        if (after.startsWith("/")) {
            String word = after.substring(1).strip().split("[^\\p{L}]", 2)[0];
            return allCaps(word) || CREDIT_WORDS.contains(word.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** "Presiden Joko Widodo (Jokowi)", "yang akrab disapa Jokowi": how the text will call a person later. */
    private static void findNicknames(People people, String text) {
        Matcher m = NICKNAME.matcher(text);
        while (m.find()) {
            List<String> name = PersonNames.strip(List.of(m.group(1).split(" ")));
            if (name.size() >= 2 && name.size() <= 4) {
                people.nickname(String.join(" ", name), m.group(2));
            }
        }
        Matcher said = NICKNAME_SAID.matcher(text);
        while (said.find()) {
            List<String> name = PersonNames.strip(List.of(said.group(1).split(" ")));
            List<String> nick = PersonNames.strip(List.of(said.group(2).split(" ")));
            // ("Kang Didin", "Gus Budi": a word of address before the nickname; the text goes on with the last word)
            String called = nick.isEmpty() ? "" : nick.get(nick.size() - 1);
            if (!name.isEmpty() && name.size() <= 4 && !called.isEmpty() && !name.contains(called)) {
                people.nickname(String.join(" ", name), called);
            }
        }
    }

    /** "Presiden Joko Widodo (Jokowi)": the name in brackets is how the text calls him later. */
    private static void aliasInBrackets(People people, int person, String text, int nameEnd) {
        java.util.regex.Matcher m = BRACKETED_NAME.matcher(text).region(nameEnd, text.length());
        if (m.lookingAt()) {
            people.alias(person, m.group(1));
        }
    }

    /**
     * Whether the models read a rule's candidate name as something else: the finder calls those words an
     * organisation or a place, a word heads a thing's name, or every word is a common word of the dictionary
     * that the finder does not call a person ("Pelayanan Publik").
     */
    private boolean deniedByModels(TaggedSentence read, int start, int end, String name) {
        return deniedByModels(read, start, end, name, false);
    }

    private boolean deniedByModels(TaggedSentence read, int start, int end, String name, boolean afterClosedRole) {
        return deniedByModels(read, start, end, name, afterClosedRole, SUPPORTED_PERSON);
    }

    /** As above, with how sure the finder must be of another kind to deny the name ({@code otherKindSure}). */
    private boolean deniedByModels(TaggedSentence read, int start, int end, String name, boolean afterClosedRole,
                                   double otherKindSure) {
        if (read.tokens().isEmpty()) {
            return false;
        }
        boolean person = false;
        for (NameFinder.Name n : read.names()) {
            if (read.start(n) < end && read.end(n) > start) {
                // "DPR RI Puan Maharani" as one organisation: the finder joined a body and the name after it.
                if (n.kind() != NameFinder.Kind.PERSON && n.probability() >= otherKindSure && read.start(n) >= start) {
                    return true;
                }
                person |= n.kind() == NameFinder.Kind.PERSON;
            }
        }
        boolean allCommon = true;
        String[] words = name.split("[ -]");
        // Only the head word makes a thing of a name ("Gang Mawar", but "Qin Gang" is a person).
        if (PersonNames.isThingHead(words[0])) {
            return true;
        }
        for (String w : words) {
            allCommon &= lexicon.knows(w.toLowerCase(Locale.ROOT)) || allCaps(w);
        }
        return allCommon && !person && !afterClosedRole;
    }

    /**
     * Whether every word is a dictionary word and one of them is built with affixes ("Budi Daya Pertanian
     * Berkelanjutan"): the name of a programme or a thing in title case, not a person.
     */
    private static final Pattern FIELD_GOES_ON = Pattern.compile("^(?:,\\s*|\\s+dan\\s+|\\s*&\\s*)\\p{Lu}");

    /**
     * Whether the finder's name is one of the capitalised fields an office lists: dictionary words after a comma, more
     * fields after it, and an office's word opening the run ("Menteri Pendidikan Tinggi, Riset, Ilmu Pengetahuan dan
     * ..."), not a list of people ("La Ane, La Haji, La Muda dan ...").
     */
    private boolean officeField(String text, TaggedSentence read, NameFinder.Name n) {
        String name = text.substring(read.start(n), read.end(n));
        String before = text.substring(0, read.start(n)).stripTrailing();
        if (!before.endsWith(",") || !FIELD_GOES_ON.matcher(text.substring(read.end(n))).find()
                || !java.util.Arrays.stream(name.split("[ -]")).allMatch(w -> lexicon.knows(w.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        List<Token> tokens = read.tokens();
        for (int k = n.start() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String between = k + 1 < tokens.size() ? text.substring(t.end(), tokens.get(k + 1).start()) : "";
            if (!between.equals(" ") && !between.equals(", ") && !between.isEmpty()) {
                return false;
            }
            if (roleAt(tokens, k) > 0) {
                return true;
            }
            if (!t.capitalized() && !t.text().equals("dan") && !t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private boolean commonWords(String name) {
        boolean derived = false;
        for (String w : name.split("[ -]")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!lexicon.knows(lower)) {
                return false;
            }
            derived |= lexicon.roots(lower).stream().anyMatch(r -> !r.equals(lower) && VocabularyExtractor.rebuilds(r, lower));
        }
        return derived;
    }

    /** Adds a rule's candidate without titles before it ("Menlu Retno" is Retno), unless the models deny it. */
    private void addStripped(People people, String text, int start, int end, String role, TaggedSentence read) {
        List<String> words = List.of(text.substring(start, end).split(" "));
        if (words.stream().allMatch(PersonNames::isTitle)) {
            return; // "tegas Letkol Kav. Budi ...": a rank and its corps name no one
        }
        List<String> name = PersonNames.strip(words);
        String joined = String.join(" ", name);
        int nameStart = end - joined.length();
        if (deniedByModels(read, nameStart, end, joined) || ROLES.contains(joined.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (name.size() == 1 && people.resolveName(joined) >= 0) {
            return; // "Menlu Retno": a short name of someone already known
        }
        String title = text.substring(start, nameStart).strip();
        people.add(joined, role != null ? role : title.isEmpty() ? null : title);
    }

    // The role words by their first word, in their order: a token is compared with the roles it can open only.
    private static final java.util.Map<String, List<String[]>> ROLES_BY_FIRST_WORD = ROLE_WORDS.stream()
            .collect(java.util.stream.Collectors.groupingBy(r -> r[0].toLowerCase(Locale.ROOT), java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.toList()));

    private int roleAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return 0;
        }
        // "pemenang Pemilihan Presiden AS John Miller", "calon Gubernur ...": an election or a candidacy for the
        // office, not the office the person holds.
        if (i > 0 && NOT_YET_IN_OFFICE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        List<String[]> starting = ROLES_BY_FIRST_WORD.get(first);
        if (starting == null) {
            // "Sekertaris Dinas ...": an office's first word written with two letters swapped, or one added or left out,
            // in capitals and no word of the dictionary, is the office.
            String meant = tokens.get(i).capitalized() && first.length() >= 6 && !lexicon.knows(first) ? slipOfRoleWord(first) : null;
            starting = meant == null ? List.of() : ROLES_BY_FIRST_WORD.getOrDefault(meant, List.of());
        }
        for (String[] role : starting) {
            if (i + role.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < role.length && match; k++) {
                match = tokens.get(i + k).text().equalsIgnoreCase(role[k]);
            }
            if (match) {
                return role.length;
            }
        }
        return 0;
    }

    /**
     * "Kepala Dinas Kesehatan Provinsi Jawa Barat Ratna Puspitasari": after the role word, the capitalised run
     * holds the rest of the role (bodies, places, acronyms, common words) and then the name; the name keeps at
     * least its last two words.
     */
    private void introduceWithRole(People people, String text, List<Token> tokens, int i, int roleLength,
                                   Set<String> placeWords, TaggedSentence read) {
        int end = i + roleLength;
        while (end < tokens.size() && end - i < 16 && joinsRoleRun(text, tokens, end)) {
            end++;
        }
        // Drop a trailing "dan"/"of" that joined nothing.
        while (end > i + roleLength && !tokens.get(end - 1).capitalized()) {
            end--;
        }
        // "Presiden Afrika Selatan Budi Santoso dan Istri": the one who came with him closes the name.
        if (end - 2 > i + roleLength && tokens.get(end - 2).text().equals("dan")
                && COMPANIONS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            end -= 2;
        }
        int j = i + roleLength;
        // After a place or an acronym the role is complete ("Menteri Koperasi dan UKM Arif ..."): from there
        // only more places, acronyms and body words belong to it, not common words that may be names.
        boolean closed = false;
        while (j < end) {
            int place = places.placeLength(text, tokens, j);
            int village = villageAt(people, text, tokens, j);
            if (village > place && j + village <= end) {
                place = village; // "Lurah Cibeber Hilir Suparno": the text says "Kelurahan Cibeber Hilir" elsewhere
            }
            if (place == 0 && end - j > 1 && placeWords.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                place = 1; // "Kepala Dinas Sleman Budi Santoso": the text says "di Sleman" elsewhere
            }
            if (place > 0 && j + place <= end) {
                j += place;
                closed = true;
                continue;
            }
            Token t = tokens.get(j);
            // "Perdana Menteri Jepang SUGA Yoshihide": a family name in capitals before one given name closes the
            // run, and is no acronym of the role.
            if (end - j == 2 && t.allCaps() && !tokens.get(j + 1).allCaps()
                    && familyNameInCapitals(t.text())) {
                break;
            }
            boolean bracketed = t.start() > 0 && text.charAt(t.start() - 1) == '(';
            // "Kepala SMKN 2 Rangkasbitung Mukmin": a body in capitals and its number are followed by their town.
            boolean townOfNumbered = j >= 2 && end - j >= 2 && tokens.get(j - 2).allCaps()
                    && tokens.get(j - 1).text().matches("\\d{1,3}");
            boolean roleWord = !t.capitalized() || t.allCaps() || bracketed || townOfNumbered || qualifiesRole(t)
                    || roleAt(tokens, j) > 0
                    || !closed && end - j > 2 && lexicon.knows(t.text().toLowerCase(Locale.ROOT));
            if (!roleWord) {
                break;
            }
            closed |= t.allCaps() || bracketed;
            j++;
        }
        if (j >= end || !Character.isLetter(tokens.get(j).text().charAt(0))) {
            introduceByApposition(people, text, tokens, i, end, read); // "Ekonom Universitas X, Nama Orang, menilai"
            return; // "Presiden" alone, or a role without a name
        }
        // "mantan pelatih Timnas Putri itu": a role the demonstrative closes points back to someone named before; its
        // last capitalised word is the role's ("Putri"), not a name.
        if (end < tokens.size() && end - j == 1 && POINTING_BACK.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ")) {
            return;
        }
        // "Kepala Dinas Perdagangan Sleman, Budi Santoso, menilai": a run that holds an organisation's words and
        // is followed by an apposed name is all role.
        boolean bodyWords = false;
        for (int k = i + roleLength; k < end && !bodyWords; k++) {
            bodyWords = tokens.get(k).allCaps() || PlaceExtractor.isOrganisationWord(tokens.get(k).text())
                    || ROLE_QUALIFIERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        if (bodyWords && introduceByApposition(people, text, tokens, i, end, read)) {
            return;
        }
        int nameStart = Math.max(j, end - 3);
        // "Kapolres Kapuas Hulu AKBP Hendrawan": a rank or a title inside the run ends the role; the name follows it.
        for (int k = end - 2; k >= nameStart; k--) {
            if (PersonNames.isRankOrTitle(tokens.get(k).text())) {
                nameStart = k + 1;
                break;
            }
        }
        // "Kapolda Sukamaju Irjen Pol Agung Budi Santoso": a name of four words after a rank starts right after it.
        if (nameStart - 2 >= j && end - nameStart == 3 && tokens.get(nameStart - 1).capitalized() && !tokens.get(nameStart - 1).allCaps()
                && !PersonNames.isTitle(tokens.get(nameStart - 1).text())
                && PersonNames.isRankOrTitle(tokens.get(nameStart - 2).text()) && !PersonNames.isPersonalTitle(tokens.get(nameStart - 2).text())
                && PlaceExtractor.adjacent(text, tokens, nameStart - 1, nameStart)) {
            nameStart--;
        }
        // "Perdana Menteri (PM) Timor Leste Kay Rala Xanana Gusmao": after a role closed by a country, a place or an
        // acronym, four words that all read as a name are one name.
        if (closed && end - j == 4 && java.util.stream.IntStream.range(j, end)
                .allMatch(k -> nameLike(tokens.get(k), text, placeWords) && !lexicon.knows(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            nameStart = j;
        }
        // "Pj Bupati Inhil H. Suparno": a personal title inside the last words opens the name; the words before it are
        // the role's.
        for (int k = nameStart + 1; k < end - 1; k++) {
            if (PersonNames.isPersonalTitle(tokens.get(k).text()) && !tokens.get(k - 1).allCaps()) {
                nameStart = k;
                break;
            }
        }
        // A word the text uses as a place ("di Sleman") or a body's short form ("Kemenkes") before the name belongs
        // to the role.
        while (end - nameStart > 1 && (placeWords.contains(tokens.get(nameStart).text().toLowerCase(Locale.ROOT))
                || PersonNames.isBodyShortForm(tokens.get(nameStart).text()))) {
            nameStart++;
        }
        if (PersonNames.isBodyShortForm(tokens.get(end - 1).text())) {
            introduceByApposition(people, text, tokens, i, end, read); // "Dirjen ... Zoonosis Kemenkes, Nama, ..."
            return;
        }
        if (end - nameStart == 1 && j == i + roleLength && people.resolveName(tokens.get(nameStart).text()) >= 0) {
            return; // a short name of someone already known
        }
        // "Kepala Seksi Penyelenggara Haji dan Umroh pada Kantor ..., Hasim": one word after "dan" is the second field of
        // the office, and the name, if any, is apposed.
        if (end - nameStart == 1 && nameStart - 1 > i && tokens.get(nameStart - 1).text().equals("dan")
                && end < tokens.size() && !tokens.get(end).capitalized()) {
            introduceByApposition(people, text, tokens, i, end, read);
            return;
        }
        // "pj. Bupati Inhil, H. Herman mengatakan" after "Pj Bupati Inhil H. Herman": the one word is the end of a role the
        // text gave someone already, the name is apposed.
        if (end - nameStart == 1 && endsAKnownRole(people, tokens.get(nameStart).text())) {
            introduceByApposition(people, text, tokens, i, end, read);
            return;
        }
        // "Anggota DPR RI Dapil Kalteng": a name does not end with a word the text uses as a place.
        if (placeWords.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            // "Kepala Lapan, Thomas Djamaluddin": the one word after the role is a body or a place the text names
            // elsewhere, so the role is whole and the name, if any, is apposed.
            introduceByApposition(people, text, tokens, i, end, read);
            return;
        }
        if (HOSPITALS.contains(tokens.get(nameStart - 1).text().toLowerCase(Locale.ROOT))) {
            return; // "seluruh Direktur RS Hasan Sadikin": the words after a hospital's short form name the hospital
        }
        int lastOfRole = nameStart - 1;
        // "Kepala SMAN 1 Sukamaju Dr. Dian ...", "Gubernur Maluku Ir. Said ...": an academic or polite title before
        // the name is the person's, not the role's (a rank stays the role's: "Kapolres Serang AKBP").
        while (lastOfRole > i && PersonNames.isPersonalTitle(tokens.get(lastOfRole).text())) {
            lastOfRole--;
        }
        int roleEnd = tokens.get(lastOfRole).end();
        if (roleEnd < text.length() && text.charAt(roleEnd) == ')') {
            roleEnd++; // "... Nasional (Bapanas)"
        }
        String role = text.substring(tokens.get(i).start(), roleEnd);
        String name = text.substring(tokens.get(nameStart).start(), tokens.get(end - 1).end());
        // Right after a role closed by a country, a place or an acronym ("Ketua DPR RI A B"), words that are also
        // dictionary words ("Puan", "Maharani") are still a name.
        // "oleh atlet Gifty Virgio Reagusta": after a sport's word for a player, written small, words the dictionary
        // does not know are a name even where the finder reads a club.
        boolean player = SPORT_ROLES.contains(text.substring(tokens.get(i).start(), tokens.get(i + roleLength - 1).end()))
                && nameStart == i + roleLength && end - nameStart >= 2 && java.util.stream.IntStream.range(nameStart, end)
                .noneMatch(k -> tokens.get(k).allCaps() || lexicon.knows(tokens.get(k).text().toLowerCase(Locale.ROOT)));
        if (!player && deniedByModels(read, tokens.get(nameStart).start(), tokens.get(end - 1).end(), name, closed && nameStart == j)) {
            introduceByApposition(people, text, tokens, i, end, read); // "Kapolsek Medan Area, Kompol Budi, ..."
            return;
        }
        // "Presiden dan Ibu Iriana": a role that ends in "dan" before the title is another person's; she has none here.
        String ownRole = role.matches("(?s).*\\s(?:dan|serta|&)$") ? null : Character.toUpperCase(role.charAt(0)) + role.substring(1);
        int person = people.add(name, ownRole);
        // "Presiden Joko Widodo (Jokowi)": the name in brackets is how the text calls him later.
        if (end < tokens.size() && tokens.get(end).capitalized()
                && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" (")
                && text.startsWith(")", tokens.get(end).end())) {
            people.alias(person, tokens.get(end).text());
        }
    }

    /**
     * Whether a word in capitals reads as a family name written the East Asian way rather than an acronym: four
     * letters or more, not a dictionary word, and spoken as syllables (every consonant but a closing one before
     * a vowel, "h" and "n" aside), as "SUGA", "KISHI" and "MOTEGI" are and "BKSDA" and "PBNU" are not.
     */
    private boolean familyNameInCapitals(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4 || !w.chars().allMatch(Character::isLetter) || lexicon.knows(w)) {
            return false;
        }
        int vowels = 0;
        for (int k = 0; k < w.length(); k++) {
            boolean vowel = "aeiou".indexOf(w.charAt(k)) >= 0;
            vowels += vowel ? 1 : 0;
            boolean nextVowel = k + 1 < w.length() && "aeiou".indexOf(w.charAt(k + 1)) >= 0;
            if (!vowel && k + 1 < w.length() && !nextVowel && w.charAt(k + 1) != 'h' && w.charAt(k) != 'n') {
                return false;
            }
        }
        return vowels >= 2 && "aeiou".indexOf(w.charAt(0)) < 0;
    }

    private static final Pattern OFFICE_HOLDER_END = Pattern.compile("(?iu)\\s*,|\\s+(?:di|ke|pada|saat|ketika|dalam|beserta"
            + "|bersama|didampingi|yang)\\b");

    /** Whether the role's words from {@code from} to {@code to} name a country ("Presiden Turki", "Menlu Papua Nugini"). */
    private boolean namesCountry(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (countries.codeOf(tokens.get(k).text()) != null
                    || k + 1 < to && countries.codeOf(tokens.get(k).text() + " " + tokens.get(k + 1).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dosen ekonomi Universitas Gadjah Mada, Budi Santoso, mengatakan": a role that names nobody, then a
     * comma, then a name of one to three capitalised words closed by a comma or a verb of saying.
     */
    private static final Set<String> ENGLISH_SMALL_WORDS = Set.of("of", "the", "for", "and", "in", "on", "to", "with");
    private static final Set<String> LIST_OPENERS = Set.of("antara", "yakni", "yaitu", "seperti", "termasuk", "adalah", "ialah");

    // A first initial ("M." of "M. Budi Santoso"): the name's, never a field of the office before it.
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    /** A capital letter alone, as a middle initial is written ("D" of "Kosmas D. Lana"). */
    private static boolean initial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static final Pattern SAID_WHERE_OR_WHEN = Pattern.compile(
            "(?iu)\\s+(?:saat|ketika|usai|seusai|selepas|kepada|kpd|di|dalam|melalui|via|lewat)\\s");

    // How many words an office may run before the comma of its apposed name ("Kepala Seksi Haji dan Umroh pada Kantor
    // Kemenag Kabupaten Tangerang, Hasim").
    private static final int APPOSITION_REACH = 14;

    private boolean introduceByApposition(People people, String text, List<Token> tokens, int roleStart, int runEnd,
                                          TaggedSentence read) {
        int comma = -1;
        for (int k = Math.max(roleStart + 1, runEnd); k < tokens.size() && k - roleStart <= APPOSITION_REACH; k++) {
            String between = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (between.contains(",")) {
                comma = between.strip().equals(",") ? k : -1;
                break;
            }
            if (!between.isBlank() && !between.equals("-") && !between.equals(" (") && !between.equals(") ")) {
                return false;
            }
            if (isVerbLike(tokens.get(k).text())) {
                return false; // "Menteri itu mengatakan, ...": a clause, not a descriptor
            }
            if (LIST_OPENERS.contains(tokens.get(k).text())) {
                return false; // "Bupati antara lain Asisten ..., A": a list of others' offices follows
            }
        }
        if (comma < 0) {
            return false;
        }
        // "Kabid Humas Polda Maluku, Kombes Pol M. Budi Santoso, Senin": ranks and titles after the comma stand
        // between the office and the name.
        int officeEnd = comma;
        while (comma + 1 < tokens.size() && comma - roleStart <= 12 && PersonNames.isRankOrTitle(tokens.get(comma).text())
                && tokens.get(comma).capitalized() && tokens.get(comma + 1).capitalized()) {
            comma++;
        }
        int end = comma;
        // "Kosmas D. Lana": a middle initial with its stop is part of the name.
        while (end < tokens.size() && end - comma < 4 && tokens.get(end).capitalized()
                && (!tokens.get(end).allCaps() || initial(tokens.get(end)) && (end > comma || end + 1 < tokens.size()
                        && text.substring(tokens.get(end).end(), tokens.get(end + 1).start()).equals(". ")))
                && Character.isLetter(tokens.get(end).text().charAt(0)) && roleAt(tokens, end) == 0
                && !places.opensPlace(tokens.get(end).text())
                && !IndonesianCalendar.isCalendarWord(tokens.get(end).text())
                && (end == comma || PlaceExtractor.adjacent(text, tokens, end - 1, end)
                        || initial(tokens.get(end - 1)) && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(". "))) {
            end++;
        }
        if (end > comma && initial(tokens.get(end - 1))) {
            end--; // a name does not end with an initial
        }
        if (end == comma) {
            return false;
        }
        String after = text.substring(tokens.get(end - 1).end());
        // Closed by a verb, with or without a comma: "..., Dewi Lestari, menilai", "..., Budi mengatakan". A
        // comma and "dan" would make it a list of names instead.
        String next = end < tokens.size() ? tokens.get(end).text().toLowerCase(Locale.ROOT) : "";
        boolean verb = REPORTING_VERBS.contains(next) || SPEECH_VERBS.contains(next) || isVerbLike(next);
        boolean closed = verb && (after.startsWith(",") || after.startsWith(" "));
        // "Presiden Turki, Recep Tayyip Erdogan, di Istana ...", "Menlu Papua Nugini, Rimbink Pato di ...": an office
        // of a country names a holder of two or three words, closed by a comma or by where and when he is.
        closed |= end - comma >= 2 && namesCountry(tokens, roleStart, comma) && OFFICE_HOLDER_END.matcher(after).lookingAt();
        // '," ujar Ketua ABMI, Juwari.': after a verb of saying, a name that closes the sentence or its clause.
        // ('," tutur Kepala Seksi ..., Hasim saat dikonfirmasi.': or where and when it was said)
        closed |= roleStart > 0 && SPEECH_VERBS.contains(tokens.get(roleStart - 1).text().toLowerCase(Locale.ROOT))
                && (after.matches("(?s)\\s*(?:[.;]|,\\s*(?:\\p{Lu}|\\d)).*") || SAID_WHERE_OR_WHEN.matcher(after).lookingAt());
        // "Asisten ... Sekda Provinsi NTT, Kosmas D. Lana, Kepala Dinas Kesehatan NTT, Domi M. Mere, ...": in a row of
        // offices and holders, the next office (or "dan" and an office) closes the name.
        if (!closed && after.startsWith(",") && end < tokens.size()) {
            int nextRole = tokens.get(end).text().equalsIgnoreCase("dan") || tokens.get(end).text().equalsIgnoreCase("serta")
                    ? end + 1 : end;
            closed = nextRole < tokens.size() && roleAt(tokens, nextRole) > 0 && tokens.get(nextRole).capitalized();
        }
        if (!closed) {
            return false;
        }
        String role = text.substring(tokens.get(roleStart).start(), tokens.get(officeEnd - 1).end());
        if (role.endsWith(")") || text.startsWith(")", tokens.get(officeEnd - 1).end())) {
            role = text.substring(tokens.get(roleStart).start(), tokens.get(officeEnd - 1).end() + 1);
        }
        String name = text.substring(tokens.get(comma).start(), tokens.get(end - 1).end());
        // A middle initial ("Domi M. Mere") is written in people's names only, whatever words the rest may be.
        boolean initialInside = name.matches("(?s).*\\s\\p{Lu}\\.\\s.*");
        // "Kepala BPBD Kabupaten Madiun, Arik Krisdiananto, mengatakan": an office, its holder set off by commas and a verb
        // of saying is the shape of a person's introduction; the finder must be sure of another kind to deny it.
        // So is '," kata Kepala DPMPTSP Kabupaten Madiun, Arik Krisdiananto, Rabu ...'.
        boolean saidBefore = roleStart > 0 && SPEECH_VERBS.contains(tokens.get(roleStart - 1).text().toLowerCase(Locale.ROOT));
        boolean introduced = (verb && after.startsWith(",") || saidBefore && after.matches("(?s)\\s*(?:[.;]|,\\s*(?:\\p{Lu}|\\d)).*"))
                && end - comma >= 2;
        if (end - comma == 1 && people.resolveName(name) >= 0
                || deniedByModels(read, tokens.get(comma).start(), tokens.get(end - 1).end(), name, initialInside,
                        introduced ? SURE_OTHER_KIND : SUPPORTED_PERSON)) {
            return false;
        }
        people.add(name, Character.toUpperCase(role.charAt(0)) + role.substring(1));
        return true;
    }

    /**
     * "Suparno, 47 tahun, nelayan di ...", "Suparno (47), nelayan ...": a name of one to three capitalised words
     * at the start of a sentence or clause, followed by an age, is a person; the words after the age are the
     * role when they are a short lower-case descriptor. Returns whether a person was introduced here.
     */
    /**
     * "tersangka berinisial SB (32), AY (38) dan HS (31)": initials in capitals with an age in brackets are how
     * the police and the courts name suspects and victims.
     */
    static boolean initialsWithAge(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.text().matches("\\p{Lu}{2,4}")) {
            return false;
        }
        String before = text.substring(i == 0 ? 0 : tokens.get(i - 1).end(), t.start()).strip();
        String previous = i == 0 ? "" : tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        boolean opens = before.endsWith(",") || INITIAL_CUES.contains(previous) || previous.equals("dan") && before.isEmpty();
        return opens && INITIALS_AGE.matcher(text).region(t.end(), text.length()).lookingAt();
    }

    // ", petani asal Kecamatan Sukamaju,", ", salah satu pengusaha Sukamaju,": who a named person is, between commas
    // (or before the sentence's end), opening with a common noun for a person.
    private static final Pattern PERSON_APPOSITION = Pattern.compile(
            "\\s*,\\s*(?:salah\\s+(?:satu|seorang)\\s+|seorang\\s+)?(?<noun>\\p{Ll}+)(?:\\s+[\\p{L}\\d/.-]+){0,6}?\\s*(?:,|\\.$"
                    // ("Budi, penjual ikan lainnya mengatakan, ...": the verb of saying closes it as a comma would)
                    + "|(?=\\s+(?:mengatakan|menjelaskan|menuturkan|mengungkapkan|menambahkan|menegaskan|mengaku|berkata)\\b))");

    /**
     * Whether the text gives {@code name} what the person is or does between commas right after it ("Budi, petani asal
     * Kecamatan Sukamaju, mengaku ..."): a cue that the name is a person's, as a role is.
     */
    public static boolean describedAsPerson(String text, String name) {
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            if ((end >= text.length() || !Character.isLetter(text.charAt(end))) && personApposition(text, end)) {
                return true;
            }
            from = end;
        }
    }

    /**
     * Whether what follows {@code from} says who someone is, between commas: a common noun for a person and no verb
     * ("Banjir melanda Sukamaju, petani merugi." tells what happened, not who someone is).
     */
    private static boolean personApposition(String text, int from) {
        Matcher m = PERSON_APPOSITION.matcher(text).region(from, text.length());
        return m.lookingAt() && PersonNames.isPersonNoun(m.group("noun")) && !APPOSITION_VERB.matcher(m.group()).find();
    }

    private static final Pattern APPOSITION_VERB = Pattern.compile("(?u)\\b(?:me|ber|di|ter)\\p{Ll}{3,}\\b");

    /**
     * "Budi, petani asal Kecamatan Sukamaju, mengaku ...", "Hal serupa dialami Yanto, petani Sukamaju lainnya.": a
     * name the models may miss, one to three capitalised words that are no dictionary word, no place and no role,
     * followed by what the person is or does.
     */
    private boolean introduceWithApposition(People people, String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        // ("Sementara Budi, petani ...": a word that opens the sentence is no part of the name after it)
        boolean afterOpener = i == 1 && lexicon.knows(tokens.get(0).text().toLowerCase(Locale.ROOT));
        if (!first.capitalized() || first.allCaps() || !Character.isLetter(first.text().charAt(0))
                || i > 0 && !afterOpener && tokens.get(i - 1).capitalized() && PlaceExtractor.adjacent(text, tokens, i - 1, i)) {
            return false;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 3 && tokens.get(end).capitalized()
                && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            end++;
        }
        String officeApposed = null;
        if (!personApposition(text, tokens.get(end - 1).end())) {
            officeApposed = officeApposition(text, tokens, end);
            if (officeApposed == null) {
                return false;
            }
        }
        for (int k = i; k < end; k++) {
            String word = tokens.get(k).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (roleAt(tokens, k) > 0 || places.opensPlace(word) || tokens.get(k).allCaps() || PersonNames.isThingHead(word)
                    || PlaceExtractor.isOrganisationWord(word) || IndonesianCalendar.isCalendarWord(word)
                    || PRONOUNS.contains(lower) || Gazetteer.isRegencyOrCity(word) || countries.codeOf(word) != null
                    || lexicon.knows(lower) || PersonNames.cannotBeName(word)) {
                return false;
            }
        }
        String name = text.substring(first.start(), tokens.get(end - 1).end());
        if (officeApposed != null) {
            people.add(name, officeApposed); // a known person without a role takes the office apposed here
        } else if (people.resolveName(name) < 0) {
            people.add(name, null);
        }
        return true;
    }

    /**
     * "Budi, Kepala Desa Sukamaju, berharap ...": an office written with capitals between commas right after a name, and
     * a word of the clause after the second comma, says whose office it is. Returns the office's words, or null.
     */
    private String officeApposition(String text, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).matches(",\\s")
                || roleAt(tokens, k) == 0) {
            return null;
        }
        for (int e = k + roleAt(tokens, k); e < tokens.size() && e - k <= 10; e++) {
            Token t = tokens.get(e);
            String between = text.substring(tokens.get(e - 1).end(), t.start());
            if (between.equals(", ")) {
                // the clause goes on in small letters ("berharap", "mengatakan"): the office was an apposition
                return !t.capitalized() && Character.isLetter(t.text().charAt(0)) && !t.text().equals("dan")
                        ? text.substring(tokens.get(k).start(), tokens.get(e - 1).end()) : null;
            }
            if (!between.equals(" ") || !t.capitalized() && !t.text().equals("dan")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "kata Juntak selaku Kapten Kapal feri ...", "Budi Santoso selaku Kepala Desa Cibeber mengatakan": a name of one to
     * three capitalised words, then "selaku" and an office, which is the name's.
     */
    private boolean introduceWithSelaku(People people, String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        // ("Thomas Mas Leiden, S.Pd selaku ...": a degree after the name is no name of its own)
        if (!first.capitalized() || first.allCaps() || !Character.isLetter(first.text().charAt(0))
                || first.start() > 0 && !Character.isWhitespace(text.charAt(first.start() - 1))
                && "“\"(".indexOf(text.charAt(first.start() - 1)) < 0
                || i > 0 && tokens.get(i - 1).capitalized() && PlaceExtractor.adjacent(text, tokens, i - 1, i)) {
            return false;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 3 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            end++;
        }
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equalsIgnoreCase("selaku")
                || !PlaceExtractor.adjacent(text, tokens, end - 1, end)
                || roleAt(tokens, end + 1) == 0 && !(PersonNames.isRankOrTitle(tokens.get(end + 1).text())
                        && tokens.get(end + 1).capitalized() && !PersonNames.isPersonalTitle(tokens.get(end + 1).text()))) {
            return false;
        }
        for (int k = i; k < end; k++) {
            String word = tokens.get(k).text();
            if (roleAt(tokens, k) > 0 || places.opensPlace(word) || PersonNames.isThingHead(word)
                    || PlaceExtractor.isOrganisationWord(word) || IndonesianCalendar.isCalendarWord(word)
                    || PRONOUNS.contains(word.toLowerCase(Locale.ROOT)) || Gazetteer.isRegencyOrCity(word)
                    || countries.codeOf(word) != null || PersonNames.cannotBeName(word)
                    || end - i == 1 && lexicon.knows(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        int roleEnd = end + 1 + Math.max(1, roleAt(tokens, end + 1));
        while (roleEnd < tokens.size() && roleEnd - end < 8 && tokens.get(roleEnd).capitalized()
                && PlaceExtractor.adjacent(text, tokens, roleEnd - 1, roleEnd)) {
            roleEnd++;
        }
        String role = text.substring(tokens.get(end + 1).start(), tokens.get(roleEnd - 1).end());
        people.add(text.substring(first.start(), tokens.get(end - 1).end()), Character.toUpperCase(role.charAt(0)) + role.substring(1));
        return true;
    }

    /**
     * "Budi Santoso Kepala BPS Provinsi Sukamaju, mengatakan ...": a name of two or three words no dictionary knows,
     * opening the sentence, with the office written after it and a verb of saying after that.
     */
    private boolean introduceBeforeOffice(People people, String text, List<Token> tokens, int i) {
        if (i != 0) {
            return false;
        }
        int end = 0;
        while (end < tokens.size() && end < 3 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                && Character.isLetter(tokens.get(end).text().charAt(0)) && roleAt(tokens, end) == 0
                && (end == 0 || PlaceExtractor.adjacent(text, tokens, end - 1, end))) {
            String word = tokens.get(end).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (places.opensPlace(word) || PersonNames.isThingHead(word) || PlaceExtractor.isOrganisationWord(word)
                    || IndonesianCalendar.isCalendarWord(word) || Gazetteer.isRegencyOrCity(word) || countries.codeOf(word) != null
                    || lexicon.knows(lower) || PersonNames.cannotBeName(word) || PersonNames.isTitle(word)) {
                return false;
            }
            end++;
        }
        if (end < 2 || end >= tokens.size() || roleAt(tokens, end) == 0 || !PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            return false;
        }
        int roleEnd = -1;
        for (int k = end + 1; k < tokens.size() && k - end <= 8; k++) {
            if (REPORTING_VERBS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                roleEnd = k;
                break;
            }
        }
        if (roleEnd < 0) {
            return false;
        }
        String role = text.substring(tokens.get(end).start(), tokens.get(roleEnd - 1).end()).replaceAll("[,\\s]+$", "");
        String name = text.substring(tokens.get(0).start(), tokens.get(end - 1).end());
        if (people.resolveName(name) < 0) {
            people.add(name, role);
        }
        return true;
    }

    private boolean introduceWithAge(People people, String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (initialsWithAge(text, tokens, i)) {
            people.add(first.text(), null);
            return true;
        }
        if (!first.capitalized() || first.allCaps() || !Character.isLetter(first.text().charAt(0))) {
            return false;
        }
        String before = text.substring(i == 0 ? 0 : tokens.get(i - 1).end(), first.start()).strip();
        String previous = i == 0 ? "" : tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        // "..., Bunga (16), ...", "korbannya adalah Partini (38)": a list of names or one named after a copula.
        boolean opens = i == 0 ? before.isEmpty() || before.matches("[\"“(]") : before.endsWith(",") || before.equals("\"")
                || (SPEECH_VERBS.contains(previous) || NAMING_WORDS.contains(previous)
                        || PersonNames.isPersonNoun(previous)) && before.isEmpty();
        if (!opens) {
            return false;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 3 && tokens.get(end).capitalized()
                && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            end++;
        }
        for (int k = i; k < end; k++) {
            if (roleAt(tokens, k) > 0 || places.opensPlace(tokens.get(k).text()) || tokens.get(k).allCaps()
                    || PersonNames.isThingHead(tokens.get(k).text()) || PlaceExtractor.isOrganisationWord(tokens.get(k).text())
                    || IndonesianCalendar.isCalendarWord(tokens.get(k).text())
                    || PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        Matcher age = AGE_APPOSITION.matcher(text).region(tokens.get(end - 1).end(), text.length());
        // "seorang anak laki-laki bernama Nasrul": a person noun and "bernama" name a person, with or without an age.
        boolean namedPerson = previous.equals("bernama") && i >= 2 && (PersonNames.isPersonNoun(tokens.get(i - 2).text()
                .toLowerCase(Locale.ROOT)) || PERSON_NOUNS_BEFORE_NAME.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)));
        if (namedPerson && !age.lookingAt()) {
            String name = text.substring(first.start(), tokens.get(end - 1).end());
            if (people.resolveName(name) < 0) {
                people.add(name, null);
            }
            return true;
        }
        if (!age.lookingAt()) {
            return false;
        }
        String name = text.substring(first.start(), tokens.get(end - 1).end());
        String role = null;
        String descriptor = text.substring(age.end(), Math.min(text.length(), age.end() + 120)).strip();
        int comma = descriptor.indexOf(',');
        if (comma > 0 && Character.isLowerCase(descriptor.charAt(0)) && descriptor.substring(0, comma).split(" ").length <= 8) {
            role = Character.toUpperCase(descriptor.charAt(0)) + descriptor.substring(1, comma);
        }
        people.add(name, role);
        return true;
    }

    /**
     * Capitalised words the text places after "di", "ke" or an administrative word, names of places; and the short
     * forms it gives in brackets ("Lembaga Penerbangan dan Antariksa Nasional (LAPAN)"), names of bodies, so that
     * "Kepala Lapan" later reads as a role, not as a person called Lapan.
     */
    // Places and bodies named after people: "Bandara Internasional Sultan Hasanuddin", "Jalan Jenderal Sudirman",
    // "Universitas Gadjah Mada", "Lanud Sultan Hasanuddin". A name inside them is no one in the story. Buildings and
    // sites are PlaceExtractor's; these are the schools, bases and monuments it does not read as places.
    private static final Set<String> NAMED_AFTER_PEOPLE = Set.of("universitas", "institut", "politeknik", "yayasan", "lanud",
            "pangkalan", "kri", "benteng", "makam", "kampus", "asrama", "sma", "smp", "smk", "sman", "smpn", "smkn", "sd",
            "sdn", "mts", "man");
    // Hospitals, often named after a person ("RSUPN Hasan Sadikin", "Rumah Sakit Fatmawati").
    private static final Set<String> HOSPITALS = Set.of("rs", "rsu", "rsud", "rsup", "rsupn", "rsia", "rsab", "rspad",
            "rsal", "rsau", "sakit");

    private static boolean namedAfterSomeone(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        return PlaceExtractor.opensFacility(lower) || NAMED_AFTER_PEOPLE.contains(lower);
    }

    /**
     * Whether the token at {@code i} sits in a capitalised run that opens with the name of a kind of place or
     * building ("Bandara Internasional Sultan Hasanuddin", "Jl. Jenderal Sudirman").
     */
    static boolean insideFacilityName(String text, List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = tokens.get(k);
            String gap = text.substring(t.end(), tokens.get(k + 1).start());
            if (!gap.isBlank() && !gap.strip().equals(".")) {
                return false;
            }
            if (namedAfterSomeone(t.text())) {
                return t.capitalized() || t.allCaps();
            }
            // "RSUD dr. Loekmono Hadi": the title of the one a hospital is named after, right after the hospital's word
            // (the "dr." of "RSUD dr. Loekmono Hadi dr. Budi" after the name is its director's).
            if (PersonNames.isPersonalTitle(t.text()) && k > 0) {
                Token head = tokens.get(k - 1);
                return namedAfterSomeone(head.text()) && (head.capitalized() || head.allCaps())
                        && text.substring(head.end(), t.start()).isBlank();
            }
            if (!t.capitalized() && !t.allCaps()) {
                return false;
            }
        }
        return false;
    }

    /** The last word (lower case) of every body or place the name finder is fairly sure of. */
    private static Set<String> bodyAndPlaceEnds(List<TaggedSentence> tagged) {
        Set<String> out = new java.util.HashSet<>();
        for (TaggedSentence read : tagged) {
            for (NameFinder.Name n : read.names()) {
                if (n.kind() != NameFinder.Kind.PERSON && n.probability() >= SUPPORTED_PERSON && n.end() - n.start() >= 2) {
                    out.add(read.tokens().get(n.end() - 1).text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static final Pattern BRACKETED_PLACE_SHORT_FORM = Pattern.compile(
            "((?:\\p{Lu}\\p{Ll}+\\s){1,3})\\((\\p{Lu}\\p{Ll}{3,9})\\)");

    /**
     * The names the text gives a school, a hospital or a campus ("SMA Al Kautsar", "RSUD Tuan Besar Syarif Idrus"),
     * lower case, each with every tail of two words or more: such a name alone, elsewhere, is the place, not a person.
     */
    private static Set<String> facilityNames(List<SentenceSplitter.Span> spans, List<List<Token>> tokenized) {
        Set<String> names = new java.util.HashSet<>();
        for (int s = 0; s < spans.size(); s++) {
            List<Token> tokens = tokenized.get(s);
            String text = spans.get(s).sentence().text();
            for (int k = 0; k + 1 < tokens.size(); k++) {
                String head = tokens.get(k).text().toLowerCase(Locale.ROOT).replace(".", "");
                if (!(NAMED_AFTER_PEOPLE.contains(head) || HOSPITALS.contains(head)) || !tokens.get(k).capitalized() && !tokens.get(k).allCaps()) {
                    continue;
                }
                int end = k + 1;
                while (end < tokens.size() && end - k <= 4 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                        && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ")) {
                    end++;
                }
                for (int from = k + 1; from + 1 < end; from++) {
                    names.add(text.substring(tokens.get(from).start(), tokens.get(end - 1).end()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static final Set<String> VILLAGE_MARKERS = Set.of("desa", "kelurahan", "kecamatan", "dusun", "kampung",
            "nagari", "gampong");

    /** "Kelurahan Cibeber Hilir", "Desa Padang Tikar Satu": names of two to four words after a village's or district's word. */
    private static Set<String> villageNames(List<SentenceSplitter.Span> spans, List<List<Token>> tokenized) {
        Set<String> names = new java.util.HashSet<>();
        for (int s = 0; s < spans.size(); s++) {
            List<Token> tokens = tokenized.get(s);
            String text = spans.get(s).sentence().text();
            for (int k = 1; k < tokens.size(); k++) {
                // ("Perbekel Desa Bukti Gede Wardana": after an office the run holds the holder's name too)
                if (!VILLAGE_MARKERS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)) || !tokens.get(k).capitalized()
                        || k >= 2 && ROLES.contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int end = k + 1;
                while (end < tokens.size() && end - k < 5 && tokens.get(end).capitalized()
                        && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
                    end++;
                }
                if (end - k >= 2 && end - k <= 4) {
                    names.add(text.substring(tokens.get(k).start(), tokens.get(end - 1).end()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private Set<String> placeWords(List<SentenceSplitter.Span> spans, List<List<Token>> tokenized) {
        Set<String> words = new java.util.HashSet<>();
        Set<String> afterOffice = new java.util.HashSet<>();
        for (int s = 0; s < spans.size(); s++) {
            Matcher bracketed = BRACKETED_ACRONYM.matcher(spans.get(s).sentence().text());
            while (bracketed.find()) {
                words.add(bracketed.group(1).toLowerCase(Locale.ROOT));
            }
            // "Sumatera Barat (Sumbar)", "Kabupaten Solok Selatan (Solsel)": a place's short form in brackets.
            Matcher shortPlace = BRACKETED_PLACE_SHORT_FORM.matcher(spans.get(s).sentence().text());
            while (shortPlace.find()) {
                String[] named = shortPlace.group(1).strip().split("\\s+");
                String shortForm = shortPlace.group(2).toLowerCase(Locale.ROOT);
                for (int from = 0; from < named.length; from++) {
                    String[] tail = java.util.Arrays.stream(named, from, named.length)
                            .map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
                    if (places.opensPlace(named[from]) && People.shortens(shortForm, tail, 0, 0, 0)) {
                        words.add(shortForm);
                        break;
                    }
                }
            }
            if (!spans.get(s).sentence().isReadable()) {
                continue;
            }
            List<Token> tokens = tokenized.get(s);
            // "SUKAMAJU – ...", "PEKANBARU, ...": the dateline's place in capitals opens the story.
            if (!tokens.isEmpty() && tokens.get(0).allCaps() && tokens.get(0).text().length() > 3
                    && spans.get(s).sentence().text().substring(tokens.get(0).end()).matches("(?s)^\\s*[,–—-].*")) {
                words.add(tokens.get(0).text().toLowerCase(Locale.ROOT));
            }
            for (int k = 1; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String marker = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
                boolean mayor = marker.equals("kota") && k > 1 && tokens.get(k - 2).text().equalsIgnoreCase("wali");
                if (t.capitalized() && !t.allCaps() && PLACE_MARKERS.contains(marker) && !mayor) {
                    // "Kepala Desa Budi Santoso": two capitalised words after an office's village are its holder's
                    // name, unless the text names the village elsewhere ("di Desa Cibeber", then "Kepala Desa Cibeber
                    // Suparno").
                    if (k >= 2 && VILLAGE_MARKERS.contains(marker) && ROLES.contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT))
                            && k + 1 < tokens.size() && tokens.get(k + 1).capitalized()
                            && PlaceExtractor.adjacent(spans.get(s).sentence().text(), tokens, k, k + 1)
                            && (k + 2 >= tokens.size() || !tokens.get(k + 2).capitalized()
                            || !PlaceExtractor.adjacent(spans.get(s).sentence().text(), tokens, k + 1, k + 2))) {
                        afterOffice.add(t.text().toLowerCase(Locale.ROOT));
                        continue;
                    }
                    words.add(t.text().toLowerCase(Locale.ROOT));
                    // "Kota Palangka Raya": the tail of the place's name is a place word too.
                    for (int n = k + 1; n < tokens.size() && n <= k + 2 && tokens.get(n).capitalized()
                            && PLACE_TAILS.contains(tokens.get(n).text().toLowerCase(Locale.ROOT)); n++) {
                        words.add(tokens.get(n).text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (String w : afterOffice) {
            if (Gazetteer.isRegencyOrCity(w)) { // (named elsewhere, it is in the set already)
                words.add(w);
            }
        }
        return words;
    }

    /** Prefixed verbs ("mengatakan", "dipimpin") start a clause. */
    private static final Set<String> CLAUSE_WORDS = Set.of("agar", "supaya", "bahwa", "karena", "sehingga", "jika",
            "ketika", "saat", "setelah", "sebelum");

    private static boolean isVerbLike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 5 && (lower.startsWith("me") || lower.startsWith("di") && !lower.startsWith("dipl"))
                && (!lower.endsWith("an") || lower.endsWith("kan"));
    }

    /** Whether token k continues the capitalised run of a role and name ("dan", "(ESDM)" included). */
    private boolean joinsRoleRun(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String between = text.substring(tokens.get(k - 1).end(), t.start());
        // Only an acronym in brackets belongs to the role ("(ESDM)"); "(Jokowi)" is a nickname.
        // "(Bapanas) Siti": a short form in brackets that the run goes on after.
        boolean shortForm = between.equals(" (") && text.startsWith(") ", t.end()) && k + 1 < tokens.size()
                && tokens.get(k + 1).capitalized();
        boolean bracket = between.equals(" (") && (t.allCaps() || shortForm)
                || between.equals(") ") && text.charAt(tokens.get(k - 1).start() - 1) == '(';
        // "Ir. Said ...", "Johnny G. Plate": a title or an initial keeps its full stop inside the run.
        String previousWord = tokens.get(k - 1).text();
        boolean abbreviated = between.equals(". ") && (PersonNames.isTitle(previousWord)
                || previousWord.length() == 1 && Character.isUpperCase(previousWord.charAt(0)));
        if (!between.equals(" ") && !between.equals("-") && !bracket && !abbreviated) {
            return false;
        }
        if (t.capitalized()) {
            return Character.isLetter(t.text().charAt(0));
        }
        // "Duta Besar RI untuk RRT Djauhari ...": an envoy's post names the country sent to after "untuk", or the town
        // of the post after "di" ("Konjen RI di Jeddah Budi Santoso").
        if ((t.text().equals("untuk") || t.text().equals("di")) && k + 1 < tokens.size() && tokens.get(k + 1).capitalized()
                && text.startsWith(" ", t.end())) {
            for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
                String w = tokens.get(b).text().toLowerCase(Locale.ROOT);
                if (w.equals("dubes") || w.equals("konsul") || w.equals("konjen") || w.equals("besar") && b > 0
                        && tokens.get(b - 1).text().equalsIgnoreCase("duta")) {
                    return true;
                }
            }
        }
        // "Kepala SMKN 2 Rangkasbitung Mukmin": the number of a body in capitals, with its town after it.
        if (t.text().matches("\\d{1,3}") && tokens.get(k - 1).allCaps() && k + 1 < tokens.size()
                && tokens.get(k + 1).capitalized() && text.startsWith(" ", t.end())) {
            return true;
        }
        // "Menteri Koperasi dan UKM ...": a small joining word inside the role, when a capital follows; "... dan
        // Menteri Pertanian B" opens the next person's role instead.
        return (t.text().equals("dan") || t.text().equals("of")) && k + 1 < tokens.size()
                && tokens.get(k + 1).capitalized() && text.startsWith(" ", t.end()) && roleAt(tokens, k + 1) == 0;
    }

    /**
     * Whether a word after a role word reads as part of a person's name rather than of the role: capitalised,
     * not an acronym, a country, a place, a body or a role word, not in brackets, and not a field of office
     * ("Perindustrian", "Luar Negeri", "Riset").
     */
    private boolean nameLike(Token t, String text, Set<String> placeWords) {
        if (!t.capitalized() || t.allCaps() || !Character.isLetter(t.text().charAt(0)) || qualifiesRole(t)
                || t.start() > 0 && text.charAt(t.start() - 1) == '(' || PersonNames.isTitle(t.text())
                || PersonNames.isThingHead(t.text()) || PersonNames.isBodyShortForm(t.text())) {
            return false;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (ROLES.contains(lower) || FIELDS.contains(lower) || placeWords.contains(lower)) {
            return false;
        }
        // Fields of office are derived nouns: "Perindustrian", "Kesehatan", "Kebencanaan", "Perwakilan".
        return !(lower.endsWith("an") && (lower.startsWith("pe") || lower.startsWith("ke")) && lower.length() > 6);
    }

    private boolean qualifiesRole(Token token) {
        return countries.codeOf(token.text()) != null || token.allCaps() && token.text().length() >= 2
                || ROLE_QUALIFIERS.contains(token.text().toLowerCase(Locale.ROOT))
                || PlaceExtractor.isOrganisationWord(token.text()) || places.opensPlace(token.text());
    }

    private void introduceSpeaker(People people, String text, List<Token> tokens, int j, TaggedSentence read) {
        if (j >= tokens.size() || !PlaceExtractor.adjacent(text, tokens, j - 1, j) || roleAt(tokens, j) > 0) {
            return;
        }
        String noun = tokens.get(j).text().toLowerCase(Locale.ROOT);
        // ("kata warga Sukamaju": the residents of a place, not a person)
        if (!tokens.get(j).capitalized() && PersonNames.isPersonNoun(noun) && !PEOPLE_OF_A_PLACE.contains(noun)) {
            introduceDescribedSpeaker(people, text, tokens, j, read);
            return;
        }
        // "kata dr Yandri", "ujar Hj. Siti": after a personal title one capitalised word is a name already.
        boolean titled = PersonNames.isPersonalTitle(tokens.get(j).text()) && j + 1 < tokens.size()
                && tokens.get(j + 1).capitalized() && !tokens.get(j + 1).allCaps()
                && text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).matches("\\.?\\s");
        if (titled) {
            j++;
        }
        int end = j;
        while (end < tokens.size() && end - j < 3 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                && !places.opensPlace(tokens.get(end).text())
                && (end == j || PlaceExtractor.adjacent(text, tokens, end - 1, end))) {
            end++;
        }
        if ((end - j >= 2 || titled && end - j == 1) && people.resolve(tokens.get(j).text()) < 0) {
            addStripped(people, text, tokens.get(j).start(), tokens.get(end - 1).end(), null, read);
        }
    }

    private static final Set<String> PEOPLE_OF_A_PLACE = Set.of("warga", "masyarakat", "penduduk", "umat", "jemaah",
            "jamaah", "rakyat", "orang");

    /**
     * "ujar pedagang sayuran Sumirah kepada ...": after a verb of saying, a noun for a person and at most two words that
     * say which, then a name of words no dictionary knows, nor any place.
     */
    private void introduceDescribedSpeaker(People people, String text, List<Token> tokens, int j, TaggedSentence read) {
        int k = j + 1;
        while (k < tokens.size() && k - j <= 2 && !tokens.get(k).capitalized() && Character.isLetter(tokens.get(k).text().charAt(0))
                && PlaceExtractor.adjacent(text, tokens, k - 1, k) && lexicon.knows(tokens.get(k).text())
                && !SPEECH_VERBS.contains(tokens.get(k).text()) && !PRONOUNS.contains(tokens.get(k).text())) {
            k++;
        }
        int end = k;
        while (end < tokens.size() && end - k < 3 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            String word = tokens.get(end).text();
            if (places.opensPlace(word) || Gazetteer.isRegencyOrCity(word) || lexicon.knows(word.toLowerCase(Locale.ROOT))
                    || PersonNames.isThingHead(word) || PlaceExtractor.isOrganisationWord(word) || roleAt(tokens, end) > 0
                    || IndonesianCalendar.isCalendarWord(word) || PersonNames.cannotBeName(word)) {
                return;
            }
            end++;
        }
        if (end > k && people.resolveName(text.substring(tokens.get(k).start(), tokens.get(end - 1).end())) < 0) {
            addStripped(people, text, tokens.get(k).start(), tokens.get(end - 1).end(), null, read);
        }
    }

    /** A name of two or three capitalised words right before a verb of saying. */
    // An academic degree after a word: ", S.Pd", " SPd", ", M.A.", ", M. Pd".
    private static final Pattern DEGREE_AFTER = Pattern.compile("(?u)(?<=[\\p{L}.]),?\\s+(\\p{Lu}\\.?\\s?\\p{L}{1,4}\\.?(?:\\s?\\p{Lu}\\.)?)(?=[\\s,.;)]|$)");
    // The capitalised run that ends right before it: "Thomas Mas Leiden", "Jonggat Dr. Dian Iskandar Jaelani".
    private static final Pattern RUN_BEFORE = Pattern.compile("(?u)(?:^|[^\\p{L}.])((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,6}\\p{Lu}[\\p{L}'’-]*)$");

    private static final Set<String> OPENING_WORDS = Set.of("sementara", "selain", "namun", "menurut", "sedangkan",
            "adapun", "kemudian", "lalu", "bahkan", "oleh", "bersama", "didampingi", "hadir", "turut", "saat", "ketika");

    /** A person named by the degree after the name: the strongest sign of a person a news text gives. */
    private void introduceBeforeDegree(People people, String text, TaggedSentence read) {
        Matcher m = DEGREE_AFTER.matcher(text);
        while (m.find()) {
            String degree = m.group(1).replace(" ", "");
            if (!PersonNames.isDegree(degree)) {
                continue;
            }
            Matcher r = RUN_BEFORE.matcher(text.substring(0, m.start()));
            if (!r.find()) {
                continue;
            }
            List<String> run = new ArrayList<>(List.of(r.group(1).split("\\s+")));
            // The name starts after the last title ("Jonggat Dr. Dian ...") and after a word that opens the sentence
            // ("Sementara Lutfi ...").
            for (int k = run.size() - 1; k >= 0; k--) {
                if (PersonNames.isTitle(run.get(k))) {
                    run = new ArrayList<>(run.subList(k + 1, run.size()));
                    break;
                }
            }
            while (!run.isEmpty() && OPENING_WORDS.contains(run.get(0).toLowerCase(Locale.ROOT))) {
                run.remove(0);
            }
            List<String> words = PersonNames.strip(run);
            if (words.size() < 2) {
                continue;
            }
            String name = String.join(" ", words);
            boolean role = false;
            for (String w : words) {
                role |= ROLES.contains(w.toLowerCase(Locale.ROOT)) || PersonNames.isTitle(w);
            }
            if (role || PersonNames.cannotBeName(name) || places.opensPlace(words.get(0)) || people.resolveName(name) >= 0
                    || countries.codeOf(words.get(0)) != null) {
                continue;
            }
            int end = r.end(1);
            addStripped(people, text, end - name.length(), end, null, read);
        }
    }

    private void introduceSubject(People people, String text, List<Token> tokens, int verb, TaggedSentence read) {
        int start = verb;
        while (start > 0 && verb - start < 3 && tokens.get(start - 1).capitalized() && !tokens.get(start - 1).allCaps()
                && PlaceExtractor.adjacent(text, tokens, start - 1, start) && roleAt(tokens, start - 1) == 0
                && !places.opensPlace(tokens.get(start - 1).text())) {
            start--;
        }
        // A longer capitalised run, or a name already known, means introduceWithRole has seen it already.
        boolean longerRun = start > 0 && tokens.get(start - 1).capitalized()
                && PlaceExtractor.adjacent(text, tokens, start - 1, start);
        if (verb - start == 1 && describedBefore(text, tokens, start)) {
            // "Salah seorang pedagang di Pasar Sukamaju, Budi menyampaikan ...": one word is a name here, even one the
            // dictionary knows, when the clause before the comma says what kind of person speaks.
            String word = tokens.get(start).text();
            if (!PersonNames.cannotBeName(word) && !IndonesianCalendar.isCalendarWord(word) && !Gazetteer.isRegencyOrCity(word)
                    && !PlaceExtractor.isOrganisationWord(word) && countries.codeOf(word) == null && people.resolveName(word) < 0) {
                people.add(word, null);
            }
            return;
        }
        if (verb - start < 2) {
            return;
        }
        String lastTwo = text.substring(tokens.get(verb - 2).start(), tokens.get(verb - 1).end());
        if (!longerRun && (start == 0 || roleAt(tokens, start - 1) == 0)
                && people.resolveName(tokens.get(start).text()) < 0 && people.resolveName(lastTwo) < 0) {
            addStripped(people, text, tokens.get(start).start(), tokens.get(verb - 1).end(), null, read);
        }
    }

    // The clause before a speaker's name that says who speaks: "Salah seorang pedagang bawang di Pasar Sukamaju,".
    private static final Pattern DESCRIBED_CLAUSE = Pattern.compile(
            "(?iu)(?:^|[,;]\\s*)(?:(?:sementara(?:\\s+itu)?|sedangkan|adapun|di\\s+sisi\\s+lain)\\s*,?\\s+)?"
                    + "(?:salah\\s+(?:seorang|satu)\\s+|seorang\\s+)?(?<noun>\\p{Ll}+)\\b[^,;]*,\\s*$");

    /** Whether the token at {@code start} opens the clause after a comma, and the clause before names a kind of person. */
    private static boolean describedBefore(String text, List<Token> tokens, int start) {
        String before = text.substring(0, tokens.get(start).start());
        Matcher m = DESCRIBED_CLAUSE.matcher(before);
        return before.stripTrailing().endsWith(",") && m.find() && PersonNames.isPersonNoun(m.group("noun"));
    }

    /**
     * "pedagang cabai bernama Budi menyampaikan ...": after "bernama" and a noun for a person shortly before it, one to
     * three capitalised words are the person's name, even words the dictionary knows.
     */
    private void introduceNamed(People people, String text, List<Token> tokens, int at) {
        boolean person = false;
        for (int k = Math.max(0, at - 3); k < at; k++) {
            person |= PersonNames.isPersonNoun(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        int end = at + 1;
        while (person && end < tokens.size() && end - at <= 3 && tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
            String word = tokens.get(end).text();
            if (roleAt(tokens, end) > 0 || places.opensPlace(word) || PersonNames.isThingHead(word)
                    || PlaceExtractor.isOrganisationWord(word) || IndonesianCalendar.isCalendarWord(word)
                    || Gazetteer.isRegencyOrCity(word) || countries.codeOf(word) != null || PersonNames.cannotBeName(word)) {
                return;
            }
            end++;
        }
        if (end > at + 1) {
            String name = text.substring(tokens.get(at + 1).start(), tokens.get(end - 1).end());
            if (people.resolveName(name) < 0) {
                people.add(name, null);
            }
        }
    }

    private void findMentions(People people, Sentence sentence, List<Token> tokens) {
        String text = sentence.text();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.capitalized()) {
                int end = i + 1;
                while (end < tokens.size() && end - i < 4 && tokens.get(end).capitalized()
                        && PlaceExtractor.adjacent(text, tokens, end - 1, end)) {
                    end++;
                }
                // Longest run that names a known person.
                boolean found = false;
                for (int e = end; e > i && !found; e--) {
                    String words = text.substring(t.start(), tokens.get(e - 1).end());
                    int person = people.resolveName(words);
                    if (person >= 0 && (e - i > 1 || people.names.get(person).contains(" ") || words.equals(people.names.get(person)))) {
                        record(people, sentence.index(), t.start(), words, person);
                        i = e;
                        found = true;
                    }
                }
                if (found) {
                    continue;
                }
            }
            if (PRONOUNS.contains(lower) || lower.endsWith("nya") && SPEECH_VERBS.contains(lower.substring(0, lower.length() - 3))) {
                int person = people.lastBefore(sentence.index(), t.start());
                if (person >= 0) {
                    record(people, sentence.index(), t.start(), t.text(), person);
                }
            }
            i++;
        }
    }

    /**
     * Whether a one-word name is made of the start of the first name and the start of a later one, the way
     * Indonesian nicknames are ("Jokowi" for Joko Widodo), at least three letters of the first.
     */
    static boolean nicknameOf(String nickname, String[] words) {
        if (words.length < 2 || nickname.length() < 5) {
            return false;
        }
        for (int cut = 3; cut <= nickname.length() - 2; cut++) {
            if (!words[0].startsWith(nickname.substring(0, cut))) {
                break;
            }
            String rest = nickname.substring(cut);
            for (int k = 1; k < words.length; k++) {
                if (words[k].startsWith(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words of {@code part} appear in {@code whole} in the same order. */
    static boolean inOrder(String[] part, String[] whole) {
        int k = 0;
        for (String w : whole) {
            if (k < part.length && part[k].equals(w)) {
                k++;
            }
        }
        return k == part.length;
    }

    /** Two spellings of one long word: the same but for one letter added, dropped or changed. */
    /** Two words of four letters or more and the same length that differ in one letter ("riki", "riky"). */
    static boolean oneLetterApart(String a, String b) {
        if (a.length() < 4 || a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    static boolean nearlyEqual(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return j - i < 1 && k - i < 1;
    }

    private static void record(People people, int sentence, int offset, String words, int person) {
        people.mentions.add(new Mention(sentence, offset, words, person));
        people.mentionWords.get(person).add(words);
    }
}
