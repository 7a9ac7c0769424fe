package id.simak.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lists the text spells out ("A, B, C, dan D", "yaitu A, B, C", numbered items after a colon) with the word
 * that introduces them.
 */
public final class EnumerationExtractor {

    private static final Set<String> CONJUNCTIONS = Set.of("dan", "serta", "atau", "maupun");
    // "A, B, hingga C": a last item after "hingga" closes a list of names as "dan" would.
    private static final Set<String> NAME_CLOSERS = Set.of("hingga", "sampai");
    // Words that end a list item at its edges: prepositions, relatives and the like.
    private static final Set<String> BOUNDARIES = Set.of(
            "di", "ke", "dari", "pada", "kepada", "untuk", "dengan", "dalam", "sebagai", "oleh", "selama", "sejak", "hingga",
            "antara", "bagi", "terhadap", "yang", "adalah", "ialah", "yaitu", "yakni", "seperti", "termasuk",
            "mengenai", "tentang", "terkait", "berkaitan", "seputar", "karena", "sehingga", "agar", "supaya", "ketika", "saat", "bahwa", "akan",
            "telah", "sudah", "juga", "ini", "itu", "tersebut", "kata", "ujar", "ujarnya", "katanya", "tegas",
            "melalui", "menuju", "atas", "tanpa", "demi", "per", "lalu", "kemudian", "namun", "tetapi", "berupa",
            "meliputi", "perlu", "harus", "bisa", "dapat", "ingin", "mau", "para", "utamanya", "terutama",
            "khususnya", "terus", "tetap", "pun", "pula", "sedangkan", "sementara", "diantaranya", "antaranya",
            // a measure follows a noun phrase, it is not part of the item ("gandum seharga 3,25 dolar")
            "seharga", "sebanyak", "sebesar", "senilai", "setara", "seluas", "berdasarkan",
            // verbs with ter- that open the predicate after a list ("bijih, kerak, dan abu logam tercatat tumbuh")
            "tercatat", "terjadi", "terdapat", "tersebar", "terletak", "terlihat", "terbukti", "tersedia", "terkena",
            "tergolong");
    // Prepositions an item may hold inside when the list is introduced ("pembangunan di wilayah perbatasan").
    private static final Set<String> PREPOSITIONS = Set.of("di", "ke", "dari", "pada", "kepada", "untuk", "dengan", "dalam",
            "bagi", "terhadap", "antara", "oleh", "atas", "tentang", "mengenai", "sebanyak", "seluas", "sebesar",
            "berukuran", "berdasarkan");
    // Prepositions that open an adjunct of the clause, not a measure of the item ("berukuran", "sebanyak").
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("di", "ke", "dari", "pada", "kepada", "untuk", "dengan", "bagi",
            "terhadap", "oleh");
    // Words that stand between a head and its list without being the head ("isu-isu tentang ...").
    private static final Set<String> LINKS = Set.of("mengenai", "tentang", "yaitu", "yakni", "para", "adalah", "ialah");
    // Nouns after which a list follows ("prinsip A dan B", "bantuan A, B dan C").
    private static final Set<String> LIST_HEADS = Set.of("prinsip", "nilai", "bidang", "sektor", "isu", "isu-isu",
            "aspek", "faktor", "pilar", "komoditas", "program", "langkah", "tujuan", "hal", "fungsi", "bantuan",
            "gelar", "jenis", "kategori", "keperluan", "unsur", "potensi", "kriteria", "syarat", "persyaratan", "cabang",
            "materi");
    // Heads of a body whose name lists its fields with commas ("Kementerian Desa, Pembangunan Daerah Tertinggal, dan
    // Transmigrasi", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi").
    private static final Set<String> BODY_HEADS = Set.of("kementerian", "kementrian", "menteri", "kemenko", "menko",
            "dinas", "badan", "komisi", "direktorat", "biro", "deputi", "kantor");
    private static final int MAX_ITEM_WORDS = 6;
    // No list is read past this many segments, which keeps a run of thousands of commas linear.
    private static final int MAX_SEGMENTS = 40;
    private static final int MAX_LONG_ITEM_WORDS = 10;
    // Words of a clause, not of a noun phrase: a segment holding one is no list item ("tidak ada jalan lain ...").
    private static final Set<String> CLAUSE_WORDS = Set.of("tidak", "bukan", "ada", "adalah", "akan", "telah", "sudah",
            "belum", "bahwa", "jika", "kalau", "karena", "apalagi", "terutama", "akibat", "mulai", "sedang", "masih",
            "mereka", "ia", "dia", "kami", "kita", "saya", "beliau", "pihaknya", "dirinya", "apa", "bagaimana",
            "merupakan", "menjadi", "terus", "tetap", "namun", "akhirnya");
    // Words of manner and frequency that open a clause after "serta" ("serta selalu waspada").
    private static final Set<String> ADVERBS = Set.of("selalu", "senantiasa", "juga", "harus", "wajib", "perlu",
            "segera", "lebih", "sering", "kerap", "turut", "ikut");
    // "Pertama, ..." opening a sentence is a point of an argument, not an item; elsewhere an ordinal is part of
    // its phrase ("Sekolah Menengah Pertama", "kedua negara").
    private static final Set<String> ORDINALS = Set.of("pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir");
    // Words and phrases that announce a list; the items follow them directly.
    private static final List<String> INTRODUCERS = List.of("yaitu", "yakni", "antara lain", "di antaranya",
            "diantaranya", "meliputi", "termasuk", "terdiri dari", "terdiri atas", "seperti", "berupa", "misalnya",
            "contohnya", "mulai dari", "mulai", "sebagai berikut", "adalah", "ialah",
            // who attended or came along: "Hadir juga Kepala Dinas A di B Budi, Camat C Ahmad, dan ..."
            "dihadiri", "dihadiri oleh", "hadir juga", "hadir pula", "turut hadir", "didampingi", "didampingi oleh",
            "disambut", "disambut oleh");
    // "dan lain-lain": the list goes on beyond what is written; it closes the list without being an item.
    private static final Set<String> ET_CETERA = Set.of("lain-lain", "lainnya", "sebagainya", "lain-lainnya", "dll",
            "dsb", "lain sebagainya");
    // Common nouns that look like prefixed verbs.
    private static final Set<String> NOT_VERBS = Set.of("menteri", "media", "metode", "meter", "menit", "menara",
            "mesin", "merek", "memori", "mental", "mekanisme", "mentor", "menu", "medis", "mediasi", "direktur",
            "direksi", "diskusi", "digital", "dimensi", "diploma", "direktorat", "distrik", "distribusi", "dividen",
            "dinamika", "disiplin", "diaspora", "mereka", "menurut", "mengenai", "melalui", "meskipun", "memang",
            "mengingat");
    private static final Set<String> DAYS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
            "minggu");
    private static final Set<String> MONTHS = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember");
    private static final Set<String> NUMBER_WORDS = Set.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh", "sebelas", "seratus", "seribu", "belasan", "puluhan", "ratusan",
            "ribuan");
    // Words that open the name of a region, by tier: "Desa A, Kecamatan B, Kabupaten C" is one address.
    private static final Map<String, Integer> TIERS = Map.ofEntries(
            Map.entry("rt", 0), Map.entry("rw", 0), Map.entry("dusun", 1),
            Map.entry("desa", 1), Map.entry("kelurahan", 1), Map.entry("kampung", 1),
            Map.entry("kecamatan", 2), Map.entry("distrik", 2), Map.entry("kabupaten", 3),
            Map.entry("kota", 3), Map.entry("provinsi", 4));
    private static final Set<String> TEMPORAL = Set.of("usai", "seusai", "setelah", "sesudah", "sebelum", "ketika",
            "saat", "selama");
    // Words that open a clause fronted before the subject ("Sebelum pulang ke kantor, ...").
    private static final Set<String> SUBORDINATORS = Set.of("sebelum", "setelah", "sesudah", "usai", "seusai", "saat",
            "ketika", "selama", "selain", "meski", "meskipun", "walaupun", "walau", "jika", "apabila", "kalau",
            "karena", "sebab", "agar", "supaya", "sementara", "sedangkan", "begitu", "sejak");
    // A word, a bracket with what it holds, or a comma; a comma between digits belongs to a number ("1,6").
    private static final Pattern TOKEN = Pattern.compile("\\([^()]*\\)|,|(?:[^\\s,()]|(?<=\\d),(?=\\d))+");
    // A list item that is only a number fragment ("2", "35") comes from a misread figure, not from a list.
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\d.,]+");
    private static final Pattern YEAR_BRACKET = Pattern.compile("\\(\\s*(?:19|20)\\d\\d\\s*\\)");
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*(?:[-/]\\d[\\d.,]*)?|[IVXL]+(?:-[IVXL]+)?");

    private EnumerationExtractor() {}

    /** A word of a sentence, or a bracket with its contents, with its offsets in the sentence. */
    private record Word(String text, int start, int end, String lower) {

        Word(String text, int start, int end) {
            this(text, start, end, lowerOf(text));
        }

        /** The word in lower case; a word in capitals keeps them, as "DI" (Yogyakarta) is no preposition. */
        private static String lowerOf(String text) {
            String lowered = text.toLowerCase(Locale.ROOT);
            boolean capitals = text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(lowered);
            return capitals ? text : lowered;
        }

        boolean bracket() {
            return text.startsWith("(");
        }

        boolean comma() {
            return text.equals(",");
        }

        /** A name's word: capitalised, or a figure inside a name ("Gedung 7 Timur"). */
        boolean capital() {
            return !text.isEmpty()
                    && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
        }

        boolean number() {
            return !text.isEmpty() && Character.isDigit(text.codePointAt(0)) || NUMBER_WORDS.contains(lower());
        }
    }

    /**
     * The dictionary of the reading under way on this thread, if any: it tells a word that only looks prefixed
     * ("medali", "dinding", "dialog") from a verb ("memboyong", "dikirim").
     */
    private static final ThreadLocal<Lexicon> DICTIONARY = new ThreadLocal<>();

    /** The lists of a text, with the dictionary telling words that only look like verbs from verbs. */
    static List<Enumeration> extract(List<SentenceSplitter.Span> spans, List<QuoteExtractor.Found> quotes, Lexicon lexicon) {
        DICTIONARY.set(lexicon);
        try {
            return extract(spans, quotes);
        } finally {
            DICTIONARY.remove();
        }
    }

    static List<Enumeration> extract(List<SentenceSplitter.Span> spans, List<QuoteExtractor.Found> quotes) {
        List<Enumeration> out = new ArrayList<>();
        Set<Integer> lineItems = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            ListLines.read(spans, i, quotes, out, lineItems);
        }
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            // A numbered item is one thing (often a title); its commas belong to it.
            if (!span.sentence().isBody() || lineItems.contains(i)) {
                continue;
            }
            String text = span.sentence().text();
            // Quotation marks, colons, semicolons and sentence ends cut the sentence into stretches a list cannot
            // cross; a bracket stays inside its stretch as one word.
            int from = 0;
            int depth = 0;
            for (int c = 0; c <= text.length(); c++) {
                char ch = c < text.length() ? text.charAt(c) : '.';
                if (ch == '(') {
                    depth = text.indexOf(')', c) > 0 ? depth + 1 : depth;
                } else if (ch == ')') {
                    depth = Math.max(0, depth - 1);
                }
                boolean cut = c == text.length() || depth == 0 && ("\"“”;:!?".indexOf(ch) >= 0
                        || ch == '.' && !(c + 1 < text.length() && Character.isDigit(text.charAt(c + 1)))
                        && !abbreviationAt(text, c));
                if (cut) {
                    if (c > from) {
                        scan(text, from, c, span, quotes, out, from > 0 && text.charAt(from - 1) == ':');
                    }
                    from = c + 1;
                }
            }
        }
        out.sort(Comparator.comparingInt(Enumeration::sentence));
        return out;
    }

    /**
     * Whether the period at {@code dot} ends a title or an initial the sentence goes on after ("Direktur ... Dr. Capt.
     * Budi Santoso, ..."): the sentence splitter kept it inside, and a list's item goes on across it.
     */
    private static boolean abbreviationAt(String text, int dot) {
        if (dot + 1 >= text.length()) {
            return false;
        }
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != ',') {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0))
                || SentenceSplitter.ABBREVIATIONS.contains(word);
    }

    private static void scan(String text, int from, int to, SentenceSplitter.Span span,
                             List<QuoteExtractor.Found> quotes, List<Enumeration> out, boolean afterColon) {
        List<List<Word>> all = segments(text, from, to);
        // "afirmasi dan prestasi, sambung Budi, hal itu ...": the words that say who speaks close a list; what
        // stands on either side of them is read apart.
        int begin = 0;
        // "Pihaknya berharap, timbangan digital, gawang, ...": after the speaker, what is said starts as after a colon.
        boolean opened = afterColon;
        for (int i = 0; i < all.size(); i++) {
            if (attribution(all.get(i))) {
                if (i > begin) {
                    scanSegments(all.subList(begin, i), span, quotes, out, opened);
                }
                begin = i + 1;
                opened = speakerFirst(all.get(i));
            }
        }
        if (begin < all.size()) {
            scanSegments(all.subList(begin, all.size()), span, quotes, out, opened);
        }
    }

    // Verbs of saying in the short form that follows what was said ("..., sambung Budi,", "..., jelasnya,").
    private static final Set<String> SAYING = Set.of("sambung", "ujar", "kata", "tutur", "jelas", "imbuh", "tambah",
            "lanjut", "ungkap", "terang", "tegas", "papar", "sebut", "pungkas", "ucap", "tandas", "katanya", "ujarnya",
            "tuturnya", "jelasnya", "imbuhnya", "tambahnya", "lanjutnya", "ungkapnya", "terangnya", "tegasnya",
            "paparnya", "sebutnya", "pungkasnya", "ucapnya", "tandasnya", "sambungnya");

    // Verbs of saying and hoping after their subject, before a comma and what is said ("Ia menjelaskan, ...").
    private static final Set<String> SAYING_BEFORE = Set.of("berharap", "mengatakan", "menjelaskan", "menuturkan",
            "mengungkapkan", "menambahkan", "menegaskan", "menyampaikan", "mengaku", "menilai", "menyebutkan");

    /** "Pihaknya berharap, timbangan, gawang, dan spanduk ...": who speaks, before what is said. */
    private static boolean speakerFirst(List<Word> segment) {
        return segment.size() >= 2 && segment.size() <= 3 && SAYING_BEFORE.contains(segment.get(segment.size() - 1).lower())
                && segment.stream().limit(segment.size() - 1).noneMatch(w -> verb(w) || BOUNDARIES.contains(w.lower()));
    }

    /** Whether a segment only says who speaks: "sambung Budi", "kata dia", "jelasnya", "Pihaknya berharap". */
    private static boolean attribution(List<Word> segment) {
        if (speakerFirst(segment)) {
            return true;
        }
        if (segment.isEmpty() || segment.size() > 4 || !SAYING.contains(segment.get(0).lower())) {
            return false;
        }
        if (segment.size() == 1) {
            return segment.get(0).lower().endsWith("nya");
        }
        Word next = segment.get(1);
        return next.capital() && next.start() > 0 || Set.of("dia", "ia", "beliau", "mereka").contains(next.lower());
    }

    private static void scanSegments(List<List<Word>> segments, SentenceSplitter.Span span,
                                     List<QuoteExtractor.Found> quotes, List<Enumeration> out, boolean afterColon) {
        if (segments.size() == 1) {
            pairAfterHead(segments.get(0), span, quotes, out);
            return;
        }
        int s = 0;
        while (s < segments.size() - 1) {
            int next = repeatedPreposition(segments, s, span, quotes, out);
            if (next < 0) {
                Candidate list = tryList(segments, s, span, quotes, afterColon && s == 0);
                // "dilihat dari komoditas penyumbangnya, surplus terbesarnya dari A, B dan C, dan D": a list that
                // takes a phrase with a preposition for an item gives way to the plain list that ends with it.
                if (list != null && list.relaxed()) {
                    Candidate later = tryList(segments, s + 1, span, quotes, false);
                    if (later != null && later.next() == list.next() && !later.relaxed()) {
                        list = later;
                    }
                }
                if (list != null) {
                    out.add(list.list());
                }
                next = list == null ? s + 1 : list.next();
            }
            s = Math.max(s + 1, next);
        }
    }

    /** A list found at a segment, the segment after it, and whether a middle item needed the head's leniency. */
    private record Candidate(Enumeration list, int next, boolean relaxed) {}

    /** The comma-separated segments of a stretch as words. */
    private static List<List<Word>> segments(String text, int from, int to) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.substring(from, to));
        while (m.find()) {
            Word w = new Word(m.group(), from + m.start(), from + m.end());
            if (w.comma()) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(w);
            }
        }
        segments.add(current);
        // "Capt. Budi Santoso, M.Mar, kepala ...": a degree after a name's comma is the name's, no segment of its own.
        for (int i = segments.size() - 1; i > 0; i--) {
            List<Word> segment = segments.get(i);
            List<Word> before = segments.get(i - 1);
            if (!segment.isEmpty() && segment.size() <= 3 && !before.isEmpty() && before.get(before.size() - 1).capital()
                    && segment.stream().allMatch(w -> PersonNames.isDegree(w.text()))) {
                Word last = before.remove(before.size() - 1);
                before.add(new Word(last.text() + ",", last.start(), last.end() + 1));
                before.addAll(segment);
                segments.remove(i);
            }
        }
        return segments;
    }

    /** What is known of a list while its items are gathered. */
    private static final class Draft {
        final List<List<Word>> items = new ArrayList<>();
        boolean conjoined;
        boolean introduced;
        /** A list noun stands just before the first item ("prinsip saling percaya, ..."). */
        boolean headed;
        /** A preposition stands close before the first item ("berdasarkan usia, ..."). */
        boolean afterPreposition;
        /** A middle item was taken only because of the head's leniency. */
        boolean relaxed;
        boolean parallel;
        String introducer;
        List<Word> first;
        int firstSegment;
        int next;
    }

    /** Tries a list whose first item ends segment {@code s}; null when there is none. */
    private static Candidate tryList(List<List<Word>> segments, int s, SentenceSplitter.Span span,
                                     List<QuoteExtractor.Found> quotes, boolean afterColon) {
        Draft d = new Draft();
        List<Word> firstWords = segments.get(s);
        int intro = introducerEnd(firstWords);
        d.firstSegment = s;
        int k = s + 1;
        // "Turut serta mendampingi kunjungan tersebut, kepala A Budi, kepala B Ahmad, dan ...": who came along is
        // listed after the comma that closes the words saying so.
        boolean attendance = intro < firstWords.size() && attendanceOpening(firstWords);
        if (intro == firstWords.size() && intro > 0 || attendance) {
            // "empat partai yakni, Partai Hijau 12 anggota, Partai Biru (9), ...": the items start after the comma.
            d.introduced = true;
            d.introducer = attendance ? text(firstWords).toLowerCase(Locale.ROOT) : introducerBefore(firstWords, intro);
            d.firstSegment = s + 1;
            if (s + 1 >= segments.size()) {
                return null;
            }
            d.first = new ArrayList<>(segments.get(s + 1));
            k = s + 2;
        } else if (intro > 0 && !(verb(firstWords.get(intro)) && !verbLed(segments, k))
                && !BOUNDARIES.contains(firstWords.get(intro).lower())) {
            // "Artinya yaitu menjiwai ... dari A, B, C", "fungsinya adalah untuk ...": an introducer before a verb
            // or a preposition introduces a clause.
            d.introduced = true;
            d.introducer = introducerBefore(firstWords, intro);
            d.first = new ArrayList<>(firstWords.subList(intro, firstWords.size()));
        }
        if (!d.introduced && afterColon && !firstWords.isEmpty() && firstWords.size() <= 4 && firstWords.stream()
                .noneMatch(w -> verb(w) || clauseWord(w) || BOUNDARIES.contains(w.lower()) || w.bracket())) {
            // "kerja kolektif seluruh pihak: pemerintah pusat, daerah, hingga masyarakat": a colon introduces the
            // list, and its first item is all of the words after it.
            d.introduced = true;
            d.first = new ArrayList<>(firstWords);
        }
        for (int i = Math.max(0, firstWords.size() - 4); i < firstWords.size() - 1 && !d.introduced; i++) {
            d.headed |= !firstWords.get(i).capital() && LIST_HEADS.contains(firstWords.get(i).lower());
        }
        for (int i = Math.max(0, firstWords.size() - 4); i < firstWords.size() - 1; i++) {
            d.afterPreposition |= PREPOSITIONS.contains(firstWords.get(i).lower());
        }
        boolean oxford = oxford(segments, k);
        gather(segments, k, d, oxford);
        if (d.items.isEmpty()) {
            return null;
        }
        if (d.first == null) {
            d.first = firstItem(firstWords, d);
            if (d.first == null) {
                return null;
            }
        } else {
            d.first = introducedFirstItem(d.first, d);
            if (d.first.isEmpty()) {
                return null;
            }
        }
        describingWords(d);
        sharedModifier(d);
        List<List<Word>> items = new ArrayList<>();
        items.add(d.first);
        items.addAll(d.items);
        // "perjuangan kontingen Indonesia, baik atlet, pelatih, dan tenaga pendukung": "baik" opens the list after the
        // words it explains, which are its head, not its first item.
        if (items.size() >= 4 && items.get(1).size() >= 2 && items.get(1).get(0).lower().equals("baik")
                && items.stream().skip(2).noneMatch(i -> i.get(0).lower().equals("baik"))) {
            List<List<Word>> after = new ArrayList<>();
            after.add(new ArrayList<>(items.get(1).subList(1, items.get(1).size())));
            after.addAll(items.subList(2, items.size()));
            items = after;
        }
        items = breakdown(items);
        List<String> all = finish(items);
        if (all == null || !acceptable(all, items, d, segments, s)) {
            return null;
        }
        String head = head(segments, d);
        int absolute = span.start() + d.first.get(0).start();
        boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= absolute && absolute < q.end());
        Enumeration list = new Enumeration(List.copyOf(all), span.sentence().index(), head, inQuote);
        return new Candidate(list, d.next, d.relaxed);
    }

    // Words before the first item that govern every item: "baik fisik, mental, maupun niat", "berbagai potensi,
    // pengalaman dan kerja sama", "secara efektif, semarak dan berdaya guna".
    private static final Set<String> SHARED_MODIFIERS = Set.of("baik", "berbagai", "beragam", "bermacam", "secara",
            "sejumlah", "beberapa", "seluruh", "semua", "segala");

    /**
     * Drops a word before the first item that governs all the items, not the first alone; so does a word made a noun
     * by "-nya" ("akan pentingnya tradisi, seni, dan adat", "dengan hadirnya kesenian rampak gendang, marching band,
     * dan pasukan berkuda"): it names what is said of the items, not the first item.
     */
    private static void sharedModifier(Draft d) {
        String opening = d.first.isEmpty() ? "" : d.first.get(0).lower();
        // "yakni tahun 2013, 2014, dan 2015": "tahun" names what every item is.
        if (opening.equals("tahun") && d.first.size() == 2 && d.items.stream().allMatch(i -> i.size() == 1
                && i.get(0).text().matches("(?:19|20)\\d\\d"))) {
            d.first = new ArrayList<>(d.first.subList(1, 2));
            return;
        }
        boolean nominalised = opening.length() >= 7 && opening.endsWith("nya") && !d.first.get(0).capital()
                && opening.matches("\\p{L}+");
        if (d.first.size() > 1 && (SHARED_MODIFIERS.contains(opening) || nominalised)
                && d.items.stream().noneMatch(i -> i.get(0).lower().equals(d.first.get(0).lower()))) {
            d.first = new ArrayList<>(d.first.subList(1, d.first.size()));
        }
    }

    /**
     * "pelaku usaha mikro, kecil, dan menengah (UMKM) agar naik ...": a short form right after the last item's first
     * word abbreviates the whole phrase, so the items are the single words that describe the noun before them.
     */
    private static void describingWords(Draft d) {
        List<Word> last = d.items.get(d.items.size() - 1);
        List<List<Word>> middle = d.items.subList(0, d.items.size() - 1);
        if (d.items.size() < 2 || last.size() < 2 || !last.get(1).bracket() || d.first.size() < 2) {
            return;
        }
        String shortForm = last.get(1).text().substring(1, last.get(1).text().length() - 1).strip();
        boolean describing = shortForm.matches("\\p{Lu}{3,}") && shortForm.length() >= d.items.size() + 1
                && middle.stream().allMatch(i -> i.size() == 1 && !i.get(0).capital())
                && !last.get(0).capital() && !d.first.get(d.first.size() - 1).capital();
        if (describing) {
            d.first = new ArrayList<>(List.of(d.first.get(d.first.size() - 1)));
            d.items.set(d.items.size() - 1, new ArrayList<>(List.of(last.get(0))));
        }
    }

    private static boolean verbLed(List<List<Word>> segments, int k) {
        return k < segments.size() && !segments.get(k).isEmpty() && verb(segments.get(k).get(0));
    }

    /**
     * Whether the list runs to a segment that opens with a conjunction and holds an item ("A, B dan C, dan D"):
     * then a segment with "dan" inside before it is one item ("lemak dan minyak nabati").
     */
    private static boolean oxford(List<List<Word>> segments, int from) {
        for (int k = from; k < Math.min(segments.size(), from + MAX_SEGMENTS); k++) {
            List<Word> w = segments.get(k);
            if (w.isEmpty()) {
                return false;
            }
            // ", juga C" closes the list as ", dan C" does
            if (CONJUNCTIONS.contains(w.get(0).lower()) || w.get(0).lower().equals("juga") && k > from) {
                List<Word> rest = afterConjunction(w);
                return !rest.isEmpty() && !BOUNDARIES.contains(rest.get(0).lower()) && !verb(rest.get(0))
                        && k > from;
            }
            List<Word> core = withoutRelative(w);
            if (w.size() > MAX_LONG_ITEM_WORDS || clause(core) || core.stream().anyMatch(x -> x.lower().equals("serta")
                    || BOUNDARIES.contains(x.lower()) && (x == core.get(0) || !ITEM_PREPOSITIONS.contains(x.lower())))) {
                return false;
            }
        }
        return false;
    }

    // Prepositions that may stand inside an item of a list closed by ", dan": "seragam sekolah untuk SD dan SMP".
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("untuk", "bagi", "di", "dari");

    /** A segment without a relative clause at its end ("makna yang melekat" gives "makna"), when it has words before. */
    private static List<Word> withoutRelative(List<Word> segment) {
        for (int i = 1; i < segment.size(); i++) {
            if (segment.get(i).lower().equals("yang")) {
                return segment.subList(0, i);
            }
        }
        return segment;
    }

    /**
     * Whether a later segment closes the list with "serta" or "dan juga" ("A, B dan C, D serta E"): then "dan"
     * inside an earlier segment joins the words of one item.
     */
    private static boolean closedBySerta(List<List<Word>> segments, int from) {
        for (int k = from; k < Math.min(segments.size(), from + MAX_SEGMENTS); k++) {
            List<Word> w = segments.get(k);
            if (w.isEmpty() || w.size() > MAX_LONG_ITEM_WORDS + 4 || clause(w)) {
                return false;
            }
            int conj = closingConjunction(w);
            if (!w.isEmpty() && w.get(0).lower().equals("serta")) {
                return true;
            }
            if (conj > 0) {
                return w.get(conj).lower().equals("serta")
                        || conj + 1 < w.size() && w.get(conj + 1).lower().equals("juga");
            }
        }
        return false;
    }

    /**
     * Whether a later segment of the run closes the list with a conjunction of its own ("A, B dan C, D, E dan F"):
     * then a "dan" of common words in an earlier segment joins the words of one item ("duta pelajar putra dan putri",
     * "paket buku dan alat tulis").
     */
    private static boolean closedLater(List<List<Word>> segments, int from, Draft d) {
        for (int k = from; k < Math.min(segments.size(), from + MAX_SEGMENTS); k++) {
            List<Word> w = segments.get(k);
            if (w.isEmpty() || w.size() > MAX_LONG_ITEM_WORDS + 4 || clause(w)) {
                return false;
            }
            int conj = closingConjunction(w);
            if (conj == 0 && joinsAClause(w)) {
                return false;
            }
            if (conj == 0 || conj > 0 && (w.get(conj).lower().equals("dan") || w.get(conj).lower().equals("serta"))) {
                // The words before the conjunction are one more item of the run.
                return conj == 0 || middleItem(w.subList(0, conj), d, false);
            }
            if (!middleItem(w, d, false)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the "dan" at {@code conj} joins words of one item rather than two items: the words after it are common
     * words, or capitalised words that do not start as the words before it ("Haji dan Umroh Kanwil" in a title, but
     * not "Argo Lawu dan Argo Dwipangga").
     */
    private static boolean innerDan(List<Word> w, int conj) {
        if (conj + 1 >= w.size()) {
            return false;
        }
        Word next = w.get(conj + 1);
        if (!next.capital() || next.number()) {
            // Two single words ("separatisme dan ekstremisme") are two items as well as one.
            return (!w.get(0).capital() || !w.get(conj - 1).capital()) && (conj >= 2 || w.size() - conj - 1 >= 2);
        }
        // Capitalised on both sides: inside a title only when a word of the title goes on after the next word
        // ("Haji dan Umroh Kanwil"; not "Tasik dan Ciamis III MMI").
        return w.get(conj - 1).capital() && !w.get(0).lower().equals(next.lower())
                && conj + 2 < w.size() && titleWord(w.get(conj + 2).text());
    }

    /** Gathers the items after the first: plain segments, "A dan B" segments and the closing "dan C". */
    /**
     * Whether words after a list's conjunction say only that the list goes on: "dan lain-lain", "dan lainnya dengan
     * harga di bawah pasaran" (what follows is the sentence's, not an item).
     */
    private static boolean etCetera(List<Word> rest) {
        return !rest.isEmpty() && (ET_CETERA.contains(rest.get(0).lower().replaceAll("[.,]+$", ""))
                || rest.size() >= 2 && ET_CETERA.contains(text(rest.subList(0, 2)).toLowerCase(Locale.ROOT)));
    }

    private static void gather(List<List<Word>> segments, int k, Draft d, boolean oxford) {
        int end = Math.min(segments.size(), k + MAX_SEGMENTS);
        while (k < end) {
            List<Word> w = segments.get(k);
            if (w.isEmpty()) {
                break;
            }
            // "Festival Tenun, Festival Musik, Festival Bakar Ikan, dll.": "dll" after a comma closes the list as
            // "dan lain-lain" does, without being an item.
            if (d.items.size() >= 2 && ET_CETERA.contains(text(w).toLowerCase(Locale.ROOT))) {
                d.conjoined = true;
                k++;
                break;
            }
            String lead = w.get(0).lower();
            // "A, B, juga C" and "A, B, hingga C" close a list as "dan" does.
            boolean closer = (NAME_CLOSERS.contains(lead) || lead.equals("juga")) && d.items.size() >= 1;
            if (CONJUNCTIONS.contains(lead) || closer) {
                List<Word> rest = afterConjunction(w);
                // "hingga" after common nouns closes their list only when the last item is as short as they are.
                if (NAME_CLOSERS.contains(lead) && (rest.isEmpty() || !rest.get(0).capital()
                        && (verb(rest.get(0)) || d.items.stream().anyMatch(i -> i.get(0).capital() || i.get(0).number())))) {
                    break;
                }
                if (etCetera(rest)) {
                    d.conjoined = true;
                    k++;
                    break;
                }
                List<Word> last = lastItem(rest, d, atEnd(segments, k), true);
                d.conjoined = true;
                if (!last.isEmpty()) {
                    d.items.add(last);
                    // "..., dan Desa Tanjung Baru serta Desa Batu Hitam.": one more name joined by a second
                    // conjunction, up to the end of the segment, is one more item.
                    List<Word> more = rest.subList(last.size(), rest.size());
                    if (more.size() >= 2 && CONJUNCTIONS.contains(more.get(0).lower()) && !more.get(0).lower().equals("atau")
                            && last.get(0).capital() && more.get(1).capital() && !more.get(1).number()) {
                        List<Word> extra = nameItem(more.subList(1, more.size()));
                        if (extra.size() == more.size() - 1) {
                            d.items.add(extra);
                            last = rest;
                        }
                    }
                }
                k++;
                // ", serta X, dan Y": a second conjunction goes on with the list.
                if (last.size() == rest.size() && k < segments.size() && !segments.get(k).isEmpty()
                        && CONJUNCTIONS.contains(segments.get(k).get(0).lower()) && !joinsAClause(segments.get(k))) {
                    continue;
                }
                break;
            }
            int conj = closingConjunction(w);
            if (conj > 0 && !oxford && !(w.get(conj).lower().equals("dan") && !isClosingDanJuga(w, conj)
                    && (closedBySerta(segments, k + 1)
                    || innerDan(w, conj) && middleItem(w, d, false) && closedLater(segments, k + 1, d)))) {
                List<Word> before = w.subList(0, conj);
                List<Word> rest = afterConjunction(w.subList(conj, w.size()));
                // "pencurian dengan pemberatan dan pencurian kendaraan": items that start alike may hold anything.
                boolean parallel = !rest.isEmpty() && before.get(0).lower().equals(rest.get(0).lower())
                        && !BOUNDARIES.contains(before.get(0).lower());
                d.parallel |= parallel;
                if (!middleItem(before, d, parallel)) {
                    d.next = k;
                    terminal(w, d);
                    k = d.next;
                    break;
                }
                d.conjoined = true;
                if (etCetera(rest)) {
                    d.items.add(before);
                    k++;
                    break;
                }
                // "..., A (X) serta peningkatan kompetensi dan sertifikasi guru.": after a closing "serta", a "dan"
                // joins the words of the last item.
                List<Word> after = lastItem(rest, d, atEnd(segments, k), w.get(conj).lower().equals("serta"));
                // "Universitas A serta partisipan dari B": a common noun after a run of names starts a new phrase.
                boolean newPhrase = names(before) && !after.isEmpty() && !after.get(0).capital()
                        && after.size() < rest.size() && PREPOSITIONS.contains(rest.get(after.size()).lower());
                d.items.add(before);
                if (after.isEmpty() || newPhrase) {
                    d.next = k;
                    return;
                }
                d.items.add(after);
                // The list goes on after "A dan B," only when B took the whole segment; what follows B may start
                // another list. "Cibadak dan Sukaraja II-III MMI, Cisarua, ...": a count after the last name closes
                // the group it counts.
                if (after.size() < rest.size()) {
                    d.next = k;
                    return;
                }
                k++;
                if (measureAt(after) > 0 && d.items.stream().limit(d.items.size() - 1).noneMatch(i -> measureAt(i) > 0)
                        || higherTier(after, k < segments.size() ? segments.get(k) : List.of())) {
                    break;
                }
                continue;
            }
            if (dateLike(w) || !middleItem(w, d, false)) {
                if (!dateLike(w)) {
                    d.next = k;
                    terminal(w, d);
                    k = d.next;
                }
                break;
            }
            d.relaxed |= !d.introduced && !middleItem(w, new Draft(), false);
            d.items.add(new ArrayList<>(w));
            k++;
        }
        d.next = k;
    }

    /** "..., Kepala Dinas yang sudah membantu": a list without "dan" ends on an item cut short. */
    private static void terminal(List<Word> w, Draft d) {
        List<Word> item = leadingItem(w, 0, false);
        if (!d.conjoined && !item.isEmpty() && item.size() < w.size() && !clause(item)) {
            d.items.add(item);
            d.next++;
        }
    }

    /** Whether segment k ends the stretch ("... dan rekan dari daerah lain," kata ...). */
    private static boolean atEnd(List<List<Word>> segments, int k) {
        for (int i = k + 1; i < segments.size(); i++) {
            if (!segments.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A segment that may stand between the first and the last item: a name, or a short noun phrase; an introduced
     * list, a verb phrase or a counted phrase ("93 orang direlokasi ke Pasar A") may hold more, and prepositions.
     */
    private static boolean middleItem(List<Word> w, Draft d, boolean parallel) {
        String lead = w.get(0).lower();
        int intro = introducerEnd(w);
        if (intro > 0 && intro <= 2 && !w.get(0).capital() || BOUNDARIES.contains(lead)) {
            return false;
        }
        boolean numberLed = w.get(0).number() && !names(w);
        boolean verbLed = verb(w.get(0));
        if (!numberLed && names(w)) {
            return w.size() <= MAX_LONG_ITEM_WORDS + 2 && w.stream().noneMatch(x -> verb(x) || !x.capital()
                    && BOUNDARIES.contains(x.lower()) && !(d.introduced && PREPOSITIONS.contains(x.lower())));
        }
        boolean lenient = d.introduced || d.headed || numberLed || verbLed || parallel;
        // ("pemajuan perundingan Regional Comprehensive Economic Partnership (RCEP)": a short form in brackets adds no word)
        long words = w.stream().filter(x -> !x.bracket()).count();
        if (words > (lenient ? MAX_LONG_ITEM_WORDS : MAX_ITEM_WORDS)
                || w.stream().anyMatch(x -> clauseWord(x))) {
            return false;
        }
        boolean afterPreposition = false;
        for (int i = 1; i < w.size(); i++) {
            String lower = w.get(i).lower();
            if (BOUNDARIES.contains(lower) && !(lenient && PREPOSITIONS.contains(lower)
                    || (d.introduced || d.headed) && lower.equals("yang"))) {
                return false;
            }
            afterPreposition |= PREPOSITIONS.contains(lower);
            if (verb(w.get(i)) && !(numberLed || verbLed || d.introduced && afterPreposition)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosingDanJuga(List<Word> w, int conj) {
        return conj + 1 < w.size() && w.get(conj + 1).lower().equals("juga");
    }

    /** Where to split a segment that closes the list: at "serta" or "dan juga" if there is one, else the first. */
    private static int closingConjunction(List<Word> w) {
        int first = -1;
        for (int i = 1; i < w.size(); i++) {
            String lower = w.get(i).lower();
            if (!CONJUNCTIONS.contains(lower)) {
                continue;
            }
            if (lower.equals("serta") || i + 1 < w.size() && w.get(i + 1).lower().equals("juga")) {
                return i;
            }
            // "Kasi Penyelenggara Haji dan Umroh Kemenag Kendal H Sumari dan petugas kesehatan": a "dan" between
            // capitalised words of a title, with another "dan" after it, is inside the name.
            if (first >= 0 && lower.equals("dan") && w.get(first - 1).capital() && w.get(first + 1).capital()
                    && !w.get(first + 1).number() && !w.get(0).lower().equals(w.get(first + 1).lower())
                    && capitalsBetween(w, first + 1, i)) {
                first = i;
                continue;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    /** A capitalised word with small letters after its first ("Kanwil", not "III" or "MMI"). */
    private static boolean titleWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && Character.isLowerCase(word.codePointAt(1));
    }

    /** Whether every word from {@code from} up to {@code to} is capitalised or a figure: one name or title. */
    private static boolean capitalsBetween(List<Word> w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!w.get(i).capital() && !w.get(i).number()) {
                return false;
            }
        }
        return true;
    }

    /** The words after a leading conjunction and "juga"/"pula" ("dan juga X" gives X). */
    private static List<Word> afterConjunction(List<Word> w) {
        int i = 0;
        while (i < w.size() && (CONJUNCTIONS.contains(w.get(i).lower()) || NAME_CLOSERS.contains(w.get(i).lower())
                || w.get(i).lower().equals("juga") || w.get(i).lower().equals("pula"))) {
            i++;
        }
        return w.subList(i, w.size());
    }

    /** The last item: the words after the conjunction up to where the item ends. */
    private static List<Word> lastItem(List<Word> rest, Draft d, boolean atEnd, boolean oxford) {
        if (rest.isEmpty()) {
            return rest;
        }
        boolean verbPhrase = verb(rest.get(0));
        // "3M Plus: Menguras, Menutup, dan Mendaur ulang barang bekas": verbs written with a capital, each a step,
        // are no names; the last step runs on in lower case.
        List<List<Word>> stepsBefore = new ArrayList<>(d.items);
        if (d.first != null) {
            stepsBefore.add(d.first);
        }
        if (rest.get(0).capital() && isVerbLike(rest.get(0).text()) && !stepsBefore.isEmpty()
                && stepsBefore.stream().allMatch(i -> i.size() == 1 && i.get(0).capital() && isVerbLike(i.get(0).text()))) {
            return longItem(rest, false, true);
        }
        if (rest.get(0).capital() && !rest.get(0).number() || rest.get(0).bracket()) {
            List<Word> name = nameItem(rest);
            // "Betta iaspis, dan Rattus radityaniae": after names of two words, a capitalised one and a lower-case
            // one (species), the last name has its lower-case word too.
            List<List<Word>> earlier = new ArrayList<>(d.items);
            if (d.first != null) {
                earlier.add(d.first);
            }
            boolean binomials = earlier.size() >= 2 && earlier.stream().allMatch(i -> i.size() == 2 && i.get(0).capital()
                    && !i.get(0).number() && i.get(1).text().matches("\\p{Ll}+"));
            if (name.size() == 1 && binomials && rest.size() > 1 && rest.get(1).text().matches("\\p{Ll}+")
                    && !verb(rest.get(1)) && !BOUNDARIES.contains(rest.get(1).lower())
                    && !CONJUNCTIONS.contains(rest.get(1).lower())) {
                return new ArrayList<>(rest.subList(0, 2));
            }
            return name;
        }
        boolean verbList = !d.items.isEmpty() && d.items.stream().allMatch(i -> verb(i.get(0)));
        boolean lenient = d.introduced || d.parallel || verbPhrase || verbList
                || rest.get(0).number() && d.items.stream().allMatch(i -> i.get(0).number());
        List<Word> item = lenient ? longItem(rest, oxford || d.introduced || d.parallel, verbList)
                : leadingItem(rest, 0, oxford);
        // "seperti perahu, mesin pencacah, dan gerobak roda dua untuk mendukung warga": short items without a
        // preposition end the last one at its preposition too.
        List<List<Word>> before = new ArrayList<>(d.items);
        if (d.first != null) {
            before.add(d.first);
        }
        if (lenient && !verbList && !verbPhrase && before.stream().allMatch(i -> i.size() <= 3
                && i.stream().noneMatch(x -> PREPOSITIONS.contains(x.lower())))) {
            // Counted items ("4 medali emas, 2 perak dan 1 perunggu dalam ajang ...") end at the preposition after
            // their figure and noun, however long the first.
            boolean counted = rest.get(0).number() && before.stream().allMatch(i -> i.get(0).number());
            for (int p = 1; p < item.size(); p++) {
                String word = item.get(p).lower();
                // "10 medali perunggu PON XXI": the name of the games after a counted prize is where it was won.
                if (counted && p >= 2 && item.get(p).capital() && !item.get(p - 1).capital()
                        && before.stream().allMatch(i -> i.stream().noneMatch(x -> x.capital() && !x.number()))) {
                    item = item.subList(0, p);
                    break;
                }
                if ((ADJUNCT_PREPOSITIONS.contains(word) || counted && word.equals("dalam"))
                        && (p >= before.stream().mapToInt(List::size).max().orElse(1) || counted && p >= 2
                        // "... rumah sakit, dan puskesmas di seluruh kabupaten": the place of the whole list
                        || word.equals("di") && p >= 1 && p + 1 < item.size() && SCOPE.contains(item.get(p + 1).lower()))) {
                    item = item.subList(0, p);
                    break;
                }
            }
        }
        // "dan kepala Kantor Otoritas Pelabuhan Utama Sukamaju Ir Budi Santoso.": an office and its holder in capitals
        // run on to the end of the sentence, longer than an item is cut at.
        if (atEnd && item.size() >= MAX_ITEM_WORDS && rest.size() > item.size()
                && rest.size() <= MAX_LONG_ITEM_WORDS + 6 && item.get(item.size() - 1).capital()
                && rest.subList(item.size(), rest.size()).stream().allMatch(x -> x.capital() && !x.number() && !x.bracket())) {
            return rest;
        }
        // "posko bantuan di balai desa.": a short phrase closing the sentence belongs to the last item.
        int left = rest.size() - item.size();
        String next = left > 0 ? rest.get(item.size()).lower() : "";
        if (!lenient && !item.isEmpty() && left > 0 && left <= 3 && atEnd
                && PREPOSITIONS.contains(next) && !next.equals("dengan")) {
            List<Word> tail = rest.subList(item.size() + 1, rest.size());
            if (tail.stream().noneMatch(x -> BOUNDARIES.contains(x.lower()) || verb(x) || x.bracket())) {
                return rest;
            }
        }
        // "dinilai berdasarkan nilai, kehadiran, dan waktu mengumpulkan.": the object of a preposition has
        // no predicate of its own, so a verb closing the sentence describes the last item.
        if (!lenient && d.afterPreposition && atEnd && left == 1 && item.size() == 1 && verb(rest.get(1))) {
            return rest;
        }
        if (!item.isEmpty() && atEnd && left >= 2) {
            List<Word> tail = rest.subList(item.size() + 1, rest.size());
            boolean plain = tail.stream().noneMatch(x -> BOUNDARIES.contains(x.lower()) || CONJUNCTIONS.contains(x.lower())
                    || x.bracket());
            // "masjid, balai desa, dan rumah tetangga yang tidak terdampak.": a short relative clause that closes
            // the sentence describes the last item.
            if (next.equals("yang") && left <= 4 && plain) {
                return rest;
            }
            // "menyapa siswa, dan mendengarkan suara para guru tanpa tanda jasa.": the last of a list of things done
            // runs to the end of the sentence when nothing there opens a clause of its own.
            if (verbList && verbPhrase && rest.size() <= MAX_LONG_ITEM_WORDS && tail.stream().noneMatch(x -> x.lower().equals("yang")
                    || CONJUNCTIONS.contains(x.lower()) || clauseWord(x) || x.bracket() || SAYING.contains(x.lower()))
                    && (!BOUNDARIES.contains(next) || next.equals("para"))) {
                return rest;
            }
        }
        return item;
    }

    /**
     * A name: capitalised words, with "dan" or a figure inside it ("Menteri Pertanian dan Perkebunan", "Gedung 7 Timur"),
     * and the count written after it ("Magister 40 orang"), which {@link #finish} keeps or drops.
     */
    private static List<Word> nameItem(List<Word> rest) {
        List<Word> item = new ArrayList<>();
        int i = 0;
        for (; i < rest.size() && item.size() < MAX_LONG_ITEM_WORDS + 2; i++) {
            Word w = rest.get(i);
            boolean nextCapital = i + 1 < rest.size() && rest.get(i + 1).capital() && !rest.get(i + 1).number();
            // "dan SMPN 43 (Cibeber)", "dan SD Negeri 2.": the number of a school or a unit ends its name
            boolean closingNumber = !item.isEmpty() && w.text().matches("\\d{1,3}")
                    && (i + 1 == rest.size() || rest.get(i + 1).bracket());
            if (closingNumber) {
                item.add(w);
                continue;
            }
            if (w.bracket() || w.capital() && !w.number()
                    || (w.number() && !NUMBER_WORDS.contains(w.lower()) || w.lower().equals("dan")
                            || w.lower().equals("&")) && nextCapital && !item.isEmpty()) {
                item.add(w);
                // "Antariksa (LPA) Budi Santoso": a bracket closes the name it explains, unless the item runs on in
                // capitals to the end ("dan Kepala Balai Besar Wilayah Sungai (BBWS) Ciliwung Budi Santoso."), an office
                // of the list's last item and its holder.
                if (w.bracket() && !(i + 2 < rest.size() && rest.subList(i + 1, rest.size()).stream()
                        .allMatch(x -> x.capital() && !x.number() && !x.bracket()))) {
                    return item;
                }
            } else {
                break;
            }
        }
        if (!item.isEmpty() && i == rest.size() - 1 && rest.get(i).lower().equals("terkait")) {
            item.add(rest.get(i)); // "dan OPD terkait.": the offices concerned
            return item;
        }
        if (!item.isEmpty() && i + 1 < rest.size() && FIGURE.matcher(rest.get(i).text()).matches()
                && rest.get(i + 1).text().matches("\\p{Ll}+") && !BOUNDARIES.contains(rest.get(i + 1).lower())
                && !CONJUNCTIONS.contains(rest.get(i + 1).lower())) {
            item.add(rest.get(i));
            item.add(rest.get(i + 1));
        } else if (!item.isEmpty() && i < rest.size() && rest.get(i).text().matches("(?:19|20)\\d\\d")) {
            item.add(rest.get(i)); // "Juara Umum SMA Award 2021": the year of an event's name
        }
        return item;
    }

    /** An item of an introduced list: words up to a relative clause, a clause word or a demonstrative. */
    private static List<Word> longItem(List<Word> rest, boolean innerConjunction, boolean verbList) {
        List<Word> item = new ArrayList<>();
        boolean verbAllowed = verbList || verb(rest.get(0));
        for (int i = 0; i < rest.size() && item.size() < MAX_LONG_ITEM_WORDS; i++) {
            Word w = rest.get(i);
            String lower = w.lower();
            if (PREPOSITIONS.contains(lower) && !item.isEmpty()) {
                verbAllowed = true;
                item.add(w);
                continue;
            }
            boolean conj = CONJUNCTIONS.contains(lower);
            // "pindah tugas orang tua atau wali." keeps its "atau"; "... atau naik 20% dari ..." does not.
            boolean shortEnd = rest.size() - i - 1 <= 3 && rest.subList(i + 1, rest.size()).stream()
                    .noneMatch(x -> BOUNDARIES.contains(x.lower()) || verb(x) || clauseWord(x));
            if (conj && (!innerConjunction || lower.equals("atau") && !shortEnd || i + 1 >= rest.size()
                    || BOUNDARIES.contains(rest.get(i + 1).lower()) || verb(rest.get(i + 1)))) {
                break;
            }
            if (!conj && (BOUNDARIES.contains(lower) && !relatedAtEnd(rest, i) || clauseWord(w)
                    || !item.isEmpty() && (verb(w) || BARE_VERBS.contains(lower)) && !verbAllowed)) {
                break;
            }
            item.add(w);
        }
        while (!item.isEmpty() && (CONJUNCTIONS.contains(item.get(item.size() - 1).lower())
                || PREPOSITIONS.contains(item.get(item.size() - 1).lower()))) {
            item.remove(item.size() - 1);
        }
        return item;
    }

    /** Words of a list item at the start of a segment, up to the first boundary word. */
    private static List<Word> leadingItem(List<Word> w, int from, boolean innerConjunction) {
        List<Word> item = new ArrayList<>();
        boolean name = from < w.size() && w.get(from).capital() && !w.get(from).number();
        for (int i = from; i < w.size() && item.size() < MAX_ITEM_WORDS; i++) {
            Word x = w.get(i);
            String lower = x.lower();
            // "kayu dan rotan" closes a list whose own "dan" came before it.
            boolean innerConj = innerConjunction && lower.equals("dan") && !item.isEmpty() && i + 1 < w.size()
                    && !BOUNDARIES.contains(w.get(i + 1).lower()) && !verb(w.get(i + 1))
                    && w.size() - i - 1 <= 2;
            // A name ends where lower case starts ("Korea tetap menjadi ..."); a verb ends any item.
            if (!innerConj && (BOUNDARIES.contains(lower) && !relatedAtEnd(w, i) || CONJUNCTIONS.contains(lower) || clauseWord(x)
                    || name && !x.capital() && !x.bracket()
                    || !item.isEmpty() && (verb(x) || BARE_VERBS.contains(lower)))) {
                break;
            }
            item.add(x);
        }
        return item;
    }

    // Verbs without a prefix that follow a subject ("cabai keriting naik", "puluhan warga tiba"): they end an item.
    private static final Set<String> BARE_VERBS = Set.of("naik", "turun", "tiba", "datang", "pergi", "pulang", "tewas",
            "anjlok", "hadir", "masuk", "keluar", "jatuh", "lolos", "gagal", "kalah", "menang");

    /** "instansi terkait.": "terkait" closing the segment is the item's ("related"), not "regarding" what follows. */
    private static boolean relatedAtEnd(List<Word> w, int i) {
        // ("instansi terkait lainnya.": the others concerned)
        return i > 0 && w.get(i).lower().equals("terkait") && (i == w.size() - 1
                || i == w.size() - 2 && (w.get(i + 1).lower().equals("lainnya") || w.get(i + 1).lower().equals("lain")));
    }

    /** The first item of a list without an introducer: the end of the segment, as far back as the items allow. */
    private static List<Word> firstItem(List<Word> words, Draft d) {
        List<List<Word>> others = d.items;
        if (words.isEmpty()) {
            return null;
        }
        boolean allNumbers = others.stream().allMatch(i -> i.get(0).number());
        // "meningkatkan A, memperluas B, dan maju bersama ...": the items between the first and last set the shape.
        List<List<Word>> middle = others.size() > 1 ? others.subList(0, others.size() - 1) : others;
        boolean allVerbs = middle.stream().allMatch(i -> verb(i.get(0)));
        String nextFirst = others.get(0).get(0).lower();
        long sharing = others.stream().filter(i -> i.get(0).lower().equals(nextFirst)).count();
        boolean sharedStart = others.size() >= 2 && sharing * 2 >= others.size() && sharing >= 2
                && !BOUNDARIES.contains(nextFirst) && nextFirst.length() > 2 && !others.get(0).get(0).number();
        // "dibantu 10 anggota Polres A, empat anggota Polsek B, dan 8 anggota Kodim C": counted items share the noun
        // after their figure; the first starts at its own figure before that noun.
        String counted = countedNoun(others.get(0));
        if (counted != null && others.stream().filter(i -> counted.equals(countedNoun(i))).count() * 2 >= others.size()) {
            for (int i = words.size() - 1; i >= 1 && words.size() - i <= MAX_LONG_ITEM_WORDS; i--) {
                Word w = words.get(i);
                if (BOUNDARIES.contains(w.lower()) || verb(w) || clauseWord(w)) {
                    break;
                }
                if (w.lower().equals(counted) && words.get(i - 1).number()) {
                    return new ArrayList<>(words.subList(i - 1, words.size()));
                }
            }
        }
        if (sharedStart) {
            // "pencurian dengan kekerasan, pencurian dengan pemberatan dan pencurian kendaraan": parallel items
            // start with the same word, whatever they hold.
            for (int i = words.size() - 1; i >= Math.max(0, words.size() - MAX_LONG_ITEM_WORDS); i--) {
                Word w = words.get(i);
                // "Gedung itu digunakan untuk instalasi ..., gedung A, dan gedung B": a word the items do not hold
                // ("untuk") shows the shared word before it is the subject's, not the item's.
                if (i < words.size() - 1 && (BOUNDARIES.contains(w.lower()) || verb(w))
                        && others.stream().noneMatch(o -> o.stream().anyMatch(x -> x.lower().equals(w.lower())))) {
                    break;
                }
                if (w.lower().equals(nextFirst)) {
                    return new ArrayList<>(words.subList(i, words.size()));
                }
            }
        }
        // "sanggar seni tari, seni suara, karungut, dan teater", "disaksikan pendamping lokal desa, pendamping
        // kecamatan, dan Kasi PMD": the first item starts with the common noun a later item of two words or more
        // starts with, close before the comma.
        for (List<Word> other : others) {
            if (sharedStart || other.size() < 2 || other.get(0).capital() || BOUNDARIES.contains(other.get(0).lower())
                    || verb(other.get(0)) || other.get(0).lower().length() < 3) {
                continue;
            }
            String opening = other.get(0).lower();
            for (int i = words.size() - 2; i >= Math.max(0, words.size() - MAX_ITEM_WORDS); i--) {
                Word w = words.get(i);
                if (w.lower().equals(opening)) {
                    List<Word> item = words.subList(i, words.size());
                    if (item.stream().noneMatch(x -> x.number() || x.bracket())) {
                        return new ArrayList<>(item);
                    }
                    break;
                }
                if (BOUNDARIES.contains(w.lower()) || verb(w) || clauseWord(w)) {
                    break;
                }
            }
        }
        if (allVerbs) {
            int start = words.size();
            for (int i = words.size() - 1; i >= 0 && words.size() - i <= MAX_LONG_ITEM_WORDS; i--) {
                if (verb(words.get(i))) {
                    start = i;
                    break;
                }
            }
            if (start >= words.size() || words.subList(start, words.size()).stream()
                    .anyMatch(w -> BOUNDARIES.contains(w.lower()) && !PREPOSITIONS.contains(w.lower()))) {
                return null;
            }
            return new ArrayList<>(words.subList(start, words.size()));
        }
        if (allNumbers) {
            // "menyebabkan 18 unit rumah rusak, 2 unit ...": counted items start at their figure.
            int start = -1;
            for (int i = words.size() - 1; i >= 0 && words.size() - i <= MAX_LONG_ITEM_WORDS; i--) {
                Word w = words.get(i);
                if (BOUNDARIES.contains(w.lower()) || verb(w) || clauseWord(w)) {
                    break;
                }
                if (w.number()) {
                    start = i;
                }
            }
            return start < 0 ? null : new ArrayList<>(words.subList(start, words.size()));
        }
        // ("seluruh Direktur RS A serta Kepala Kantor B": a name after a quantifier in lower case is still a name)
        if ((names(others.get(0)) || others.get(0).size() > 1 && QUANTIFIERS.contains(others.get(0).get(0).lower())
                && names(others.get(0).subList(1, others.get(0).size())))
                && words.get(words.size() - 1).capital() || words.get(words.size() - 1).bracket()) {
            // A name runs back to a preposition, a verb or an introducer ("dengan para Kepala Dinas Provinsi").
            int start = words.size();
            for (int i = words.size() - 1; i >= 0 && words.size() - i <= MAX_LONG_ITEM_WORDS; i--) {
                Word w = words.get(i);
                String lower = w.lower();
                // "Kementerian Dalam Negeri": a capitalised "Dalam" inside a name is the name's.
                boolean insideName = w.capital() && w.start() > 0 && i + 1 < words.size() && words.get(i + 1).capital();
                if ((BOUNDARIES.contains(lower) || LINKS.contains(lower)) && !insideName || verb(w)
                        || clauseWord(w) || !w.capital() && LIST_HEADS.contains(lower)) {
                    break;
                }
                start = i;
            }
            // "hadir pula Gubernur ...": lower-case words before the name are not part of it, nor is a word that
            // is capitalised only because it opens the sentence ("Usai rapat, ...").
            while (start < words.size() && (!words.get(start).capital() && !words.get(start).bracket()
                    || words.get(start).start() == 0 && start + 1 < words.size() && !words.get(start + 1).capital())) {
                start++;
            }
            if (start >= words.size()) {
                return null;
            }
            // "kode Manggala Agni daerah operasi A, B, dan C": a long run with lower-case words in it keeps only
            // the name at its end.
            int longest = others.stream().mapToInt(List::size).max().orElse(1);
            List<Word> item = words.subList(start, words.size());
            boolean lowerInside = item.stream().anyMatch(w -> !w.capital() && !w.bracket() && !w.lower().equals("dan"));
            if (lowerInside && item.size() > longest + 1) {
                return capitalisedTail(words, start);
            }
            return new ArrayList<>(item);
        }
        return commonFirstItem(words, others, d.conjoined);
    }

    /** The noun a figure counts at the start of an item ("anggota" of "empat anggota Polsek"), or null. */
    private static String countedNoun(List<Word> item) {
        return item.size() >= 3 && item.get(0).number() && !item.get(1).capital() && !item.get(1).number()
                && !BOUNDARIES.contains(item.get(1).lower()) ? item.get(1).lower() : null;
    }

    /** The last capitalised run of a segment: the name at the end of "kode Manggala Agni daerah operasi A". */
    private static List<Word> capitalisedTail(List<Word> words, int from) {
        int start = words.size();
        for (int i = words.size() - 1; i >= from && words.get(i).capital(); i--) {
            start = i;
        }
        List<Word> tail = new ArrayList<>(words.subList(start, words.size()));
        return tail.isEmpty() ? null : tail;
    }

    /**
     * The first item of a list of common nouns: as long as the last item at most, ending at a head noun or a verb
     * ("menekan harga"), unless a head noun close before it shows where it starts ("bantuan logistik
     * permakanan, selimut dan tikar").
     */
    private static List<Word> commonFirstItem(List<Word> words, List<List<Word>> others, boolean conjoined) {
        // "wilayah terpencil, terluar dan terdampak": single words with the same prefix describe one head noun.
        String prefix = others.get(0).get(0).lower().length() > 5 ? others.get(0).get(0).lower().substring(0, 3) : null;
        Word lastWord = words.get(words.size() - 1);
        if (prefix != null && others.stream().allMatch(i -> i.stream().filter(w -> !w.bracket()).count() == 1
                && i.get(0).lower().startsWith(prefix))
                && lastWord.lower().startsWith(prefix) && words.size() > 1) {
            return new ArrayList<>(List.of(lastWord));
        }
        int shortest = others.get(others.size() - 1).size();
        int longest = others.stream().mapToInt(List::size).max().orElse(1);
        for (int i = words.size() - 2; i >= Math.max(0, words.size() - 2 - longest); i--) {
            if (LIST_HEADS.contains(words.get(i).lower())) {
                List<Word> item = words.subList(i + 1, words.size());
                if (item.stream().noneMatch(x -> BOUNDARIES.contains(x.lower()) || verb(x))) {
                    return new ArrayList<>(item);
                }
            }
        }
        // "dari pawai budaya, pameran, lomba, bazar tanpa ...": without "dan" the preposition
        // close before is what shows where the first item starts.
        for (int i = words.size() - 1; !conjoined && i >= Math.max(0, words.size() - 1 - Math.max(2, longest)); i--) {
            String lower = words.get(i).lower();
            if (BOUNDARIES.contains(lower) || verb(words.get(i)) || clauseWord(words.get(i))) {
                if (PREPOSITIONS.contains(lower) && !lower.equals("dengan") && i < words.size() - 1) {
                    return new ArrayList<>(words.subList(i + 1, words.size()));
                }
                break;
            }
        }
        // "diperiksa kuasa hukum perusahaan, kuasa hukum pemda Jateng dan majelis hakim", "dengan penimbangan berat
        // badan, pemberian vitamin A dan imunisasi": a verb or a preposition no farther back than the longest other
        // item is where the first item starts, even when the last item is shorter.
        if (longest > shortest) {
            for (int i = words.size() - 2; i >= Math.max(0, words.size() - 1 - longest); i--) {
                Word w = words.get(i);
                if (BOUNDARIES.contains(w.lower()) || verb(w) || clauseWord(w)) {
                    List<Word> item = words.subList(i + 1, words.size());
                    boolean plain = item.stream().noneMatch(x -> x.capital() || x.number() || x.lower().equals("yang")
                            || verb(x) || LIST_HEADS.contains(x.lower()));
                    if (item.size() > shortest && (verb(w) || PREPOSITIONS.contains(w.lower())) && plain) {
                        if (parallelStart(item.get(0), others)) {
                            return new ArrayList<>(item);
                        }
                        // "pada penyediaan alat berat, perahu karet, dan selimut": a noun of action the others do
                        // not open with governs them all; the first item is what follows it.
                        if (item.size() > 2 && NOUN_OF_ACTION.matcher(item.get(0).lower()).matches()
                                && others.stream().noneMatch(o -> NOUN_OF_ACTION.matcher(o.get(0).lower()).matches())) {
                            return new ArrayList<>(item.subList(1, item.size()));
                        }
                    }
                    break;
                }
            }
        }
        int take = 0;
        int head = words.size();
        boolean relative = false;
        for (int i = words.size() - 1; i >= 0 && (take < shortest || relative) && take < MAX_ITEM_WORDS; i--) {
            String lower = words.get(i).lower();
            // "interaksi ... yang dinamis": a relative clause belongs to its noun, so the item goes on past "yang".
            if (lower.equals("yang") && take > 0 && !relative) {
                relative = true;
                take++;
                head = i;
                continue;
            }
            // A verb ends the first item unless it is the item's last word after "saling" ("saling membantu").
            if (BOUNDARIES.contains(lower) || clauseWord(words.get(i))
                    || verb(words.get(i)) && (take > 0 || i == 0 || !words.get(i - 1).lower().equals("saling"))
                    || take > 0 && LIST_HEADS.contains(lower)) {
                break;
            }
            take++;
            head = i;
        }
        if (take == 0 || relative && head < words.size() && words.get(head).lower().equals("yang")) {
            return null;
        }
        // "sekitar 1,7 miliar rupiah, ...": an item cut from behind a figure is the figure's unit, not an item.
        if (head > 0 && BARE_NUMBER.matcher(words.get(head - 1).text()).matches()) {
            return null;
        }
        // "melalui pembahasan panjang, penyampaian sikap fraksi, dan lobi-lobi": an adjective alone is no item when
        // the others are things; it describes the noun before it, which the item starts with.
        if (words.size() - head == 1 && head > 0 && describing(words.get(head).lower())
                && others.stream().noneMatch(o -> o.size() == 1 && describing(o.get(0).lower()))) {
            Word before = words.get(head - 1);
            if (!BOUNDARIES.contains(before.lower()) && !verb(before) && !clauseWord(before) && !before.capital()
                    && !LIST_HEADS.contains(before.lower())) {
                head--;
            }
        }
        return new ArrayList<>(words.subList(head, words.size()));
    }

    private static final Set<String> FROM_OR_AT = Set.of("dari", "di", "ke");
    private static final Set<String> ADMINISTRATIVE_WORDS = Set.of("provinsi", "kabupaten", "kota", "kecamatan", "desa");

    private static final Pattern NOUN_OF_ACTION = Pattern.compile("(?:pe|ke|per)\\p{L}{3,}an");

    /**
     * Whether a first item starting with this word is shaped like another item: it opens with the same word ("kuasa
     * hukum perusahaan, kuasa hukum pemda") or with a noun of the same make ("penimbangan ..., pemberian ...").
     */
    private static boolean parallelStart(Word first, List<List<Word>> others) {
        String lower = first.lower();
        return others.stream().anyMatch(o -> o.get(0).lower().equals(lower)
                || NOUN_OF_ACTION.matcher(lower).matches() && NOUN_OF_ACTION.matcher(o.get(0).lower()).matches());
    }

    /** Whether the thesaurus gives the word first as an adjective and never as a verb ("panjang", "kecil"). */
    private static boolean describing(String word) {
        Lexicon lexicon = DICTIONARY.get();
        if (lexicon == null) {
            return false;
        }
        List<Sense> senses = lexicon.senses(word);
        return !senses.isEmpty() && senses.get(0).partOfSpeech().equals("a")
                && senses.stream().noneMatch(x -> x.partOfSpeech().equals("v"));
    }

    /**
     * The first item after an introducer: without a head noun it starts with ("prinsip saling percaya"), and
     * cut at a preposition when it runs far longer than the other items ("afirmasi untuk anak-anak dari keluarga
     * kurang mampu, zonasi, prestasi").
     */
    private static List<Word> introducedFirstItem(List<Word> first, Draft d) {
        List<Word> item = new ArrayList<>(first);
        while (item.size() > 1 && (LINKS.contains(item.get(0).lower()) || LIST_HEADS.contains(item.get(0).lower()))) {
            item.remove(0);
        }
        // "dibuka mulai pukul 09.00 hingga 18.00 dan menghadirkan aneka kuliner, tanaman, dan kerajinan": after a verb
        // inside it, the first of items that are no verb phrases starts anew.
        if (d.items.stream().noneMatch(i -> verb(i.get(0)))) {
            for (int i = item.size() - 2; i >= 1; i--) {
                if (verb(item.get(i)) && CONJUNCTIONS.contains(item.get(i - 1).lower())) {
                    item = new ArrayList<>(item.subList(i + 1, item.size()));
                    break;
                }
            }
        }
        // "adalah Duta Besar dari Bulgaria, Finlandia, dan Laos": among names, the first is the name after the
        // preposition; the words before it say who or what they are.
        if (item.size() > 2 && d.items.stream().allMatch(i -> i.size() <= 3 && names(i))) {
            for (int i = item.size() - 2; i >= 1; i--) {
                if (FROM_OR_AT.contains(item.get(i).lower())
                        && item.subList(i + 1, item.size()).stream().allMatch(x -> x.capital() && !x.number())) {
                    item = new ArrayList<>(item.subList(i + 1, item.size()));
                    break;
                }
            }
        }
        int longest = d.items.stream().mapToInt(List::size).max().orElse(1);
        // "yaitu pemain tunggal putri Budi yang menang dengan skor 21-18, 20-22 dan 21-14": items that are figures
        // alone make the list the figures', whatever the introducer stands before; the first is the last figure.
        if (item.size() > 1 && d.items.stream().allMatch(i -> i.size() == 1 && FIGURE.matcher(i.get(0).text()).matches())
                && FIGURE.matcher(item.get(item.size() - 1).text()).matches()) {
            return new ArrayList<>(item.subList(item.size() - 1, item.size()));
        }
        if (item.size() > longest + 1) {
            for (int i = 1; i < item.size(); i++) {
                String lower = item.get(i).lower();
                // ("Kementerian Dalam Negeri": a capitalised preposition is the name's; so is "di" in a title among
                // titles, "Kepala Dinas di Sukamaju Budi Santoso")
                boolean inTitle = item.get(i).capital() || d.items.stream().allMatch(EnumerationExtractor::names)
                        && item.get(0).capital() && capitalsBetween(item, i + 1, item.size());
                if (PREPOSITIONS.contains(lower) && !inTitle || lower.equals("yang")) {
                    return new ArrayList<>(item.subList(0, i));
                }
            }
        }
        return item.size() > MAX_LONG_ITEM_WORDS + 2 ? List.of() : item;
    }

    /**
     * "sebanyak 165 orang, 93 di A, 22 di B, 20 di C dan 30 di D": a figure that is the sum of the figures after
     * it is their total, not an item of the list.
     */
    private static List<List<Word>> breakdown(List<List<Word>> items) {
        if (items.size() < 4 || !items.stream().allMatch(i -> Character.isDigit(i.get(0).text().codePointAt(0)))) {
            return items;
        }
        double total = value(items.get(0).get(0).text());
        double sum = 0;
        for (int i = 1; i < items.size(); i++) {
            sum += value(items.get(i).get(0).text());
        }
        return total > 0 && Math.abs(total - sum) < 1e-9 ? items.subList(1, items.size()) : items;
    }

    private static double value(String figure) {
        try {
            return Double.parseDouble(figure.replace(".", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The items as text: without a bracket at their end ("Partai Biru (9)", "Terminal Utara (TU)"), and without the
     * count after a name when the counts are asides: written in brackets or after "dengan" by one item, or
     * carried by some items only ("Kota A dengan 900 kasus, Kota B 750 kasus", "Ciamis III MMI"). A count
     * every item carries the same way is part of the items ("Kimia 40 orang, Fisika 35 orang"). A year in brackets
     * after a figure says when the figure held and stays ("2 juta ton (2020), 3 juta ton (2022)").
     */
    private static List<String> finish(List<List<Word>> items) {
        boolean aside = false;
        List<List<Word>> trimmed = new ArrayList<>();
        for (List<Word> item : items) {
            List<Word> t = new ArrayList<>(item);
            while (!t.isEmpty()
                    && (t.get(t.size() - 1).bracket() || CONJUNCTIONS.contains(t.get(t.size() - 1).lower()))) {
                if (t.size() > 1 && t.get(0).number() && YEAR_BRACKET.matcher(t.get(t.size() - 1).text()).matches()) {
                    break;
                }
                Word last = t.remove(t.size() - 1);
                aside |= last.text().matches("\\(\\s*\\d.*");
            }
            if (t.isEmpty()) {
                return null;
            }
            trimmed.add(t);
        }
        int measured = 0;
        for (List<Word> t : trimmed) {
            int at = measureAt(t);
            if (at > 0) {
                measured++;
                aside |= t.get(at).lower().equals("dengan");
            }
        }
        // "Jujitsu 3 emas, Panjat Tebing 1 emas, Renang": figures most items carry are an aside to each, and so is one
        // after the last item ("Garut, Tasik dan Ciamis III MMI"), which measures the group; one figure inside one
        // item of many is part of its name ("UGD 24 jam").
        boolean lastMeasured = !trimmed.isEmpty() && measureAt(trimmed.get(trimmed.size() - 1)) > 0;
        aside |= measured > 0 && measured < trimmed.size() && (measured * 2 >= trimmed.size() || lastMeasured);
        // "SD Negeri 1, SD Negeri 2, SD Negeri 5": one name numbered again and again is a numbering, not counts.
        aside &= !numbered(trimmed);
        // "pariwisata, perdagangan, dan investasi di Kalbar": after items of one word, a place phrase closing the last
        // one is the sentence's, not the item's.
        List<Word> lastItem = trimmed.get(trimmed.size() - 1);
        // ("perdagangan, pariwisata, dan investasi Provinsi Sumatera Barat": so is the province whose they all are.)
        boolean placeAfter = lastItem.size() >= 3 && !lastItem.get(0).capital()
                && ADMINISTRATIVE_WORDS.contains(lastItem.get(1).lower())
                && lastItem.get(1).capital() && lastItem.subList(1, lastItem.size()).stream().allMatch(Word::capital);
        if (trimmed.size() >= 3 && lastItem.size() >= 3 && (lastItem.get(1).lower().equals("di") || lastItem.get(1).lower().equals("ke")
                || placeAfter)
                && trimmed.subList(0, trimmed.size() - 1).stream().allMatch(t -> t.size() == 1 && !t.get(0).capital())) {
            trimmed.set(trimmed.size() - 1, lastItem.subList(0, 1));
        }
        // "flora, fauna, dan mikroba tahun 2025": a year after the last item dates the whole list, unless the items
        // before it are dated too ("Piala Dunia 2018, ... dan Piala Dunia 2022").
        List<Word> closing = trimmed.get(trimmed.size() - 1);
        int n = closing.size();
        if (n >= 3 && closing.get(n - 2).lower().equals("tahun") && closing.get(n - 1).text().matches("(?:19|20)\\d\\d")
                && trimmed.subList(0, trimmed.size() - 1).stream()
                        .noneMatch(t -> t.get(t.size() - 1).text().matches("(?:19|20)\\d\\d"))) {
            trimmed.set(trimmed.size() - 1, closing.subList(0, n - 2));
        }
        trimmed = namesWithoutDescriptions(trimmed);
        List<String> out = new ArrayList<>();
        for (List<Word> t : trimmed) {
            int cut = aside ? measureAt(t) : -1;
            String item = text(cut > 0 ? t.subList(0, cut) : t);
            // "jalur prestasi sebanyak 5 persen dari daya tampung": how much of it is an aside to the item.
            // "dan sisanya berbasis radar": the rest, named.
            item = item.replaceFirst("\\s+(?:sebanyak|sejumlah|mencapai|sekitar)\\s+\\d.*$", "")
                    .replaceFirst("^(?:sisanya|selebihnya|sisa)\\s+", "");
            // "kanker—yang menjadi ...": a dash glued to the last item opens an aside.
            item = item.replaceFirst("\\s*[—–]\\s*\\S.*$", "");
            out.add(item.replaceAll("^[\"“”‘’']+|[\"“”‘’'.,;:]+$", ""));
        }
        return out;
    }

    /** Whether two or more items are the same words before a trailing figure ("SD Negeri 1", "SD Negeri 2"). */
    private static boolean numbered(List<List<Word>> items) {
        Map<String, Integer> before = new java.util.HashMap<>();
        for (List<Word> t : items) {
            if (t.size() >= 2 && BARE_NUMBER.matcher(t.get(t.size() - 1).text()).matches()) {
                if (before.merge(text(t.subList(0, t.size() - 1)).toLowerCase(Locale.ROOT), 1, Integer::sum) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a count at the end of an item starts ("Kota A 750 kasus", "Ciamis III MMI", "Kota B dengan 900
     * kasus"), or -1; a year is not a count ("Pekan Olahraga 2030") and an item that is only a count has none.
     */
    private static int measureAt(List<Word> t) {
        int n = t.size();
        if (t.stream().noneMatch(w -> Character.isUpperCase(w.text().codePointAt(0)))) {
            return -1;
        }
        int at = -1;
        String last = t.get(n - 1).text();
        if (last.matches("\\d[\\d.,]*") && !last.matches("(19|20)\\d\\d")) {
            at = n - 1;
        } else if (n >= 2 && FIGURE.matcher(t.get(n - 2).text()).matches()
                && (last.matches("\\p{Ll}+") || last.matches("\\p{Lu}{2,}"))) {
            at = n - 2;
        }
        if (at <= 0) {
            return -1;
        }
        String before = t.get(at - 1).lower();
        if (at > 1 && (before.equals("dengan") || before.equals("sebanyak") || before.equals("sekitar"))) {
            at--;
        }
        return at;
    }

    /** The last checks on a gathered list. */
    private static boolean acceptable(List<String> all, List<List<Word>> items, Draft d, List<List<Word>> segments,
                                      int s) {
        boolean headed = d.introduced || head(segments, d) != null && LIST_HEADS.contains(
                head(segments, d).toLowerCase(Locale.ROOT));
        if (all.size() < 3 && !(all.size() == 2 && headed && d.conjoined)) {
            return false;
        }
        // Who attended is listed up to its "dan"; without one, where the last name ends is a guess.
        if (!d.conjoined && d.introducer != null && ATTENDANCE.contains(d.introducer.split(" ")[0])) {
            return false;
        }
        if (!d.conjoined && !(d.introduced && all.size() >= 3 || afterPara(segments, d) && all.size() >= 3
                && items.stream().allMatch(EnumerationExtractor::names) || asyndeticAfterPreposition(items, segments, d)
                || asyndeticAfterHead(items, segments, d))) {
            return false;
        }
        if (items.stream().anyMatch(i -> i.stream().anyMatch(w -> w.text().matches("[-–—]+")))) {
            return false;
        }
        // Verb phrases run parallel: "mempertahankan A, mempertahankan B, dan maju bersama ..."; a noun before
        // them ("sebagai acuan, menjaga ...") or a lone speech verb ("mengatakan, posko ... dan lahan")
        // is not their first item.
        List<Word> first = items.get(0);
        boolean firstVerb = verb(first.get(0));
        if (!firstVerb && items.stream().skip(1).allMatch(i -> verb(i.get(0)))
                || !firstVerb && items.subList(1, items.size() - 1).stream().anyMatch(i -> verb(i.get(0)))
                || firstVerb && first.size() == 1 && !items.stream().skip(1).allMatch(i -> verb(i.get(0)))) {
            return false;
        }
        if (addressOrHierarchy(items) || frontedClause(segments, d) || fieldsOfOneBody(items, d)) {
            return false;
        }
        // "di Gedung Serbaguna, Semarang, Sabtu (4/5)": a date among places ends the place, it is no list item.
        long dates = items.stream().filter(EnumerationExtractor::dateLike).count();
        if (dates > 0 && dates < items.size()) {
            return false;
        }
        // A common noun before names is a clause ending, not a list ("budaya, Jepang dan ..."); "TNI, Polri,
        // dan relawan" is a list.
        boolean firstCapital = names(items.get(0));
        if (!d.introduced && !firstCapital && items.stream().skip(1).anyMatch(EnumerationExtractor::names)
                && !items.stream().skip(1).allMatch(i -> i.stream().allMatch(w -> w.text().matches("\\p{Lu}{2,}")))) {
            return false;
        }
        // Names with a phrase among them ("Cibadak, Jawa Barat, terasa di Pantai Indah"): not one list.
        if (!d.introduced && firstCapital && items.stream().anyMatch(i -> !i.get(0).capital()
                && i.stream().anyMatch(w -> BOUNDARIES.contains(w.lower()) || verb(w)))) {
            return false;
        }
        if (all.stream().anyMatch(i -> BARE_NUMBER.matcher(i).matches() && i.length() < 4)) {
            return false;
        }
        // "21-18, 20-22, 21-14": the scores of a match's games, no list of things.
        if (all.stream().allMatch(i -> i.matches("\\d{1,3}\\s?[-–]\\s?\\d{1,3}"))) {
            return false;
        }
        return !nameOfAnAbbreviation(items, segments, d);
    }

    /**
     * "Badan Riset, Inovasi, dan Teknologi (BRIT)": capitalised items that together are the long form
     * of the abbreviation after them make one name, not a list.
     */
    private static boolean nameOfAnAbbreviation(List<List<Word>> items, List<List<Word>> segments, Draft d) {
        List<Word> last = items.get(items.size() - 1);
        if (last.size() > 1 && last.get(last.size() - 1).bracket()) {
            last = last.subList(0, last.size() - 1);
        }
        Word end = last.get(last.size() - 1);
        List<Word> run = new ArrayList<>();
        Word bracket = null;
        for (int k = d.firstSegment; k < segments.size() && bracket == null; k++) {
            List<Word> segment = segments.get(k);
            int at = segment.indexOf(end);
            run.addAll(at >= 0 ? segment.subList(0, at + 1) : segment);
            if (at >= 0) {
                bracket = at + 1 < segment.size() && segment.get(at + 1).bracket() ? segment.get(at + 1) : null;
                if (bracket == null) {
                    return false;
                }
            }
        }
        if (bracket == null) {
            return false;
        }
        String inside = bracket.text().replaceAll("[()]", "").strip();
        if (!inside.matches("\\p{Lu}[\\p{L}]{1,9}") || Spelling.spells(words(last), inside)) {
            return false;
        }
        for (int n = last.size() + 1; n <= Math.min(run.size(), 14); n++) {
            List<Word> tail = run.subList(run.size() - n, run.size());
            if (Character.isUpperCase(tail.get(0).text().codePointAt(0)) && Spelling.spells(words(tail), inside)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(List<Word> words) {
        return words.stream().filter(w -> !w.bracket()).map(Word::text).toArray(String[]::new);
    }

    /** "para Menteri A, Kepala B, Panglima, Jaksa Agung": "para" before names that follow without "dan". */
    private static boolean afterPara(List<List<Word>> segments, Draft d) {
        List<Word> firstSegment = segments.get(d.firstSegment);
        int at = firstSegment.indexOf(d.first.get(0));
        return at > 0 && firstSegment.get(at - 1).lower().equals("para");
    }

    /**
     * "di A (3 titik), B (31 titik), C (1 titik), D (2 titik)": four or more short names after a preposition make
     * a list without "dan", unless they are the parts of one address ("Desa A, Kecamatan B, Kabupaten C").
     */
    private static boolean asyndeticAfterPreposition(List<List<Word>> items, List<List<Word>> segments, Draft d) {
        // Names in a row are often an address ("di Lapangan A, Renon, Denpasar, Bali"); they make a list only
        // when each carries the same aside, such as a count in brackets.
        boolean bracketed = items.stream()
                .allMatch(i -> i.get(0).capital() && i.size() <= 6 && i.get(i.size() - 1).bracket());
        boolean common = items.stream().allMatch(i -> !i.get(0).capital() && i.size() <= 3);
        if (items.size() < 4 || !bracketed && !common) {
            return false;
        }
        List<Word> firstSegment = segments.get(d.firstSegment);
        int at = firstSegment.indexOf(items.get(0).get(0));
        return at > 0 && PREPOSITIONS.contains(firstSegment.get(at - 1).lower());
    }

    /** "untuk keperluan jalan, irigasi, posyandu, ...": short common nouns after a list noun. */
    private static boolean asyndeticAfterHead(List<List<Word>> items, List<List<Word>> segments, Draft d) {
        if (items.size() < 3 || !items.stream().allMatch(i -> !i.get(0).capital() && i.size() <= 3
                && i.stream().noneMatch(w -> BOUNDARIES.contains(w.lower()) || verb(w) || clauseWord(w)))) {
            return false;
        }
        List<Word> firstSegment = segments.get(d.firstSegment);
        int at = firstSegment.indexOf(items.get(0).get(0));
        return at > 0 && LIST_HEADS.contains(firstSegment.get(at - 1).text());
    }

    /**
     * "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Kepala Biro Hukum, Organisasi dan Humas": a
     * long capitalised name followed by single capitalised words is one body's name with its fields, not a list.
     */
    private static boolean fieldsOfOneBody(List<List<Word>> items, Draft d) {
        // "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a ministry's fields after its head.
        boolean ministry = items.size() <= 4 && BODY_HEADS.contains(items.get(0).get(0).lower())
                && items.subList(1, items.size()).stream().allMatch(i -> names(i) && i.size() <= 3
                        && !BODY_HEADS.contains(i.get(0).lower()) && !PersonExtractor.ROLES.contains(i.get(0).lower())
                        && i.stream().noneMatch(x -> x.text().length() > 1 && x.text().equals(x.text().toUpperCase(Locale.ROOT))));
        return ministry || !d.introduced && items.size() <= 4 && names(items.get(0)) && items.get(0).size() >= 3
                && items.subList(1, items.size() - 1).stream().allMatch(i -> i.size() == 1 && names(i));
    }

    /** "Kelurahan A dan Kelurahan B, Kota C": the city after the villages is where they are, not one of them. */
    private static boolean higherTier(List<Word> item, List<Word> next) {
        Integer tier = TIERS.get(item.get(0).lower());
        Integer nextTier = next.isEmpty() ? null : TIERS.get(next.get(0).lower());
        return tier != null && nextTier != null && nextTier > tier;
    }

    /**
     * "Kelurahan A dan Kelurahan B, Kota C": names of places on different tiers (village, district, regency,
     * province) are one address, not a list.
     */
    private static boolean addressOrHierarchy(List<List<Word>> items) {
        Set<Integer> tiers = new HashSet<>();
        for (List<Word> i : items) {
            Integer tier = TIERS.get(i.get(0).lower());
            if (tier != null) {
                tiers.add(tier);
            }
        }
        return tiers.size() >= 2;
    }

    /**
     * "Setelah tiba di Bandung, Presiden dan Wakil Presiden ...": a clause fronted before the first comma of the
     * sentence does not give a list its first item.
     */
    private static final Set<String> WHEREAS = Set.of("sedangkan", "sementara");

    /**
     * "Orlando Ferrari dari SMA Negeri 1 Sampit bidang matematika, Viony ... bidang fisika, dan Muhammad Rafi": items
     * that each open with a person's name, most with words about them after it, list the names; what follows each
     * name describes it. Taken only when every item opens with two capitalised words or more that name no place or
     * body, and two items or more go on past them.
     */
    /** "Budi Santoso alias Ucok": the other name a person goes by, after the name, is part of the name. */
    private static boolean alias(List<Word> item, int at) {
        return at >= 2 && at + 1 < item.size() && item.get(at).lower().equals("alias") && item.get(at + 1).capital()
                && !item.get(at + 1).number();
    }

    private static List<List<Word>> namesWithoutDescriptions(List<List<Word>> items) {
        if (items.size() < 3) {
            return items;
        }
        List<List<Word>> names = new ArrayList<>();
        int described = 0;
        for (List<Word> item : items) {
            int run = 0;
            while (run < item.size() && (item.get(run).capital() && !item.get(run).number() && !item.get(run).bracket()
                    && item.get(run).text().chars().noneMatch(Character::isDigit) || alias(item, run))) {
                Word w = item.get(run);
                if (alias(item, run)) {
                    run++;
                    continue;
                }
                if (PlaceExtractor.isOrganisationWord(w.text()) || TIERS.containsKey(w.lower())
                        || LIST_HEADS.contains(w.lower()) || w.text().length() > 1 && w.text().equals(w.text().toUpperCase(Locale.ROOT))
                        && !w.text().matches("\\p{Lu}\\.")) {
                    return items;
                }
                run++;
            }
            if (run < 2) {
                return items;
            }
            if (run < item.size()) {
                described++;
            }
            names.add(new ArrayList<>(item.subList(0, run)));
        }
        return described >= 2 ? names : items;
    }
    // Words after "di" that place a whole list, not its last item: "di seluruh kabupaten", "di wilayah masing-masing".
    private static final Set<String> SCOPE = Set.of("seluruh", "semua", "setiap", "tiap", "masing-masing", "berbagai",
            "sejumlah", "wilayah", "daerah");
    // Words that count or take all of a group before its name: "seluruh Direktur RS A", "para Kepala Dinas".
    private static final Set<String> QUANTIFIERS = Set.of("seluruh", "semua", "para", "sejumlah", "beberapa", "segenap");

    private static boolean mainVerbBefore(List<Word> opening, int first) {
        return first >= 4 && verb(opening.get(first - 1)) && !verb(opening.get(1))
                && opening.subList(1, first - 1).stream().noneMatch(EnumerationExtractor::verb);
    }

    private static boolean frontedClause(List<List<Word>> segments, Draft d) {
        List<Word> opening = segments.get(0);
        if (d.firstSegment == 0 && !opening.isEmpty() && opening.get(0).start() <= 1
                && (SUBORDINATORS.contains(opening.get(0).lower()) || verb(opening.get(0)))
                && opening.indexOf(d.first.get(0)) >= 0
                // "Sedangkan emas kedua diperoleh A, B, C dan D": "whereas" opens the main clause; names after it
                // that the other names go on from are the list's first.
                && !(WHEREAS.contains(opening.get(0).lower()) && names(d.first) && !d.items.isEmpty()
                        && d.items.stream().allMatch(EnumerationExtractor::names))
                // "Selain itu, ..." and "Setelah itu, ..." join sentences; they open no clause.
                && !(opening.size() > 1 && opening.get(1).lower().equals("itu"))
                // "Saat peninjauan itu Gubernur didampingi A, B dan C": a time phrase, then the main clause's own
                // verb right before the first item; the clause is not fronted.
                && !mainVerbBefore(opening, opening.indexOf(d.first.get(0)))) {
            return true;
        }
        // "Dengan demikian, ...": a link to the sentence before, not an item.
        if (d.firstSegment == 0 && opening.size() == 2 && opening.get(0).lower().equals("dengan")
                && opening.get(1).lower().equals("demikian")) {
            return true;
        }
        // "Menurut Resti, mental dan kelelahan ...": who said it opens the sentence; the name is no item.
        if (d.firstSegment == 0 && opening.size() >= 2 && opening.size() <= 4 && opening.get(0).start() <= 1
                && opening.get(0).lower().equals("menurut") && opening.indexOf(d.first.get(0)) >= 0) {
            return true;
        }
        // "agar usai ujian, siswa dan siswi ...": the same inside a sentence.
        List<Word> first = segments.get(d.firstSegment);
        int at = first.indexOf(d.first.get(0));
        return at > 0 && TEMPORAL.contains(first.get(at - 1).lower());
    }

    /** The word that introduces the list: the one before the first item, past "yaitu", "mengenai" and the like. */
    private static String head(List<List<Word>> segments, Draft d) {
        if (d.introducer != null && !LINKS.contains(d.introducer)) {
            return d.introducer;
        }
        List<Word> firstSegment = segments.get(d.firstSegment);
        int at = firstSegment.indexOf(d.first.get(0));
        String link = null;
        for (int i = at - 1; i >= 0; i--) {
            String word = firstSegment.get(i).text();
            String lower = word.toLowerCase(Locale.ROOT);
            if (LINKS.contains(lower)) {
                link = link == null ? word : link;
            } else if (d.introduced && link != null) {
                // "Mereka adalah A, B, dan C": the introducer heads the list unless a list noun or a superlative
                // ("Kota dengan kasus terbanyak adalah A, B, dan C") stands before it.
                return LIST_HEADS.contains(lower) || superlative(lower) ? word : link;
            } else if (!CONJUNCTIONS.contains(lower) && !lower.equals("juga") && !lower.equals("baik")) {
                return word; // "baik A, B, maupun C": "baik" pairs with the conjunction and heads nothing
            }
        }
        // "lima bidang kerja sama, yaitu A, B": the head stands before the introducer's comma.
        for (int s = d.firstSegment - 1; s >= Math.max(0, d.firstSegment - 2); s--) {
            List<Word> before = segments.get(s);
            for (int i = before.size() - 1; i >= Math.max(0, before.size() - 4); i--) {
                if (LIST_HEADS.contains(before.get(i).lower())) {
                    return before.get(i).text();
                }
            }
        }
        return link != null ? link : d.introducer;
    }

    /** "terbanyak", "tertinggi", "terbesar": a superlative adjective (not "tersebut", "terhadap", "termasuk"). */
    private static boolean superlative(String lower) {
        return lower.startsWith("ter") && lower.length() >= 7 && !BOUNDARIES.contains(lower)
                && !lower.equals("terdiri") && !lower.equals("terakhir");
    }

    /** The end of the last introducer in a segment (the index of the word after it), or -1. */
    // The introducers split into words once.
    private static final Set<String> ATTENDANCE = Set.of("dihadiri", "hadir", "turut", "didampingi", "disambut", "ikut",
            "tampak");
    private static final List<String[]> INTRODUCER_PARTS = INTRODUCERS.stream().map(x -> x.split(" ")).toList();

    private static final Set<String> ATTENDANCE_OPENERS = Set.of("turut", "ikut", "hadir", "tampak");
    private static final Set<String> ATTENDING = Set.of("hadir", "serta", "mendampingi", "menghadiri", "mengikuti");

    /**
     * Words that open a sentence by saying who came along, and name no one: "Turut hadir dalam acara tersebut",
     * "Ikut serta dalam peninjauan itu", "Turut serta mendampingi kunjungan tersebut".
     */
    private static boolean attendanceOpening(List<Word> w) {
        if (w.isEmpty() || w.size() > 7 || w.get(0).start() != 0 || !ATTENDANCE_OPENERS.contains(w.get(0).lower())) {
            return false;
        }
        boolean attends = w.stream().anyMatch(x -> ATTENDING.contains(x.lower()));
        return attends && w.stream().skip(1).noneMatch(x -> x.capital() || x.bracket());
    }

    private static int introducerEnd(List<Word> w) {
        int end = -1;
        for (int i = 0; i < w.size(); i++) {
            for (String[] parts : INTRODUCER_PARTS) {
                if (i + parts.length <= w.size()) {
                    boolean match = true;
                    for (int p = 0; p < parts.length && match; p++) {
                        match = w.get(i + p).lower().equals(parts[p]);
                    }
                    // "menteri yang turut hadir, beberapa di antaranya yakni ...": who attended, told in a relative
                    // clause, names no one after it.
                    if (match && !(i > 0 && w.get(i - 1).lower().equals("yang") && ATTENDANCE.contains(parts[0]))) {
                        end = Math.max(end, i + parts.length);
                    }
                }
            }
        }
        return end;
    }

    private static String introducerBefore(List<Word> w, int end) {
        for (String intro : INTRODUCERS) {
            String[] parts = intro.split(" ");
            if (end - parts.length >= 0 && text(w.subList(end - parts.length, end)).equalsIgnoreCase(intro)) {
                return intro;
            }
        }
        return w.get(end - 1).lower();
    }

    /**
     * "terbang dari A, dari B, dari C": the same preposition before each item makes a list without "dan".
     * Returns the segment after the list, or -1 when there is none at {@code s}.
     */
    private static int repeatedPreposition(List<List<Word>> segments, int s, SentenceSplitter.Span span,
                                           List<QuoteExtractor.Found> quotes, List<Enumeration> out) {
        List<Word> first = segments.get(s);
        if (first.size() < 2 || s + 2 >= segments.size()) {
            return -1;
        }
        String preposition = null;
        int at = -1;
        for (int i = first.size() - 2; i >= Math.max(0, first.size() - 4); i--) {
            if (PREPOSITIONS.contains(first.get(i).lower())) {
                preposition = first.get(i).lower();
                at = i;
                break;
            }
        }
        if (preposition == null) {
            return -1;
        }
        List<Word> firstItem = first.subList(at + 1, first.size());
        if (firstItem.stream().anyMatch(w -> BOUNDARIES.contains(w.lower()) || verb(w))) {
            return -1;
        }
        List<String> items = new ArrayList<>();
        items.add(text(firstItem));
        int k = s + 1;
        while (k < segments.size()) {
            List<Word> w = segments.get(k);
            int p = w.size() - afterConjunction(w).size();
            if (p >= w.size() || !w.get(p).lower().equals(preposition)) {
                break;
            }
            List<Word> item = leadingItem(w, p + 1, false);
            if (item.isEmpty()) {
                break;
            }
            items.add(text(item));
            // "dari C dan juga dari D": the last item may follow in the same segment.
            List<Word> rest = afterConjunction(w.subList(p + 1 + item.size(), w.size()));
            if (rest.size() > 1 && rest.size() < w.size() - p - 1 - item.size() && rest.get(0).lower().equals(preposition)) {
                List<Word> last = leadingItem(rest, 1, false);
                if (!last.isEmpty()) {
                    items.add(text(last));
                    item = last;
                    w = rest;
                    p = 0;
                }
            }
            // "untuk Polri di seluruh wilayah ... di daerah A, B dan C": what follows the last item may start a list.
            if (item.size() < w.size() - p - 1) {
                break;
            }
            k++;
        }
        if (items.size() < 3) {
            return -1;
        }
        int absolute = span.start() + firstItem.get(0).start();
        boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= absolute && absolute < q.end());
        out.add(new Enumeration(List.copyOf(items), span.sentence().index(), preposition, inQuote));
        return k;
    }

    /** "prinsip kejujuran dan keadilan": two items joined by a conjunction right after a list noun. */
    private static void pairAfterHead(List<Word> w, SentenceSplitter.Span span, List<QuoteExtractor.Found> quotes,
                                      List<Enumeration> out) {
        for (int c = 2; c < w.size() - 1; c++) {
            if (!CONJUNCTIONS.contains(w.get(c).lower())) {
                continue;
            }
            for (int h = c - 2; h >= Math.max(0, c - 4); h--) {
                if (!LIST_HEADS.contains(w.get(h).lower())) {
                    continue;
                }
                List<Word> first = w.subList(h + 1, c);
                List<Word> second = leadingItem(w, c + 1, false);
                if (first.stream().noneMatch(x -> BOUNDARIES.contains(x.lower())) && !second.isEmpty()
                        && second.size() <= first.size() + 2) {
                    int absolute = span.start() + first.get(0).start();
                    boolean inQuote = quotes.stream().anyMatch(q -> q.start() <= absolute && absolute < q.end());
                    out.add(new Enumeration(List.of(text(first), text(second)), span.sentence().index(),
                            w.get(h).text(), inQuote));
                    return;
                }
            }
        }
    }

    /**
     * Whether an item is a name: its first word is capitalised, or a figure before a capitalised word ("9
     * Kabupaten/Kota"), and it holds no clause word.
     */
    private static boolean names(List<Word> item) {
        if (item.isEmpty() || item.stream().anyMatch(w -> clauseWord(w))) {
            return false;
        }
        Word first = item.get(0);
        if (first.start() == 0 && (item.size() == 1 || !item.get(1).capital())) {
            return false;
        }
        return first.bracket() || first.capital() && !first.number()
                || first.number() && item.size() > 1 && item.get(1).capital() && !item.get(1).number();
    }

    /** A day, a date in brackets or a month: "Semarang, Sabtu (4/5)" ends a list of places, it is no item. */
    private static boolean dateLike(List<Word> item) {
        return item.stream().anyMatch(w -> DAYS.contains(w.lower()) || MONTHS.contains(w.lower())
                || w.text().equals("hari")
                || w.bracket() && w.text().matches("\\(\\s*\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\s*\\)"));
    }

    private static boolean clause(List<Word> words) {
        return words.stream().anyMatch(x -> verb(x) || clauseWord(x));
    }

    /** A word of a clause, or an ordinal that is not part of a name. */
    /** "serta selalu waspada", "dan tidak ...": a conjunction that joins a clause to the sentence, not an item. */
    private static boolean joinsAClause(List<Word> segment) {
        return segment.size() > 1 && CONJUNCTIONS.contains(segment.get(0).lower())
                && (clauseWord(segment.get(1)) || verb(segment.get(1)) || ADVERBS.contains(segment.get(1).lower()));
    }

    private static boolean clauseWord(Word w) {
        return CLAUSE_WORDS.contains(w.lower()) || ORDINALS.contains(w.lower()) && w.start() <= 1;
    }

    /** A verb of the sentence: a prefixed word in lower case ("Menteri" and "Diskominfo" are names). */
    private static boolean verb(Word w) {
        return (w.start() == 0 || !Character.isUpperCase(w.text().codePointAt(0))) && isVerbLike(w.text());
    }

    /** Prefixed verbs ("memerangi", "mendukung") start a clause, so they are heads, not items. */
    static boolean isVerbLike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean looksPrefixed = lower.length() > 5 && !NOT_VERBS.contains(lower)
                && (lower.startsWith("me") || lower.startsWith("di") && !lower.startsWith("dipl"))
                && (!lower.endsWith("an") || lower.endsWith("kan"));
        if (!looksPrefixed) {
            return false;
        }
        // "medali", "dinding": a word the dictionary knows as its own only root has no prefix.
        Lexicon lexicon = DICTIONARY.get();
        return lexicon == null || !lexicon.knows(lower) || !lexicon.roots(lower).equals(List.of(lower));
    }

    static String text(List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }
}
