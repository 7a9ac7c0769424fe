package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

class GiftFormatTest {

    @Test
    void theSeedSetComesBackFromGift() throws FormatException {
        QuestionFile set = ShippedSet.read();
        String gift = GiftFormat.write(set);
        QuestionFile back = GiftFormat.read(gift);
        assertEquals(set.setId(), back.setId());
        assertEquals(set.title(), back.title());
        assertEquals(set.article(), back.article());
        RoundTrips.assertSameQuestions(set.questions(), back.questions());
        assertEquals(gift, GiftFormat.write(back),
                "writing what was read gives the same GIFT");
    }

    @Test
    void whatMoodleKeepsWithoutOurCommentsStillHasTheFiveGiftTypes() throws FormatException {
        QuestionFile set = ShippedSet.read();
        String bare = GiftFormat.write(set).lines().filter(l -> !l.startsWith("//"))
                .collect(Collectors.joining("\n"));
        QuestionFile back = GiftFormat.read(bare);
        for (int i = 0; i < set.questions().size(); i++) {
            Question before = set.questions().get(i);
            Question after = back.questions().get(i);
            assertEquals(before.prompt(), after.prompt(), before.id());
            assertEquals(before.answer().size(), after.answer().size(), before.id());
            if (before.type() == QuestionType.ORDERING) {
                assertEquals(QuestionType.MATCHING, after.type(), "GIFT has no ordering: event -> position");
                assertEquals(before.choices(), after.items());
            } else {
                assertEquals(before.type(), after.type(), before.id());
                assertEquals(before.answer(), after.answer(), before.id());
            }
        }
        assertTrue(back.questions().stream().map(Question::skill).distinct().count() > 1,
                "without the comment the skill comes from the prompt, not vocabulary for every question: "
                        + back.questions().stream().map(Question::skill).toList());
    }

    @Test
    void readsGiftAsMoodleDocumentsIt() throws FormatException {
        String gift = """
                // a question bank from Moodle
                $CATEGORY: $course$/top/Bahasa Indonesia

                ::Ibu kota::Apa ibu kota Indonesia?{=Jakarta#Benar! ~Bandung#Bukan ~Surabaya}

                Matahari terbit di timur.{T}

                ::Sinonim::[html]Sinonim "cepat" adalah {=lekas =segera}.

                Siapa presiden pertama Indonesia? {=Soekarno =Sukarno ####Soekarno juga ditulis Sukarno.}

                ::Pasangan::Jodohkan. {
                    =Jakarta -> Indonesia
                    =Kuala Lumpur -> Malaysia
                    = -> Thailand
                }

                ::Bilangan prima::Mana yang prima?{~%50%2 ~%50%3 ~%-100%4}
                """;
        QuestionFile file = GiftFormat.read(gift);
        assertEquals(null, file.setId(), "a category of somebody else's is no Simak set id");
        List<Question> q = file.questions();
        assertEquals(List.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.CLOZE,
                QuestionType.CLOZE, QuestionType.MATCHING, QuestionType.MULTIPLE_RESPONSE),
                q.stream().map(Question::type).toList());
        assertEquals("Ibu kota", q.get(0).id());
        assertEquals(List.of("Jakarta", "Bandung", "Surabaya"), q.get(0).choices());
        assertEquals(List.of("Jakarta"), q.get(0).answer());
        assertEquals(List.of("Benar"), q.get(1).answer());
        assertEquals("Matahari terbit di timur.", q.get(1).id(), "no title: the prompt is the key");
        assertEquals("Sinonim \"cepat\" adalah ____.", q.get(2).prompt());
        assertEquals(List.of("lekas", "segera"), q.get(2).answer());
        assertEquals("Siapa presiden pertama Indonesia? ____", q.get(3).prompt());
        assertEquals("Soekarno juga ditulis Sukarno.", q.get(3).explanation());
        assertEquals(List.of("Jakarta", "Kuala Lumpur"), q.get(4).items());
        assertEquals(List.of("Indonesia", "Malaysia", "Thailand"), q.get(4).choices());
        assertEquals(List.of("2", "3"), q.get(5).answer());
        assertEquals(List.of(4, 6, 8, 10, 12, 18), file.lines());
    }

    @Test
    void specialCharactersAreEscapedBothWays() throws FormatException {
        Question q = new Question("a:b", QuestionType.MULTIPLE_CHOICE, Skill.NUMBER, "1 + 1 = ? {ya} #2 ~ \\ baru\nbaris",
                List.of(), List.of("= 2", "~3"), List.of("= 2"), "Karena # dan {}", null);
        QuestionFile back = GiftFormat.read(GiftFormat.write(QuestionFile.of(List.of(q))));
        RoundTrips.assertSameQuestions(List.of(q), back.questions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed brace       | 3 | ::a::Soal?{=x ~y                      | tidak ditutup
            answer not marked    | 3 | ::a::Soal?{x ~y}                      | diawali
            only one choice      | 3 | ::a::Soal?{=x ~%abc%y}                | bobot
            numeric not a number | 3 | ::a::Berapa?{#lima}                   | bukan angka
            """)
    void aMalformedFileNamesTheLine(String name, int line, String question, String message) {
        String text = """
                ::q1::Satu?{=a ~b}

                %s
                """.formatted(question);
        FormatException e = assertThrows(FormatException.class, () -> GiftFormat.read(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static String resource(String name) {
        try (var in = GiftFormatTest.class.getResourceAsStream("/moodle/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileOfMoodlesShapesImportsWhatSimakCanTakeAndListsTheRest() throws FormatException {
        QuestionFile file = GiftFormat.read(resource("campuran.gift.txt"));
        List<Question> q = file.questions();
        assertEquals(List.of("Lembaga", "P2", "warna", "Isian", "B1", "3-01 KTT", "3-01 KTT (2)"),
                q.stream().map(Question::id).toList(), "two questions sharing a name are two questions");
        assertEquals(List.of(QuestionType.MATCHING, QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
                QuestionType.CLOZE, QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE),
                q.stream().map(Question::type).toList());
        Question match = q.get(0);
        assertEquals("Jodohkan singkatan dengan kepanjangannya.", match.prompt(), "[html] marker and tags removed");
        assertEquals(List.of("Konferensi Tingkat Tinggi", "Perserikatan Bangsa-Bangsa",
                "Association of Southeast Asian Nations", "Dewan Perwakilan Rakyat"), match.items());
        assertEquals(List.of("KTT", "PBB", "ASEAN", "DPR", "MPR"), match.choices());
        assertEquals(Skill.ACRONYM, match.skill());
        assertEquals(List.of("Xi'an", "Beijing", "Astana"), q.get(1).choices(), "no [plain] in a choice");
        assertEquals(Skill.PLACE, q.get(1).skill());
        assertEquals(List.of("merah", "putih"), q.get(2).answer());
        assertEquals(List.of("Anjing"), q.get(3).answer(), "partial marks and the catch-all * are not right answers");
        assertEquals("Hewan apa yang paling setia? ____", q.get(3).prompt());
        assertEquals(List.of("Salah"), q.get(4).answer());
        assertEquals("Pertemuan itu diadakan pada tahun 2023.\";", q.get(4).prompt(),
                "text after the block without a word is no gap");
        assertEquals("Teks menyebut tahun 2025.", q.get(4).explanation());
        assertTrue(q.stream().noneMatch(x -> x.skill() == Skill.CONTEXT_VOCAB), "not vocabulary for everything");

        assertEquals(List.of("essay", "numerical"), file.skipped().stream().map(SkippedQuestion::kind).toList());
        assertEquals(List.of(7, 36), file.skipped().stream().map(SkippedQuestion::line).toList());
        assertEquals("E1", file.skipped().get(0).name());
        assertEquals("7 soal diimpor, 2 dilewati: esai (baris 7), numerik (baris 36).",
                SkippedQuestion.summary(file.questions().size(), file.skipped()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exact                  | ::n::Tahun berapa Indonesia merdeka? {#1945}          | 1945
            exact with margin 0    | ::n::Tahun berapa Indonesia merdeka? {#=1945:0 ~#Bukan} | 1945
            two exact answers      | ::n::Sebutkan 2 atau 3. {#=2 =3}                          | 2/3
            partial mark is wrong  | ::n::Tahun berapa? {#=1945 =%50%1944}                    | 1945
            a tolerance            | ::n::Tahun berapa? {#1945:2}                              | -
            a range                | ::n::Tahun berapa? {#1940..1950}                          | -
            """)
    void aNumericalQuestionWithExactAnswersIsACloze(String name, String gift, String accepted) throws FormatException {
        QuestionFile file = GiftFormat.read("::ok::Ok?{=a ~b}\n\n" + gift + "\n");
        if (accepted.equals("-")) {
            assertEquals(1, file.questions().size());
            assertEquals("numerical", file.skipped().get(0).kind());
            assertEquals(3, file.skipped().get(0).line());
        } else {
            Question n = file.questions().get(1);
            assertEquals(QuestionType.CLOZE, n.type());
            assertEquals(List.of(accepted.split("/")), n.answer());
            assertTrue(n.prompt().endsWith("____"), n.prompt());
        }
    }

    @Test
    void aDescriptionIsSkippedAndAFileOfNothingElseIsRefused() throws FormatException {
        QuestionFile file = GiftFormat.read("::d::Bacalah teks ini dulu.\n\n::q::Satu?{=a ~b}\n");
        assertEquals(1, file.questions().size());
        assertEquals("description", file.skipped().get(0).kind());
        FormatException e = assertThrows(FormatException.class,
                () -> GiftFormat.read("// hanya esai\n::e::Ceritakan.{}\n\n::d::Baca.\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("esai (baris 2), deskripsi (baris 4)"), e.getMessage());
    }
}
