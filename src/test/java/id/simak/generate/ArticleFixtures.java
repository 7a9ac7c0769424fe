package id.simak.generate;

import id.simak.analysis.Acronym;
import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.DateMention;
import id.simak.analysis.Dateline;
import id.simak.analysis.Enumeration;
import id.simak.analysis.Lexicon;
import id.simak.analysis.NumberMention;
import id.simak.analysis.Person;
import id.simak.analysis.Place;
import id.simak.analysis.Quote;
import id.simak.analysis.Sentence;
import id.simak.analysis.Visit;
import id.simak.analysis.WordInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A hand-built analysis of an invented news text (not the seed), so the generator is tested apart from the analyzer. */
final class ArticleFixtures {

    private ArticleFixtures() {
    }

    static final List<String> SENTENCES = List.of(
            "JAKARTA, 3 Maret (Antara) -- Presiden Indonesia Joko Widodo akan menghadiri konferensi tingkat tinggi (KTT) ASEAN di Hanoi, Vietnam, pada 10-11 Maret.",
            "Pada 2019, Jokowi berkunjung ke Vietnam, Thailand, dan Kamboja.",
            "Tahun berikutnya, Jokowi melakukan kunjungan kenegaraan ke Malaysia.",
            "\"Kerja sama ekonomi harus diperkuat demi kesejahteraan rakyat,\" kata Jokowi dalam kunjungan itu.",
            "Menteri Luar Negeri Retno Marsudi menyebut tiga prioritas: perdagangan, pendidikan, dan kesehatan.",
            "\"Kami menyambut baik perundingan ini,\" ujar Retno.",
            "Selama lima tahun terakhir, perdagangan kedua negara meningkat 20 persen.",
            "Jokowi mencicipi kopi Vietnam, mengunjungi pasar tradisional di Thailand, dan menonton tarian Kamboja.",
            "Pada Juni 2021, kedua pemimpin menandatangani perjanjian perdagangan bebas.",
            "Kedua negara juga sepakat memerangi narkoba, terorisme, dan penyelundupan manusia.");

    static final Map<String, String> ROOTS = Map.ofEntries(
            Map.entry("menghadiri", "hadir"), Map.entry("berkunjung", "kunjung"), Map.entry("kunjungan", "kunjung"),
            Map.entry("diperkuat", "kuat"), Map.entry("kesejahteraan", "sejahtera"), Map.entry("perdagangan", "dagang"),
            Map.entry("pendidikan", "didik"), Map.entry("kesehatan", "sehat"), Map.entry("menyambut", "sambut"),
            Map.entry("meningkat", "tingkat"), Map.entry("mencicipi", "cicip"), Map.entry("perjanjian", "janji"),
            Map.entry("memerangi", "perang"), Map.entry("mengunjungi", "kunjung"));

    static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("menghadiri", List.of("mendatangi", "mengunjungi")),
            Map.entry("berkunjung", List.of("bertamu", "bertandang", "datang")),
            Map.entry("kunjungan", List.of("lawatan", "anjangsana")),
            Map.entry("diperkuat", List.of("dikukuhkan", "diteguhkan")),
            Map.entry("kesejahteraan", List.of("kemakmuran", "kesentosaan")),
            Map.entry("perdagangan", List.of("perniagaan", "bisnis")),
            Map.entry("pendidikan", List.of("pengajaran", "pembelajaran")),
            Map.entry("kesehatan", List.of("kebugaran")),
            Map.entry("menyambut", List.of("menerima", "menyongsong")),
            Map.entry("meningkat", List.of("melonjak", "naik")),
            Map.entry("mencicipi", List.of("merasakan", "mengecap")),
            Map.entry("perjanjian", List.of("kesepakatan", "persetujuan", "kontrak")),
            Map.entry("memerangi", List.of("melawan", "memberantas")),
            Map.entry("mengunjungi", List.of("mendatangi", "menjenguk", "melawat")));

    /** A dictionary that knows exactly the fixture's words. */
    static final Lexicon LEXICON = new Lexicon() {
        @Override
        public List<String> roots(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            String root = ROOTS.get(lower);
            return root != null ? List.of(root) : ROOTS.containsValue(lower) ? List.of(lower) : List.of();
        }

        @Override
        public List<String> synonyms(String word) {
            return SYNONYMS.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public boolean knows(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            return ROOTS.containsKey(lower) || ROOTS.containsValue(lower);
        }
    };

    static ArticleAnalysis analysis() {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < SENTENCES.size(); i++) {
            sentences.add(new Sentence(i, SENTENCES.get(i), Sentence.Kind.BODY, i));
        }
        List<WordInfo> words = new ArrayList<>();
        double difficulty = 0.3;
        for (String word : List.of("menghadiri", "berkunjung", "kunjungan", "diperkuat", "kesejahteraan", "perdagangan",
                "pendidikan", "kesehatan", "menyambut", "meningkat", "mencicipi", "mengunjungi", "perjanjian", "memerangi")) {
            int sentence = firstSentenceWith(word);
            words.add(new WordInfo(word, ROOTS.get(word), SYNONYMS.get(word), sentence, difficulty));
            difficulty = difficulty >= 0.7 ? 0.3 : difficulty + 0.05;
        }
        return new ArticleAnalysis(
                sentences,
                new Dateline("Jakarta", "--03-03", "Antara", "JAKARTA, 3 Maret (Antara) --"),
                List.of(new DateMention("3 Maret", "--03-03", 0, null),
                        new DateMention("10-11 Maret", "--03-10/--03-11", 0, null),
                        new DateMention("2019", "2019", 1, null),
                        new DateMention("Tahun berikutnya", "2020", 2, "2019"),
                        new DateMention("Juni 2021", "2021-06", 8, null)),
                List.of(new Place("Indonesia", Place.Kind.COUNTRY, "ID", 0),
                        new Place("Hanoi", Place.Kind.CITY, null, 0),
                        new Place("Vietnam", Place.Kind.COUNTRY, "VN", 0),
                        new Place("Thailand", Place.Kind.COUNTRY, "TH", 1),
                        new Place("Kamboja", Place.Kind.COUNTRY, "KH", 1),
                        new Place("Malaysia", Place.Kind.COUNTRY, "MY", 2)),
                List.of(new Person("Joko Widodo", "Presiden Indonesia", List.of("Joko Widodo", "Jokowi")),
                        new Person("Retno Marsudi", "Menteri Luar Negeri", List.of("Retno Marsudi", "Retno"))),
                List.of(new Visit("Joko Widodo", List.of("Vietnam", "Thailand", "Kamboja"), "2019", 1, "kunjungan"),
                        new Visit("Joko Widodo", List.of("Malaysia"), "2020", 2, "kunjungan kenegaraan")),
                List.of(new Quote("Kerja sama ekonomi harus diperkuat demi kesejahteraan rakyat", "Joko Widodo", 3),
                        new Quote("Kami menyambut baik perundingan ini", "Retno Marsudi", 5)),
                List.of(new Enumeration(List.of("perdagangan", "pendidikan", "kesehatan"), 4, "prioritas", false),
                        new Enumeration(List.of("narkoba", "terorisme", "penyelundupan manusia"), 9, "memerangi", false)),
                List.of(new NumberMention("tiga prioritas", 3, "prioritas", 4),
                        new NumberMention("lima tahun terakhir", 5, "tahun", 6),
                        new NumberMention("20 persen", 20, "persen", 6)),
                List.of(new Acronym("KTT", "konferensi tingkat tinggi", 0)),
                words);
    }

    private static int firstSentenceWith(String word) {
        for (int i = 0; i < SENTENCES.size(); i++) {
            if (SENTENCES.get(i).contains(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
