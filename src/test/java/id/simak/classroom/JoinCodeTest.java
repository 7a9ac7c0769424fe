package id.simak.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Join codes and due dates: the rules that need no database. */
class JoinCodeTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void codesAreSixCharactersWithoutLookAlikesAndRarelyRepeat() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = JoinCode.random(random);
            assertEquals(6, code.length());
            assertTrue(code.chars().noneMatch(c -> c == '0' || c == 'O' || c == '1' || c == 'I'), code);
            assertTrue(JoinCode.wellFormed(code), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 9_990, "10,000 codes out of 32^6 hardly ever repeat: " + seen.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc234|ABC234", "  K7QX2M |K7QX2M", "k7q-x2m|K7QX2M", "k7q x2m|K7QX2M" })
    void typedCodesAreReadCaseInsensitivelyWithoutSpacesOrDashes(String typed, String stored) {
        assertEquals(stored, JoinCode.normalize(typed));
        assertTrue(JoinCode.wellFormed(JoinCode.normalize(typed)));
    }

    @ParameterizedTest
    @CsvSource({ "O0I1AB", "ABCDE", "ABCDEFG", "ABC-DÉ" })
    void codesThatCannotExistAreNotWellFormed(String typed) {
        assertFalse(JoinCode.wellFormed(JoinCode.normalize(typed)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-12-07|2026-12-07T16:59:59Z",
            "2026-12-07T10:00|2026-12-07T03:00:00Z",
            "2026-12-07T10:00:00+08:00|2026-12-07T02:00:00Z",
            "2026-12-07T03:00:00Z|2026-12-07T03:00:00Z" })
    void aDueDateIsTheEndOfItsDayOrItsOwnTime(String text, String instant) {
        assertEquals(Instant.parse(instant), DueDate.parse(text, JAKARTA));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-12-07T16:59:59Z|id|Senin, 7 Desember 2026",
            "2026-01-01T16:59:59Z|id|Kamis, 1 Januari 2026",
            "2026-08-17T03:30:00Z|id|Senin, 17 Agustus 2026, 10.30",
            "2026-12-07T16:59:59Z|en|Monday, 7 December 2026" })
    void dueDatesAreWrittenInTheReadersLanguage(String instant, String language, String text) {
        assertEquals(text, DueDate.format(Instant.parse(instant), JAKARTA, Locale.forLanguageTag(language)));
    }
}
