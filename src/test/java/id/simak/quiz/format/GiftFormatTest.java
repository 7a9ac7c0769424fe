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
            assertEquals(Skill.CONTEXT_VOCAB, after.skill(), "no skill without the comment");
            if (before.type() == QuestionType.ORDERING) {
                assertEquals(QuestionType.MATCHING, after.type(), "GIFT has no ordering: event -> position");
                assertEquals(before.choices(), after.items());
            } else {
                assertEquals(before.type(), after.type(), before.id());
                assertEquals(before.answer(), after.answer(), before.id());
            }
        }
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
            essay                | 3 | ::a::Ceritakan.{}                     | esai
            numeric              | 3 | ::a::Berapa?{#5}                      | numerik
            answer not marked    | 3 | ::a::Soal?{x ~y}                      | diawali
            only one choice      | 3 | ::a::Soal?{=x ~%abc%y}                | bobot
            duplicate key        | 5 | ::q1::Dua?{=x ~y}                     | sudah dipakai
            """)
    void aMalformedFileNamesTheLine(String name, int line, String question, String message) {
        String gift = """
                ::q1::Satu?{=a ~b}

                %s
                """.formatted(question);
        if (name.equals("duplicate key")) {
            gift = "::q1::Satu?{=a ~b}\n\n::q2::Ok?{=c ~d}\n\n" + question + "\n";
        }
        String text = gift;
        FormatException e = assertThrows(FormatException.class, () -> GiftFormat.read(text));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
