package id.simak.classroom;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code learners type to join a class: six characters from an alphabet without the look-alikes 0/O and
 * 1/I, read case-insensitively and forgiving spaces and dashes ("abc-def" is "ABCDEF").
 */
public final class JoinCode {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private JoinCode() {
    }

    /** A new random code; the caller checks it is not taken. */
    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a learner typed, as the code is stored: upper case, without spaces or dashes; null for null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised code could have been made by {@link #random}. */
    public static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
