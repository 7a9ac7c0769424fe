package id.simak.generate;

import id.simak.analysis.Acronym;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asks what the abbreviations of the article stand for. The wrong choices are the other abbreviations' long forms
 * of the same article (real names, never words strung together to look alike); with three or more abbreviations
 * the learner matches them all. The choice question waits in the bank (only the key's first letters fit the short
 * form, so letters alone answer it); writing the long form out may enter the draft.
 */
final class AcronymQuestions {

    private static final int MAX_EVIDENCE = 1500;
    /** Abbreviations of school and state a pupil knows before reading any article: asking them tests nothing. */
    private static final Set<String> KNOWN_TO_EVERY_PUPIL = Set.of("TK", "SD", "SMP", "SMA", "SMK", "MI", "MTS", "MA",
            // the state schools' forms ("SMAN 1 Kendari")
            "SDN", "SMPN", "SMAN", "SMKN", "MAN", "MTSN", "MIN",
            "RI", "NKRI", "TNI", "POLRI", "DPR", "MPR", "PBB", "WIB", "WITA", "WIT", "RT", "RW",
            // the local government and the provinces by the short forms every page writes
            "PEMKOT", "PEMKAB", "PEMPROV", "PEMDA", "JATIM", "JATENG", "JABAR", "KALTIM", "KALTENG", "KALBAR", "KALSEL",
            "KALTARA", "SULTENG", "SULSEL", "SULUT", "SULTRA", "SULBAR", "SUMUT", "SUMBAR", "SUMSEL", "NTB", "NTT",
            "BABEL", "KEPRI", "MALUT", "DIY", "DKI");
    private final ArticleContext ctx;

    AcronymQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    // "Dewan Kerajinan Nasional Daerah Provinsi Jawa Timur" for "Dekranasda Jatim": the province's name is whole
    // without the word "Provinsi", which the short form does not carry.
    private static final java.util.regex.Pattern PROVINCE_WORD = java.util.regex.Pattern.compile("(?iu)\\bprovinsi\\s+");

    /** The long form as the text gives it, and without a "Provinsi" the short form leaves out. */
    private static List<String> accepted(String longForm) {
        String without = PROVINCE_WORD.matcher(longForm).replaceAll("");
        return without.equals(longForm) || without.split("\\s+").length < 2 ? List.of(longForm) : List.of(longForm, without);
    }

    // "Dinas Pendidikan, Pemuda dan Olahraga (Dikpora)": the kind of body before the long form, which the short form
    // may or may not carry.
    private static final java.util.regex.Pattern BODY_BEFORE = java.util.regex.Pattern.compile(
            "(Dinas|Badan|Kantor|Balai|Lembaga|Komisi|Dewan|Direktorat|Biro|Satuan|Kementerian)\\s+$");

    /** The accepted long forms, and the long form with the kind of body the sentence writes before it. */
    private List<String> accepted(Acronym acronym) {
        List<String> out = new ArrayList<>(accepted(acronym.longForm()));
        String text = ctx.text(acronym.sentence());
        int at = ArticleContext.find(text, acronym.longForm());
        if (at > 0) {
            java.util.regex.Matcher body = BODY_BEFORE.matcher(text.substring(0, at));
            if (body.find()) {
                out.add(body.group(1) + " " + acronym.longForm());
            }
        }
        // "Dinas Pemadam Kebakaran dan Penyelamatan (Damkartan)": the kind of body opening the long form is one the short
        // form may or may not carry, so the rest is the long form too.
        // Only where the short form is built of syllables that start in the next word ("Damkartan" from "peDAMam
        // KEbakaran ..."), not of initials that take the body's ("BPJS").
        java.util.regex.Matcher opening = BODY_OPENING.matcher(acronym.longForm());
        String shortForm = acronym.shortForm();
        if (opening.find() && acronym.longForm().substring(opening.end()).split("\\s+").length >= 2 && shortForm.length() >= 4
                && !shortForm.equals(shortForm.toUpperCase(Locale.ROOT))
                && acronym.longForm().substring(opening.end()).split("\\s+")[0].toLowerCase(Locale.ROOT)
                        .contains(shortForm.substring(0, 3).toLowerCase(Locale.ROOT))) {
            out.add(acronym.longForm().substring(opening.end()));
        }
        // "Pemberdayaan dan Kesejahteraan Keluarga" and "Pemberdayaan Kesejahteraan Keluarga": pupils write the name as
        // they know it, with or without its "dan" and commas; the grader takes both, and the teacher sees both.
        String bare = acronym.longForm().replaceAll(",", "").replaceAll("\\s+(?:dan|serta)\\s+", " ").replaceAll("\\s+", " ").strip();
        if (bare.split(" ").length >= 3 && !bare.equals(acronym.longForm()) && !out.contains(bare)) {
            out.add(bare);
        }
        return out;
    }

    private static final java.util.regex.Pattern BODY_OPENING = java.util.regex.Pattern.compile(
            "^(?:Dinas|Badan|Kantor|Balai|Lembaga|Komisi|Dewan|Direktorat|Biro|Satuan)\\s+");

    // "di ruang Video Conference (Vicon)": a short form inside the name of a room or a hall names where someone stood,
    // nothing the article reports.
    private static final java.util.regex.Pattern ROOM_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:ruang|ruangan|aula|lantai|kamar|hall)\\s+$");

    private boolean namesARoom(Acronym acronym) {
        String text = ctx.text(acronym.sentence());
        int at = ArticleContext.find(text, acronym.longForm());
        return at > 0 && ROOM_BEFORE.matcher(text.substring(0, at)).find();
    }

    /** Whether most words of the long form are not Indonesian ("High Performance Computing"): hard to type right. */
    private boolean foreign(String longForm) {
        int words = 0;
        int known = 0;
        for (String word : longForm.split("[\\s,()-]+")) {
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                words++;
                known += ctx.lexicon.knows(word.toLowerCase(Locale.ROOT)) ? 1 : 0;
            }
        }
        return words > 0 && known * 2 < words;
    }

    /**
     * "PARTAI Persatuan Pembangunan (PPP) menjadi ...": a story that opens with its first word in capitals writes the long
     * form as "Partai Persatuan Pembangunan" everywhere else; a short form of its own ("KONI Jawa Timur") stays.
     */
    private Acronym tidied(Acronym a) {
        String[] words = a.longForm().split(" ", 2);
        if (words.length == 2 && words[0].length() >= 4 && words[0].chars().allMatch(Character::isUpperCase)
                && words[1].length() > 1 && Character.isUpperCase(words[1].charAt(0)) && Character.isLowerCase(words[1].charAt(1))
                && ctx.lexicon.knows(words[0].toLowerCase(Locale.ROOT))) {
            return new Acronym(a.shortForm(), AnswerText.capitalize(words[0].toLowerCase(Locale.ROOT)) + " " + words[1], a.sentence());
        }
        return a;
    }

    // "program BSPS Peningkatan Kualitas (PK)", "Kepala Sub Divisi Jasa Asa (DJA) III/1": a short form of the tail of a
    // longer name, after another short form or "Sub", or before the name's number, is no name of its own to write out.
    private static final java.util.regex.Pattern NAME_GOES_ON_BEFORE = java.util.regex.Pattern.compile("(?:\\b\\p{Lu}{2,}\\)?|\\bSub)\\s+$");
    private static final java.util.regex.Pattern NAME_GOES_ON_AFTER = java.util.regex.Pattern.compile("^\\)\\s+[IVX]+/\\d+\\b");

    private boolean pieceOfAName(Acronym acronym) {
        String sentence = ctx.readable(acronym.sentence());
        int at = ArticleContext.find(sentence, acronym.longForm() + " (" + acronym.shortForm());
        if (at < 0) {
            return false;
        }
        int close = at + acronym.longForm().length() + 2 + acronym.shortForm().length();
        return NAME_GOES_ON_BEFORE.matcher(sentence.substring(0, at)).find()
                || close <= sentence.length() && (NAME_GOES_ON_AFTER.matcher(sentence.substring(close)).find()
                        || titleOfAName(acronym.longForm(), sentence.substring(close)));
    }

    /**
     * "narasumber Gusti Kanjeng Ratu (GKR) Mangkubumi": a short form of honorific words right before a name is the title
     * the name is written with, no part of the story to write out.
     */
    private boolean titleOfAName(String longForm, String after) {
        java.util.regex.Matcher m = TITLE_BEFORE_NAME.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        // (an office before the name, "Pelaksana Tugas (Plt) Budi", is the story's and is asked)
        return java.util.Arrays.stream(longForm.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(HONORIFICS::contains);
    }

    // Words of the honorific titles written before names ("Gusti Kanjeng Ratu", "Raden Ajeng", "Kanjeng Raden Mas Haryo").
    private static final Set<String> HONORIFICS = Set.of("gusti", "kanjeng", "ratu", "raden", "mas", "ayu", "ajeng", "bendara",
            "bendoro", "pangeran", "haryo", "tumenggung", "ngabehi", "kangjeng", "bra", "sri", "paduka", "yang", "mulia",
            "kiai", "kyai", "haji", "hajah", "hajjah", "nyai", "daeng", "andi", "teuku", "tengku", "cut", "tuanku", "sutan");

    private static final java.util.regex.Pattern TITLE_BEFORE_NAME = java.util.regex.Pattern.compile("^\\)\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)");

    List<Question> generate() {
        Map<String, Acronym> distinct = new LinkedHashMap<>();
        Set<String> longForms = new HashSet<>();
        for (Acronym found : ctx.analysis.acronyms()) {
            Acronym acronym = tidied(found);
            // A person's short name ("Jokowi" for Joko Widodo) is a nickname, not an abbreviation to expand.
            // The evidence must show the short form spelled out ("SUGBK" only in a caption, its long form in the body,
            // is known but not asked).
            if (ctx.isBody(acronym.sentence()) && acronym.longForm().split("\\s+").length >= 2 && readsAsShortForm(acronym)
                    && ArticleContext.find(ctx.readable(acronym.sentence()), acronym.shortForm()) >= 0
                    && !namesSomethingElse(acronym) && !clippedPlaceName(acronym) && !namesARoom(acronym) && !pieceOfAName(acronym)
                    && !ctx.persons().stream().anyMatch(p -> p.name().equalsIgnoreCase(acronym.longForm()))
                    // "Gubernur ... Ahmad Heryawan (Aher)": the context leaves out a name the text also spells as a short
                    // form, so the analysis' people tell whom, with a role, the text calls by
                    // the short form (a "person" without a role may be the body itself: "Dana Alokasi Khusus (DAK)").
                    && ctx.analysis.people().stream().noneMatch(p -> p.role() != null && p.mentions().contains(acronym.shortForm())
                            && p.name().equalsIgnoreCase(acronym.longForm()))
                    && longForms.add(acronym.longForm().toLowerCase(Locale.ROOT))) {
                distinct.putIfAbsent(acronym.shortForm(), acronym);
            }
        }
        // "harga acuan daerah (HAD)" here and "harga acuan dasar (HAD)" there: a short form the text
        // spells out two ways has two answers a pupil can defend, so it is not asked.
        Map<String, Set<String>> spelled = new java.util.HashMap<>();
        for (Acronym found : ctx.analysis.acronyms()) {
            spelled.computeIfAbsent(found.shortForm(), k -> new HashSet<>()).add(found.longForm().toLowerCase(Locale.ROOT));
        }
        distinct.keySet().removeIf(shortForm -> spelled.getOrDefault(shortForm, Set.of()).size() > 1);
        List<Question> out = new ArrayList<>();
        List<Acronym> all = new ArrayList<>(distinct.values());
        for (Acronym acronym : all) {
            Evidence evidence = ctx.evidence(acronym.sentence());
            String written = written(acronym);
            String why = written != null ? "Teks menuliskan «" + written + "»."
                    : "Menurut teks, " + acronym.shortForm() + " adalah " + (kind(acronym).isEmpty() ? "kependekan " : kind(acronym)) + "dari «" + acronym.longForm() + "».";
            List<String> others = new ArrayList<>();
            for (Acronym other : all) {
                if (other != acronym) {
                    others.add(other.longForm());
                }
            }
            List<String> distractors = ctx.picker.pick(acronym.longForm(), others, 3);
            if (distractors.size() >= 2) {
                out.add(Drafts.choice(Skill.ACRONYM, "Apa kepanjangan dari " + kind(acronym) + acronym.shortForm() + " dalam berita ini?",
                        ctx.picker.choices(List.of(acronym.longForm()), distractors, "acronym" + acronym), acronym.longForm(),
                        why, evidence, Difficulty.EASY, 0.45));
            }
            // Writing the long form out asks what the text spelled out, with no choices whose first letters tell it:
            // judges kept 18 of 22 such questions. One every pupil knows before reading ("SMA") tests nothing.
            // A long form the text misspells ("Kerjasana Operasinal") would mark the right one wrong: the bank keeps it.
            // "PT" is a company or a university to most pupils before it is the text's "Pengadilan Tinggi", "PKN" their
            // school subject before it is the text's party: a short form is asked where the text uses it.
            String where = " dalam berita ini";
            out.add(Drafts.cloze(Skill.ACRONYM, "Tuliskan kepanjangan dari " + kind(acronym) + acronym.shortForm() + where
                    + ": " + acronym.shortForm() + " = " + ArticleContext.GAP, accepted(acronym), why, evidence,
                    Difficulty.MEDIUM, KNOWN_TO_EVERY_PUPIL.contains(acronym.shortForm().toUpperCase(Locale.ROOT)) ? 0.3
                            // a long form in another language is spelt wrong as easily as right: the bank keeps it
                            : misspelt(acronym.longForm()) || foreign(acronym.longForm()) ? 0.45 : 0.55));
        }
        if (all.size() >= 3) {
            List<Acronym> matched = all.subList(0, Math.min(5, all.size()));
            List<String> items = matched.stream().map(Acronym::shortForm).toList();
            List<String> longs = matched.stream().map(Acronym::longForm).toList();
            if (byFirstLetters(items, longs)) {
                return out; // "NTB, HKIMO, TIMO": each short form's first letter picks its long form; nothing is read
            }
            StringBuilder why = new StringBuilder("Menurut teks: ");
            for (int i = 0; i < matched.size(); i++) {
                why.append(i == 0 ? "" : "; ").append(items.get(i)).append(" — ").append(longs.get(i));
            }
            out.add(Drafts.of(QuestionType.MATCHING, Skill.ACRONYM, "Cocokkan setiap singkatan dengan kepanjangannya menurut berita.",
                    items, ctx.picker.shuffle(longs, "acronyms" + items), longs, why.append('.').toString(),
                    evidenceOf(matched), Difficulty.EASY, 0.5));
        }
        return out;
    }

    /**
     * Whether the article also writes the short form with a stop before a name, as the title of another thing ("PT.
     * Wika" beside "Pengadilan Tinggi (PT)"): asked with no sentence, "PT = ____" has two answers a reader can defend.
     */
    private boolean namesSomethingElse(Acronym acronym) {
        java.util.regex.Pattern before = java.util.regex.Pattern.compile(
                "(?<![\\p{L}(])" + java.util.regex.Pattern.quote(acronym.shortForm()) + "\\.\\s+(\\p{Lu}[\\p{L}.]*)");
        String firstLongWord = acronym.longForm().split("\\s+")[0];
        for (id.simak.analysis.Sentence s : ctx.analysis.sentences()) {
            java.util.regex.Matcher m = before.matcher(s.text());
            while (m.find()) {
                // "... petugas BKSDA. Buaya itu ...": a word of the dictionary after the stop starts a sentence.
                String follower = m.group(1).replaceAll("\\.$", "");
                if (!follower.equalsIgnoreCase(firstLongWord) && !ctx.lexicon.knows(follower.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What a teacher calls the short form: "singkatan" for letters read one by one ("KTT", "BMW"), "akronim" for one
     * read as a word, which the text writes in lower case after its first letter ("Polda", "Kejari", "Posbakum", "bapok").
     */
    /**
     * "akronim " for a short form read as a word ("Posbakum", "bapok" written small), "singkatan " for one spelt letter by
     * letter (capitals without a vowel, "DPRD", "BPBD", or "Plt"), and nothing where capitals with a vowel may be either
     * ("PAUD" is said as a word, "KUA" letter by letter): the prompt then asks the long form of the short form itself,
     * so that it names no wrong kind.
     */
    private static String kind(Acronym acronym) {
        String letters = acronym.shortForm().replaceAll("[^\\p{L}]", "");
        boolean vowel = letters.toLowerCase(java.util.Locale.ROOT).chars().anyMatch(c -> "aiueo".indexOf(c) >= 0);
        if (!vowel) {
            return "singkatan ";
        }
        return letters.length() > 1 && letters.substring(1).chars().anyMatch(Character::isLowerCase) ? "akronim " : "";
    }

    /**
     * The pair as its sentence writes it: "Tempat Pelelangan Ikan (TPI)", or the short form first, "TPI (Tempat
     * Pelelangan Ikan)"; null when the sentence writes neither ("Kebijakan Umum Anggaran dan Prioritas Plafon Anggaran
     * Sementara (KUA-PPAS)" holds KUA's long form, but not "Kebijakan Umum Anggaran (KUA)"). An explanation that quotes
     * the text must quote it as it stands.
     */
    private String written(Acronym acronym) {
        String shortFirst = acronym.shortForm() + " (" + acronym.longForm() + ")";
        String longFirst = acronym.longForm() + " (" + acronym.shortForm() + ")";
        String sentence = ctx.readable(acronym.sentence());
        if (sentence == null) {
            return null;
        }
        return ArticleContext.find(sentence, shortFirst) >= 0 ? shortFirst
                : ArticleContext.find(sentence, longFirst) >= 0 ? longFirst : null;
    }

    private static final java.util.regex.Pattern CLAUSE_WORD = java.util.regex.Pattern.compile(
            "(?iu)(?:^|\\s)(?:yang|adalah|sekarang|baru|akan|sudah|telah)(?:\\s|$)|\\d");

    /**
     * Whether the pair reads as a short form and its name: "Bandara Baru" (two words of the dictionary) written before
     * "(Bandara-bandara yang tersambung sekarang baru 2)" is a phrase and a remark, not an abbreviation.
     */
    private boolean readsAsShortForm(Acronym acronym) {
        boolean capitals = false;
        boolean allWords = true;
        for (String part : acronym.shortForm().split("\\s+")) {
            String letters = part.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 2 && letters.chars().filter(Character::isUpperCase).count() >= 2) {
                capitals = true;
            }
            if (!ctx.lexicon.knows(letters.toLowerCase(Locale.ROOT))) {
                allWords = false;
            }
        }
        // "Inacham" and "Ina Chamber": the short form's own letters opening the long one spell nothing out.
        String shortLetters = acronym.shortForm().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        String longLetters = acronym.longForm().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return (capitals || !allWords) && !CLAUSE_WORD.matcher(acronym.longForm()).find()
                && !(shortLetters.length() >= 3 && longLetters.startsWith(shortLetters));
    }

    private static final int MIN_SLIP_WORD = 5;

    /**
     * Whether a word of the long form is no word of the dictionary but one slip from one ("Perdagagan", "Seketaris",
     * "Operasinal"); the names of places and people the text gives are not looked at.
     */
    private boolean misspelt(String longForm) {
        for (String word : longForm.split("[\\s,()]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() < MIN_SLIP_WORD || !w.chars().allMatch(Character::isLetter) || ctx.lexicon.knows(w)
                    || ctx.analysis.places().stream().anyMatch(p -> ArticleContext.find(p.text(), word) >= 0)
                    || ctx.analysis.people().stream().anyMatch(p -> ArticleContext.find(p.name(), word) >= 0)) {
                continue;
            }
            if (oneEditFromAWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One letter added, dropped, changed or swapped inside the word. English names the dictionary knows in Indonesian
     * spelling are no slips: a "c" read as "k" or "s" ("Organic"), "-tion" as "-sion" ("International"), a last
     * letter dropped or added ("Islamic", "Mobile").
     */
    private boolean oneEditFromAWord(String w) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i <= w.length(); i++) {
            for (char c : letters.toCharArray()) {
                boolean english = i < w.length() && (w.charAt(i) == 'c' && (c == 'k' || c == 's')
                        || w.charAt(i) == 't' && c == 's' && w.startsWith("ion", i + 1));
                // ("Indek" for "Indeks": a letter dropped at the end too)
                if (knownLong(w.substring(0, i) + c + w.substring(i))
                        || i < w.length() && !english && knownLong(w.substring(0, i) + c + w.substring(i + 1))) {
                    return true;
                }
            }
            if (i < w.length() - 1 && knownLong(w.substring(0, i) + w.substring(i + 1))) {
                return true;
            }
            if (i + 1 < w.length() && knownLong(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private boolean knownLong(String candidate) {
        return candidate.length() >= MIN_SLIP_WORD + 1 && ctx.lexicon.knows(candidate);
    }

    /** Whether each short form's first letter opens exactly one of the long forms, so the pairs match by letters. */
    static boolean byFirstLetters(List<String> shortForms, List<String> longForms) {
        for (String s : shortForms) {
            char first = Character.toLowerCase(s.charAt(0));
            long opening = longForms.stream().filter(l -> !l.isEmpty() && Character.toLowerCase(l.charAt(0)) == first).count();
            if (opening != 1) {
                return false;
            }
        }
        return true;
    }

    /** Every sentence that gives one of the matched long forms, in the article's order: each pair has its proof. */
    private Evidence evidenceOf(List<Acronym> matched) {
        java.util.TreeSet<Integer> sentences = new java.util.TreeSet<>();
        matched.forEach(a -> sentences.add(a.sentence()));
        StringBuilder text = new StringBuilder();
        for (int s : sentences) {
            text.append(text.length() == 0 ? "" : " … ").append(ctx.text(s));
        }
        // Sentences too long to show together: the first pair's sentence, as before.
        return text.length() > MAX_EVIDENCE ? ctx.evidence(sentences.first()) : new Evidence(sentences.first(), text.toString());
    }

    /**
     * "Arsel" for "(Kecamatan) Arut Selatan": a district's or a village's name clipped, which the text lists among other
     * names; writing it out is copying a name, not knowing a word. A regency's ("Kolut" for Kolaka Utara) stays: judges
     * kept it, as the headline needs it.
     */
    private boolean clippedPlaceName(Acronym acronym) {
        String longForm = acronym.longForm().strip().toLowerCase(Locale.ROOT);
        return ctx.analysis.places().stream().map(p -> p.text().toLowerCase(Locale.ROOT))
                .anyMatch(p -> TOWN_PREFIX.matcher(p).lookingAt() && p.endsWith(" " + longForm));
    }

    private static final java.util.regex.Pattern TOWN_PREFIX = java.util.regex.Pattern.compile(
            "(?:kecamatan|desa|kelurahan|distrik|nagari|dusun|kampung)\\s");
}
