package id.simak.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.web.Problem.FieldError;

class QuestionValidatorTest {

    static final List<String> SENTENCES = List.of("Kalimat pertama.", "Kalimat kedua tentang banjir.", "Kalimat ketiga.");
    final QuestionValidator validator = new QuestionValidator(SENTENCES);

    static QuestionForm form(String type, String prompt, List<String> items, List<String> choices, List<String> answer,
            Integer evidence) {
        return new QuestionForm(type, "PLACE", prompt, items, choices, answer, null, evidence);
    }

    /** Each broken question, the field blamed, and a word the Indonesian message must contain. */
    static Stream<Arguments> broken() {
        List<String> none = List.of();
        return Stream.of(
                Arguments.of("no type", form("", "Di mana?", none, List.of("A", "B"), List.of("A"), null), "type", "jenis soal"),
                Arguments.of("unknown type", form("ESSAY", "Di mana?", none, none, none, null), "type", "tidak dikenal"),
                Arguments.of("no skill", new QuestionForm("CLOZE", null, "Ibu kota ____.", none, none, List.of("Jakarta"), null, null), "skill", "keterampilan"),
                Arguments.of("empty prompt", form("MULTIPLE_CHOICE", "  ", none, List.of("A", "B"), List.of("A"), null), "prompt", "wajib"),
                Arguments.of("NUL in the prompt", form("MULTIPLE_CHOICE", "Di\u0000 mana?", none, List.of("A", "B"), List.of("A"), null), "prompt", "NUL"),
                Arguments.of("right-to-left override in the prompt", form("MULTIPLE_CHOICE", "Di \u202Emana?", none, List.of("A", "B"), List.of("A"), null), "prompt", "pembalik arah"),
                Arguments.of("prompt of zero-width spaces", form("TRUE_FALSE", "\u200B\u200B", none, none, List.of("Benar"), null), "prompt", "tidak terlihat"),
                Arguments.of("lone surrogate in a choice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("A\uD800", "B"), List.of("B"), null), "choices", "surrogate"),
                Arguments.of("long prompt", form("MULTIPLE_CHOICE", "x".repeat(QuestionValidator.MAX_PROMPT + 1), none, List.of("A", "B"), List.of("A"), null), "prompt", "paling banyak"),
                Arguments.of("one choice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("Sigi", " "), List.of("Sigi"), null), "choices", "dua pilihan"),
                Arguments.of("same choice twice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("Sigi", "sigi "), List.of("Sigi"), null), "choices", "lebih dari sekali"),
                Arguments.of("no correct choice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("Sigi", "Palu"), none, null), "answer", "Tandai satu"),
                Arguments.of("correct not a choice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("Sigi", "Palu"), List.of("Donggala"), null), "answer", "salah satu pilihan"),
                Arguments.of("two correct in single choice", form("MULTIPLE_CHOICE", "Di mana?", none, List.of("Sigi", "Palu"), List.of("Sigi", "Palu"), null), "answer", "hanya punya satu"),
                Arguments.of("multiple response without correct", form("MULTIPLE_RESPONSE", "Mana saja?", none, List.of("Sigi", "Palu"), none, null), "answer", "paling sedikit satu"),
                Arguments.of("true/false answer", form("TRUE_FALSE", "Banjir di Sigi.", none, none, List.of("Ya"), null), "answer", "\"Benar\" atau \"Salah\""),
                Arguments.of("cloze without gap", form("CLOZE", "Banjir melanda Sigi.", none, none, List.of("Sigi"), null), "prompt", "tempat kosong"),
                Arguments.of("cloze without answer", form("CLOZE", "Banjir melanda ___.", none, none, List.of(" "), null), "answer", "jawaban yang diterima"),
                Arguments.of("matching with one pair", form("MATCHING", "Jodohkan.", List.of("Sigi"), none, List.of("banjir"), null), "items", "dua pasangan"),
                Arguments.of("matching half pair", form("MATCHING", "Jodohkan.", List.of("Sigi", "Palu"), none, List.of("banjir", ""), null), "items", "sisi kiri dan sisi kanan"),
                Arguments.of("ordering one item", form("ORDERING", "Urutkan.", none, none, List.of("Pertama"), null), "answer", "dua hal"),
                Arguments.of("evidence out of range", form("TRUE_FALSE", "Banjir di Sigi.", none, none, List.of("Benar"), 3), "evidenceSentence", "0 sampai 2"),
                Arguments.of("negative evidence", form("TRUE_FALSE", "Banjir di Sigi.", none, none, List.of("Benar"), -1), "evidenceSentence", "kalimat artikel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenQuestionIsRefusedWithAnIndonesianMessageOnItsField(String name, QuestionForm form, String field,
            String words) {
        QuestionValidator.Result r = validator.validate(form);
        assertNull(r.question(), name);
        FieldError error = r.errors().stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no error on " + field + " in " + r.errors()));
        assertTrue(error.message().contains(words), name + ": " + error.message());
    }

    @Test
    void aGoodMultipleChoiceQuestionIsTrimmedAndItsAnswerTakesTheChoiceSpelling() {
        Question q = validator.validate(new QuestionForm("multiple_choice", "PLACE", "  Di mana banjir terjadi? ",
                null, List.of(" Sigi ", "", "Palu"), List.of("sigi"), " Lihat kalimat kedua. ", 1)).question();
        assertEquals(QuestionType.MULTIPLE_CHOICE, q.type());
        assertEquals("Di mana banjir terjadi?", q.prompt());
        assertEquals(List.of("Sigi", "Palu"), q.choices());
        assertEquals(List.of("Sigi"), q.answer());
        assertEquals("Lihat kalimat kedua.", q.explanation());
        assertEquals("Kalimat kedua tentang banjir.", q.evidence().text());
    }

    @Test
    void trueFalseAlwaysOffersBenarAndSalah() {
        Question q = validator.validate(form("TRUE_FALSE", "Banjir di Sigi.", null, List.of("Ya", "Tidak"), List.of("salah"), null)).question();
        assertEquals(List.of("Benar", "Salah"), q.choices());
        assertEquals(List.of("Salah"), q.answer());
    }

    @Test
    void aClozeKeepsItsAcceptedAnswersAndHasNoChoices() {
        Question q = validator.validate(form("CLOZE", "Banjir melanda ___ pada Senin.", null, List.of("x"), List.of("Sigi", "Kabupaten Sigi"), 1)).question();
        assertEquals(List.of(), q.choices());
        assertEquals(List.of("Sigi", "Kabupaten Sigi"), q.answer());
    }

    @Test
    void matchingPairsLineUpAndTheChoicesAreTheRightSideShuffled() {
        Question q = validator.validate(form("MATCHING", "Jodohkan tempat dan kejadiannya.",
                List.of("Sigi", "", "Palu", "Donggala"), null, List.of("banjir", "", "gempa", "longsor"), null)).question();
        assertEquals(List.of("Sigi", "Palu", "Donggala"), q.items());
        assertEquals(List.of("banjir", "gempa", "longsor"), q.answer());
        assertEquals(3, q.choices().size());
        assertTrue(q.choices().containsAll(q.answer()));
    }

    @Test
    void orderingShowsTheItemsInAnotherOrderThanTheAnswer() {
        Question q = validator.validate(form("ORDERING", "Urutkan kejadiannya.", null, null,
                List.of("Hujan turun", "Sungai meluap", "Warga mengungsi"), null)).question();
        assertEquals(List.of("Hujan turun", "Sungai meluap", "Warga mengungsi"), q.answer());
        assertNotEquals(q.answer(), q.choices());
        assertTrue(q.choices().containsAll(q.answer()));
    }

    @Test
    void aSetWithoutAnArticleHasNoEvidenceToCite() {
        QuestionValidator.Result r = new QuestionValidator(List.of())
                .validate(form("TRUE_FALSE", "Banjir di Sigi.", null, null, List.of("Benar"), 0));
        assertEquals("evidenceSentence", r.errors().get(0).field());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        QuestionValidator.Result r = validator.validate(form("MULTIPLE_CHOICE", "", null, List.of("A"), List.of(), 9));
        assertEquals(List.of("prompt", "evidenceSentence", "choices", "answer"),
                r.errors().stream().map(FieldError::field).toList());
    }
}
