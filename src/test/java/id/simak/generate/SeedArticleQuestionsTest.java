package id.simak.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.simak.analysis.ArticleAnalysis;
import id.simak.analysis.ArticleAnalyzer;
import id.simak.analysis.HunspellLexicon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end on the seed article (analysis, then generation): every fact of the hand-made answer key
 * (shared/gold/xinhua-ktt-china-asia-tengah.gold.json) is asked about, and every question is sound.
 */
class SeedArticleQuestionsTest {

    private static final HunspellLexicon LEXICON = HunspellLexicon.loadDefault();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(LEXICON);
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LEXICON);
    private static final String TEXT = read("/articles/xinhua-ktt-china-asia-tengah.txt");
    private static final ArticleAnalysis ANALYSIS = ANALYZER.analyze(TEXT);
    private static final List<Question> QUESTIONS = GENERATOR.generate(ANALYSIS).all();

    private static String read(String resource) {
        try (InputStream in = SeedArticleQuestionsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> questions() {
        return QUESTIONS.stream().map(q -> Arguments.of(q.id(), q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyQuestionIsSound(String id, Question q) {
        TeacherChecks.assertSound(q);
    }

    @Test
    void noQuestionIsAskedTwiceAndTheSameTextGivesTheSameQuestions() {
        TeacherChecks.assertNoDuplicates(QUESTIONS);
        assertEquals(QUESTIONS, GENERATOR.generate(ANALYZER.analyze(TEXT)).all());
    }

    @Test
    void everyTypeAndTheSeedsSkillsAreProduced() {
        assertEquals(EnumSet.allOf(QuestionType.class), QUESTIONS.stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class))));
        // The seed has a single speaker, no cause joined by "karena" and no change "dari ... menjadi ...": the
        // skills that need them are tested on texts that have them (QuestionGeneratorTest, NewKindsTest).
        assertTrue(QUESTIONS.stream().map(Question::skill).collect(Collectors.toSet()).containsAll(EnumSet.of(Skill.DATE,
                Skill.PLACE, Skill.VISIT, Skill.PERSON, Skill.QUOTE, Skill.LIST, Skill.NUMBER, Skill.ACRONYM,
                Skill.ROOT_WORD, Skill.CONTEXT_VOCAB)));
    }

    @Test
    void theDatelineAndThePhotoCaptionAreMetadataNeverAsked() {
        assertTrue(QUESTIONS.stream().noneMatch(q -> q.answer().contains("16 Mei") || q.answer().contains("27 Oktober 2020")),
                "the dateline's date or the caption's date is asked");
        assertTrue(QUESTIONS.stream().noneMatch(q -> q.evidence().text().startsWith("Foto dari udara")),
                "a question rests on the photo caption");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DATE    | MULTIPLE_CHOICE   | 18-19 Mei
            DATE    | MULTIPLE_CHOICE   | 2013
            DATE    | MULTIPLE_CHOICE   | 2014
            DATE    | MULTIPLE_CHOICE   | Januari 2022
            VISIT   | MULTIPLE_RESPONSE | Turkmenistan;Kazakhstan;Uzbekistan;Kirgizstan
            VISIT   | MULTIPLE_CHOICE   | Tajikistan
            LIST    | MULTIPLE_RESPONSE | saling menghormati;persahabatan negara bertetangga yang baik;solidaritas di masa-masa sulit;keuntungan bersama
            LIST    | MULTIPLE_RESPONSE | solidaritas;perdamaian;pembangunan
            LIST    | MULTIPLE_RESPONSE | terorisme;separatisme;ekstremisme;kejahatan terorganisasi;perdagangan narkoba transnasional
            LIST    | MULTIPLE_RESPONSE | kedaulatan;kemerdekaan;integritas wilayah
            NUMBER  | CLOZE             | lima;5
            NUMBER  | CLOZE             | tujuh;7
            NUMBER  | CLOZE             | satu;1
            NUMBER  | CLOZE             | tiga;3
            NUMBER  | CLOZE             | 30;tiga puluh
            ACRONYM | CLOZE             | konferensi tingkat tinggi
            PERSON  | MULTIPLE_CHOICE   | Presiden China
            PLACE   | CLOZE             | Xi'an
            PLACE   | CLOZE             | Provinsi Shaanxi
            """)
    // The year of each visit is asked once, as a DATE question ("Kapan Xi melakukan kunjungan kenegaraan ke
    // Tajikistan?"); the VISIT questions name the year in their prompt ("Negara mana saja yang dikunjungi Xi pada 2013?").
    void everyFactOfTheAnswerKeyIsAsked(Skill skill, QuestionType type, String answer) {
        List<String> expected = Arrays.asList(answer.split(";"));
        assertTrue(QUESTIONS.stream().anyMatch(q -> q.skill() == skill && q.type() == type && q.answer().equals(expected)),
                "no " + skill + " " + type + " with answer " + expected);
    }

    @ParameterizedTest(name = "quote {0}")
    @CsvSource(delimiter = '|', textBlock = """
            China dan negara-negara Asia Tengah adalah negara bertetangga | Xi Jinping
            Kunci keberhasilan kerja sama                                 | Xi Jinping
            """)
    void bothQuotesAreAskedWithTheirSpeaker(String opening, String speaker) {
        // Xi is the only person of the seed: who said it would be no question, so the quote is completed, and its
        // explanation names the speaker.
        Predicate<Question> aboutQuote = q -> q.skill() == Skill.QUOTE && q.explanation().contains(opening);
        assertTrue(QUESTIONS.stream().anyMatch(aboutQuote.and(q -> q.prompt().contains("Xi"))), "no speaker for " + opening);
        assertTrue(QUESTIONS.stream().noneMatch(q -> q.prompt().startsWith("Siapa yang mengatakan")),
                "a speaker question with one person to choose");
        assertTrue(QUESTIONS.stream().anyMatch(q -> q.skill() == Skill.QUOTE && q.type() == QuestionType.CLOZE
                && q.explanation().contains(opening)), "no completion for " + opening);
    }

    @Test
    void revolusiWarnaIsNoQuote() {
        assertTrue(QUESTIONS.stream().noneMatch(q -> q.skill() == Skill.QUOTE && q.prompt().contains("«revolusi warna")));
    }

    @Test
    void noMomentIsMatchedToACountryItsOwnWordsName() {
        // "busana tradisional Tajik", "pepatah Kirgizstan", "pelajar asal Kazakhstan" name their country, and
        // "sebuah kota kecil" tells no event: the seed's enumeration makes no fair matching question.
        for (Question q : QUESTIONS) {
            if (q.type() == QuestionType.MATCHING && q.skill() == Skill.PLACE) {
                for (String item : q.items()) {
                    for (String country : q.answer()) {
                        assertFalse(item.contains(country.substring(0, 4)), item + " gives away " + country);
                    }
                }
            }
        }
    }

    @Test
    void timelineOrdersTheDatedEvents() {
        Question q = QUESTIONS.stream().filter(x -> x.type() == QuestionType.ORDERING).findFirst().orElseThrow();
        assertTrue(q.answer().get(0).contains("pertama kalinya"), q.answer().toString());
        assertTrue(q.answer().get(1).contains("Tajikistan"), q.answer().toString());
    }

    /** The answer key's 50 affixed words and their roots. */
    private static final String GOLD_ROOTS = "pembukaan=buka menjelang=jelang kepercayaan=percaya persahabatan=sahabat "
            + "kunjungan=kunjung mengunjungi=kunjung lawatan=lawat bertetangga=tetangga dihubungkan=hubung "
            + "pegunungan=gunung menghargai=harga kebijakan=bijak kenegaraan=negara memperdalam=dalam "
            + "pembangunan=bangun diabadikan=abadi menunjukkan=tunjuk menyambut=sambut mengenakan=kena "
            + "mengutip=kutip menjelajahi=jelajah menceritakan=cerita mendonorkan=donor kedaulatan=daulat "
            + "kemerdekaan=merdeka bergandengan=gandeng memerangi=perang perdagangan=dagang menentang=tentang "
            + "keberhasilan=hasil memperingati=ingat berpidato=pidato bergejolak=gejolak diharapkan=harap "
            + "menyusun=susun dijadwalkan=jadwal pertukaran=tukar terlupakan=lupa memimpin=pimpin "
            + "berlangsung=langsung mendukung=dukung pemerintahan=perintah menyampaikan=sampai perdamaian=damai "
            + "tercapai=capai keuntungan=untung menghormati=hormat terletak=letak kesempatan=sempat kejahatan=jahat";

    @Test
    void atLeastFortyOfTheFiftyRootsAreAsked() {
        List<String> missing = Arrays.stream(GOLD_ROOTS.split(" ")).filter(pair -> {
            String[] wr = pair.split("=");
            return QUESTIONS.stream().noneMatch(q -> q.skill() == Skill.ROOT_WORD
                    && q.prompt().contains("«" + wr[0] + "»") && q.answer().equals(List.of(wr[1])));
        }).toList();
        assertTrue(missing.size() <= 10, "roots not asked: " + missing);
    }
}
