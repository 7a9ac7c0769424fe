package id.simak.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a person's name from the words written around it: titles, ranks and short role words belong to the role
 * ("Prof", "AKBP", "Plt.", "Menlu", "Kapolres"), degrees after it to the person's letters ("SH", "M.Si"), and
 * some head words make a capitalised run the name of a thing, not of a person ("Danau", "Kementerian").
 * General words of Indonesian writing only, never the names of one article.
 */
final class PersonNames {

    // Academic, religious and courtesy titles written before a name.
    private static final Set<String> TITLES = Set.of(
            "prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "drg", "dr.h", "ust", "ustaz", "ustadz", "ustazah",
            "habib", "syekh", "syeikh", "kiai", "kyai", "nyai", "romo", "pastor", "pendeta", "pdt", "mgr", "gkr",
            "gkbray", "kgph", "kph", "bpk", "bapak", "ibu", "pak", "bu", "sdr", "saudara", "saudari", "mr", "mrs", "ms",
            "sir", "tuan", "nyonya", "ny", "tn", "nn", "sdri", "apt", "ns", "capt", "dato'", "dato’", "dato", "datuk", "datin", "tun", "tengku", "ir.");
    // Malay honorifics after which "Sri" ("Dato' Sri", "Tan Sri") is part of the honorific.
    private static final Set<String> MALAY_HONORIFICS = Set.of("dato'", "dato’", "dato", "datuk", "datin", "tan", "tun",
            "puan");
    // Ranks of the police and the armed forces, whole or abbreviated ("Ajun Komisaris Polisi" word by word).
    private static final Set<String> RANKS = Set.of(
            "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda",
            "brigadir", "kombes", "kombespol", "brigjen", "brigjend", "irjen", "komjen", "jenderal", "jend", "letjen",
            "mayjen", "laksamana", "laksda", "laksma", "laksdya", "marsekal", "marsda", "marsma", "marsdya", "kolonel",
            "kol", "letkol", "mayor", "kapten", "kapt", "lettu", "letda", "serka", "serma", "sertu", "serda", "pelda",
            "praka", "pratu", "prada", "kopda", "koptu", "ajun", "komisaris", "polisi", "inspektur", "iptu.",
            "sersan", "kopral", "prajurit",
            // the corps written after a rank: "Irjen Pol. A", "Letkol Inf B", "Mayjen TNI C", "Kolonel Pnb D"
            "pol", "inf", "tni", "mar", "pnb", "cpm", "kav", "arm", "arh", "czi", "cku", "ckm", "chb", "cpl", "cba", "caj",
            "chk", "ctp", "cpn", "psk");
    // Short forms of roles written before a name ("Menlu Retno", "Kapolres ... Budi", "Plt. Kepala ...").
    private static final Set<String> ROLE_ABBREVIATIONS = Set.of(
            "plt", "plh", "pj", "pjs", "menlu", "menkes", "menkeu", "mendagri", "menhan", "menpora", "mendikbud",
            "mendikbudristek", "menparekraf", "menkominfo", "menko", "menag", "mensos", "mentan", "mendag", "menperin",
            "menaker", "menpan", "menpanrb", "menhub", "menteri", "wapres", "wamen", "wamenlu", "kapolri", "kapolda",
            "kapolres", "kapolresta", "kapolrestabes", "kapolsek", "kasat", "kasatreskrim", "kasatlantas", "kasatnarkoba",
            "kabid", "kabag", "kasubag", "kasubbag", "kasi", "kadis", "kanit", "kadiv", "dirut", "dirjen", "sekjen", "sekda",
            "sestama", "jubir", "dubes", "danrem", "dandim", "pangdam", "kasad", "kasal", "kasau", "ketum", "waketum",
            "wagub", "wabup", "wawali", "kades", "presiden", "gubernur", "bupati", "walikota", "camat", "lurah",
            "rektor", "ketua", "kepala", "direktur", "pelatih", "juru", "bicara", "wakil", "staf", "asisten", "raja",
            "ratu", "sultan", "perdana", "pangeran", "kanselir", "senator", "panglima", "komandan", "deputi", "dekan");
    // Letters after a name: "Sugeng Prayitno, SH", "Ani Wijaya SE MM".
    private static final Set<String> DEGREES = Set.of(
            "sh", "mh", "se", "mm", "msi", "m.si", "s.pd", "m.pd", "spd", "mpd", "st", "mt", "skm", "mkes", "m.kes",
            "phd", "ph.d", "s.sos", "s.ip", "mba", "mpa", "ak", "cpa", "s.h", "m.h", "s.e", "amd", "s.kom", "m.kom",
            "skom", "ssi", "msc", "m.sc", "s.t", "m.t", "m.a", "ma", "s.ag", "m.ag", "lc", "sp", "s.kep", "sked",
            "s.ked", "mars", "dr.", "sag", "mag", "spog", "sp.og", "mkn", "m.kn", "s.i.kom", "sik", "s.i.k",
            "m.mar", "s.si", "s.pd.i", "s.h.i", "s.hi", "s.psi", "m.psi", "s.farm", "s.stp", "sstp", "m.ap", "s.kes",
            "s.e.i", "m.e",
            // ("Prof. Budi Santoso Ph.D": the degree cut at its stop leaves "Ph" at the end of the name)
            "ph");
    // Head words of the names of places, bodies, events and things: a run they open names no person.
    private static final Set<String> THING_HEADS = Set.of(
            "video", "vicon", "zoom", "reserse", "agama", "gelar", "panitia", "alat", "mesin", "truk", "candi", "danau", "gunung", "sungai", "pulau", "teluk", "selat", "laut", "pantai", "tanjung", "suku",
            "hutan", "lempeng", "bulan", "minggu", "tahun", "skuad", "tim", "timnas", "satelit", "hasil",
            "fraksi", "partai", "komisi", "kabinet", "tagline", "program", "gerakan", "operasi", "festival", "piala",
            "liga", "stadion", "bandara", "pelabuhan", "masjid", "gereja", "pura", "keraton", "kraton", "istana",
            "gedung", "jalan", "jl", "jln", "pasar", "kampung", "dusun", "desa", "kelurahan", "kecamatan", "kabupaten",
            "kota", "provinsi", "rumah", "rs", "rsud", "rsup", "puskesmas", "universitas", "institut", "sekolah",
            "sma", "smp", "smk", "sd", "mts", "madrasah", "pesantren", "kampus", "fakultas", "kementerian", "kemenkes",
            "dinas", "badan", "lembaga", "polres", "polresta", "polda", "polsek", "polri", "kodim", "korem", "kodam",
            "pt", "cv", "bank", "grebeg", "sarjana", "butir", "undang-undang", "ruu", "uu", "peraturan", "perpres",
            "perda", "omnibus", "abdi", "pemkab", "pemkot", "pemprov", "pemerintah", "dprd", "dpr", "mpr", "kpk",
            "kejaksaan", "pengadilan", "mahkamah", "kantor", "pusat", "direktorat", "biro", "sekretariat", "bagian",
            "bidang", "seksi", "unit", "satuan", "satgas", "tni", "kepolisian", "koperasi", "yayasan", "asosiasi",
            "ikatan", "persatuan", "himpunan", "forum", "kelompok", "komunitas", "perusahaan", "perum", "persero",
            "bumn", "kongres", "konferensi", "ktt", "rapat", "sidang", "rapimnas", "munas", "musyawarah", "paripurna",
            "lapangan", "alun-alun", "taman", "monumen", "museum", "terminal", "stasiun", "hotel", "restoran",
            "simpang", "tol", "jembatan", "bendungan", "waduk", "kawah", "bukit", "lembah", "kepulauan", "wilayah",
            "kawasan", "daerah", "negara", "republik", "kerajaan", "kesultanan", "kanal", "akun", "aplikasi",
            "situs", "media", "majalah", "koran", "harian", "televisi", "tv", "radio", "film", "lagu", "album", "buku",
            "novel", "virus", "penyakit", "vaksin", "obat", "demam", "sindrom", "covid-19", "idulfitri", "idul",
            "iduladha", "argo",
            "ramadan", "lebaran", "natal", "imlek", "tarian", "tari", "upacara", "tradisi", "adat", "batik", "kain",
            "wisata", "destinasi", "kapal", "kereta", "pesawat", "mobil", "motor", "proyek", "kompleks", "perumahan",
            "blok", "gang", "rt", "rw", "ormas", "lsm", "ukm", "umkm", "bumdes", "bpbd", "bnpb", "basarnas", "ditjen",
            "kemenlu", "kemendagri", "kementrian", "kemendikbud", "kemenkominfo", "kominfo", "bps", "bi", "ojk", "lps",
            // events: "Expo Kuliner", "Parade Sarung", "Seminar Nasional"
            "expo", "ekspo", "parade", "seminar", "event", "karnaval", "pameran", "konser", "lomba", "turnamen",
            "kejuaraan", "lokakarya", "workshop", "webinar", "gebyar", "pawai", "bazar", "bazaar", "pagelaran",
            "pergelaran");

    // Words that end the names of events, teams, products, trains and places written in English or Indonesian
    // ("Lucky Draw", "Drone Racing", "Cirebon Express", "Sergai Cup"): a run that ends with one names a thing.
    private static final Set<String> THING_TAILS = Set.of("express", "ekspres", "racing", "robot", "cup", "award",
            "awards", "festival", "fest", "league", "open", "championship", "draw", "challenge", "expo", "center",
            "centre", "club", "fc", "united", "helmet", "school", "college", "university", "institute", "foundation",
            "team", "series", "run", "marathon", "tour", "fair", "show", "week", "day", "camp", "academy", "studio",
            "cafe", "resort", "mall", "plaza", "square", "park", "tower", "group", "corp", "inc", "ltd", "tbk",
            "station", "village", "port", "estate", "competition", "contest", "olympiad", "olimpiade", "exhibition",
            "summit", "forum", "program", "project", "system", "app", "online", "digital", "tambahan");
    // Role words that never stand inside a person's name after its first word ("Senior Manager Humas").
    private static final Set<String> ROLE_INSIDE = Set.of("manager", "manajer", "humas", "menteri", "gubernur",
            "bupati", "walikota", "camat", "lurah", "ketua", "kepala", "direktur", "sekretaris", "presiden", "kapolres",
            "kapolda", "kapolsek", "dirut", "kadis", "kabid", "kabag", "kasi", "sekda", "dekan", "rektor", "komandan",
            "panglima", "deputi", "kades", "wabup", "wagub", "wapres", "dubes", "jubir", "menlu");

    // Common nouns for a person, by what they are or do: "kata warga Saeful (30)", "kata mahasiswa ... itu".
    private static final Set<String> PERSON_NOUNS = Set.of("warga", "petani", "nelayan", "pedagang", "siswa", "siswi",
            "pelajar", "mahasiswa", "mahasiswi", "korban", "pelaku", "tersangka", "saksi", "pengunjung", "penumpang",
            "pengendara", "sopir", "buruh", "karyawan", "pekerja", "remaja", "pemuda", "pemudi", "gadis", "pria",
            "wanita", "perempuan", "lelaki", "laki-laki", "nenek", "kakek", "bocah", "pemilik", "penjual", "pembeli",
            "pemudik", "wisatawan", "relawan", "petugas", "guru", "pasien", "atlet", "pejabat", "tokoh", "politikus",
            "politisi", "pengusaha", "peternak", "perajin", "pengrajin", "pengepul", "pengelola", "bidan", "perawat",
            "kader", "pembudidaya", "penambang", "juru");

    private static final Set<String> NOT_NAME_OPENERS = Set.of("menurut", "sementara", "kata", "ujar", "bersama",
            "seperti", "sedangkan", "namun", "bahkan", "adapun");

    private PersonNames() {}

    /** Whether a lower-case word is a common noun for a person ("warga", "mahasiswa", "pria"). */
    static boolean isPersonNoun(String lower) {
        return PERSON_NOUNS.contains(lower);
    }

    /**
     * Whether written words cannot be a person's name, whatever path found them: a degree alone ("SPd"), a role word
     * after the first word ("Senior Manager Humas"), a word that ends the names of things ("Lucky Draw", "Cirebon
     * Express") or a body's word inside ("Seameo Seamolec Sekretariat").
     */
    private static final Set<String> DIVINE = Set.of("allah", "tuhan");
    // Words after "Hari" that name a day of the calendar, not a man called Hari.
    private static final Set<String> DAYS_NAMED = Set.of("raya", "pahlawan", "kemerdekaan", "ibu", "ayah", "guru", "anak",
            "bumi", "pers", "santri", "buruh", "pendidikan", "kesehatan", "lingkungan", "jadi", "ulang", "besar", "lahir",
            "bhayangkara", "sumpah", "kebangkitan", "pangan", "air", "tani", "nelayan", "koperasi", "batik", "kartini",
            "pramuka", "kesaktian", "pancasila", "perempuan", "pemuda", "olahraga", "keluarga", "disabilitas", "ozon",
            "hutan", "laut", "sampah", "musik", "film", "buku", "aids", "tbc", "gizi", "kanker", "diabetes", "bela",
            "juang", "kartu", "amal", "desa", "otonomi", "arafah", "tasyrik", "natal", "nyepi", "waisak", "bahasa", "puisi");
    private static final Set<String> GOVERNMENTS_SHORT = Set.of("pemprov", "pemkab", "pemkot", "pemko", "pemda", "pemdes");
    private static final Set<String> LEGAL_WORDS = Set.of("pasal", "ayat", "undang-undang", "uu", "perda", "perpres", "kuhp");
    private static final java.util.regex.Pattern CLUB = java.util.regex.Pattern.compile("Pers[aeiu]\\p{Ll}{2,}");
    private static final Set<String> STATES_SHORT = Set.of("RI", "NKRI", "RRT", "RRC", "UEA", "PBB");

    /** "Persewar", "Persiba": a club of the Indonesian football leagues, by the "Pers-" their names open with. */
    static boolean isClub(String word) {
        return CLUB.matcher(word).matches();
    }

    private static final Set<String> COMPANY_WORDS = Set.of("ltd", "co", "inc", "corp", "tbk", "gmbh", "llc", "plc", "bhd");

    static boolean cannotBeName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return true;
        }
        // "SPd", or one written apart: "M. Pd", "S. Sos".
        if (words.length == 1 && isDegree(words[0]) || words.length == 2 && isDegree(words[0] + words[1])) {
            return true;
        }
        // "Hari Raya", "Hari Pahlawan": a day of the calendar; "Hari Purnomo" is a man's name.
        if (words.length >= 2 && bare(words[0]).equals("hari") && (words.length == 2 && DAYS_NAMED.contains(bare(words[1]))
                || DAYS_NAMED.contains(bare(words[1])) && !Character.isUpperCase(words[1].codePointAt(0)) || bare(words[1]).equals("raya"))) {
            return true;
        }
        // "BSN-Darmawan": a pair of candidates joined by a hyphen, a short form and a name, is two people, no one's name.
        if (words.length == 1 && words[0].matches("\\p{Lu}{2,}-\\p{Lu}\\p{Ll}+")) {
            return true;
        }
        // "Kutai Kartanegara Ing Martadipura", "Surakarta Hadiningrat": the Javanese tail of a sultanate's name.
        if (words.length >= 2 && (words[0].equals("Ing") || bare(words[words.length - 1]).equals("hadiningrat"))) {
            return true;
        }
        // "Jo Pasal 71": a law's article is no one's name; "... Biopharmaceutical Co. Ltd.": nor a company's.
        for (String w : words) {
            if (LEGAL_WORDS.contains(bare(w)) || COMPANY_WORDS.contains(bare(w))) {
                return true;
            }
        }
        // "Persewar", "Persiba": a football club, not a person.
        if (words.length == 1 && isClub(words[0])) {
            return true;
        }
        // "Penajam Paser Utara", "Kutai Barat": a regency or a town of the country's list is a place.
        if (words.length > 1 && Gazetteer.isRegencyOrCity(name.strip())) {
            return true;
        }
        // "Atase Pertahanan RI": the country's short form closes the role, it names no one ("AS" stays: initials of a
        // suspect, "AS (25)", are written so too).
        if (words.length == 1 && STATES_SHORT.contains(words[0])) {
            return true;
        }
        // "Allah Subhanahuwata'ala", "Tuhan Yang Maha Esa": God is thanked in the news, but is no person of the story.
        if (DIVINE.contains(bare(words[0]))) {
            return true;
        }
        // "Prov NTT", "Ekonomi Kreatif Prov NTT": a place's kind, shortened, stands in no person's name.
        for (String w : words) {
            if (PlaceExtractor.isKindShortForm(bare(w)) || GOVERNMENTS_SHORT.contains(bare(w))) {
                return true;
            }
        }
        if (words.length > 1 && THING_TAILS.contains(bare(words[words.length - 1]))) {
            return true;
        }
        for (int k = 0; k < words.length; k++) {
            String w = bare(words[k]);
            if (k > 0 && ROLE_INSIDE.contains(w) || isThingHead(words[k]) && k == 0 && words.length > 1
                    || k > 0 && BODY_INSIDE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // Words of bodies that never stand inside a person's name after its first word.
    private static final Set<String> BODY_INSIDE = Set.of("sekretariat", "kantor", "dinas", "badan", "lembaga",
            "direktorat", "biro", "kementerian", "universitas", "institut", "sekolah", "yayasan", "asosiasi",
            "kabupaten", "kecamatan", "kelurahan", "provinsi", "polres", "polsek", "polda", "dprd", "setda", "setdaprov");

    /** Whether a word written before a name belongs to the role: a title, a rank or a short role word. */
    static boolean isTitle(String word) {
        String w = bare(word);
        return TITLES.contains(w) || RANKS.contains(w) || ROLE_ABBREVIATIONS.contains(w);
    }

    /** Whether a word is an academic, religious or polite title ("Dr.", "Ir.", "H."), which is a person's, not a rank. */
    static boolean isPersonalTitle(String word) {
        return TITLES.contains(bare(word));
    }

    /**
     * Whether a word is a rank or an academic or religious title (not a role word, not a one-letter "H."): such a
     * word inside a run after a role ends the role, and the name follows it.
     */
    static boolean isRankOrTitle(String word) {
        String w = bare(word);
        return w.length() > 1 && (RANKS.contains(w) || TITLES.contains(w)) && !MALAY_HONORIFICS.contains(w)
                && !w.equals("ibu") && !w.equals("bu") && !w.equals("pak") && !w.equals("bapak");
    }

    /** Whether the text before a word ends with a Malay honorific that "Sri" may follow ("Dato'", "Tan"). */
    static boolean endsWithMalayHonorific(String before) {
        String[] words = before.strip().split("\\s+");
        return MALAY_HONORIFICS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** A role without the Malay honorific that closes it: "Perdana Menteri Malaysia, Dato' Sri" drops "Dato' Sri". */
    static String withoutHonorifics(String role) {
        String out = role;
        boolean changed = true;
        while (changed) {
            changed = false;
            String[] words = out.split("\\s+");
            String last = words[words.length - 1];
            if (words.length > 1 && (MALAY_HONORIFICS.contains(last.toLowerCase(Locale.ROOT)) || isHonorificSri(last)
                    && endsWithMalayHonorific(out.substring(0, out.length() - last.length())))) {
                out = out.substring(0, out.length() - last.length()).strip();
                changed = true;
            }
        }
        return out;
    }

    /** "Sri" or "Seri" after a Malay honorific. */
    static boolean isHonorificSri(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("sri") || w.equals("seri");
    }

    /** "bin" or "binti" inside a Malay name. */
    static boolean isPatronymic(String word) {
        return word.equals("bin") || word.equals("binti") || word.equals("bte");
    }

    /** Whether a word written after a name is an academic degree. */
    static boolean isDegree(String word) {
        return DEGREES.contains(bare(word));
    }

    // Short forms of government bodies written as words: "Kemenkes", "Kemendikbudristek", "Pemkab", "Polres", "Dinkes".
    private static final java.util.regex.Pattern BODY_SHORT_FORM = java.util.regex.Pattern.compile(
            "(?:Kemen\\p{Ll}{2,}|Kemenko\\p{Ll}*|Pem(?:kab|kot|prov|da)|Pol(?:res|resta|restabes|da|sek)|Din(?:kes|sos|dik)"
            + "|Disdik\\p{Ll}*|Dis(?:hub|kes|sos|perindag|perdag|naker|nakertrans|pora|budpar|par|pertan|kominfo|lh"
            + "|pendukcapil|dukcapil|tan|kan|bun|hut|pu|pupr)\\p{Ll}*|Kejari|Kejati|Kejagung|Bappeda|Bapenda|Kanwil"
            + "|Setda\\p{Ll}*|Setprov|Setkab|Setkot|Setwan|Damkar|Satpol|Basarnas|Bulog|Puskesmas|Inspektorat)");

    /** Whether a word is the short form of a government body ("Kemenkes", "Pemkab"), never part of a person's name. */
    static boolean isBodyShortForm(String word) {
        return BODY_SHORT_FORM.matcher(word).matches();
    }

    /** Whether a capitalised run opened by this word names a thing, a place or a body, not a person. */
    static boolean isThingHead(String word) {
        return THING_HEADS.contains(bare(word));
    }

    /**
     * The words of a name without the titles and short roles before it and the degrees after it: "Prof. Dr. Budi
     * Santoso, M.Si" gives "Budi Santoso"; each string of the result is one word of the text as written.
     */
    static List<String> strip(List<String> words) {
        int from = 0;
        int to = words.size();
        // "Menurut Mujiadi (55), warga setempat": a word that opens the sentence before the name is no part of it.
        while (from < to - 1 && (isTitle(words.get(from)) || NOT_NAME_OPENERS.contains(bare(words.get(from))))) {
            from++;
        }
        while (to > from + 1 && (isDegree(words.get(to - 1)) || words.get(to - 1).equals(","))) {
            to--;
        }
        return new ArrayList<>(words.subList(from, to));
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".") || w.endsWith(",")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
