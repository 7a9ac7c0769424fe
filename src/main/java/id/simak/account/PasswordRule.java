package id.simak.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least ten characters, not only spaces, not the user name, not one of the most
 * common passwords (resources {@code passwords/}), and at most 72 bytes in UTF-8, since bcrypt ignores every
 * byte after the 72nd (a longer password is refused rather than silently cut).
 */
final class PasswordRule {

    static final int MIN_CHARACTERS = 10;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("passwords/common-passwords.txt", "passwords/common-passwords-id.txt");

    private PasswordRule() {
    }

    /** The Indonesian reason the password is refused, or null when it may be used. */
    static String problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return "Kata sandi paling sedikit 10 karakter.";
        }
        if (password.isBlank()) {
            return "Kata sandi tidak boleh hanya berisi spasi.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Kata sandi paling banyak 72 byte (72 huruf tanpa aksen; huruf beraksen dan emoji memakai lebih).";
        }
        String normalised = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && normalised.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return "Kata sandi tidak boleh sama dengan nama pengguna.";
        }
        if (COMMON.contains(normalised)) {
            return "Kata sandi ini termasuk yang paling sering dipakai orang dan mudah ditebak. Pilih yang lain.";
        }
        return null;
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            InputStream in = PasswordRule.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(s -> words.add(s.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
