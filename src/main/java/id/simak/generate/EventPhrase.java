package id.simak.generate;

import id.simak.analysis.Lexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the sentence around a date into the event it dates ("Jokowi berkunjung ke Hanoi"), for natural "Kapan ...?" prompts. */
final class EventPhrase {

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:pada\\s+hari|pada|sejak|hingga|sampai|tanggal|tahun|akhir|awal|pertengahan|sepanjang|selama|dari|mulai|per|bulan|medio"
                    // "jelang tutup tahun 2020", "menjelang akhir tahun": the words that place a time in the year
                    + "|jelang|menjelang|tutup|penghujung|ujung)\\s+)+$");
    private static final Pattern SAYING = Pattern.compile(
            "^(?:kata|ujar|ucap|tutur|ungkap|jelas)\\s+(.+?)\\s+(?:saat|ketika|sewaktu|waktu)\\s+(.*)$");
    private static final Pattern LOOSE_END = Pattern.compile("(?i)[\\s,;:]*(?:\\b(?:dan|serta|yakni|yaitu|bahwa)\\s*)*[.!?\"]*$");
    private static final Pattern COUNT_OPENER = Pattern.compile("(?iu)^(?:sebanyak|sejumlah)\\s+(?=\\d)");
    private static final Pattern DANGLING_RELATIVE = Pattern.compile("(?u)\\s+yang\\s+(?:me|ber)\\p{Ll}{3,}$");
    private static final Pattern LOOSE_START = Pattern.compile("(?i)^[\\s,;:\"]*(?:(?:dan|serta|lalu|kemudian)\\s+)*");

    private static final Pattern DAY_BEFORE = Pattern.compile(
            "(?iu)[\\s,]*\\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)(?:\\s+(?:pagi|siang|sore|malam))?[\\s,]*$");
    // A subordinate clause that ends at the date: its event is what the date dates.
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?iu)\\b(?:setelah|sesudah|sebelum|usai|seusai|ketika|sewaktu|tatkala)\\s+([^,]+)$");
    private static final Pattern DATELINE_END = Pattern.compile("(?<!\\d)\\s(?:--|—|–|-)\\s(?!\\d)");
    // (a dash between two figures, "Jam 08.00 – 16.00 WIB", is a span of time, no dateline)
    private static final int LONGEST_LEAD = 22;
    private static final int SHORT_LEAD = 8;

    private EventPhrase() {
    }

    // Words that cannot open the event of a "Kapan ...?" question: it would lean on a clause the prompt has not got.
    private static final Set<String> BAD_OPENERS = Set.of("tapi", "tetapi", "namun", "dan", "serta", "yang", "di", "ke",
            "dari", "pada", "untuk", "dengan", "bahwa", "karena", "itu", "ini", "hal", "ia", "dia", "mereka", "kami", "kita",
            "saya", "aku", "menurut", "sementara", "sedangkan", "jika", "kalau", "sebelum", "setelah", "saat", "ketika",
            "hingga", "sampai", "sejak", "nanti", "kemudian", "lalu", "adapun", "selain", "sehingga", "atau", "oleh",
            "bagi", "akan", "sudah", "telah", "masih", "juga", "pun", "tersebut", "begitu", "demikian", "sebab", "agar",
            "supaya", "meski", "meskipun", "walaupun", "tak", "tidak", "belum", "bukan", "secara", "terkait", "soal", "kecuali",
            "ujar", "kata", "ucap", "tutur", "jelas", "ungkap", "tegas", "imbuh", "lanjut", "terang", "sebut", "tambah",
            "dalam", "antara", "sebagai", "seperti", "yakni", "yaitu", "apa", "siapa", "mana", "bila", "apabila", "usai",
            "melalui", "via", "lewat", "selama", "sepanjang");
    // Words that cannot end it: the clause was cut before its object.
    private static final Set<String> BAD_ENDINGS = Set.of("di", "ke", "pada", "dan", "yang", "untuk", "dengan", "dari",
            "sepanjang", "selama", "mulai", "sejak", "hingga", "sampai", "per", "sebesar", "sebanyak", "mencapai",
            "atau", "oleh", "serta", "bahwa", "karena", "sebagai", "para", "sang", "si", "tersebut", "itu", "ini", "akan",
            "dalam", "antara", "terhadap", "kepada", "bagi", "tentang", "mengenai", "seperti", "yakni", "yaitu", "lalu",
            // "... mengalami kenaikan sejak sekitar?": a word of approximation left before the cut date.
            "sekitar", "sekira", "kurang", "lebih", "kira-kira", "pukul");
    private static final int MAX_EVENT_WORDS = 20;
    // "ini", "itu", "-nya" on a verb point to what the sentence said before: the question would lean on nothing.
    private static final Pattern POINTS_BACK = Pattern.compile("(?iu)\\b(?:ini|itu|tersebut|terdapat|kecuali)\\b|\\b(?:me|mem|men|meng|meny|di|ber)\\p{Ll}{2,}nya\\b");
    /** Whether the phrase leans on what the sentence before said ("instruksi tersebut", "menyampaikannya"). */
    static boolean pointsBack(String phrase) {
        return POINTS_BACK.matcher(phrase).find();
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("(?iu)^\\s*(?:pagi|siang|sore|malam|dini hari|lalu|kemarin|mendatang|nanti)\\b");
    // "Turnamen bulutangkis bertajuk Bupati Cup": words that give a thing its name say nothing happened; nor do those
    // that give its place ("bertempat di PPI Kenyamukan").
    private static final Set<String> NAMING = Set.of("bertajuk", "bertema", "berjudul", "bernama", "bertitel", "berlabel",
            "bertajukkan", "berjuluk", "berinisial", "bertempat", "berlokasi");
    private static final Set<String> BARE_VERBS = Set.of("tiba", "datang", "pergi", "lahir", "meninggal", "mulai", "naik",
            "turun", "tumbuh", "menang", "kalah", "bertemu", "pulang", "jatuh", "masuk", "keluar", "hadir", "tewas",
            "terjadi", "tenggelam", "tampil", "lolos", "gugur", "resmi", "rampung", "selesai", "dibuka", "ditutup");

    // "ada yang menarik usai upacara ...": a clause that only says something exists names no event to date.
    private static final Pattern EXISTENTIAL = Pattern.compile("(?iu)\\s*ada\\s+(?:yang|sesuatu|hal)\\b");
    // "X adalah Y" states what something is, which has no date of its own: "Kapan Indonesia adalah ..." is no question.
    private static final Pattern COPULA = Pattern.compile("(?iu)\\b(?:adalah|merupakan|ialah|yakni|yaitu)\\b");
    // "selama 5 jam 17 menit": a duration, whose date the question would ask as if it were an event.
    private static final Pattern DURATION = Pattern.compile("(?iu)\\b(?:selama|sepanjang)\\s+(?:\\d|\\p{L}+\\s+(?:jam|menit|detik|hari|minggu|pekan|bulan|tahun)\\b)");
    // The reporter reaching a source ("saat dihubungi melalui sambungan telepon") is no event of the story.
    private static final Pattern CONTACT = Pattern.compile(
            "(?iu)\\b(?:dihubungi|dikonfirmasi|ditemui|diwawancarai|dijumpai|sambungan telepon|pesan singkat|pesan tertulis|whatsapp)\\b");

    /** {@link #natural(String)}, with a verb proven by the dictionary: "menit" and "peringkat" are no verbs. */
    static boolean natural(String event, Lexicon lexicon) {
        return natural(event) && hasVerb(event, lexicon);
    }

    /**
     * Whether an event reads as the body of a question "Kapan ...?": three to twenty words, opened by its
     * subject rather than a conjunction, a preposition or a pronoun that points back, ended by a content word,
     * with a verb, and without a quotation or a reported clause.
     */
    static boolean natural(String event) {
        if (event == null || event.startsWith("«")) {
            return false;
        }
        String[] words = event.strip().split("\\s+");
        if (words.length < 3 || words.length > MAX_EVENT_WORDS) {
            return false;
        }
        if (event.matches(".*[\"“”'‘’:;].*") || event.contains(" bahwa ") || POINTS_BACK.matcher(event).find()
                || EXISTENTIAL.matcher(event).lookingAt()
                || COPULA.matcher(event).find() || DURATION.matcher(event).find() || CONTACT.matcher(event).find()) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        if (BAD_OPENERS.contains(first) || BAD_ENDINGS.contains(last) || last.isEmpty()) {
            return false;
        }
        return hasVerb(event) && !event.matches(".*(?:--| - |–|—).*");
    }

    /** Whether the phrase opens with its subject, not a conjunction, a preposition, a negation or a pronoun. */
    static boolean opensWell(String phrase) {
        String first = phrase.strip().split("[\\s,]+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return !first.isEmpty() && !BAD_OPENERS.contains(first) && !ArticleContext.leansBack(first);
    }

    /** Whether the phrase ends with a content word, not a preposition, a conjunction or "yang". */
    static boolean endsWell(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        return !last.isEmpty() && !BAD_ENDINGS.contains(last);
    }

    /** Whether the phrase holds a verb: a lower-case word with a verbal prefix, or a bare verb of events. */
    static boolean hasVerb(String phrase) {
        return hasVerb(phrase, null);
    }

    /**
     * Whether the phrase holds a verb: a bare verb of events, or a lower-case word with a verbal prefix that the
     * dictionary (when given) derives from another root: "menteri", "menit" and "peringkat" only look like verbs.
     */
    static boolean hasVerb(String phrase, Lexicon lexicon) {
        // The first verb after "yang" is the relative clause's, not the predicate: "dua festival budaya yang
        // dilaksanakan di Kalteng" names a thing and says nothing happened.
        boolean relative = false;
        for (String w : phrase.strip().split("\\s+")) {
            if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
                continue;
            }
            String lower = w.replaceAll("[^\\p{L}-]", "");
            if (lower.equals("yang")) {
                relative = true;
                continue;
            }
            boolean verb = BARE_VERBS.contains(lower);
            if (!verb && !NAMING.contains(lower) && lower.matches("(?:me|ber|di|ter|mem|men|meng|meny|per)\\p{L}{3,}")) {
                List<String> roots = lexicon == null ? List.of() : lexicon.roots(lower);
                verb = lexicon == null || roots.isEmpty() || !roots.get(0).equals(lower);
            }
            if (verb && relative) {
                relative = false;
            } else if (verb) {
                return true;
            }
        }
        return false;
    }

    // "Agus Bastian SE, MM kembali ...": a comma before an academic degree belongs to the name, not to the clauses.
    private static final Pattern DEGREE_AFTER = Pattern.compile(
            "^\\s*(?:S\\.\\s?[A-Z][A-Za-z.]{0,5}|M\\.\\s?[A-Z][A-Za-z.]{0,5}|S(?:E|H|T|Pd|Sos|Kom|IP|Ag)|M(?:M|H|T|Si|Pd|Kes|BA|Sc)|Ph\\.?D|Lc)"
            + "(?=[\\s,.]|$)");

    /** Whether the comma at {@code i} stands before an academic degree written after a name. */
    private static boolean beforeDegree(String s, int i) {
        return i > 0 && Character.isLetter(s.charAt(i - 1)) && DEGREE_AFTER.matcher(s.substring(i + 1)).lookingAt();
    }

    // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": commas between the capitalised words of one name that
    // its short form in brackets closes.
    private static final Pattern REST_OF_NAME = Pattern.compile(
            ",\\s*+(?:(?:dan|serta)\\s++)?\\p{Lu}[\\p{L}-]*+(?:(?:,\\s*+|\\s++)(?:(?:dan|serta)\\s++)?\\p{Lu}[\\p{L}-]*+){0,7}"
            + "\\s*+\\(\\p{Lu}\\p{L}{1,11}\\)");

    /** Whether the comma at {@code i} stands inside a name whose short form in brackets follows. */
    private static boolean insideName(String s, int i) {
        return i > 0 && Character.isUpperCase(wordStart(s, i))
                && REST_OF_NAME.matcher(s).region(i, Math.min(s.length(), i + 160)).lookingAt();
    }

    /** The first letter of the word that ends right before {@code i}, or a space when none does. */
    private static char wordStart(String s, int i) {
        int k = i;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        return k < i ? s.charAt(k) : ' ';
    }

    /** Whether the comma at {@code i} separates clauses: not inside a number, before a degree or inside a name. */
    private static boolean clauseComma(String s, int i) {
        return s.charAt(i) == ',' && !insideNumber(s, i) && !beforeDegree(s, i) && !insideName(s, i);
    }

    /** The comma before {@code at} that separates clauses (not one inside a number such as "65,8"), or -1. */
    private static int commaBefore(String s, int at) {
        for (int i = Math.min(at, s.length()) - 1; i >= 0; i--) {
            if (clauseComma(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The clause-separating comma at or after {@code from}, or the sentence length. */
    private static int commaAfter(String s, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (clauseComma(s, i)) {
                return i;
            }
        }
        return s.length();
    }

    /** The first clause-separating comma of the sentence. */
    private static int firstComma(String s) {
        return commaAfter(s, 0);
    }

    // Words that open a predicate, not a subject: an auxiliary, or a passive or active verb in lower case.
    private static final Pattern PREDICATE_OPENER = Pattern.compile(
            "(?u)^(?:(?:akan|telah|sudah|sedang|masih|pun|juga|kemudian|lalu)\\s+)*(?:di|me|mem|men|meng|meny|ber|ter)\\p{Ll}{3,}\\b.*");

    /** Whether the clause opens with its predicate ("disambut oleh ...") and so lacks its subject. */
    static boolean opensWithPredicate(String clause) {
        return PREDICATE_OPENER.matcher(clause.strip()).matches();
    }

    private static boolean insideNumber(String s, int comma) {
        return comma > 0 && comma + 1 < s.length() && Character.isDigit(s.charAt(comma - 1)) && Character.isDigit(s.charAt(comma + 1));
    }

    /** The event the date belongs to, without the date, or null when no clear clause remains. */
    static String of(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        if (at < 0) {
            return null;
        }
        int start = commaBefore(sentence, at) + 1;
        int end = commaAfter(sentence, at + date.length());
        end = end < 0 ? sentence.length() : end;
        String before = PREPOSITION_BEFORE.matcher(sentence.substring(start, at)).replaceAll("");
        Matcher opening = DATELINE_END.matcher(before);
        if (opening.find()) {
            // "BEIJING, 2 Maret (Xinhua) — Presiden ..." : the dateline is no part of the event.
            before = before.substring(opening.end());
        }
        Matcher subordinate = SUBORDINATE.matcher(before);
        if (subordinate.find() && words(subordinate.group(1)) >= 3 && opensWell(subordinate.group(1))
                && hasVerb(subordinate.group(1))) {
            // "Penetapan dilakukan setelah MK mengeluarkan BRPK pada 20 Januari": the date is that of the clause
            // after "setelah", not of the one it is subordinate to.
            before = subordinate.group(1);
        }
        // A time of day or "lalu" after the date belongs to it ("Kamis (9/1) sore", "Mei lalu").
        String following = TIME_OF_DAY.matcher(sentence.substring(at + date.length(), end)).replaceFirst("");
        String clause = (before + " " + following).replaceAll("\\s+", " ");
        clause = tidy(clause);
        if (before.isBlank() && start > 0 && words(clause) >= 3) {
            // "98 unit rumah di RT 05 ..., pada Minggu (18/2/2024) pagi hangus terbakar ...": the date opens the
            // predicate, whose subject is the sentence's first segment.
            String lead = sentence.substring(0, firstComma(sentence));
            Matcher dateline = DATELINE_END.matcher(lead);
            String subject = tidy(dateline.find() ? lead.substring(dateline.end()) : lead);
            if (words(subject) < 2 || hasVerb(subject) || !opensWell(subject) || firstComma(sentence) >= start) {
                return null;
            }
            clause = subject + " " + clause;
        }
        // "Penangkapan dilakukan pada Selasa (7/10) ..., menyusul laporan ...": a noun and its passive verb before the
        // date are the event; the clause after the comma only says why.
        boolean nounAndVerb = words(clause) == 2 && nounThenPassive(clause);
        if (words(clause) < 3 && end < sentence.length() && !nounAndVerb) {
            // A date put in front ("Pada 2019, Jokowi berkunjung ...") dates the clause that follows it, together with
            // the short list items that continue it ("ke Vietnam, Thailand, dan Kamboja").
            int next = commaAfter(sentence, end + 1);
            next = next == sentence.length() ? -1 : next;
            int stop = next < 0 ? sentence.length() : next;
            while (next >= 0) {
                int after = commaAfter(sentence, next + 1);
                int to = after;
                after = after == sentence.length() ? -1 : after;
                if (words(sentence.substring(next + 1, to).replaceAll("^\\s*(?:dan|serta)\\s+", "")) > 2) {
                    break;
                }
                stop = to;
                next = after;
            }
            clause = tidy(sentence.substring(end + 1, stop));
            if (start > 0 && opensWithPredicate(clause)) {
                // "Kedatangan para pemimpin di Bandara X, Tangerang, Senin (4/9), disambut oleh ...": the predicate
                // after the date has its subject before the places and the date, in the sentence's first segment.
                String lead = sentence.substring(0, firstComma(sentence));
                Matcher dateline = DATELINE_END.matcher(lead);
                String subject = tidy(dateline.find() ? lead.substring(dateline.end()) : lead);
                if (words(subject) < 2 || hasVerb(subject) || !opensWell(subject)) {
                    return null;
                }
                clause = subject + " " + clause;
            }
        } else if (words(clause) < 3 && start > 0) {
            // A date at the very end ("..., pada 10-11 Maret.") dates everything before it.
            String lead = sentence.substring(0, at);
            Matcher dateline = DATELINE_END.matcher(lead);
            // "..., Jakarta, Minggu, 24 November 2024": the day's name belongs to the date, not to the event.
            String trimmed = DAY_BEFORE.matcher(dateline.find() ? lead.substring(dateline.end()) : lead).replaceAll("");
            clause = tidy(PREPOSITION_BEFORE.matcher(trimmed).replaceAll(""));
            int quoteEnd = Math.max(clause.lastIndexOf('"'), clause.lastIndexOf('”'));
            if (quoteEnd >= 0) {
                // '"...," ujar Rudi di Jakarta, Kamis (2/3).' dates the statement, not the quote.
                // '"...," ujar Rudi di Jakarta, Kamis (2/3).' dates a statement whose words the prompt cannot carry.
                return null;
            }
            if (words(clause) > LONGEST_LEAD || clause.contains(" bahwa ")) {
                return shortLead(clause);
            }
        } else if (tidy(sentence.substring(at + date.length(), end)).isEmpty()
                && (words(clause) > LONGEST_LEAD || clause.contains(" bahwa "))) {
            return shortLead(clause);
        } else if (clause.startsWith("yang ") && start > 0) {
            // "..., yang dijadwalkan berlangsung pada ..." describes the noun phrase of the segment before.
            int headStart = sentence.lastIndexOf(',', start - 2) + 1;
            clause = tidy(sentence.substring(headStart, start - 1)) + " " + clause.substring(5);
        }
        if (clause.contains(". ")) {
            return shortLead(clause);
        }
        Matcher saying = SAYING.matcher(clause);
        if (saying.matches()) {
            clause = saying.group(1) + " " + saying.group(2);
        }
        // "Bupati Buton Drs La Bakry M.Si ketika memberikan bantuan ..., Jumat (23/07).": a caption's "ketika" after
        // its subject leaves the event without a predicate of its own.
        clause = CAPTION_WHEN.matcher(clause).replaceFirst("$1");
        // "Kapan sebanyak 39 rumah ... akibat angin puting beliung yang menerjang?": the count's "sebanyak" and a
        // relative clause left without the date it ended with read as no question does.
        clause = DANGLING_RELATIVE.matcher(COUNT_OPENER.matcher(clause).replaceFirst("")).replaceFirst("");
        return words(clause) < 3 && !nounAndVerb ? null : clause;
    }

    private static final Pattern CAPTION_WHEN = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}.']*\\s+){2,})(?:ketika|saat|sewaktu|tatkala)\\s+(?=(?:me|mem|men|meng|meny|ber|di)\\p{Ll}{3,})");
    private static final Pattern NOUN_THEN_PASSIVE = Pattern.compile(
            "(?u)^\\p{Lu}\\p{Ll}{3,}(?:an)\\s+(?:dilakukan|dilaksanakan|digelar|diadakan|dimulai|berlangsung|terjadi)$");

    /** "Penangkapan dilakukan", "Pelantikan digelar": a noun of a happening and the verb that says it took place. */
    private static boolean nounThenPassive(String clause) {
        return NOUN_THEN_PASSIVE.matcher(clause.strip()).matches();
    }

    /**
     * When the clause is too long to ask about as a whole, or the date belongs to a reported clause ("mengatakan
     * bahwa ... sejak ia dilantik pada ..."), only the words right before the date, which is what it dates.
     */
    private static String shortLead(String clause) {
        String[] w = clause.split("\\s+");
        return "«… " + String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - SHORT_LEAD), w.length)) + "»";
    }

    // "hasil seleksi ... (PPPK), akan diumumkan": a comma between the subject and its auxiliary, which a question drops.
    private static final Pattern COMMA_BEFORE_AUXILIARY = Pattern.compile("(?u)(?<=[\\p{L})]),\\s+(?=(?:akan|telah|sudah|sedang|masih)\\s+\\p{Ll})");

    // "terjadi pukul 04.00 WIB", "sekitar pukul 09.30 WITA": the hour of a day the question asks for is no part of
    // the event ("Kapan banjir terjadi pukul 04.00 WIB?").
    private static final Pattern CLOCK = Pattern.compile(
            "(?iu)\\s*,?\\s*(?:sekitar\\s+|pada\\s+)?pukul\\s+\\d{1,2}(?:[.:]\\d{2})?(?:\\s*(?:WIB|WITA|WIT|waktu setempat))?");

    private static String tidy(String clause) {
        String c = COMMA_BEFORE_AUXILIARY.matcher(clause).replaceAll(" ");
        c = CLOCK.matcher(c).replaceAll("").replaceAll("\\s{2,}", " ");
        c = LOOSE_START.matcher(c).replaceAll("");
        c = LOOSE_END.matcher(c).replaceAll("");
        return c.strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
