package id.simak.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.DateMention;
import id.simak.analysis.Enumeration;
import id.simak.analysis.NumberMention;
import id.simak.analysis.Place;
import id.simak.analysis.Quote;
import id.simak.analysis.WordInfo;
import id.simak.gold.AnalysisScore.Category;
import id.simak.gold.AnalysisScore.CategoryScore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The scorer on hand-built analyses: perfect, with a fact missing, with a spurious item. */
class AnalysisScoreTest {

    private static final GoldKey SEED = GoldKey.load("xinhua-ktt-china-asia-tengah.gold.json");

    static Stream<Arguments> keys() {
        // Named, so the test report shows the slug and not the whole article text; the held-out keys are checked
        // for well-formedness too (never for the analyzer's scores on them).
        return Stream.concat(GoldKey.all().stream(), GoldKey.all(GoldKey.HOLDOUT_FOLDER).stream())
                .map(k -> Arguments.of(Named.of(k.slug(), k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void perfectAnalysisScoresOneEverywhere(GoldKey key) {
        AnalysisScore score = AnalysisScore.of(GoldFixtures.perfect(key), key);
        for (CategoryScore c : score.categories()) {
            assertEquals(1.0, c.recall(), key.article() + " " + c.category() + " missed " + c.missed());
            assertEquals(1.0, c.precision(), key.article() + " " + c.category() + " spurious " + c.spurious());
        }
        assertEquals(Category.values().length, score.categories().size());
    }

    @Test
    void missingDateLowersDatesRecallAndIsListed() {
        ArticleAnalysis perfect = GoldFixtures.perfect(SEED);
        List<DateMention> dates = perfect.dates().stream()
                .filter(d -> !d.value().equals("2014")).toList();
        CategoryScore c = AnalysisScore.of(with(perfect, dates, null, null, null), SEED).category(Category.DATES);
        assertEquals(5.0 / 6.0, c.recall(), 1e-9);
        assertEquals(1.0, c.precision());
        assertEquals(List.of("date \"Tahun berikutnya\" = 2014"), c.missed());
    }

    @Test
    void spuriousNumberLowersPrecisionOnly() {
        ArticleAnalysis perfect = GoldFixtures.perfect(SEED);
        List<NumberMention> numbers = new ArrayList<>(perfect.numbers());
        numbers.add(new NumberMention("dua negara", 2, "negara", 3));
        CategoryScore c = AnalysisScore.of(with(perfect, null, numbers, null, null), SEED).category(Category.NUMBERS);
        assertEquals(1.0, c.recall());
        assertEquals(5.0 / 6.0, c.precision(), 1e-9);
        assertEquals(1, c.spurious().size());
        assertTrue(c.spurious().get(0).contains("dua negara"), c.spurious().toString());
    }

    @Test
    void yearBorrowedFromContextAndAliasesStillMatch() {
        ArticleAnalysis perfect = GoldFixtures.perfect(SEED);
        List<DateMention> dates = perfect.dates().stream()
                .map(d -> d.value().equals("--05-18/--05-19") ? new DateMention(d.text(), "2023-05-18/2023-05-19", 1, null) : d)
                .toList();
        List<Place> places = perfect.places().stream()
                .map(p -> p.text().equals("China") ? new Place("Tiongkok", Place.Kind.COUNTRY, "CN", 0) : p)
                .toList();
        AnalysisScore score = AnalysisScore.of(with(perfect, dates, null, places, null), SEED);
        assertEquals(1.0, score.category(Category.DATES).recall());
        assertEquals(1.0, score.category(Category.COUNTRIES).recall());
    }

    @Test
    void notQuoteAndShortListsAreHandled() {
        ArticleAnalysis perfect = GoldFixtures.perfect(SEED);
        List<Quote> quotes = new ArrayList<>(perfect.quotes());
        quotes.add(new Quote("revolusi warna", null, 12));
        List<Enumeration> lists = new ArrayList<>(perfect.lists());
        // A pair is not a list the key could hold, so it must not count against precision.
        lists.add(new Enumeration(List.of("Uzbekistan", "Turkmenistan"), 9, null, false));
        AnalysisScore score = AnalysisScore.of(with(perfect, null, null, null, quotes, lists), SEED);
        CategoryScore q = score.category(Category.QUOTES);
        assertEquals(2.0 / 3.0, q.precision(), 1e-9);
        assertTrue(q.spurious().get(0).contains("not_quotes"), q.spurious().toString());
        assertEquals(1.0, score.category(Category.LISTS).precision());
    }

    static Stream<Arguments> quoteCases() {
        String starts = "Kunci keberhasilan kerja sama";
        return Stream.of(
                Arguments.of(starts + " ... dan keuntungan bersama,", "Xi Jinping", true),
                Arguments.of(starts + " ... dan keuntungan bersama.", "Xi", true),
                Arguments.of(starts + " ... dan keuntungan bersama", null, false),
                Arguments.of(starts + " ... dan keuntungan bersama", "Lin Jian", false),
                Arguments.of("Ini " + starts + " ... keuntungan bersama", "Xi Jinping", false),
                Arguments.of(starts + " ... keuntungan bersama yang lain", "Xi Jinping", false));
    }

    @ParameterizedTest
    @MethodSource("quoteCases")
    void quoteMatchesOnStartEndAndSpeaker(String text, String speaker, boolean expected) {
        GoldKey.GoldQuote key = SEED.quotes().get(1);
        assertEquals(expected, AnalysisScore.quoteMatches(key, new Quote(text, speaker, 0)));
    }

    @ParameterizedTest
    @CsvSource({
        "--05-16, 2023-05-16, true",
        "--05-16, --05-16, true",
        "--05-16, 2023-05-17, false",
        "2014, 2014, true",
        "2014, 2014-01, false",
        "--05-18/--05-19, 2023-05-18/2023-05-19, true",
        "2023-05-09/2023-05-11, 2023-05-09, false",
        "2022-01, 2022-01, true"
    })
    void datesMatchOnValue(String key, String reported, boolean expected) {
        assertEquals(expected, Matching.datesMatch(key, reported));
    }

    @ParameterizedTest
    @CsvSource({
        "Tiongkok, RRT, , true",
        "Tiongkok, Republik Rakyat Tiongkok, , true",
        "China, Tiongkok, CN, true",
        "AS, Amerika Serikat, US, true",
        "Singapura, Singapore, SG, true",
        "Kirgizstan, Kazakhstan, KZ, false"
    })
    void countriesMatchByCodeOrAlias(String key, String text, String code, boolean expected) {
        assertEquals(expected, Matching.countryMatches(key, text, code));
    }

    @ParameterizedTest
    @CsvSource({
        "1200000000000, rupiah, 1.2E12, Rp, true",
        "15250, rupiah, 15250, rupiah per kilogram, true",
        "8, persen, 8, %, true",
        "65800000000, dolar AS, 65.8E9, dolar, true",
        "7, kali, 7, kali, true",
        "7, kali, 7, negara, false",
        "1.5, meter, 15, meter, false",
        "30000000, pelaku, 30000000, pelaku usaha, true"
    })
    void numbersMatchOnValueAndUnit(double keyValue, String keyUnit, double value, String unit, boolean expected) {
        assertEquals(expected, Matching.numbersMatch(keyValue, keyUnit, value, unit));
    }

    /**
     * A list item is the same with or without a leading conjunction, the plural "para" or a gloss in brackets at its
     * end.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Gabah Kering Giling (GKG); Gabah Kering Giling; true",
        "rubber (karet); rubber; true",
        "dan keuntungan bersama; keuntungan bersama; true",
        "(GKG); GKG; true",
        "Gabah Kering Panen; Gabah Kering Giling; false",
        "para siswa; siswa; true",
        "para siswa; guru; false"
    })
    void listItemsMatchWithoutGlossOrConjunction(String key, String reported, boolean expected) {
        assertEquals(expected, Matching.item(key).equals(Matching.item(reported)));
    }

    /** "dan lainnya" says the list goes on; a key that writes it as an item and a reading that leaves it out agree. */
    @Test
    void aListThatGoesOnIsTheSameWithOrWithoutItsEtCetera() {
        assertEquals(Matching.itemSet(List.of("kursi", "lemari", "meja")),
                Matching.itemSet(List.of("kursi", "lemari", "meja", "lainnya")));
        assertEquals(Matching.itemSet(List.of("kursi", "lemari", "dll")), Matching.itemSet(List.of("kursi", "lemari")));
        assertNotEquals(Matching.itemSet(List.of("kursi", "lemari")),
                Matching.itemSet(List.of("kursi", "lemari", "meja")));
    }

    /** A count keyed with its classifier ("orang") and read with the thing counted ("tersangka") is one count. */
    @ParameterizedTest
    @CsvSource({
        "2, orang, 2, tersangka, dua orang tersangka, true",
        "1, orang pelajar, 1, pelajar, satu orang pelajar, true",
        "1, orang pelajar, 1, guru, satu orang guru, false",
        "2, orang, 3, tersangka, tiga orang tersangka, false",
        "2, orang, 2, tersangka, dua tersangka, false",
        "2, kapal, 2, tersangka, dua orang tersangka, false"
    })
    void aClassifierWrittenOrNotCountsTheSame(double keyValue, String keyUnit, double value, String unit, String text,
                                              boolean expected) {
        assertEquals(expected, Matching.classifierCount(keyValue, keyUnit, value, unit, text));
    }

    /** "83 perak" after "82 medali emas": a unit with the head noun a list leaves out is the same unit. */
    @ParameterizedTest
    @CsvSource({
        "medali perak, perak, true",
        "perak, medali perak, true",
        "medali emas, medali, true",
        "medali perak, medali perunggu, false",
        "perak, emas, false",
        "ribu orang warga, warga, false"
    })
    void aUnitWithTheHeadAListLeavesOutIsTheSameUnit(String keyUnit, String unit, boolean expected) {
        assertEquals(expected, Matching.unitsMatch(keyUnit, unit));
    }

    @ParameterizedTest
    @CsvSource({
        "Provinsi Shaanxi, Shaanxi, true",
        "Kabupaten Sigi, Sigi, true",
        "Pelabuhan Tanjung Perak, Tanjung Perak, true",
        "Xi'an, XI'AN, true",
        "Jawa Barat, Jawa Tengah, false"
    })
    void placesMatchWithoutAdministrativeWord(String key, String reported, boolean expected) {
        assertEquals(expected, Matching.placeMatches(key, reported));
    }

    private static final GoldKey BREBES = GoldKey.load(GoldKey.HOLDOUT_FOLDER + "/tempo-bawang-merah-brebes.gold.json");

    @Test
    void aQuantityWithoutAFigureMatchesOnItsWordAndUnit() {
        GoldKey.GoldNumber ratusan = BREBES.numbers().stream()
                .filter(n -> n.text().equals("Ratusan petani")).findFirst().orElseThrow();
        assertTrue(!ratusan.hasValue(), "the key leaves the value of 'Ratusan petani' empty");
        assertTrue(AnalysisScore.numberMatches(ratusan, new NumberMention("ratusan petani", Double.NaN, "petani", 1)));
        assertTrue(AnalysisScore.numberMatches(ratusan, new NumberMention("Ratusan", 100, "petani", 1)));
        assertTrue(!AnalysisScore.numberMatches(ratusan, new NumberMention("puluhan petani", Double.NaN, "petani", 1)));
        assertTrue(!AnalysisScore.numberMatches(ratusan, new NumberMention("ratusan hektare", Double.NaN, "hektare", 1)));
        // Without the fact, recall drops by one and nothing is spurious.
        ArticleAnalysis perfect = GoldFixtures.perfect(BREBES);
        List<NumberMention> numbers = perfect.numbers().stream().filter(n -> !n.text().equals("Ratusan petani")).toList();
        CategoryScore c = AnalysisScore.of(with(perfect, null, numbers, null, null), BREBES).category(Category.NUMBERS);
        assertEquals(List.of("number \"Ratusan petani\" = null petani"), c.missed());
        assertEquals(1.0, c.precision());
    }

    @Test
    void aDateMustAgreeInWordsSoOneMentionDoesNotStandForTwo() {
        GoldKey cnn = GoldKey.load(GoldKey.HOLDOUT_FOLDER + "/cnn-neraca-perdagangan.gold.json");
        ArticleAnalysis perfect = GoldFixtures.perfect(cnn);
        // "Maret 2023" and "bulan sebelumnya" are both 2023-03: reporting only the first finds only the first.
        List<DateMention> dates = perfect.dates().stream().filter(d -> !d.text().equals("bulan sebelumnya")).toList();
        CategoryScore c = AnalysisScore.of(with(perfect, dates, null, null, null), cnn).category(Category.DATES);
        assertEquals(List.of("date \"bulan sebelumnya\" = 2023-03"), c.missed());
        // A relative date resolved to the value of another key date is wrong, not a find of that date.
        List<DateMention> wrong = new ArrayList<>(perfect.dates());
        wrong.add(new DateMention("tahun lalu", "2023-04", 9, "2024"));
        CategoryScore w = AnalysisScore.of(with(perfect, wrong, null, null, null), cnn).category(Category.DATES);
        assertEquals(1, w.spurious().size(), w.spurious().toString());
        assertTrue(AnalysisScore.dateMatches(cnn, cnn.dates().get(3), new DateMention("15/5", "2023-05-15", 4, null)));
    }

    /** A span a key gives by its first day only is found by the span read with the same words, not by another span. */
    @Test
    void aSpanKeyedByItsFirstDayIsFoundByTheSameWords() {
        GoldKey.GoldDate keyed = new GoldKey.GoldDate("25-28 Oktober 2018", "2018-10-25", null, null);
        assertTrue(AnalysisScore.dateMatches(null, keyed, new DateMention("25-28 Oktober 2018", "2018-10-25/2018-10-28", 1, null)));
        assertTrue(!AnalysisScore.dateMatches(null, keyed, new DateMention("25-29 Oktober 2018", "2018-10-25/2018-10-29", 1, null)));
        assertTrue(!AnalysisScore.dateMatches(null, keyed, new DateMention("26-28 Oktober 2018", "2018-10-26/2018-10-28", 1, null)));
    }

    @Test
    void synonymsCountAKeyedWordFoundWhenOneReportedSynonymFitsTheSentence() {
        ArticleAnalysis perfect = GoldFixtures.perfect(BREBES);
        List<WordInfo> words = perfect.words().stream().map(w -> switch (w.word()) {
            // One fitting synonym among two that do not: found, but two of three reported are wrong.
            case "menunda" -> new WordInfo(w.word(), w.root(), List.of("menangguhkan", "menahan", "mengulur"), 0, 0.5);
            // Only senses that do not fit: missed.
            case "dipicu" -> new WordInfo(w.word(), w.root(), List.of("dipacu"), 0, 0.5);
            // A word the key has no synonyms for does not count either way.
            case "memilih" -> new WordInfo(w.word(), w.root(), List.of("mencoblos"), 0, 0.5);
            default -> w;
        }).toList();
        ArticleAnalysis a = new ArticleAnalysis(perfect.sentences(), perfect.dateline(), perfect.dates(), perfect.places(),
                perfect.people(), perfect.visits(), perfect.quotes(), perfect.lists(), perfect.numbers(),
                perfect.acronyms(), words);
        CategoryScore c = AnalysisScore.of(a, BREBES).category(Category.SYNONYMS);
        assertEquals(BREBES.synonyms().size(), c.keyFacts());
        assertEquals(c.keyFacts() - 1, c.found());
        assertTrue(c.missed().get(0).startsWith("synonym dipicu"), c.missed().toString());
        assertEquals(3, c.spurious().size(), c.spurious().toString());
        assertTrue(c.spurious().stream().noneMatch(x -> x.contains("mencoblos")), c.spurious().toString());
    }

    private static ArticleAnalysis with(ArticleAnalysis a, List<DateMention> dates, List<NumberMention> numbers,
                                        List<Place> places, List<Quote> quotes) {
        return with(a, dates, numbers, places, quotes, null);
    }

    private static ArticleAnalysis with(ArticleAnalysis a, List<DateMention> dates, List<NumberMention> numbers,
                                        List<Place> places, List<Quote> quotes, List<Enumeration> lists) {
        return new ArticleAnalysis(a.sentences(), a.dateline(), dates != null ? dates : a.dates(),
                places != null ? places : a.places(), a.people(), a.visits(), quotes != null ? quotes : a.quotes(),
                lists != null ? lists : a.lists(), numbers != null ? numbers : a.numbers(), a.acronyms(), a.words());
    }
}
