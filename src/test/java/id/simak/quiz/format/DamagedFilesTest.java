package id.simak.quiz.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged copies of the seed set in every format (characters cut out, doubled or swapped for the format's special
 * ones) are either read or refused with a line: never an unexpected exception, which the API would answer with 500.
 */
class DamagedFilesTest {

    interface Reader {
        QuestionFile read(String text) throws FormatException;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "simak", "gift", "moodle", "csv" })
    void aDamagedFileIsReadOrRefusedWithALine(String format) {
        QuestionFile set = ShippedSet.read();
        String original = switch (format) {
            case "simak" -> SimakYaml.write(set);
            case "gift" -> GiftFormat.write(set);
            case "moodle" -> MoodleXml.write(set);
            default -> "id;question;answer;wrong;wrong;explanation\nk1;Di kota mana?;Xi'an;Beijing;\"Shang;hai\";Ya\n"
                    + "k2;Ada ____ negara.;lima;;;\n";
        };
        Reader reader = switch (format) {
            case "simak" -> SimakYaml::read;
            case "gift" -> GiftFormat::read;
            case "moodle" -> MoodleXml::read;
            default -> CsvQuestions::read;
        };
        String specials = "{}[]:#~=\\\"'<>&-%>\n\t;,|";
        Random random = new Random(format.hashCode());
        int refused = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder damaged = new StringBuilder(original);
            for (int k = 0, n = 1 + random.nextInt(4); k < n && damaged.length() > 1; k++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.delete(at, Math.min(damaged.length(), at + 1 + random.nextInt(20)));
                    case 1 -> damaged.insert(at, specials.charAt(random.nextInt(specials.length())));
                    default -> damaged.setCharAt(at, specials.charAt(random.nextInt(specials.length())));
                }
            }
            try {
                reader.read(damaged.toString());
            } catch (FormatException e) {
                refused++;
                long lines = damaged.chars().filter(c -> c == '\n').count() + 1;
                assertTrue(e.line() >= 1 && e.line() <= lines, format + ": line " + e.line() + " of " + lines);
            } catch (RuntimeException e) {
                fail(format + ": " + e + " on\n" + damaged, e);
            }
        }
        assertTrue(refused > 0, "some damage is noticed");
        for (String empty : List.of("", "\n", "   ")) {
            try {
                reader.read(empty);
                fail(format + " reads an empty file");
            } catch (FormatException e) {
                assertTrue(e.line() >= 1);
            }
        }
    }
}
