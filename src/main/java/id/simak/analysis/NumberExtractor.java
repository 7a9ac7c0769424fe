package id.simak.analysis;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities written in digits (Indonesian separators) or in words, with their value and unit. A figure
 * that counts nothing the sentence names (a score, a clock time, a label such as "Nomor 12" or "ke-10") is no
 * quantity and is left out.
 */
public final class NumberExtractor {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(IndonesianCalendar.INDONESIAN);
    private static final String GROUP = Pattern.quote(String.valueOf(SYMBOLS.getGroupingSeparator()));
    private static final String DECIMAL = Pattern.quote(String.valueOf(SYMBOLS.getDecimalSeparator()));
    // "45.64 persen": a point followed by one or two digits cannot group thousands, so it is a decimal point.
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}.,]|[\\p{N}]/)"
            + "(?<cur>Rp\\.?\\s?|US\\$\\s?|USD\\s?|IDR\\s?|\\$\\s?)?"
            + "(?:(?<pointed>\\d+\\.\\d{1,2})(?=\\s?(?:%|persen\\b))"
            + "|(?<num>\\d{1,3}(?:" + GROUP + "\\d{3})+(?:" + DECIMAL + "\\d+)?|\\d+(?:" + DECIMAL + "\\d+)?))"
            + "(?<approx>-?an\\b)?"
            + "(?![\\p{L}\\p{N}]|[.,:]\\d)(?<pct>\\s?%)?");
    private static final Map<String, Double> SCALES = Map.of(
            "ribu", 1e3, "juta", 1e6, "miliar", 1e9, "milyar", 1e9, "milar", 1e9, "triliun", 1e12, "ratus", 1e2,
            "puluh", 10.0);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("nol", 0), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("sebelas", 11), Map.entry("seratus", 100),
            Map.entry("seribu", 1000), Map.entry("sejuta", 1_000_000));
    // "seminggu", "sebulan": one of a span of time, written as one word.
    private static final Map<String, String> ONE_OF = Map.of("sehari", "hari", "seminggu", "minggu", "sepekan", "pekan",
            "sebulan", "bulan", "setahun", "tahun");
    // Words that follow a number without being its unit ("satu sama lain", "lima di antaranya", "2018 sebesar").
    private static final Set<String> NOT_UNITS = Set.of("yang", "dan", "di", "ke", "dari", "sama", "pun", "lagi", "atau",
            "ini", "itu", "dengan", "untuk", "pada", "oleh", "adalah", "juga", "akan", "telah", "sudah", "saja",
            "tersebut", "per", "hingga", "selama", "sepanjang", "melawan", "sampai", "menjadi", "lainnya", "kata", "dalam", "bagi", "sebagai", "atas",
            "ada", "tidak", "tak", "bukan", "yaitu", "yakni", "secara", "sebesar", "sebanyak", "sejumlah", "sekitar",
            "lebih", "kurang", "hanya", "tetap", "masih", "belum", "pula", "milik", "lewat", "usai", "turut", "resmi",
            "besar", "kecil", "demi", "asal", "beserta", "serta", "bahkan", "namun", "tapi", "tetapi", "sedangkan",
            "sementara", "seperti", "karena", "jika", "bila", "saat", "ketika", "sisanya", "antaranya", "hampir",
            "sejak", "mulai", "versi", "kepada", "terhadap", "tentang", "bersama", "sebelum", "setelah", "sesudah",
            "melalui", "menurut", "sebelumnya", "kemudian", "lalu", "mendatang", "nanti", "berikutnya", "terakhir",
            "pertama", "kedua", "berada", "agar", "supaya", "maka", "sehingga", "tiap", "setiap", "mana", "dia", "ia",
            "mereka", "kami", "kita", "saya", "dimana", "bahwa", "tadi", "sini", "sana", "situ", "pukul", "wib",
            "wita", "wit", "kemarin", "besok", "kini", "sekarang", "nya", "an", "vs", "versus", "lawan", "kontra",
            "plus", "minus");
    // Affixed nouns that look like verbs to the rule of thumb below.
    private static final Set<String> AFFIXED_NOUNS = Set.of("tersangka", "terdakwa", "terpidana", "terminal",
            "distrik", "divisi", "direktorat", "dimensi", "dirham", "digit", "diskon", "dinas", "bersaudara");
    private static final Pattern VERB_LIKE = Pattern.compile("(?:me(?:m|n|ng|ny|l|r|w|y)|ber|ter)\\p{L}{4,}|di\\p{L}{4,}");
    // Abbreviations of measures written in mixed case ("76 Km", "150 Gbps").
    private static final Set<String> MEASURES = Set.of("km", "kg", "gbps", "mbps", "kbps", "mw", "kw", "kwh", "gw",
            "ha", "mm", "cm", "ton", "m", "ml", "cc", "mou", "mhz", "ghz");
    // All-caps words after a number that name the time of day, not what is counted ("14.00 WIB").
    private static final Set<String> NOT_CAPS_UNITS = Set.of("WIB", "WITA", "WIT", "GMT", "UTC", "AM", "PM");
    private static final Set<String> CURRENCIES = Set.of("dolar", "euro", "yen", "yuan", "renminbi", "ringgit", "rupiah",
            "won", "peso", "rupee", "pound", "poundsterling", "franc", "dirham", "riyal", "baht", "dong");
    // Words that keep a quantity's meaning and so belong to its text ("satu dekade terakhir").
    private static final Set<String> QUALIFIERS = Set.of("terakhir", "lalu", "mendatang", "berikutnya", "pertama",
            "terakhir ini");
    // Words before a figure that make it a label or a position, not a quantity ("Nomor 12", "Lantai 18", "ke-10").
    private static final Set<String> LABELS = Set.of("nomor", "no", "nomer", "pasal", "ayat", "bab", "lantai", "pukul",
            "jam", "pkl", "kode", "jilid", "episode", "babak", "menit", "grup", "edisi", "seri", "versi", "level",
            "peringkat", "rangking", "ranking", "urutan", "urut", "rt", "rw", "kamar", "ruang", "blok", "gang",
            "kuartal", "triwulan", "semester", "pekan", "halaman", "hal", "tipe", "generasi", "angkatan",
            "kelas", "gelombang", "sesi", "putaran", "game", "set", "leg", "skor", "kedudukan", "roda");
    // People counted in news; "dua orang tersangka" counts suspects, and "seorang warga" one resident.
    private static final Set<String> PEOPLE_NOUNS = Set.of("warga", "korban", "siswa", "mahasiswa", "pelajar",
            "tersangka", "terdakwa", "pasien", "pedagang", "peserta", "petani", "nelayan", "pekerja", "karyawan",
            "buruh", "guru", "dosen", "santri", "anak", "balita", "penumpang", "pengungsi", "wisatawan", "penduduk",
            "jemaah", "jamaah", "atlet", "pemain", "relawan", "anggota", "personel", "prajurit", "polisi", "petugas",
            "pegawai", "pejabat", "saksi", "pelaku", "dokter", "perawat", "bidan", "wisudawan", "penonton", "pendaki");
    // Words that say the figures after them break down the figure before ("105 mahasiswa yang terdiri dari 35 ...").
    private static final Pattern BREAKDOWN = Pattern.compile("(?iu)\\b(?:terdiri\\s+(?:dari|atas)|yakni|yaitu|meliputi"
            + "|antara lain|di antaranya|masing-masing|rinciannya|dengan rincian)\\b");
    // "Fraksi A 71 anggota, Fraksi B (15)": a bracketed figure listed after a figure with its unit counts the same.
    private static final Pattern LISTED_IN_BRACKETS = Pattern.compile("\\)?\\s*(?:,\\s*(?:dan\\s+|serta\\s+)?|\\s+dan\\s+|\\s+serta\\s+)"
            + "[\\p{Lu}][^,;()]{0,60}\\(\\s*");
    // "dari 165 pedagang, yang sepakat sebanyak 106": a share of the figure before, in its unit.
    private static final Pattern SHARE_BEFORE = Pattern.compile("(?iu)\\b(?:sebanyak|sejumlah|berjumlah|hanya|tinggal)\\s+$");
    private static final Pattern SHARE_AFTER = Pattern.compile("(?iu)^\\s+(?:sisanya|lainnya|di antaranya)\\b");
    // "1,8 juta sampai 3,6 juta wisman", "antara 5 dan 10 persen": the first end of a range shares the unit.
    private static final Pattern RANGE_GLUE = Pattern.compile("(?iu)^\\s*(?:sampai|hingga|s\\.?d\\.?|atau|dan|ke)\\s+$");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[-–]\\s*");
    // Scales read in Roman numerals: the Modified Mercalli Intensity of an earthquake.
    private static final Pattern ROMAN_READING = Pattern.compile(
            "\\b(?<lo>[IVX]{1,4})(?:\\s*[-–]\\s*[IVX]{1,4})?\\s+(?<unit>MMI)\\b");
    // "magnitudo 5,2" and the BMKG shorthand "M 4,9": the measure is named before the figure.
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(?:\\b(?<word>(?iu:(?:ber)?magnitudo))|\\bM)\\s+$");

    private final PlaceExtractor places;

    public NumberExtractor(PlaceExtractor places) {
        this.places = places;
    }

    /** A quantity while its sentence is read: where it stands, and whether money or a percentage gave its unit. */
    private record Raw(int start, int numberEnd, int end, double value, String unit, boolean ownUnit, boolean decimal,
                       boolean inBrackets, boolean needsCompany) {

        Raw(int start, int numberEnd, int end, double value, String unit, boolean ownUnit, boolean decimal,
            boolean inBrackets) {
            this(start, numberEnd, end, value, unit, ownUnit, decimal, inBrackets, false);
        }

        Raw withUnit(String newUnit) {
            return new Raw(start, numberEnd, end, value, newUnit, ownUnit, decimal, inBrackets, needsCompany);
        }
    }

    /**
     * "3 tahun 6 bulan", "satu jam 28 menit": one span of time told in two units is one quantity, in the larger unit
     * for years and months (3,5 tahun) and in minutes for hours and minutes (88 menit).
     */
    private static void joinDurations(String text, List<Raw> raws) {
        for (int i = raws.size() - 2; i >= 0; i--) {
            Raw a = raws.get(i);
            Raw b = raws.get(i + 1);
            if (a.unit() == null || b.unit() == null || b.start() < a.end() || !text.substring(a.end(), b.start()).isBlank()) {
                continue;
            }
            double value;
            String unit;
            if (a.unit().equals("tahun") && b.unit().equals("bulan") && b.value() < 12) {
                value = a.value() + b.value() / 12;
                unit = "tahun";
            } else if (a.unit().equals("jam") && b.unit().equals("menit") && b.value() < 60) {
                value = a.value() * 60 + b.value();
                unit = "menit";
            } else {
                continue;
            }
            raws.set(i, new Raw(a.start(), a.numberEnd(), b.end(), value, unit, true, a.decimal(), a.inBrackets()));
            raws.remove(i + 1);
        }
    }

    /** Quantities of one sentence, leaving out dates found there. */
    List<NumberMention> extract(Sentence sentence, List<DateExtractor.Found> dates) {
        String text = sentence.text();
        List<Token> words = Token.lexical(text);
        List<Raw> raws = new ArrayList<>();
        digits(text, words, dates, raws);
        numberWords(text, words, dates, raws);
        scaleReadings(text, raws);
        ages(text, raws);
        raws.sort(Comparator.comparingInt(Raw::start));
        inheritUnits(text, raws);
        restoreElidedHeads(text, raws);
        joinDurations(text, raws);
        List<NumberMention> out = new ArrayList<>();
        for (Raw r : raws) {
            // A figure the sentence gives no unit for ("skor 2-1", "Falcon 9") is not a quantity a reader can check;
            // "seorang pelajar" only introduces someone unless other counts stand beside it.
            if (r.unit() != null && !(r.needsCompany() && raws.size() < 2)) {
                out.add(new NumberMention(text.substring(r.start(), r.end()), r.value(), r.unit(), sentence.index()));
            }
        }
        return out;
    }

    // "Agus (40)", "RS (26)", "Lisnawati (36)": a person's age in brackets right after the name.
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile("(?<=\\p{Lu}[\\p{L}'’.]{0,30})\\s?\\((\\d{1,2})\\)(?![\\p{L}\\d])");

    /** Ages written in brackets after a name, in years; a figure read there without a unit gives way to them. */
    private static void ages(String text, List<Raw> out) {
        Matcher m = AGE_IN_BRACKETS.matcher(text);
        while (m.find()) {
            if (!afterAName(text, m.start())) {
                continue; // "Fraksi Dua (18)", "Kelas II (16)": a count of a thing, not an age
            }
            int start = m.start(1);
            int end = m.end(1);
            out.removeIf(r -> r.start() < end && start < r.end());
            out.add(new Raw(start, end, end, Integer.parseInt(m.group(1)), "tahun", true, false, true));
        }
    }

    private static final Pattern ROMAN_OR_COUNT = Pattern.compile(
            "[IVXL]+|(?iu:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|\\d+");

    /** Whether the capitalised words right before this offset read as a person's name (or initials). */
    private static boolean afterAName(String text, int at) {
        String[] words = text.substring(Math.max(0, at - 40), at).strip().split("\\s+");
        int taken = 0;
        for (int k = words.length - 1; k >= 0 && taken < 4; k--) {
            String w = words[k].replaceAll("[,.;:]+$", "");
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                break;
            }
            if (ROMAN_OR_COUNT.matcher(w).matches() || PersonNames.isThingHead(w) || PlaceExtractor.isOrganisationWord(w)) {
                return false;
            }
            taken++;
        }
        return taken > 0;
    }

    /** "intensitas III MMI", "II-III MMI": a reading of a scale that is written in Roman numerals. */
    private static void scaleReadings(String text, List<Raw> out) {
        Matcher m = ROMAN_READING.matcher(text);
        while (m.find()) {
            int value = roman(m.group("lo"));
            if (value > 0) {
                out.add(new Raw(m.start(), m.end("lo"), m.end(), value, m.group("unit"), true, false, false));
            }
        }
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private void digits(String text, List<Token> words, List<DateExtractor.Found> dates, List<Raw> out) {
        Matcher m = DIGITS.matcher(text);
        int skipUntil = -1;
        while (m.find()) {
            if (m.start() < skipUntil || insideDate(dates, m.start(), m.end()) || isLabelOrTime(text, m.start(), m.end())) {
                continue;
            }
            boolean pointed = m.group("pointed") != null;
            Double value = pointed ? Double.valueOf(m.group("pointed")) : parse(m.group("num"));
            if (value == null) {
                continue;
            }
            String digits = pointed ? m.group("pointed") : m.group("num");
            int start = m.start();
            int end = m.end();
            String unit = null;
            boolean own = false;
            if (m.group("cur") != null) {
                unit = m.group("cur").startsWith("Rp") || m.group("cur").startsWith("IDR") ? "rupiah" : "dolar AS";
                own = true;
            } else if (m.group("pct") != null) {
                unit = "persen";
                own = true;
            }
            int w = firstWordAt(words, end);
            if (w >= 0 && SCALES.containsKey(lower(words.get(w))) && gap(text, end, words.get(w))) {
                value *= SCALES.get(lower(words.get(w)));
                end = words.get(w).end();
                w++;
            }
            // "14-44 tahun", "260-280 juta pergerakan": a range is one quantity, told by its lower end.
            Matcher dash = RANGE_DASH.matcher(text).region(end, text.length());
            if (unit == null && dash.lookingAt()) {
                Matcher upper = DIGITS.matcher(text).region(dash.end(), text.length());
                if (upper.lookingAt() && upper.group("cur") == null && !insideDate(dates, upper.start(), upper.end())) {
                    int upperEnd = upper.end();
                    int uw = firstWordAt(words, upperEnd);
                    if (uw >= 0 && SCALES.containsKey(lower(words.get(uw))) && gap(text, upperEnd, words.get(uw))) {
                        if (end == m.end()) {
                            value *= SCALES.get(lower(words.get(uw)));
                        }
                        upperEnd = words.get(uw).end();
                        uw++;
                    }
                    end = upperEnd;
                    w = uw;
                    skipUntil = upperEnd;
                    if (upper.group("pct") != null) {
                        unit = "persen";
                        own = true;
                    }
                }
            }
            String before = text.substring(Math.max(0, start - 16), start);
            Matcher measure = MEASURE_BEFORE.matcher(before);
            if (unit == null && measure.find() && (digits.contains(",") || measure.group("word") != null)) {
                unit = "magnitudo";
                start = start - before.length() + measure.start();
                own = true;
            }
            // "rica keriting 40 ribu/kg", "tomat 10 ribu per kilogram": a sum per weight or piece is a price in rupiah.
            Matcher perPiece = PRICE_PER.matcher(text).region(end, text.length());
            if (unit == null && value >= 100 && perPiece.lookingAt()) {
                unit = "rupiah";
                end = perPiece.end();
                own = true;
            }
            if (unit == null) {
                String[] u = unitAfter(text, words, w, end);
                // "Falcon 9 Milik": a figure inside a name has no capitalised unit after it.
                if (u != null && !(Character.isUpperCase(u[0].codePointAt(0)) && capitalisedBefore(text, start))) {
                    unit = u[0];
                    end = Integer.parseInt(u[1]);
                }
            }
            // "PKB ke 38": an ordinal unless a unit follows ("dari 24 persen ke 21 persen").
            if (unit == null && wordBefore(text, start).equalsIgnoreCase("ke")) {
                continue;
            }
            // A bare year is no quantity, nor one followed by a word that is no thing counted ("2018 sebesar").
            boolean yearLike = digits.length() == 4 && value >= 1900 && value <= 2100 && m.group("cur") == null;
            if (yearLike && (unit == null || !own && !isCountingNoun(unit))) {
                continue;
            }
            boolean decimal = pointed || digits.contains(String.valueOf(SYMBOLS.getDecimalSeparator()));
            boolean inBrackets = start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
            out.add(new Raw(start, m.end(), end, value, unit, own, decimal, inBrackets));
        }
    }

    /** "Nomor 12", "ke-10", "pukul 14:00", "menit 87'", "SATRIA-1": a figure that names or orders, not counts. */
    private static boolean isLabelOrTime(String text, int start, int end) {
        if (end < text.length() && "'’+:".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (start > 0 && (text.charAt(start - 1) == ':' || text.charAt(start - 1) == '-' && start > 1
                && Character.isLetter(text.charAt(start - 2)))) {
            return true;
        }
        // "ke-10" orders; "ke 21 persen" may count, so a spaced "ke" is judged once the unit is known.
        if (start > 3 && text.regionMatches(true, start - 3, "ke-", 0, 3)
                && (start == 3 || !Character.isLetter(text.charAt(start - 4)))) {
            return true;
        }
        String before = wordBefore(text, start).toLowerCase(Locale.ROOT);
        // "nomor 400 meter lari gawang": a race is named by its distance, which is a length.
        if (before.equals("nomor") && DISTANCE_AFTER.matcher(text.substring(end)).lookingAt()) {
            return false;
        }
        // "2 jam 15 menit": the minutes of a span of hours, not a time of day.
        if (before.equals("jam") && MINUTES_AFTER.matcher(text.substring(end)).lookingAt()) {
            return false;
        }
        return LABELS.contains(before);
    }

    private static final java.util.regex.Pattern MINUTES_AFTER = java.util.regex.Pattern.compile("(?iu)\\s*menit\\b");
    private static final java.util.regex.Pattern DISTANCE_AFTER = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:meter|m|km|kilometer)\\b");

    /** The word before an offset, over spaces, a dot or a hyphen ("No. 12"); empty when there is none. */
    private static String wordBefore(String text, int start) {
        int p = start;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '.' || text.charAt(p - 1) == '-')) {
            p--;
        }
        int w = p;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return text.substring(w, p);
    }

    private static boolean capitalisedBefore(String text, int start) {
        String word = wordBefore(text, start);
        int at = text.lastIndexOf(word, start);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && at > 0;
    }

    private void numberWords(String text, List<Token> words, List<DateExtractor.Found> dates, List<Raw> out) {
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            String lower = lower(word);
            if (insideDate(dates, word.start(), word.end()) || LABELS.contains(wordBefore(text, word.start()).toLowerCase(Locale.ROOT))) {
                continue; // "dua tahun lalu" is a date, not a quantity of years; "roda dua" a kind of vehicle
            }
            if (ONE_OF.containsKey(lower)) {
                out.add(new Raw(word.start(), word.end(), word.end(), 1, ONE_OF.get(lower), true, false, false));
                continue;
            }
            if (lower.equals("seorang")) {
                // "seorang lainnya" counts one more person; "seorang warga" counts one when other counts stand beside it
                // ("Seorang warga meninggal dan satu lainnya hilang"), else it only introduces someone.
                Token next = i + 1 < words.size() && gap(text, word.end(), words.get(i + 1)) ? words.get(i + 1) : null;
                boolean salah = i > 0 && lower(words.get(i - 1)).equals("salah");
                if (next != null && lower(next).equals("lainnya")) {
                    out.add(new Raw(word.start(), word.end(), next.end(), 1, "orang", true, false, false));
                } else if (next != null && !salah && PEOPLE_NOUNS.contains(next.text())) {
                    out.add(new Raw(word.start(), word.end(), next.end(), 1, next.text(), true, false, false, true));
                }
                continue;
            }
            boolean half = lower.equals("setengah");
            if (!half && !UNITS.containsKey(lower) || (i > 0 && words.get(i - 1).text().equalsIgnoreCase("salah"))) {
                continue;
            }
            // "Fraksi Dua", "Kabinet Indonesia Satu": a number word inside a name.
            if (word.capitalized() && i > 0 && words.get(i - 1).capitalized() && gap(text, words.get(i - 1).end(), word)) {
                continue;
            }
            double value = half ? 0.5 : UNITS.get(lower);
            int j = i + 1;
            // "dua puluh lima", "tiga belas", "lima ratus ribu".
            while (j < words.size() && gap(text, words.get(j - 1).end(), words.get(j))) {
                String next = lower(words.get(j));
                if (next.equals("belas") && !half) {
                    value += 10;
                } else if (SCALES.containsKey(next)) {
                    value *= SCALES.get(next);
                } else if (UNITS.containsKey(next) && UNITS.get(next) < 10 && !half) {
                    value += UNITS.get(next);
                } else {
                    break;
                }
                j++;
            }
            // "satu sama lain", "empat mata", "di satu sisi": idioms, not counts.
            boolean idiom = lower.equals("satu") && (j < words.size() && Set.of("sama", "demi", "per", "persatu", "sisi",
                    "pihak", "hal").contains(lower(words.get(j))) || i > 0 && lower(words.get(i - 1)).equals("di"));
            String[] u = idiom ? null : unitAfter(text, words, j, words.get(j - 1).end());
            // Without a unit of its own a number word waits for one from the figures around it ("35 ..., 43 ...,
            // lima Fakultas Teknik" after "105 mahasiswa yang terdiri dari").
            if (!idiom && !(lower.equals("empat") && u != null && u[0].equals("mata"))) {
                out.add(new Raw(word.start(), words.get(j - 1).end(), u == null ? words.get(j - 1).end() : Integer.parseInt(u[1]),
                        value, u == null ? null : u[0], false, half, false));
            }
            i = j - 1;
        }
    }

    /**
     * A bare figure takes the unit of the figure it goes with: the total it breaks down, the list it continues,
     * the share it is of, the range it opens, or the measure it repeats ("naik 8,33 persen ... dan 7,48 secara
     * kuartalan").
     */
    private static void inheritUnits(String text, List<Raw> raws) {
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.unit() != null) {
                continue;
            }
            Raw previous = i > 0 ? raws.get(i - 1) : null;
            Raw next = i + 1 < raws.size() ? raws.get(i + 1) : null;
            String unit = null;
            if (previous != null && previous.unit() != null) {
                String between = text.substring(previous.end(), r.start());
                if (r.inBrackets() && LISTED_IN_BRACKETS.matcher(between).matches()
                        || between.indexOf('.') < 0 && SHARE_BEFORE.matcher(between).find() && !between.contains(";")
                        || SHARE_AFTER.matcher(text.substring(r.end())).lookingAt() && noClauseEnd(between)
                        || r.decimal() && previous.decimal() && noClauseEnd(between) && between.length() < 60) {
                    unit = previous.unit();
                }
            }
            if (unit == null && next != null && next.unit() != null
                    && RANGE_GLUE.matcher(text.substring(r.end(), next.start())).matches()) {
                unit = next.unit();
            }
            if (unit != null) {
                raws.set(i, r.withUnit(unit));
            }
        }
        // A figure naming its total before a breakdown lends the total's unit to the parts still without one,
        // and to parts named by a name ("105 mahasiswa yang terdiri dari 35 Fakultas Ekonomi, ...").
        for (int i = 0; i < raws.size(); i++) {
            Raw total = raws.get(i);
            if (total.unit() == null) {
                continue;
            }
            int stop = nextClauseEnd(text, total.end());
            Matcher cue = BREAKDOWN.matcher(text).region(total.end(), stop);
            if (!cue.find() || cue.start() - total.end() > 20) {
                continue;
            }
            for (int k = i + 1; k < raws.size() && raws.get(k).start() < stop; k++) {
                Raw part = raws.get(k);
                if (part.start() > cue.start() && (part.unit() == null || Character.isUpperCase(part.unit().codePointAt(0)))) {
                    raws.set(k, part.withUnit(total.unit()));
                }
            }
        }
    }

    /**
     * "82 medali emas, 83 perak dan 98 perunggu": the items after the first leave out the head noun the first one
     * gives ("medali"); each counts "medali perak", not silver. The head is carried from a unit followed by its
     * modifier ("medali" + "emas") or of two words ("medali perak"), never onto or from a measure, a currency,
     * people or a counting word, which name their things themselves ("5 ton beras, 3 kg gula").
     */
    private static void restoreElidedHeads(String text, List<Raw> raws) {
        for (int i = 1; i < raws.size(); i++) {
            Raw previous = raws.get(i - 1);
            Raw r = raws.get(i);
            if (previous.unit() == null || r.unit() == null || r.unit().contains(" ")) {
                continue;
            }
            String between = text.substring(previous.end(), r.start());
            String[] words = previous.unit().split(" ");
            String head;
            String modifier;
            if (!LIST_JOIN.matcher(between).find()) {
                continue; // "lima negara Asia Tengah selama tiga dekade": no list of figures
            }
            Matcher m = MODIFIER_THEN_ITEM.matcher(between);
            if (words.length == 2 && ITEM_GLUE.matcher(between).matches()) {
                head = words[0];
                modifier = words[1];
            } else if (words.length == 1 && m.matches()) {
                head = words[0];
                modifier = m.group(1);
            } else {
                continue;
            }
            String unit = r.unit();
            if (!unit.equals(unit.toLowerCase(Locale.ROOT)) || !head.equals(head.toLowerCase(Locale.ROOT))
                    || unit.equals(head) || unit.equals(modifier) || ownNamer(unit) || ownNamer(head) || ownNamer(modifier)
                    || NOT_UNITS.contains(modifier) || NOT_UNITS.contains(unit) || NOT_MODIFIERS.contains(modifier)) {
                continue;
            }
            if (words.length == 1) {
                raws.set(i - 1, previous.withUnit(head + " " + modifier));
            }
            raws.set(i, r.withUnit(head + " " + unit));
        }
    }

    // What joins the items of one list of figures: "82 medali emas, 83 perak dan 98 perunggu".
    private static final Pattern ITEM_GLUE = Pattern.compile("(?iu)^\\s*,?\\s*(?:(?:dan|serta)\\s+)?$");
    // Words after a unit that open a phrase of their own, not modify it ("lima negara, selama tiga dekade").
    private static final Set<String> NOT_MODIFIERS = Set.of("selama", "sejak", "sepanjang", "setelah", "sebelum", "menuju",
            "setiap", "tiap", "terakhir", "lalu", "mendatang", "berturut", "masing", "terdiri", "meliputi", "antara");
    private static final Pattern LIST_JOIN = Pattern.compile("(?iu),|\\b(?:dan|serta)\\b");
    // The first item's modifier, then the glue: " emas, ".
    private static final Pattern MODIFIER_THEN_ITEM = Pattern.compile("(?u)^\\s+(?!(?:dan|serta|atau)\\b)(\\p{Ll}{3,})\\s*,?\\s*(?:(?:dan|serta)\\s+)?$");

    /** A unit that names what it counts on its own: a measure, a currency, a share, people or a counting word. */
    private static boolean ownNamer(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MEASURES.contains(w) || CURRENCIES.contains(w) || w.equals("persen") || PEOPLE_NOUNS.contains(w)
                || isCountingNoun(w);
    }

    private static boolean noClauseEnd(String between) {
        return between.indexOf('.') < 0 && between.indexOf(';') < 0 && between.indexOf('"') < 0;
    }

    private static int nextClauseEnd(String text, int from) {
        int stop = text.length();
        for (char c : new char[] {';', '.'}) {
            int at = text.indexOf(c, from);
            while (at >= 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
                at = text.indexOf(c, at + 1);
            }
            if (at >= 0) {
                stop = Math.min(stop, at);
            }
        }
        return stop;
    }

    /** Whether a unit names things or people counted, not a word that happens to follow a year. */
    private static boolean isCountingNoun(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return PEOPLE_NOUNS.contains(u) || Set.of("orang", "kasus", "unit", "rumah", "ekor", "buah", "hektare", "hektar",
                "ha", "ton", "kilogram", "kg", "km", "meter", "titik", "desa", "sekolah", "spesies", "jiwa", "kk")
                .contains(u.split("[ /]")[0]);
    }

    /**
     * The unit starting at word w: {unit, end of the mention's text}, or null. A unit is a noun (not a function
     * word or an affixed verb), an acronym ("20 KK", "5 DAOP"), a measure ("76 Km") or a capitalised name of
     * what is counted ("34 Daerah Operasi"), with a second word after a slash ("kabupaten/kota").
     */
    // Two words that name one thing counted: "kepala keluarga" (households), "kartu keluarga", "rumah tangga".
    private static final java.util.Set<String> TWO_WORD_UNITS = java.util.Set.of("kepala keluarga", "kartu keluarga",
            "rumah tangga", "anak buah", "kapal motor", "sepeda motor", "tenaga kerja", "tenaga kesehatan");

    private String[] unitAfter(String text, List<Token> words, int w, int after) {
        Matcher rate = RATE.matcher(text).region(after, text.length());
        if (rate.lookingAt()) {
            return new String[] {"per " + rate.group(1) + " " + rate.group(2), String.valueOf(rate.end())};
        }
        if (w < 0 || w >= words.size() || !gap(text, after, words.get(w))) {
            return null;
        }
        Token unit = words.get(w);
        String lower = lower(unit);
        int term = unit.capitalized() && !unit.allCaps() ? definedTermEnd(text, words, w) : -1;
        if (term > 0) {
            return new String[] {text.substring(unit.start(), term), String.valueOf(term)};
        }
        if (!isUnitWord(unit, words, w, text)) {
            return null;
        }
        String unitText = unit.text();
        int unitEnd = unit.end();
        int textEnd = unit.end();
        // "seluas 2.030 m2", "50 km²": an area or a volume, the power written after the length.
        if (LENGTHS.contains(lower) && unitEnd < text.length() && "23²³".indexOf(text.charAt(unitEnd)) >= 0
                && (unitEnd + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(unitEnd + 1)))) {
            unitText = text.substring(unit.start(), unitEnd + 1);
            return new String[] {unitText, String.valueOf(unitEnd + 1)};
        }
        // "kabupaten/kota": two words that count one thing.
        if (unitEnd + 1 < text.length() && text.charAt(unitEnd) == '/' && w + 1 < words.size()
                && words.get(w + 1).start() == unitEnd + 1 && Character.isLetter(text.charAt(unitEnd + 1))) {
            unitEnd = words.get(w + 1).end();
            textEnd = unitEnd;
            unitText = text.substring(unit.start(), unitEnd);
            w++;
        }
        // "empat warganya" counts residents.
        if (lower.endsWith("nya") && lower.length() > 5) {
            unitText = unitText.substring(0, unitText.length() - 3);
        }
        if (w + 1 < words.size() && gap(text, words.get(w).end(), words.get(w + 1))) {
            Token next = words.get(w + 1);
            String nextLower = lower(next);
            if (CURRENCIES.contains(lower) && next.allCaps() && next.text().length() <= 3) {
                unitText = text.substring(unit.start(), next.end()); // "dolar AS"
                textEnd = next.end();
            } else if (TWO_WORD_UNITS.contains(lower + " " + nextLower)) {
                unitText = text.substring(unit.start(), next.end()); // "53 kepala keluarga" counts households
                textEnd = next.end();
            } else if (lower.equals("orang") && PEOPLE_NOUNS.contains(next.text())) {
                unitText = next.text(); // "dua orang tersangka" counts suspects
                textEnd = next.end();
            } else if (QUALIFIERS.contains(nextLower)) {
                textEnd = next.end();
            } else if (next.capitalized() && places.opensPlace(next.text())) {
                // "tiga negara Asia Tenggara": the place says which ones.
                int k = w + 1;
                while (k + 1 < words.size() && k - w < 3 && words.get(k + 1).capitalized() && gap(text, words.get(k).end(), words.get(k + 1))) {
                    k++;
                }
                textEnd = words.get(k).end();
            }
        }
        return new String[] {unitText, String.valueOf(textEnd)};
    }

    private boolean isUnitWord(Token unit, List<Token> words, int w, String text) {
        String lower = lower(unit);
        if (NOT_UNITS.contains(lower) || UNITS.containsKey(lower)) {
            return false;
        }
        if (unit.text().equals(lower)) {
            return AFFIXED_NOUNS.contains(lower) || !VERB_LIKE.matcher(lower).matches() || lower.equals("persen");
        }
        if (MEASURES.contains(lower)) {
            return true;
        }
        long capitals = unit.text().chars().filter(Character::isUpperCase).count();
        if (capitals >= 2 && unit.text().length() <= 6) {
            return !NOT_CAPS_UNITS.contains(unit.text()) && places.placeLength(text, words, w) == 0;
        }
        // "9 Kabupaten/Kota": a capitalised pair of kinds; any other capitalised word after a figure is more often
        // a name ("2 Piala Asia", "10 Zulhijah") than what is counted.
        if (capitals == 1 && unit.end() < text.length() && text.charAt(unit.end()) == '/') {
            return true;
        }
        // "20 Kecamatan", "3 Unit", "36 Kafilah" in a text that capitalises its nouns: a word that counts a kind of
        // thing, not followed by the name it would open ("3 Desa Sukamaju" names a village).
        boolean nameFollows = w + 1 < words.size() && words.get(w + 1).capitalized() && gap(text, unit.end(), words.get(w + 1));
        return capitals == 1 && COUNTED_KINDS.contains(lower) && !nameFollows;
    }

    // Kinds of thing news counts and some outlets capitalise.
    private static final Set<String> COUNTED_KINDS = Set.of("kecamatan", "kabupaten", "desa", "kelurahan", "provinsi",
            "unit", "orang", "kafilah", "sekolah", "kelompok", "rumah", "titik", "negara", "atlet", "peserta", "tim",
            "liter", "ton", "hektar", "hektare", "medali", "emas", "perak", "perunggu", "anak", "siswa", "warga");

    /**
     * "34 Daerah Operasi (DAOP)": a capitalised term the text defines by an acronym is a kind of thing counted;
     * its end offset, or -1.
     */
    private static int definedTermEnd(String text, List<Token> words, int w) {
        for (int k = w; k < words.size() && k - w < 5; k++) {
            Token t = words.get(k);
            if (!t.capitalized() || k > w && !gap(text, words.get(k - 1).end(), t)) {
                return -1;
            }
            Matcher acronym = DEFINED_BY.matcher(text).region(t.end(), text.length());
            if (k > w && acronym.lookingAt()) {
                return t.end();
            }
        }
        return -1;
    }

    private static final Pattern DEFINED_BY = Pattern.compile("\\s*\\(\\p{Lu}{2,8}\\)");

    // "31,38/100.000 penduduk": a rate per a number of something.
    private static final Set<String> LENGTHS = Set.of("m", "km", "cm", "mm");
    private static final Pattern PRICE_PER = Pattern.compile("(?iu)\\s*(?:/\\s*|\\s+per\\s*)(?:kg|kilo(?:gram)?|liter|ltr|ekor|buah"
            + "|biji|butir|ikat|bungkus|karung|sak|kaleng|papan|porsi)(?![\\p{L}])");
    private static final Pattern RATE = Pattern.compile("/(\\d{1,3}(?:\\.\\d{3})*)\\s+(\\p{Ll}+)");

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean gap(String text, int end, Token next) {
        return next.start() - end <= 1 && next.start() >= end && (next.start() == end || text.charAt(end) == ' ');
    }

    /** First word starting at or after the offset (binary search: numbers are many in long tables). */
    private static int firstWordAt(List<Token> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < words.size() ? lo : -1;
    }

    private static boolean insideDate(List<DateExtractor.Found> dates, int start, int end) {
        // Dates of one sentence are few; a sentence full of dates is checked against its own only.
        for (DateExtractor.Found d : dates) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Double parse(String digits) {
        try {
            return NumberFormat.getInstance(IndonesianCalendar.INDONESIAN).parse(digits).doubleValue();
        } catch (ParseException e) {
            return null;
        }
    }
}
