package id.simak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Supplies the login-cookie encryption key from {@code <data-dir>/session.key}, generating it once, so a
 * restart keeps people logged in. Its ordinal is low: a key set in the configuration or the environment wins.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        var configured = context.getValue(KEY_PROPERTY);
        if (configured != null && configured.getValue() != null && !configured.getValue().isBlank()) {
            return List.of();
        }
        var dataDir = context.getValue("simak.data-dir");
        String dir = dataDir != null && dataDir.getValue() != null ? dataDir.getValue() : "./data";
        String key = readOrCreate(Path.of(dir, "session.key"));
        return List.of(new PropertiesConfigSource(Map.of(KEY_PROPERTY, key), "simak-session-key", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (key.length() >= 32) {
                    return key;
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "session", ".tmp");
            Files.writeString(tmp, key, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                // Never replaces: when two processes start at once on one folder, the first key wins.
                Files.move(tmp, file);
            } catch (IOException raced) {
                Files.deleteIfExists(tmp);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the session key " + file, e);
        }
    }
}
