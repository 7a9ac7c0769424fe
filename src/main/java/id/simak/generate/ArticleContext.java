package id.simak.generate;

import id.simak.analysis.Acronym;
import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.CountryNames;
import id.simak.analysis.DateMention;
import id.simak.analysis.Dateline;
import id.simak.analysis.Entity;
import id.simak.analysis.Lexicon;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Sense;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One article's analysis with the text operations every question family needs: evidence, blanks and country names. */
final class ArticleContext {

    static final String GAP = "____";

    /** Words too common to tie two sentences to one topic. */
    static final Set<String> COMMON_WORDS = Set.of("untuk", "dengan", "karena", "tidak", "sudah", "telah", "bahwa",
            "dalam", "mereka", "masih", "sangat", "lebih", "tersebut", "secara", "adalah", "akan", "yang", "juga", "dapat",
            "bisa", "harus", "kepada", "sejak", "hingga", "sampai", "belum", "pihaknya", "menjadi");

    /** How many distinct words of more than three letters, not in {@code except}, the two texts share (case aside). */
    static int sharedWords(String a, String b, Set<String> except) {
        Set<String> words = new HashSet<>();
        for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3 && !except.contains(w)) {
                words.add(w);
            }
        }
        Set<String> shared = new HashSet<>();
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                shared.add(w);
            }
        }
        return shared.size();
    }
    // Words that open a sentence before a place or a time ("Di ____, ..."), not a title before a name.
    private static final Set<String> OPENERS = Set.of("di", "ke", "dari", "pada", "menurut", "sejak", "dalam", "untuk",
            "oleh", "bagi", "kepada", "dengan", "selain", "saat", "ketika", "hingga", "sampai", "sebelum", "setelah",
            "selama", "sekitar", "sebanyak", "hampir", "lebih", "kurang", "setiap", "tiap", "para", "sejumlah", "atas",
            "tahun", "akan", "sudah", "telah", "bahkan", "namun", "tetapi", "kemudian", "sebelumnya", "usai", "jelang");
    private static final int EXCERPT_SIDE = 14;
    // A sentence up to this long is quoted whole: a cut one loses who did what ("… M.H meninjau lokasi ...", judged a
    // fix on three fresh29 drafts), which costs a reader more than its length.
    private static final int WHOLE_SENTENCE_WORDS = 44;
    static final CountryNames COUNTRY_NAMES = new CountryNames();

    final ArticleAnalysis analysis;
    final Lexicon lexicon;
    final DistractorPicker picker = new DistractorPicker();
    /** Countries the text names, code to the name as the text writes it, in order of first mention. */
    final Map<String, String> countries = new LinkedHashMap<>();
    private final Set<String> properWords = new HashSet<>();
    /** Titles and headings of the page, normalised and padded with spaces for whole-word search. */
    private final List<String> headlines = new ArrayList<>();
    /** The figures the titles write, in digits or in words ("Evakuasi 5 Orangutan" gives away "lima" too). */
    private final Set<Double> headlineFigures = new HashSet<>();
    // Amounts of the headlines with their scale ("Rp1,8 Miliar" is 1.8e9), which a rounded answer matches.
    private final List<Double> headlineAmounts = new ArrayList<>();
    private static final Pattern AMOUNT = Pattern.compile(
            "(?iu)(?:rp|us\\$|\\$)\\s?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*(ribu|juta|miliar|triliun)?\\b");
    // A headline that rounds the answer ("Rp1,8 Miliar" for "Rp1,84 miliar") gives it away within this share.
    private static final double ROUNDED = 0.05;

    private static double amount(Matcher m) {
        double v = Double.parseDouble(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        return v * switch (scale) {
            case "ribu" -> 1e3;
            case "juta" -> 1e6;
            case "miliar" -> 1e9;
            case "triliun" -> 1e12;
            default -> 1;
        };
    }
    private List<String[]> organisations;
    private List<Person> persons;

    /** The article's titles, normalised and padded with a space on each side. */
    List<String> headlines() {
        return List.copyOf(headlines);
    }

    ArticleContext(ArticleAnalysis analysis, Lexicon lexicon) {
        this.analysis = analysis;
        this.lexicon = lexicon;
        for (Place place : analysis.places()) {
            if (place.kind() == Place.Kind.COUNTRY && place.code() != null) {
                countries.putIfAbsent(place.code(), place.text());
            }
            properWords.add(firstWord(place.text()));
        }
        for (Sentence s : analysis.sentences()) {
            // A caption repeats the story's facts as the body does; only a title tells an answer before reading.
            if (s.kind() == Sentence.Kind.HEADING) {
                String heading = AnswerText.normalize(s.text());
                headlines.add(" " + heading + " ");
                String inDigits = inDigits(heading);
                if (!inDigits.equals(heading)) {
                    headlines.add(" " + inDigits + " ");
                }
                for (String word : heading.split(" ")) {
                    IndonesianNumbers.parse(word).ifPresent(headlineFigures::add);
                }
                // ("Diikuti 10.357 Siswa": a figure with its thousands' stops, which the words above lose)
                headlineFigures.addAll(NumberQuestions.figuresIn(s.text()));
                Matcher amount = AMOUNT.matcher(s.text());
                while (amount.find()) {
                    headlineAmounts.add(amount(amount));
                }
            }
        }
        for (Person person : analysis.people()) {
            if (person.role() != null && !person.role().isBlank()) {
                properWords.add(firstWord(person.role()));
            }
            for (String mention : person.mentions()) {
                properWords.add(firstWord(mention));
            }
        }
    }

    /** Whether the sentence is a whole sentence of the article's body (not a heading, caption, page line or fragment). */
    boolean isBody(int sentence) {
        Sentence s = analysis.sentence(sentence);
        return s != null && s.isBody();
    }

    /**
     * The sentence as a reader meets it in a prompt: without the dateline that opens the first one
     * ("Jakarta (ANTARA) - Bank Indonesia ..." reads "Bank Indonesia ...").
     */
    String readable(int sentence) {
        return readable.computeIfAbsent(sentence, this::readableOf);
    }

    private final Map<Integer, String> readable = new HashMap<>();

    private String readableOf(int sentence) {
        // "1 unit di di Desa": a word the writer typed twice is read once.
        return withoutSignOff(withoutDateline(DOUBLED.matcher(text(sentence)).replaceAll("$1")));
    }

    // '... ungkap Budi.(bdi)', '... katanya. (sho/gus)', '... 100 kotak.***': the writer's initials or the site's
    // mark after the last stop of a story.
    private static final Pattern SIGN_OFF = Pattern.compile("(?<=[.!?\"”])\\s*(?:\\(\\s*[\\p{L}*]{1,8}(?:\\s*/\\s*\\p{L}{1,8})*\\s*\\)|\\*{2,})\\s*$");

    /** The text less a sign-off after its last stop. */
    static String withoutSignOff(String text) {
        return SIGN_OFF.matcher(text).replaceFirst("");
    }

    private static final Pattern OUTLET_AFTER_DATELINE = Pattern.compile(
            "^(?:www\\.)?[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*(?:\\.\\p{L}{2,4}){1,2}\\s*[,:|]\\s*(?=\\p{Lu})");
    private static final Pattern DOUBLED = Pattern.compile(
            "(?iu)\\b(di|ke|dari|yang|dan|pada|untuk|dengan|dalam|oleh|ini|itu|akan|telah|sudah)\\s+\\1\\b");

    /** The days ("MM-DD") the page's titles and headings name, however they write them. */
    Set<String> headlineDays() {
        if (headlineDays == null) {
            Set<String> days = new HashSet<>();
            for (DateMention d : analysis.dates()) {
                Sentence s = analysis.sentence(d.sentence());
                String value = d.value();
                if (s != null && s.kind() == Sentence.Kind.HEADING && value != null && !value.contains("/")
                        && value.matches(".*-\\d{2}-\\d{2}")) {
                    days.add(value.substring(value.length() - 5));
                }
            }
            headlineDays = days;
        }
        return headlineDays;
    }

    private Set<String> headlineDays;

    /** Whether a title or heading of the page already says this answer, so a question on it gives nothing to find. */
    /**
     * Whether the sentence counts something the way a headline of the article counts it: the same figure before the
     * same word ("satu guru" under "1 Guru Mengajar Enam Kelas"); a year or "salah satu" counts nothing.
     */
    boolean figureInHeadline(String sentence) {
        String[] words = AnswerText.normalize(sentence).split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            java.util.OptionalDouble value = IndonesianNumbers.parse(words[i]);
            if (value.isEmpty() || i > 0 && words[i - 1].equals("salah") || words[i].matches("(?:19|20)\\d\\d")) {
                continue;
            }
            for (String heading : headlines) {
                String[] h = heading.strip().split(" ");
                for (int k = 0; k + 1 < h.length; k++) {
                    if (h[k + 1].equals(words[i + 1])
                            && IndonesianNumbers.parse(h[k]).orElse(Double.NaN) == value.getAsDouble()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean inHeadline(String answer) {
        String norm = " " + AnswerText.normalize(answer) + " ";
        if (norm.isBlank()) {
            return false;
        }
        java.util.OptionalDouble value = IndonesianNumbers.parse(answer);
        if (value.isPresent() && headlineFigures.contains(value.getAsDouble())) {
            return true;
        }
        Matcher amount = AMOUNT.matcher(answer);
        if (amount.find()) {
            double a = amount(amount);
            if (a > 0 && headlineAmounts.stream().anyMatch(h -> Math.abs(h - a) <= ROUNDED * a)) {
                return true;
            }
        }
        String digits = " " + inDigits(norm.strip()) + " ";
        for (String heading : headlines) {
            if (heading.contains(norm) || heading.contains(digits)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the answer is a person of the text whom a headline names by one of their names (four letters or more). */
    boolean personInHeadline(String answer) {
        for (Person p : analysis.people()) {
            if (!p.name().equalsIgnoreCase(answer.strip())) {
                continue;
            }
            for (String mention : p.mentions()) {
                for (String part : mention.split("\\s+")) {
                    String word = " " + AnswerText.normalize(part) + " ";
                    if (part.length() >= 4 && Character.isUpperCase(part.charAt(0))
                            && headlines.stream().anyMatch(h -> h.contains(word))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a headline writes this person with the office before the name, whole or as its short form: "Temu Kangen
     * Dubes Budi Santoso" tells "Apa jabatan Budi Santoso?" answered "Duta Besar".
     */
    boolean roleInHeadline(String person, String role) {
        String[] roleWords = AnswerText.normalize(role).split(" ");
        for (Person p : analysis.people()) {
            if (!p.name().equalsIgnoreCase(person.strip())) {
                continue;
            }
            for (String mention : p.mentions()) {
                String first = AnswerText.normalize(mention.split("\\s+")[0]);
                if (first.length() < 3) {
                    continue;
                }
                for (String heading : headlines) {
                    String[] words = heading.strip().split(" ");
                    for (int i = 1; i < words.length; i++) {
                        if (words[i].equals(first) && (words[i - 1].equals(roleWords[0]) || shortFormOf(words[i - 1], roleWords, 0))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is made of the openings of the role's words from {@code from} on ("dubes": "duta besar"). */
    private static boolean shortFormOf(String word, String[] roleWords, int from) {
        if (word.isEmpty()) {
            return from == roleWords.length;
        }
        if (from >= roleWords.length || word.length() < 2 && from == 0) {
            return false;
        }
        String w = roleWords[from];
        for (int n = Math.min(w.length(), word.length()); n >= 1; n--) {
            if (word.startsWith(w.substring(0, n)) && shortFormOf(word.substring(n), roleWords, from + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a headline names one of the article's people and tells what the quote says ("Prof Budi Ajak Lulusan Tidak
     * Bermimpi Jadi Pegawai" over «Jangan pernah bermimpi jadi pegawai ...»): who said it is read off the headline.
     */
    boolean quoteInHeadline(String quoted) {
        for (String heading : headlines) {
            boolean named = analysis.people().stream().anyMatch(p -> p.mentions().stream().flatMap(m -> java.util.Arrays.stream(m.split("\\s+")))
                    .anyMatch(part -> part.length() >= 4 && Character.isUpperCase(part.charAt(0))
                            && heading.contains(" " + AnswerText.normalize(part) + " ")));
            if (named && sharedWords(heading, quoted, COMMON_WORDS) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A normalised text with its number words in digits: "sabet empat medali emas" reads "sabet 4 medali emas". */
    private static String inDigits(String normalized) {
        StringBuilder out = new StringBuilder();
        for (String word : normalized.split(" ")) {
            java.util.OptionalDouble v = word.matches("\\p{L}+") ? IndonesianNumbers.parse(word) : java.util.OptionalDouble.empty();
            out.append(out.length() == 0 ? "" : " ")
                    .append(v.isPresent() && v.getAsDouble() == Math.rint(v.getAsDouble()) ? String.valueOf((long) v.getAsDouble()) : word);
        }
        return out.toString();
    }

    /**
     * Whether blanking {@code phrase} in {@code sentence} leaves a fair gap: not inside a name, title or compound
     * ("Presiden China ____", "Jawa-____", "____ Bung Karno", "Piala ____ 2023"), not in brackets, and the phrase
     * is found as whole words.
     */
    static boolean fairGap(String sentence, String phrase) {
        int at = find(sentence, phrase);
        if (at < 0) {
            return false;
        }
        int end = at + phrase.length();
        char before = at > 0 ? sentence.charAt(at - 1) : ' ';
        char after = end < sentence.length() ? sentence.charAt(end) : ' ';
        // "Rp 6.500/kg": a price per unit is read whole, and the gap is fair.
        boolean perUnit = after == '/' && PER_UNIT.matcher(sentence).region(end, sentence.length()).lookingAt();
        if ("-/'’(".indexOf(before) >= 0 || "-/'’)".indexOf(after) >= 0 && !perUnit || Character.isLetterOrDigit(before)
                || Character.isLetterOrDigit(after)) {
            return false;
        }
        String left = sentence.substring(0, at).stripTrailing();
        String right = sentence.substring(end).stripLeading();
        String prev = lastWord(left);
        boolean sentenceStart = left.isEmpty() || ".!?:;\"“—–".indexOf(left.charAt(left.length() - 1)) >= 0;
        // A capitalised word right before continues a name or a title ("Presiden China ____"), unless it opens the sentence.
        // A word, or an abbreviation in brackets, right before the gap: "BPBD ____", "Badan (BPBD) ____".
        boolean joinedLeft = !left.isEmpty() && (Character.isLetterOrDigit(left.charAt(left.length() - 1))
                || left.endsWith(")") && left.matches("(?s).*\\(\\p{Lu}[\\p{Lu}\\d]*\\)$"));
        if (joinedLeft && Character.isUpperCase(prev.codePointAt(0)) && !sentenceStart
                && !(left.length() == prev.length() && OPENERS.contains(prev.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        String next = firstWordOf(right);
        // ... and one right after continues it too ("____ Bung Karno", "____ 2023" after a capitalised answer).
        if (!next.isEmpty() && Character.isLetterOrDigit(next.codePointAt(0)) && (Character.isUpperCase(next.codePointAt(0)) || Character.isDigit(next.codePointAt(0))
                && Character.isUpperCase(phrase.codePointAt(0)))) {
            return false;
        }
        // "divonis 1 bulan ____ hari": a part of one length of time, read as a whole.
        if (SPAN_BEFORE.matcher(left).find() && SPAN_UNIT.matcher(next.toLowerCase(Locale.ROOT)).matches()
                || SPAN_AFTER.matcher(right).lookingAt()) {
            return false;
        }
        return true;
    }

    private static final Pattern PER_UNIT = Pattern.compile("(?iu)/\\s?(?:kg|kilogram|g|gram|liter|ltr|l|ton|kuintal|kwintal|ekor"
            + "|orang|hari|bulan|tahun|unit|buah|m2|m|ha|hektare|karung|sak|porsi|paket|lembar|butir|ikat|biji)\\b");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?iu)\\b\\d+\\s+(?:tahun|bulan|pekan|minggu|hari|jam|menit)$");
    private static final Pattern SPAN_AFTER = Pattern.compile(
            "(?iu)(?:tahun|bulan|pekan|minggu|hari|jam|menit)\\s+\\d+\\s+(?:bulan|pekan|minggu|hari|jam|menit|detik)\\b");
    private static final Pattern SPAN_UNIT = Pattern.compile("(?:bulan|pekan|minggu|hari|jam|menit|detik)[,.;]?");

    private static String lastWord(String text) {
        int i = text.length();
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i).replaceAll("^[\\p{Punct}“”‘’]+", "");
    }

    private static String firstWordOf(String text) {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }

    // Words that make a sentence lean on the one before it: it cannot stand alone as a statement to judge.
    private static final Set<String> LEANING_OPENERS = Set.of("ia", "dia", "mereka", "kami", "kita", "saya", "aku",
            "ini", "itu", "hal", "namun", "tetapi", "tapi", "sementara", "sedangkan", "selain", "dengan", "sehingga",
            "karena", "oleh", "dan", "serta", "lalu", "kemudian", "adapun", "bahkan", "pun", "menurutnya", "katanya",
            "beliau", "sebelumnya", "selanjutnya", "berikut", "begitu", "demikian", "akibatnya", "untuk", "sebab",
            "jika", "kalau", "meski", "meskipun", "walaupun", "setelah", "sebelum", "usai", "saat", "ketika",
            "berikutnya", "sisanya", "akhirnya", "apalagi", "padahal", "makanya", "maka", "malah", "tak", "tidak",
            // "Yaitu dari US$ 62,20 juta menjadi ...", "Bila dirupiahkan, ...": the sentence goes on from the one before.
            "yaitu", "yakni", "bila", "apabila",
            // "Dimana dalam insiden ...": a relative clause cut from its sentence; "Pihaknya ...": whose side?
            "dimana", "pihaknya",
            // "Sebaliknya, dari Sumatera ke Jawa sebanyak ... unit.": the other half of the sentence before.
            "sebaliknya");

    /** "Yang mana bantuan itu diterima ...": a relative clause written as a sentence of its own. */
    private static boolean yangMana(String[] opening) {
        return opening.length > 1 && opening[0].equalsIgnoreCase("yang") && opening[1].equalsIgnoreCase("mana");
    }

    // "Bulan lalu, dia masih menjual ...": a person named only by a pronoun after an opening phrase.
    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau", "mereka", "pihaknya", "dirinya");
    // Words after which a sentence's subject is over: a relative clause, a preposition, a conjunction.
    private static final Set<String> SUBJECT_BREAKS = Set.of("yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dan",
            "atau", "serta", "bahwa", "karena", "sehingga", "saat", "ketika", "dalam", "oleh", "bagi", "kepada");

    /** Whether a sentence or clause opening with this word leans on what came before ("ia", "namun", "hal"). */
    static boolean leansBack(String firstWord) {
        return LEANING_OPENERS.contains(firstWord.toLowerCase(Locale.ROOT));
    }

    /**
     * The sentence as a statement a reader can judge on its own, or null: a body sentence of 8 to 35 words with
     * a closing stop, no quotation, and no opening that leans on the sentence before ("Ia ...", "Namun, ...").
     */
    String statement(int sentence) {
        if (!isBody(sentence)) {
            return null;
        }
        String text = readable(sentence).strip();
        int words = text.split("\\s+").length;
        if (words < 8 || words > 35 || !text.endsWith(".") || text.matches(".*[\"“”«»].*")) {
            return null;
        }
        String[] opening = text.split("[\\s,]+", 5);
        for (int i = 0; i < Math.min(4, opening.length); i++) {
            String w = opening[i].toLowerCase(Locale.ROOT);
            if (i == 0 && (LEANING_OPENERS.contains(w) || yangMana(opening))
                    || i > 0 && (w.equals("tersebut") || w.equals("itu") || w.equals("ini") || PRONOUNS.contains(w))) {
                return null;
            }
        }
        // "Wanita berusia 23 tahun itu mengatakan ...": a statement whose subject, however long, ends in "itu" names
        // someone only the sentence before tells; judged alone, it cannot be true or false.
        String[] run = text.split("\\s+", 9);
        for (int i = 4; i < Math.min(8, run.length); i++) {
            String previous = run[i - 1].toLowerCase(Locale.ROOT);
            if (previous.endsWith(",") || SUBJECT_BREAKS.contains(previous)) {
                break;
            }
            String w = run[i].toLowerCase(Locale.ROOT).replaceAll("[,.]$", "");
            if (w.equals("itu") || w.equals("tersebut")) {
                return null;
            }
        }
        // "Seperti halnya di Pasar Kramat Jati, Jakarta Timur, Selasa (21/12).": a fragment that compares with the
        // sentence before claims nothing to judge.
        if (COMPARES_BACK.matcher(text).lookingAt() || !EventPhrase.hasVerb(text, lexicon)) {
            return null;
        }
        return text;
    }

    private static final Pattern COMPARES_BACK = Pattern.compile("(?iu)(?:seperti|sama)\\s+(?:halnya|dengan\\s+sebelumnya)\\b");

    /**
     * Whether the sentence can be quoted in a prompt on its own: a body sentence that does not lean on the one
     * before ("Hal ini ...", "Sisanya ...", "Jumlah tersebut ...").
     */
    boolean standsAlone(int sentence) {
        if (!isBody(sentence)) {
            return false;
        }
        String text = readable(sentence).strip();
        String[] opening = text.replaceAll("^[\"“”'‘’(]+", "").split("[\\s,]+", 5);
        // "Untuk mengantisipasi kenaikan harga, Bupati ...": a purpose told first leans on nothing; "Untuk itu" does.
        boolean purpose = opening.length > 1 && opening[0].equalsIgnoreCase("untuk")
                && opening[1].matches("(?:me|ber|mem|men|meng|meny)\\p{Ll}{3,}");
        if (opening.length == 0 || LEANING_OPENERS.contains(opening[0].toLowerCase(Locale.ROOT)) && !purpose
                || opening[0].equalsIgnoreCase("sisanya") || yangMana(opening)) {
            return false;
        }
        // "Menurut dia, ...", "Kata dia, ...": a pronoun the reader of one sentence cannot resolve.
        if (opening.length > 1 && (opening[0].equalsIgnoreCase("menurut") || opening[0].equalsIgnoreCase("kata"))
                && LEANING_OPENERS.contains(opening[1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < Math.min(3, opening.length); i++) {
            String w = opening[i].toLowerCase(Locale.ROOT);
            if (w.equals("ini") || w.equals("itu") || w.equals("tersebut")) {
                return false;
            }
        }
        return !subjectLeftOut(text);
    }

    private static final Set<String> GOES_ON = Set.of("yaitu", "yakni", "bila", "apabila", "dan", "serta", "lalu");

    /**
     * Whether what the sentence is about is in the sentence before: it goes on from it ("Yaitu dari US$ 62,20 juta
     * menjadi ...") or opens with its verb ("Mengalami peningkatan ..."). Narrower than {@link #standsAlone}: a
     * sentence that only points back ("Akibat banjir itu, harga cabai naik ...") still names its subject.
     */
    boolean lacksSubject(int sentence) {
        String text = readable(sentence).strip().replaceAll("^[\"“”'‘’(]+", "");
        String first = text.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        return GOES_ON.contains(first) || subjectLeftOut(text);
    }

    private static final Pattern VERB_OPENING = Pattern.compile("^(?:Me|Ber|Di|Ter)\\p{Ll}{3,}\\b");
    private static final Pattern MISSPELT_VERB = Pattern.compile("me(?:ng|ny)\\p{Ll}{4,}");
    // Openers built like verbs that are prepositions or link words: "Menurut", "Melalui", "Mengenai", "Merupakan".
    private static final Set<String> NOT_VERB_OPENERS = Set.of("menurut", "melalui", "mengenai", "merupakan", "menjelang",
            "meski", "meskipun", "berdasarkan", "bersama", "terkait", "terhadap", "terlebih", "bersamaan", "diantaranya",
            "dikatakan", "disebutkan", "dijelaskan", "diketahui", "ditambahkan", "diharapkan", "dilansir", "dikutip",
            "terutama", "termasuk", "berkat", "bermula", "memasuki", "mengingat", "menanggapi", "menyikapi", "menyusul",
            "terdapat", "terjadi", "tercatat", "bertempat", "bertepatan", "dibandingkan", "diawali", "didampingi",
            // "Beruntung api bisa dipadamkan ...": fortunately, a word about the sentence, not its verb
            "beruntung", "beruntungnya", "untungnya");

    /**
     * Whether the sentence opens with its verb and no comma follows soon, so its subject is in the sentence before:
     * "Mengalami peningkatan dibanding bulan sebelumnya sebesar ...". "Dikatakan, ..." and "Memasuki musim hujan,
     * warga ..." have a subject after the comma.
     */
    boolean subjectLeftOut(String text) {
        String opening = text.replaceAll("^[\"“”'‘’(]+", "");
        Matcher m = VERB_OPENING.matcher(opening);
        if (!m.find()) {
            return false;
        }
        String word = m.group().toLowerCase(Locale.ROOT);
        if (NOT_VERB_OPENERS.contains(word)) {
            return false;
        }
        // "mengataan": a word no dictionary knows but built as an active verb is a verb misspelt, not a subject.
        boolean misspeltVerb = lexicon.roots(word).isEmpty() && MISSPELT_VERB.matcher(word).matches();
        if (!misspeltVerb && (lexicon.roots(word).isEmpty() || lexicon.roots(word).contains(word))) {
            return false;
        }
        // "Tersangka", "Terdakwa", "Pemerintah": built like verbs, but the thesaurus knows them only as nouns.
        List<Sense> senses = lexicon.senses(word);
        if (!senses.isEmpty() && senses.stream().noneMatch(x -> x.partOfSpeech() != null && x.partOfSpeech().startsWith("v"))) {
            return false;
        }
        String[] words = opening.split("\\s+");
        for (int i = 0; i < Math.min(6, words.length); i++) {
            if (words[i].endsWith(",")) {
                return false;
            }
        }
        return true;
    }

    /** A body sentence without quotation, as a reader meets it, or null: the raw material of why and calculation questions. */
    String statementLike(int sentence) {
        if (!isBody(sentence)) {
            return null;
        }
        String text = readable(sentence).strip();
        return text.matches(".*[\"“”«»].*") ? null : text;
    }

    /**
     * The sentence that proves an answer, as the source writes it, less the dateline that opens the story ("PANTAUBALI.COM,
     * TABANAN – Festival ..."): the outlet's label is no part of what the sentence says.
     */
    Evidence evidence(int sentence) {
        Sentence s = analysis.sentence(sentence);
        return new Evidence(sentence, s == null ? "" : withoutSignOff(withoutDateline(s.text())));
    }

    /** The text less the dateline that opens the story, and the outlet's address after the place's dash. */
    private String withoutDateline(String text) {
        Dateline d = analysis.dateline();
        if (d == null || d.text() == null || d.text().isBlank()) {
            return text;
        }
        int at = text.indexOf(d.text().strip());
        if (at < 0 || at >= 40) {
            return text;
        }
        String rest = text.substring(at + d.text().strip().length()).strip().replaceFirst("^[-–—]+\\s*", "");
        // "TOBOALI – Kabarku.com, Penjabat ...": the outlet's address after the place's dash.
        rest = OUTLET_AFTER_DATELINE.matcher(rest).replaceFirst("");
        return rest.isEmpty() ? text : AnswerText.capitalize(rest);
    }

    String text(int sentence) {
        Sentence s = analysis.sentence(sentence);
        return s == null ? "" : s.text();
    }

    /** The country name as the text writes it, else as Indonesian writes it. */
    String countryName(String code) {
        String inText = countries.get(code);
        return inText != null ? inText : Regions.indonesianName(code);
    }

    /** ISO code of a country name, or null. */
    static String countryCode(String name) {
        return COUNTRY_NAMES.codeOf(name);
    }

    /**
     * Country candidates for distractors: countries of the text first (in order of mention), then the
     * neighbours of the first answer country, never one of the answers or of the excluded codes.
     */
    List<String> countryCandidates(List<String> answerCodes, Set<String> excluded) {
        List<String> out = new ArrayList<>();
        for (String code : countries.keySet()) {
            if (!answerCodes.contains(code) && !excluded.contains(code)) {
                out.add(countryName(code));
            }
        }
        if (!answerCodes.isEmpty()) {
            for (String code : Regions.neighbours(answerCodes.get(0))) {
                if (!answerCodes.contains(code) && !excluded.contains(code) && !countries.containsKey(code)) {
                    out.add(countryName(code));
                }
            }
        }
        return out;
    }

    /** The sentence with the first whole-word occurrence of {@code phrase} replaced by the gap, or null when absent. */
    static String blank(String sentence, String phrase) {
        int at = find(sentence, phrase);
        return at < 0 ? null : sentence.substring(0, at) + GAP + sentence.substring(at + phrase.length());
    }

    /** Index of the first whole-word, case-insensitive occurrence of {@code phrase}, or -1 (a linear scan, no regex). */
    static int find(String sentence, String phrase) {
        if (sentence == null || phrase == null || phrase.isEmpty()) {
            return -1;
        }
        String text = lowerCase(sentence);
        String p = phrase.toLowerCase(Locale.ROOT);
        if (text.length() != sentence.length() || p.length() != phrase.length()) {
            return findSlowly(sentence, phrase);
        }
        for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
            if (wordBoundaries(text, i, p.length())) {
                return i;
            }
        }
        return -1;
    }

    // The sentence searched last, and its lower case: a sentence is searched for many phrases in a row.
    private static final ThreadLocal<String[]> LAST_LOWERED = ThreadLocal.withInitial(() -> new String[2]);

    private static String lowerCase(String sentence) {
        String[] last = LAST_LOWERED.get();
        if (last[0] != sentence && !sentence.equals(last[0])) {
            last[0] = sentence;
            last[1] = sentence.toLowerCase(Locale.ROOT);
        }
        return last[1];
    }

    /** The same search for the rare texts whose lower case changes length (dotted capital I). */
    private static int findSlowly(String sentence, String phrase) {
        for (int i = 0; i + phrase.length() <= sentence.length(); i++) {
            if (sentence.regionMatches(true, i, phrase, 0, phrase.length()) && wordBoundaries(sentence, i, phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean wordBoundaries(String text, int at, int length) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)));
    }

    /** Lower-cases the first letter unless the text opens with a name of the article or an acronym. */
    String decapitalize(String text) {
        if (text == null || text.length() < 2) {
            return text;
        }
        String first = firstWord(text);
        String second = firstWordOf(text.substring(Math.min(text.length(), first.length())).stripLeading());
        // "Badan Pusat Statistik ...": a capital word followed by another opens a name, which keeps its capital.
        // Unless the word is one the article itself writes in lower case ("Puluhan Kepala Keluarga", "Ekspor
        // Indonesia"), which is a common word opening the sentence.
        // A run of three capitalised words opens a name even when its first word is also a common word of the
        // article ("Dewan Perwakilan Rakyat Daerah" in a text that writes "dewan" too).
        String rest = text.substring(Math.min(text.length(), first.length())).stripLeading();
        String third = firstWordOf(rest.substring(Math.min(rest.length(), second.length())).stripLeading());
        boolean longName = !third.isEmpty() && Character.isUpperCase(third.codePointAt(0));
        boolean followedByName = !second.isEmpty() && Character.isUpperCase(second.codePointAt(0))
                && (!lowerCaseWords().contains(first) || longName) && !COMMON_OPENERS.contains(first.toLowerCase(Locale.ROOT));
        // "Mendagri terpantau ...": a short form no dictionary holds, which the article never writes in lower case.
        String bare = first.replaceAll("[^\\p{L}]", "");
        // "Liga 2 2021 memulai pekan kelimanya": a word the article writes capitalised before a figure inside its
        // sentences, and never small, names something.
        boolean numberedName = !second.isEmpty() && Character.isDigit(second.codePointAt(0))
                && capitalisedInside().contains(first) && !lowerCaseWords().contains(first);
        boolean name = properWords.contains(first) || followedByName || numberedName
                || first.length() > 1 && Character.isUpperCase(first.charAt(1))
                || countryCode(first) != null
                || bare.length() > 2 && !lowerCaseWords().contains(bare) && !lexicon.knows(bare.toLowerCase(Locale.ROOT));
        return name ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private final Map<String, Boolean> misspelt = new HashMap<>();
    private Map<String, Integer> wordCounts;

    /**
     * Whether no word of the text written in lower case is a slip of the source: a word the dictionary does not
     * know, written once, one keystroke from a word it knows that the article uses elsewhere (or a long one), or a
     * preposition run into its noun: "harua" (harus), "seuara" (suara), "dikisaran" (di kisaran),
     * "pelajaranyang"; or a capital I read for an l ("Iain" for "lain"). A foreign or new word ("voting", "stunting") is no slip. A sentence shown to teach a word
     * should not teach a misspelling.
     */
    boolean spelledWell(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                lower &= Character.isLowerCase(text.charAt(i));
                i++;
            }
            if (lower && i - start >= MIN_SLIP_LENGTH && misspelt.computeIfAbsent(text.substring(start, i), this::slip)) {
                return false;
            }
            // "daerah-daerah Iain": a capital I read for an l ("lain") by the page's text recognition.
            String word = text.substring(start, i);
            if (word.length() >= 3 && word.charAt(0) == 'I' && word.substring(1).chars().allMatch(Character::isLowerCase)
                    && misspelt.computeIfAbsent(word, w -> !lexicon.knows(w) && lexicon.knows("l" + w.substring(1)))) {
                return false;
            }
        }
        return true;
    }

    /** A yes or no about each sentence, worked out the first time it is asked (a sentence outside the text gets the default). */
    private final class PerSentence {
        private final java.util.function.IntPredicate test;
        private final boolean outside;
        private Boolean[] known;

        PerSentence(java.util.function.IntPredicate test, boolean outside) {
            this.test = test;
            this.outside = outside;
        }

        boolean of(int sentence) {
            if (known == null) {
                known = new Boolean[analysis.sentences().size() + 1];
            }
            if (sentence < 0 || sentence >= known.length) {
                return outside;
            }
            if (known[sentence] == null) {
                known[sentence] = test.test(sentence);
            }
            return known[sentence];
        }
    }

    private final PerSentence sentenceSpelledWell = new PerSentence(s -> spelledWell(text(s)), true);

    /** {@link #spelledWell} of a whole sentence, worked out once per sentence. */
    boolean sentenceSpelledWell(int sentence) {
        return sentenceSpelledWell.of(sentence);
    }

    // A word in lower case long enough to hold a slip, not part of a capitalised or mixed word.
    private static final Pattern ANY_LOWER_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}+(?!\\p{L})");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{5,}(?!\\p{L})");

    private static final int MIN_SLIP_LENGTH = 5;
    private static final String VOWELS = "aeiou";
    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    // The commonest words of Indonesian prose: a slip of one is likely whether or not the article uses it again.
    private static final Set<String> FREQUENT = Set.of("harus", "sudah", "dengan", "untuk", "akan", "dalam", "tidak",
            "karena", "bahwa", "sebagai", "kepada", "dapat", "masih", "lebih", "telah", "juga", "saat", "pada", "oleh",
            "atau", "serta", "namun", "tersebut", "kami", "mereka", "bisa", "sangat", "setelah", "sebelum", "hanya",
            "agar", "suara", "warga", "orang", "tahun", "bulan", "sekitar", "antara", "seperti", "kata", "ujar", "bagi",
            "belum", "pihak", "semua", "secara", "sedang", "sejak", "hingga", "sampai", "ketika", "kembali", "pertama",
            "kegiatan", "masyarakat", "pemerintah", "menjadi", "daerah", "mengatakan", "dilakukan", "kemudian", "bersama");
    private static final Set<String> RUN_INTO_NEXT = Set.of("di", "ke");
    private static final int MIN_RUN_TOGETHER = 11;
    private static final int MIN_DROPPED_LETTER_WORD = 8;
    // Forms written together with the next word by the spelling rules.
    private static final Set<String> COMBINING = Set.of("antar", "pasca", "multi", "super", "ultra", "inter", "lintas",
            "purna", "swasta", "tanpa", "serba", "maha", "semi", "mikro", "makro", "tele", "kontra");
    private static final Set<String> RUN_INTO_BEFORE = Set.of("yang", "dan", "dengan");

    // Nouns of place and position that "di"/"ke" stand apart from, though the affix rules would accept the two run
    // together as a verb ("ditempat", "dirumah", "keluar" is a word and stays out of this list).
    private static final Set<String> LOCATIVE_NOUNS = Set.of("tempat", "rumah", "sana", "sini", "situ", "mana", "dalam",
            "atas", "bawah", "depan", "belakang", "samping", "antara", "sekitar", "kisaran", "lokasi", "kantor", "sekolah",
            "pasar", "jalan", "kota", "desa", "wilayah", "kawasan", "tengah", "sekitarnya", "tingkat", "bidang", "sektor",
            "lapangan", "lingkungan", "kalangan", "masa", "tahun", "akhir", "awal", "bulan");

    private boolean slip(String w) {
        if (w.length() > 4 && (w.startsWith("di") && LOCATIVE_NOUNS.contains(w.substring(2)))
                && wordCounts().getOrDefault(w, 0) <= 1) {
            return true;
        }
        if (wordCounts().getOrDefault(w, 0) > 1 || shortForms().contains(w) || known(w)
                || lexicon.knows(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
            return false;
        }
        // "kependudukan", "kesehatan": the circumfix ke-...-an around a word is a word, not "ke" run into "pendudukan".
        if (w.length() > 6 && w.startsWith("ke") && w.endsWith("an") && lexicon.knows(w.substring(2, w.length() - 2))) {
            return false;
        }
        for (int i = 2; i < w.length() - 1; i++) {
            String head = w.substring(0, i);
            String tail = w.substring(i);
            if (RUN_INTO_NEXT.contains(head) && tail.length() >= 4 && lexicon.knows(tail)
                    || RUN_INTO_BEFORE.contains(tail) && head.length() >= 4 && lexicon.knows(head)) {
                return true;
            }
            // "sebelumnyamendapat": two long words run together, the first no combining form ("antarwarga",
            // "pascapanen" are written as one word).
            if (w.length() >= MIN_RUN_TOGETHER && head.length() >= 5 && tail.length() >= 5 && !COMBINING.contains(head)
                    && lexicon.knows(head) && lexicon.knows(tail)) {
                return true;
            }
        }
        // Only words the article spells elsewhere, or the commonest words, are taken for what the slip meant: a
        // search of the whole dictionary would cost more than the rest of the draft.
        for (String c : wordCounts().keySet()) {
            if (oneSlipApart(w, c) && lexicon.knows(c)) {
                return true;
            }
        }
        for (String c : FREQUENT) {
            if (oneSlipApart(w, c)) {
                return true;
            }
        }
        // (a word the affix rules take apart, "terjangkit" or "limbahnya", is a word, not a slip)
        return w.length() >= MIN_DROPPED_LETTER_LENGTH && lexicon.roots(w).isEmpty()
                && (w.length() >= MIN_VOWEL_SLIP_LENGTH && wrongVowel(w) || droppedLetter(w) || !swappedFixes(w).isEmpty()
                        || w.length() >= MIN_DROPPED_LETTER_WORD && !addedLetterFixes(w).isEmpty());
    }

    /**
     * "bagaiamana" for "bagaimana", "menggambil" for "mengambil": one letter too many in a long word the dictionary does
     * not know, a key struck twice or a vowel beside a vowel, which without it is a word the thesaurus lists. (Any other
     * letter taken out makes words of loans and misreadings: "stunting" is no "sunting".)
     */
    private Set<String> addedLetterFixes(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < w.length(); i++) {
            char extra = w.charAt(i);
            boolean doubled = w.charAt(i - 1) == extra || i + 1 < w.length() && w.charAt(i + 1) == extra;
            boolean vowelCluster = VOWELS.indexOf(extra) >= 0 && (VOWELS.indexOf(w.charAt(i - 1)) >= 0
                    || i + 1 < w.length() && VOWELS.indexOf(w.charAt(i + 1)) >= 0);
            if (!doubled && !vowelCluster) {
                continue;
            }
            String meant = w.substring(0, i) + w.substring(i + 1);
            if (lexicon.knows(meant) && !lexicon.senses(meant).isEmpty()) {
                out.add(meant);
            }
        }
        return out;
    }

    /** "terkahir" for "terakhir": two letters side by side swapped in a word the thesaurus lists. */
    private Set<String> swappedFixes(String w) {
        Set<String> out = new LinkedHashSet<>();
        char[] letters = w.toCharArray();
        // (not the last two letters: "silaturahim" is a spelling of its own beside "silaturahmi")
        for (int i = 1; i + 2 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char c = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = c;
            String meant = new String(letters);
            letters[i + 1] = letters[i];
            letters[i] = c;
            if (lexicon.knows(meant) && !lexicon.senses(meant).isEmpty()) {
                out.add(meant);
            }
        }
        return out;
    }

    private static final int MIN_DROPPED_LETTER_LENGTH = 7;
    private static final String OFTEN_DROPPED = "rngkhlstmbdpaeiou";

    /**
     * "meneima" for "menerima", "pertadingan" for "pertandingan", "menunjukan" for "menunjukkan": one letter left out
     * of a word the thesaurus lists (a common word, not a rare one a slip might make by chance).
     */
    private boolean droppedLetter(String w) {
        return !droppedLetterFixes(w).isEmpty();
    }

    /** The words {@link #droppedLetter} finds one letter short ("pelaksanaa" for "pelaksanaan"). */
    private Set<String> droppedLetterFixes(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i <= w.length(); i++) {
            for (char c : OFTEN_DROPPED.toCharArray()) {
                String meant = w.substring(0, i) + c + w.substring(i);
                if (lexicon.knows(meant) && !lexicon.senses(meant).isEmpty()) {
                    out.add(meant);
                }
            }
        }
        return out;
    }

    private static final int MIN_VOWEL_SLIP_LENGTH = 9;

    /**
     * "penyelanggara" for "penyelenggara": a long word the dictionary does not know that one other vowel makes a word
     * it knows, the article writing it nowhere else. A long word is seldom one vowel from another by chance.
     */
    private boolean wrongVowel(String w) {
        return !wrongVowelFixes(w).isEmpty();
    }

    /** The words {@link #wrongVowel} finds one vowel away. */
    private Set<String> wrongVowelFixes(String w) {
        Set<String> out = new LinkedHashSet<>();
        char[] letters = w.toCharArray();
        for (int i = 1; i < letters.length; i++) {
            char original = letters[i];
            if (VOWELS.indexOf(original) < 0) {
                continue;
            }
            for (char v : VOWELS.toCharArray()) {
                if (v == original) {
                    continue;
                }
                letters[i] = v;
                String meant = new String(letters);
                letters[i] = original;
                if (lexicon.knows(meant)) {
                    out.add(meant);
                }
            }
        }
        return out;
    }

    /**
     * What a slip of the source meant, when one reading alone fits: "ditempat" is "di tempat", "melalukan" is the
     * "melakukan" the article writes elsewhere, "pelaksanaa" is "pelaksanaan"; null when the word is no slip or
     * could be more than one word.
     */
    String meant(String w) {
        if (w.length() < MIN_SLIP_LENGTH || !misspelt.computeIfAbsent(w, this::slip)) {
            return null;
        }
        Set<String> readings = new LinkedHashSet<>();
        // (two long words run together are told apart but not mended: "penandatangan" is one word, and a compound
        // the dictionary lacks would be split wrongly)
        for (int i = 2; i < w.length() - 1; i++) {
            String head = w.substring(0, i);
            String tail = w.substring(i);
            if (RUN_INTO_NEXT.contains(head) && tail.length() >= 4 && lexicon.knows(tail)
                    || RUN_INTO_BEFORE.contains(tail) && head.length() >= 4 && lexicon.knows(head)
                    || head.equals("di") && LOCATIVE_NOUNS.contains(tail)) {
                readings.add(head + " " + tail);
            }
        }
        for (String c : wordCounts().keySet()) {
            if (oneSlipApart(w, c) && lexicon.knows(c)) {
                readings.add(c);
            }
        }
        for (String c : FREQUENT) {
            if (oneSlipApart(w, c)) {
                readings.add(c);
            }
        }
        if (readings.isEmpty() && w.length() >= MIN_DROPPED_LETTER_LENGTH && lexicon.roots(w).isEmpty()) {
            readings.addAll(droppedLetterFixes(w));
            readings.addAll(swappedFixes(w));
            // ("pelaksanaa" is "pelaksanaan" one letter short before it is "pelaksana" one letter long)
            if (readings.isEmpty() && w.length() >= MIN_DROPPED_LETTER_WORD) {
                readings.addAll(addedLetterFixes(w));
            }
            if (w.length() >= MIN_VOWEL_SLIP_LENGTH) {
                readings.addAll(wrongVowelFixes(w));
            }
        }
        return readings.size() == 1 ? readings.iterator().next() : null;
    }

    // A word said twice over ("katanya katanya"), or a word a hedge repeats ("pukul sekitar pukul 17.00").
    private static final Pattern SAID_TWICE = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}{3,})\\s+\\1(?![\\p{L}-])");
    private static final Pattern HEDGE_REPEATS = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}{3,})\\s+(sekitar|kira-kira|hampir|lebih dari)\\s+\\1(?![\\p{L}-])");

    private static final Pattern PREFIX_APART = Pattern.compile("(?<![\\p{L}-])([Dd])i (\\p{Ll}{3,})(?![\\p{L}-])");

    /**
     * Whether "di" before the word is its passive prefix written apart: the thesaurus gives the word as a verb only, the
     * dictionary knows "di" and the word as one ("dicuri"), and the word is no place a "di" could stand before.
     */
    private boolean passiveApart(String word) {
        return passiveApart.computeIfAbsent(word, w -> {
            List<Sense> senses = lexicon.senses(w);
            return !senses.isEmpty() && senses.stream().allMatch(x -> x.partOfSpeech().equals("v"))
                    && lexicon.knows("di" + w) && !LOCATIVE_NOUNS.contains(w);
        });
    }

    private final Map<String, Boolean> passiveApart = new HashMap<>();

    /** {@link #spelledWell} of the text as a question shows it, its slips mended. */
    boolean readsWell(String text) {
        return spelledWell(hasSlips() ? mended(text) : text);
    }

    private final PerSentence sentenceReadsWell = new PerSentence(
            s -> hasSlips() ? readsWell(text(s)) : sentenceSpelledWell(s), true);

    /** {@link #readsWell} of a whole sentence, worked out once per sentence. */
    boolean sentenceReadsWell(int sentence) {
        return sentenceReadsWell.of(sentence);
    }

    /** Whether the word is a slip of the source ("ditingkat" for "di tingkat"): no word to teach. */
    boolean isSlip(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= MIN_SLIP_LENGTH && misspelt.computeIfAbsent(w, this::slip);
    }

    /**
     * Text of the source as a question may show it, with its slips mended where {@link #meant} reads them one way and
     * a word said twice said once; the evidence keeps the source's own words.
     */
    String mended(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // What a question shows comes from the article's sentences: only text that holds one of their slips is read
        // word by word (a draft's questions show some hundred strings; most hold none).
        if (mendable().stream().noneMatch(text::contains)) {
            return text;
        }
        return mendedFully(text);
    }

    private List<String> mendable;

    private static final Pattern LOWER_OPENING_WORDS = Pattern.compile("(?:dr|drg|ir|e-|i\\p{Lu}).*", Pattern.DOTALL);
    private static final String LEADING_MARKS = "\"“”'‘’(«…";

    private final PerSentence brokenTail = new PerSentence(s -> {
        String read = readable(s);
        int i = 0;
        while (i < read.length() && (LEADING_MARKS.indexOf(read.charAt(i)) >= 0 || Character.isWhitespace(read.charAt(i)))) {
            i++;
        }
        return i < read.length() && Character.isLowerCase(read.charAt(i))
                && !LOWER_OPENING_WORDS.matcher(read.substring(i)).matches();
    }, false);

    /**
     * Whether the sentence opens in lower case ("didampingi Kasi ..., Sabtu (20/9/2025)."): the tail of a sentence the
     * page broke, whose subject is on another line. Worked out once per sentence.
     */
    boolean brokenTail(int sentence) {
        return brokenTail.of(sentence);
    }

    /** Whether any sentence of the article holds a slip {@link #mended} changes. */
    boolean hasSlips() {
        return !mendable().isEmpty();
    }

    /** The words and phrases of the article's sentences that {@link #mendedFully} changes, found once. */
    private List<String> mendable() {
        if (mendable == null) {
            Set<String> found = new LinkedHashSet<>();
            for (Sentence s : analysis.sentences()) {
                String text = s.text();
                for (Pattern p : List.of(HEDGE_REPEATS, SAID_TWICE, PREFIX_APART)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        if (!mendedFully(m.group()).equals(m.group())) {
                            found.add(m.group());
                        }
                    }
                }
                Matcher w = LOWER_WORD.matcher(text);
                while (w.find()) {
                    if (meant(w.group()) != null) {
                        found.add(w.group());
                    }
                }
            }
            mendable = List.copyOf(found);
        }
        return mendable;
    }

    private static final Set<String> SIZE_WORDS = Set.of("ratus", "ribu", "juta", "miliar", "milyar", "triliun");

    /** {@link #mended} of a short text that need not come from the article as written (an answer in lower case). */
    String mendedFully(String text) {
        String out = HEDGE_REPEATS.matcher(text).replaceAll("$2 $1");
        // "hilang di curi", "saat di konfirmasi": the passive prefix written apart from a verb
        out = PREFIX_APART.matcher(out).replaceAll(r -> Matcher.quoteReplacement(
                passiveApart(r.group(2)) ? r.group(1) + "i" + r.group(2) : r.group()));
        // "kira kira" is "kira-kira" written without its hyphen; "katanya katanya" is one word said twice.
        // ("10 ribu ribu": a figure's size word typed twice is one size, no "ribu-ribu")
        out = SAID_TWICE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(
                lexicon.roots(r.group(1) + "-" + r.group(1)).isEmpty() || SIZE_WORDS.contains(r.group(1).toLowerCase(Locale.ROOT))
                        ? r.group(1) : r.group(1) + "-" + r.group(1)));
        Matcher m = LOWER_WORD.matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            // a web address ("harapanrakyat.com", "www.x.id/berita") is written as it is
            boolean address = m.end() + 1 < out.length() && out.charAt(m.end()) == '.' && Character.isLetter(out.charAt(m.end() + 1))
                    || m.start() > 0 && "./@".indexOf(out.charAt(m.start() - 1)) >= 0;
            String meant = address ? null : meant(m.group());
            m.appendReplacement(b, Matcher.quoteReplacement(meant == null ? m.group() : meant));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Whether {@code typed} is {@code meant} with one typing slip: a letter doubled or a vowel added beside another
     * ("seuara"), neighbours swapped, a neighbouring key struck ("harua"), or a vowel left out ("telpon").
     */
    static boolean oneSlipApart(String typed, String meant) {
        int lt = typed.length();
        int lm = meant.length();
        if (lm < 4 || Math.abs(lt - lm) > 1 || typed.equals(meant)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(lt, lm) && typed.charAt(i) == meant.charAt(i)) {
            i++;
        }
        if (lt == lm + 1) {
            if (!typed.substring(i + 1).equals(meant.substring(i))) {
                return false;
            }
            char extra = typed.charAt(i);
            boolean doubled = i > 0 && typed.charAt(i - 1) == extra || i + 1 < lt && typed.charAt(i + 1) == extra;
            boolean vowelCluster = VOWELS.indexOf(extra) >= 0 && (i > 0 && VOWELS.indexOf(typed.charAt(i - 1)) >= 0
                    || i + 1 < lt && VOWELS.indexOf(typed.charAt(i + 1)) >= 0);
            // In a long word any letter added is a slip too ("peratama" for "pertama"), as any letter left out is.
            return doubled || vowelCluster || lt >= MIN_DROPPED_LETTER_WORD;
        }
        if (lm == lt + 1) {
            // "telpon" for "telepon"; in a long word any letter left out ("meneima" for "menerima").
            return (VOWELS.indexOf(meant.charAt(i)) >= 0 || lm >= MIN_DROPPED_LETTER_WORD)
                    && typed.substring(i).equals(meant.substring(i + 1));
        }
        if (i + 1 < lt && typed.charAt(i) == meant.charAt(i + 1) && typed.charAt(i + 1) == meant.charAt(i)
                && typed.substring(i + 2).equals(meant.substring(i + 2))) {
            return true;
        }
        return typed.substring(i + 1).equals(meant.substring(i + 1)) && neighbours(meant.charAt(i)).indexOf(typed.charAt(i)) >= 0;
    }

    private Map<String, Integer> wordCounts() {
        if (wordCounts == null) {
            wordCounts = new HashMap<>();
            for (Sentence s : analysis.sentences()) {
                Matcher m = ANY_LOWER_WORD.matcher(s.text());
                while (m.find()) {
                    wordCounts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        return wordCounts;
    }

    private boolean known(String w) {
        return lexicon.knows(w) || !lexicon.roots(w).isEmpty();
    }

    private Set<String> shortForms;

    /** The article's short forms and words it explains in brackets, in lower case: "(damkar)" is no slip of "damar". */
    private Set<String> shortForms() {
        if (shortForms == null) {
            shortForms = new HashSet<>();
            for (var a : analysis.acronyms()) {
                shortForms.add(a.shortForm().toLowerCase(Locale.ROOT));
            }
            for (Sentence s : analysis.sentences()) {
                Matcher m = BRACKETED.matcher(s.text());
                while (m.find()) {
                    for (String w : m.group(1).split("[^\\p{L}]+")) {
                        shortForms.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return shortForms;
    }

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,40})\\)");

    private static String neighbours(char c) {
        StringBuilder out = new StringBuilder();
        for (String row : KEYBOARD) {
            int at = row.indexOf(c);
            if (at > 0) {
                out.append(row.charAt(at - 1));
            }
            if (at >= 0 && at + 1 < row.length()) {
                out.append(row.charAt(at + 1));
            }
        }
        return out.toString();
    }

    // Words that count or group people and never open a name: "Puluhan Kepala Keluarga", "Warga Desa Sukamaju".
    private static final Set<String> COMMON_OPENERS = Set.of("puluhan", "ratusan", "ribuan", "jutaan", "belasan",
            "sejumlah", "beberapa", "para", "seluruh", "semua", "banyak", "sebanyak", "sekitar", "hampir",
            "warga", "penduduk",
            // "Personel Polsek Kraton melakukan ...": the people a unit sends, not a name of it
            "personel", "petugas", "anggota", "jajaran", "pasukan", "prajurit", "relawan", "pengunjung", "peserta");
    private Set<String> lowerCaseWords;

    /** The words the article writes in lower case somewhere, capitalised as they would open a sentence. */
    private Set<String> capitalisedInside;
    private static final Pattern CAPITALISED_BEFORE_FIGURE = Pattern.compile("(?<=\\p{Ll}\\s)(\\p{Lu}\\p{Ll}+)(?=\\s+\\d)");

    /**
     * Words the article writes with a capital after a word in lower case, inside a sentence ("pertandingan Liga 2"):
     * names, whatever the dictionary says of them.
     */
    private Set<String> capitalisedInside() {
        if (capitalisedInside == null) {
            capitalisedInside = new HashSet<>();
            Matcher m = CAPITALISED_BEFORE_FIGURE.matcher("");
            for (Sentence s : analysis.sentences()) {
                m.reset(s.text());
                while (m.find()) {
                    capitalisedInside.add(m.group(1));
                }
            }
        }
        return capitalisedInside;
    }

    private Set<String> lowerCaseWords() {
        if (lowerCaseWords == null) {
            lowerCaseWords = new HashSet<>();
            for (Sentence s : analysis.sentences()) {
                for (String w : s.text().split("[^\\p{L}-]+")) {
                    if (w.length() > 1 && Character.isLowerCase(w.codePointAt(0))) {
                        lowerCaseWords.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                    }
                }
            }
        }
        return lowerCaseWords;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** A sentence quoted inside a prompt. */
    static String quoted(String text) {
        String t = text.strip();
        // '“Pada Maret mendatang ... ____ hektare.': the first sentence of a quote that goes on in the next one opens
        // a mark it never closes; inside «» that stray mark is noise.
        // ('"Saya menunggu ...,” kata X': a quote opened with one kind of mark and closed with the other is whole.)
        if (t.length() > 1 && (t.startsWith("“") || t.startsWith("\"")) && t.indexOf('”', 1) < 0 && t.indexOf('"', 1) < 0) {
            t = t.substring(1).strip();
        }
        return "«" + t + "»";
    }

    /** A sentence quoted inside a prompt, cut to the words around the gap when it is too long to read at a glance. */
    static String quotedAround(String text) {
        return quoted(excerpt(text, GAP));
    }

    private static final int SNAP = 6;
    private static final Set<String> PREDICATE_FIRST = Set.of("merupakan", "adalah", "ialah", "yakni", "yaitu",
            "menjadi", "masih", "sudah", "telah", "akan", "sedang", "tetap");

    /** A word that ends a sentence inside a longer one: "2018.", "lagi!", not "No." or "H." of a name. */
    private static boolean endsSentence(String word) {
        String w = word.replaceAll("[\"”’']+$", "");
        return w.length() > 3 && (w.endsWith(".") || w.endsWith("!") || w.endsWith("?"))
                && !w.matches("(?i)(?:prof|drs?|ir|hj?|no|nomor|jl|tgl|kec|kab|dkk|dll|dsb|st|sh|se|mm|mt|msi)\\.");
    }

    private static boolean endsClause(String word) {
        return word.endsWith(",") || word.endsWith(";") || word.endsWith(":") || word.endsWith(".");
    }

    private static final Set<String> JOINS = Set.of("dan", "serta");

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean opensQuote(String word) {
        return word.startsWith("\"") || word.startsWith("“");
    }

    private static boolean closesQuote(String word) {
        return !opensQuote(word) && word.matches(".*[\\p{L}\\p{N}_)][.,!?]?[\"”][.,]?");
    }

    /** Whether the words before {@code i} end in a capitalised word and a comma that the capitalised words at {@code i} go on from. */
    private static boolean insideNameRun(String[] words, int i) {
        String before = words[i - 1];
        boolean goesOn = capitalised(words[i])
                || JOINS.contains(words[i].toLowerCase(Locale.ROOT)) && i + 1 < words.length && capitalised(words[i + 1]);
        // "… Islam (OKI) atau Extraordinary Islamic Summit": a start between two capitalised words of one name, or
        // before the bracketed short form that closes it, cuts the name.
        boolean withinName = capitalised(before) && !endsClause(before) && !before.endsWith(")")
                && (capitalised(words[i]) || words[i].startsWith("("));
        return before.endsWith(",") && capitalised(before) && goesOn || withinName;
    }

    /** About {@code 2 * EXCERPT_SIDE + 1} words of the text, centred on the first word containing {@code anchor}. */
    static String excerpt(String text, String anchor) {
        String[] words = text.strip().split("\\s+");
        boolean inner = false;
        for (int i = 0; i + 1 < words.length && !inner; i++) {
            inner = endsSentence(words[i]) && Character.isUpperCase(words[i + 1].codePointAt(0));
        }
        // (a quotation of several sentences still keeps to the sentence of the gap)
        if (words.length <= 2 * EXCERPT_SIDE + 4 || words.length <= WHOLE_SENTENCE_WORDS && !inner) {
            return text.strip();
        }
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains(anchor)) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, at - EXCERPT_SIDE);
        int to = Math.min(words.length, at + EXCERPT_SIDE + 1);
        // A quotation of several sentences: the excerpt keeps to the sentence of the anchor ("… 2018. Justru yang …").
        for (int i = at; i > from; i--) {
            if (endsSentence(words[i - 1]) && Character.isUpperCase(words[i].codePointAt(0))) {
                from = i;
                break;
            }
        }
        for (int j = at; j < to - 1; j++) {
            if (endsSentence(words[j]) && Character.isUpperCase(words[j + 1].codePointAt(0))) {
                to = j + 1;
                break;
            }
        }
        // Cut where a clause ends, not inside a phrase ("… itu tim Karhutla"): back to the last comma or the
        // sentence's start within a few words, or on to the next comma before the gap; the same at the end.
        if (from > 0) {
            int back = from;
            while (back > 0 && back > from - SNAP && !endsClause(words[back - 1])) {
                back--;
            }
            if (back == 0 || endsClause(words[back - 1])) {
                from = back;
            } else {
                for (int i = from; i < at && i < from + SNAP; i++) {
                    if (endsClause(words[i])) {
                        from = i + 1;
                        break;
                    }
                }
            }
        }
        // "…, merupakan hasil sitaan …": a clause that opens with its verb has left its subject behind; take the
        // clause before it too, or the sentence from its start.
        if (from > 0 && PREDICATE_FIRST.contains(words[from].toLowerCase(Locale.ROOT))) {
            int back = from - 1;
            while (back > 0 && !endsClause(words[back - 1])) {
                back--;
            }
            from = back;
        }
        // "… Informasi, dan Komunikasi Kebencanaan BNPB, Abdul Muhari …": a comma between capitalised words lies inside
        // a name ("Kepala Pusat Data, Informasi, dan Komunikasi") or a list of names; start before the whole run.
        if (from > 0 && insideNameRun(words, from)) {
            int back = from;
            while (back > 0 && (capitalised(words[back - 1]) || JOINS.contains(words[back - 1].toLowerCase(Locale.ROOT)))) {
                back--;
            }
            int clause = back;
            while (clause > 0 && clause > back - SNAP && !endsClause(words[clause - 1])) {
                clause--;
            }
            from = clause == 0 || endsClause(words[clause - 1]) ? clause : back;
        }
        // "… warga Kampung Cibetus," kata Wiwin pada ____': a start inside a quotation whose opening mark is cut off
        // leaves a stray closing mark; start after it, at the words that say who spoke and when.
        for (int k = at - 1; k >= from; k--) {
            if (opensQuote(words[k])) {
                break;
            }
            if (closesQuote(words[k]) && k + 1 <= at) {
                from = k + 1;
                break;
            }
        }
        if (to < words.length) {
            for (int j = to - 1; j < words.length && j < to - 1 + SNAP; j++) {
                if (endsClause(words[j])) {
                    to = j + 1;
                    break;
                }
            }
        }
        // "… Kalau ini bersambung, … terjaga dengan baik,” tutur Gubernur": a start inside a quotation that runs on to its
        // closing mark; the excerpt opens the quotation again so that its marks pair.
        String[] shown = Arrays.copyOfRange(words, from, to);
        if (from > 0) {
            for (int k = 0; k < shown.length; k++) {
                if (opensQuote(shown[k])) {
                    break;
                }
                if (closesQuote(shown[k])) {
                    shown[0] = (shown[k].contains("”") ? "“" : "\"") + shown[0];
                    break;
                }
            }
        }
        return (from > 0 ? "… " : "") + String.join(" ", shown) + (to < words.length ? " …" : "");
    }

    // Words that make a capitalised run the name of an organisation, a place or a thing, never of a person.
    private static final Set<String> NOT_PERSON_WORDS = Set.of("kementerian", "badan", "dinas", "universitas", "institut",
            "sekolah", "polres", "polda", "polsek", "polri", "tni", "bank", "pt", "cv", "partai", "fraksi", "komisi", "dewan",
            "majelis", "lembaga", "kantor", "jalan", "jl", "kabupaten", "kota", "provinsi", "desa", "kecamatan", "pulau",
            "gunung", "sungai", "stadion", "gedung", "istana", "rumah", "pasar", "bandara", "pelabuhan", "klub", "tim",
            "timnas", "piala", "liga", "festival", "program", "satuan", "pemerintah", "pemkab", "pemkot", "pemprov",
            "direktorat", "sekretariat", "asosiasi", "persatuan", "federasi", "ikatan", "yayasan", "koperasi", "rs",
            "rsud", "puskesmas", "masjid", "gereja", "kampus", "fakultas", "area", "kawasan", "wilayah", "daerah",
            "republik", "kerajaan", "persero", "tbk", "resor", "sektor", "kepolisian", "kejaksaan", "pengadilan",
            "mahkamah", "satpol", "bpbd", "bnpb", "kpk", "dpr", "dprd", "mpr", "kabinet", "koalisi", "nasional",
            "internasional", "indonesia", "asia", "dunia", "politik", "ekonomi", "periode", "plt", "lantai");

    /**
     * Whether a name the analysis found reads as a person's: capitalised words, none of them a word of an
     * organisation or a place, and not every one of them a common word of the dictionary ("Pelayanan Publik").
     */
    boolean looksLikePerson(String name) {
        if (name == null || name.isBlank() || name.length() < 3) {
            return false;
        }
        String[] words = name.strip().split("\\s+");
        boolean allCommon = true;
        for (String w : words) {
            String bare = w.replaceAll("[.,]", "");
            if (bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0))
                    || NOT_PERSON_WORDS.contains(bare.toLowerCase(Locale.ROOT)) || countryCode(bare) != null) {
                return false;
            }
            if (!lexicon.knows(bare.toLowerCase(Locale.ROOT))) {
                allCommon = false;
            }
        }
        return !allCommon;
    }

    /** The name finder's probability from which a person it reads is one (precision about 0.95 there). */
    private static final double PERSON_CONFIDENCE = 0.85;

    /**
     * How surely the name finder read a name as each kind: {@code containing} over the names it found that hold
     * the name's words or are held by them ("Retno" and "Retno Marsudi"), {@code exact} over those with the same
     * words. Made once per name.
     */
    private record Reading(Map<Entity.Kind, Double> containing, Map<Entity.Kind, Double> exact) {
        double containing(Entity.Kind kind) {
            return containing.getOrDefault(kind, 0.0);
        }

        double exact(Entity.Kind kind) {
            return exact.getOrDefault(kind, 0.0);
        }
    }

    private final Map<String, Reading> readings = new HashMap<>();
    private List<Map.Entry<Set<String>, Entity>> entityWords;

    private Reading reading(String name) {
        return readings.computeIfAbsent(name, n -> {
            if (entityWords == null) {
                entityWords = analysis.entities().stream().map(e -> Map.entry(nameWords(e.text()), e)).toList();
            }
            Set<String> words = nameWords(n);
            Map<Entity.Kind, Double> containing = new EnumMap<>(Entity.Kind.class);
            Map<Entity.Kind, Double> exact = new EnumMap<>(Entity.Kind.class);
            for (Map.Entry<Set<String>, Entity> entry : entityWords) {
                Set<String> other = entry.getKey();
                Entity e = entry.getValue();
                if (other.isEmpty() || !(words.containsAll(other) || other.containsAll(words))) {
                    continue;
                }
                containing.merge(e.kind(), e.probability(), Math::max);
                if (other.equals(words)) {
                    exact.merge(e.kind(), e.probability(), Math::max);
                }
            }
            return new Reading(containing, exact);
        });
    }

    /**
     * Whether the name finder read this name as a person's (or the text gives the name a role), and not more surely
     * as an organisation's or a place's: a body, a satellite or a town is no one to ask about. Without the finder's
     * reading (an analysis made without the models) every name the analysis lists counts.
     */
    boolean namedAsPerson(String name, boolean hasRole) {
        if (analysis.entities().isEmpty()) {
            return true;
        }
        Reading r = reading(name);
        double person = r.containing(Entity.Kind.PERSON);
        double thing = Math.max(r.exact(Entity.Kind.ORGANIZATION), r.exact(Entity.Kind.PLACE));
        // Read as a body or a place more surely than as a person: no one. Otherwise a person needs the finder's
        // confidence or a cue of its own, the role the text gives ("Juru Bicara KPK Tessa ...").
        if (thing >= 0.5 && thing >= person) {
            return false;
        }
        return person >= PERSON_CONFIDENCE || hasRole;
    }

    /** Whether the name finder did not read this name as a person's or a body's more surely than as a place's. */
    boolean namedAsPlace(String name) {
        Reading r = reading(name);
        double other = Math.max(r.exact(Entity.Kind.ORGANIZATION), r.containing(Entity.Kind.PERSON));
        return !(other >= 0.5 && other > r.containing(Entity.Kind.PLACE));
    }

    private static Set<String> nameWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The people of the article whose names read as persons', in order of first mention, each once: a name that
     * shares a word with one already taken ("Retno Marsudi", "Menlu Retno", "Retno LP Marsudi") is the same person.
     */
    private static final Set<String> UNIT_HEADS = Set.of("kabag", "kabid", "kadis", "kasi", "kasie", "kasubag", "kasubbag",
            "kasat", "kasudin", "kalak", "kadiv", "kasubdit", "kanit");

    /**
     * Whether the story happens in {@code year}: its title names it ("Porprov Kalteng 2023"), or every dated day of the
     * text falls in it. Then a day of another year offered among the choices falls at once, without reading.
     */
    boolean storyYear(String year) {
        if (headlines().stream().anyMatch(h -> Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(h).find())) {
            return true;
        }
        boolean any = false;
        for (DateMention m : analysis.dates()) {
            String v = m.value();
            if (v != null && v.length() >= 7 && Character.isDigit(v.charAt(0)) && v.contains("-")) {
                if (!v.startsWith(year)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    List<Person> persons() {
        if (persons != null) {
            return persons;
        }
        List<Person> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Person p : analysis.people()) {
            // A name the text also writes as an acronym ("... Satellite (VHTS)") is a thing, not a person.
            // "Deliserdang": a name the text also gives as a place, or as a short form it spells out, is no one; nor is
            // the one word after the short title of a unit's head ("ucap Kabag Kesra", "Kadis Kominfo"): the unit.
            // ("Budi, petani asal Kecamatan Sukamaju, mengaku ...": what the person does, told beside the name, is a
            // person's cue as a role is)
            boolean cued = p.role() != null && !p.role().isBlank() || analysis.sentences().stream()
                    .anyMatch(s -> s.isBody() && id.simak.analysis.PersonExtractor.describedAsPerson(s.text(), p.name()));
            if (!looksLikePerson(p.name()) || !namedAsPerson(p.name(), cued)
                    || p.role() != null && UNIT_HEADS.contains(p.role().toLowerCase(Locale.ROOT)) && !p.name().contains(" ")
                    || analysis.places().stream().anyMatch(pl -> pl.text().equalsIgnoreCase(p.name()))
                    || analysis.acronyms().stream().anyMatch(a -> a.shortForm().equalsIgnoreCase(p.name())
                            || a.longForm().equalsIgnoreCase(p.name()))
                    || p.mentions().stream().anyMatch(m -> m.length() >= 2 && m.equals(m.toUpperCase(Locale.ROOT)) && m.matches("\\p{Lu}+"))) {
                continue;
            }
            boolean same = false;
            for (String w : p.name().split("\\s+")) {
                String key = w.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
                // A shared word, or a short form that opens with one ("Jokowi" for "Joko Widodo").
                if (key.length() >= 3 && (taken.contains(key) || taken.stream().anyMatch(t -> t.length() >= 4
                        && (key.startsWith(t) || t.startsWith(key) && key.length() >= 4)))) {
                    same = true;
                }
            }
            if (same) {
                continue;
            }
            for (String w : p.name().split("\\s+")) {
                taken.add(w.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""));
            }
            out.add(p);
        }
        persons = List.copyOf(out);
        return persons;
    }

    // First words of the names of organisations: an agency, a ministry, a company, a party, a team.
    private static final Set<String> ORGANISATION_HEADS = Set.of("badan", "kementerian", "komisi", "dewan", "bank", "dinas",
            "lembaga", "majelis", "mahkamah", "kepolisian", "kejaksaan", "pengadilan", "partai", "persatuan", "asosiasi",
            "perusahaan", "pt", "universitas", "institut", "direktorat", "sekretariat", "satuan", "pemerintah", "otoritas",
            "organisasi", "federasi", "ikatan", "kantor", "balai", "pusat", "biro", "korps", "tentara", "angkatan",
            "perum", "yayasan", "koperasi", "fraksi", "polres", "polda", "polsek", "pemkab", "pemkot", "pemprov",
            "klub", "timnas", "kedutaan", "konsulat", "perserikatan");
    private static final java.util.regex.Pattern CAPITALISED_RUN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:dan\\s+|&\\s+)?\\p{Lu}[\\p{L}&.-]*){1,6}");

    /**
     * The organisations the body names, each once, as the text first writes them: long forms of abbreviations
     * and capitalised names opened by a word of organisations ("Kementerian Kesehatan", "Pemerintah Kabupaten
     * Bogor"), and the abbreviation ("BPS") by which the text may go on to call one.
     */
    List<String[]> organisations() {
        if (organisations != null) {
            return organisations;
        }
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var a : analysis.acronyms()) {
            String head = firstWord(a.longForm()).toLowerCase(Locale.ROOT);
            if (ORGANISATION_HEADS.contains(head) && seen.add(a.longForm().toLowerCase(Locale.ROOT))) {
                out.add(new String[] {a.longForm(), a.shortForm()});
                seen.add(a.shortForm().toLowerCase(Locale.ROOT));
            }
        }
        for (Sentence s : analysis.sentences()) {
            if (!s.isBody()) {
                continue;
            }
            java.util.regex.Matcher m = CAPITALISED_RUN.matcher(s.text());
            while (m.find()) {
                String name = m.group();
                String head = firstWord(name).toLowerCase(Locale.ROOT);
                // "Balai Kota", "Rumah Sakit" name a building when no organisation word follows ("Balai Besar ...").
                boolean building = name.toLowerCase(Locale.ROOT).startsWith("balai kota");
                if (ORGANISATION_HEADS.contains(head) && !building && !seen.contains(name.toLowerCase(Locale.ROOT))
                        && out.stream().noneMatch(o -> o[0].toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))) {
                    seen.add(name.toLowerCase(Locale.ROOT));
                    out.add(new String[] {name, null});
                }
            }
        }
        organisations = List.copyOf(out);
        return organisations;
    }

    // Words that open the name of a site, a building or a ground rather than of a town or a region.
    private static final String SITE_WORDS = "stadion|gedung|istana|pasar|bandara|pelabuhan|jalan|jl|taman|hotel|kantor"
            + "|balai|lanud|pangkalan|lapangan|terminal|kampus|universitas|sekolah|masjid|gereja|pura|candi|museum|rumah"
            + "|rsud|benteng|kompleks|markas|aula|wisma|pantai"
            // a sports hall, a prison, a police station, a clinic, a school, a boarding school, a temple, a hall
            + "|gor|gelanggang|arena|alun-alun|lapas|rutan|polres|polresta|polsek|polda|puskesmas|rs|klinik"
            + "|sd|sdn|smp|smpn|sma|sman|smk|smkn|mts|mtsn|ponpes|pondok|pesantren|vihara|klenteng|monumen|tugu|plaza"
            + "|mal|mall|pendopo|pendapa|sirkuit|dermaga|stasiun|auditorium|hall|kediaman|konsulat|kedutaan|kedubes";
    private static final java.util.regex.Pattern ADMINISTRATIVE_WORD = java.util.regex.Pattern.compile(
            "(?iu)^(provinsi|kabupaten|kota|kecamatan|kelurahan|desa|dusun|pulau|gunung|sungai|danau|kawasan|" + SITE_WORDS
                    + ")\\b");
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile("(?iu)^(?:" + SITE_WORDS + ")\\b");

    /** Whether a place's name opens with the word of a site ("Lanud TNI AU", "Bandara Tjilik Riwut"), not a town's. */
    static boolean isSite(String name) {
        return SITE.matcher(name).find();
    }

    /** Whether every name starts with the same administrative word (Kecamatan with Kecamatan), or none of them does. */
    boolean sameAdministrativeKind(String answer, List<String> others) {
        String kind = administrativeWord(answer);
        return others.stream().allMatch(o -> kind.equals(administrativeWord(o)));
    }

    private static String administrativeWord(String name) {
        java.util.regex.Matcher m = ADMINISTRATIVE_WORD.matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static final java.util.regex.Pattern TOWN_WORD = java.util.regex.Pattern.compile(
            "(?iu)^(?:provinsi|kabupaten|kab\\.?|kota|kecamatan|kelurahan|desa)\\s+");

    /**
     * Whether two names of the article name one place: "Sidoarjo" and "Kabupaten Sidoarjo" (the town's word aside),
     * "Kota Siantar" and "Kota Pematangsiantar" (a short name that ends the long one), or "RSUD Caruban" and "Rumah
     * Sakit Umum Daerah" (a short form the text spells out, and one name holding the
     * other's words). Such a pair is never a wrong choice or a false version of the other.
     */
    boolean samePlace(String a, String b) {
        String x = TOWN_WORD.matcher(a.strip()).replaceFirst("");
        String y = TOWN_WORD.matcher(b.strip()).replaceFirst("");
        if (AnswerText.sameAnswer(x, y)) {
            return true;
        }
        // "Siantar" and "Pematangsiantar": a one-word name that ends another one-word name of five letters or more.
        String lx = AnswerText.normalize(x);
        String ly = AnswerText.normalize(y);
        if (!lx.contains(" ") && !ly.contains(" ") && Math.min(lx.length(), ly.length()) >= 5
                && (lx.endsWith(ly) || ly.endsWith(lx))) {
            return true;
        }
        List<String> wx = List.of(AnswerText.normalize(spelledOut(x)).split("\\s+"));
        List<String> wy = List.of(AnswerText.normalize(spelledOut(y)).split("\\s+"));
        return wx.size() != wy.size() && (wx.size() > wy.size() ? containsRun(wx, wy) : containsRun(wy, wx));
    }

    /** The name with each short form the article spells out replaced by its long form. */
    private String spelledOut(String name) {
        String out = name;
        for (Acronym a : analysis.acronyms()) {
            if (find(out, a.shortForm()) >= 0 && a.longForm().split("\\s+").length >= 2) {
                out = out.replace(a.shortForm(), a.longForm());
            }
        }
        return out;
    }

    private static boolean containsRun(List<String> longer, List<String> shorter) {
        return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
    }

    /** The short name by which the text mostly calls a person ("Jokowi" for "Joko Widodo"), else the full name. */
    String shortName(String fullName) {
        for (Person p : analysis.people()) {
            if (p.name().equals(fullName)) {
                String shortest = p.name();
                for (String m : p.mentions()) {
                    // Any run of the name's own words ("Suganda" of "Suganda Pandapotan Pasaribu"), not only a part
                    // of the shortest so far.
                    if (m.length() < shortest.length() && (" " + p.name() + " ").contains(" " + m + " ")) {
                        shortest = m;
                    }
                }
                return shortest;
            }
        }
        return fullName;
    }

    Person person(String name) {
        for (Person p : analysis.people()) {
            if (p.name().equals(name) || p.mentions().contains(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the town is the one a person's office is of ("Bupati Batang" in "Kabupaten Batang"): a regent going
     * round his own regency makes no "kunjungan ke Kabupaten Batang" to ask about.
     */
    boolean homeTown(String personName, String town) {
        Person p = person(personName);
        String bare = ADMINISTRATIVE_WORD.matcher(town.strip()).replaceFirst("").strip();
        if (p == null || p.role() == null || bare.isBlank()) {
            return false;
        }
        // The town closes the role right after the office ("Bupati Garut", "Wali Kota Kota Garut"), not after more of
        // another name ("Gubernur Bangka Belitung" is no office of "Kabupaten Belitung").
        String[] role = p.role().strip().split("\\s+");
        String[] name = bare.split("\\s+");
        if (role.length <= name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (!role[role.length - name.length + i].equalsIgnoreCase(name[i])) {
                return false;
            }
        }
        return OFFICE_BEFORE_TOWN.contains(role[role.length - name.length - 1].toLowerCase(Locale.ROOT));
    }

    // The word right before the town in a role of that town: the office or the unit's word.
    private static final Set<String> OFFICE_BEFORE_TOWN = Set.of("bupati", "wabup", "walikota", "kota", "wawali",
            "camat", "lurah", "kades", "desa", "gubernur", "wagub", "kabupaten", "kecamatan", "kelurahan", "provinsi",
            "sekda", "dprd", "kab.");

    /** Country codes a person belongs to by their role ("Presiden China"): no sense asking whether they visited home. */
    Set<String> homeCountries(String personName) {
        Set<String> out = new HashSet<>();
        Person p = person(personName);
        if (p != null && p.role() != null) {
            for (String code : countries.keySet()) {
                if (find(p.role(), countries.get(code)) >= 0) {
                    out.add(code);
                }
            }
        }
        return out;
    }
}
