package id.simak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Simak. Before Quarkus reads its configuration it supplies the login-cookie encryption key from
 * {@code <data-dir>/session.key}, generating it on the first start, so that a restart keeps people logged in.
 * A key given in the environment ({@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}) or as a system property wins.
 * This runs at start-up only, never at build time, so no key ends up inside the built application.
 */
@QuarkusMain
public final class SimakMain {

    static final String KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String KEY_ENV = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    private SimakMain() {
    }

    public static void main(String... args) {
        ownerOnly(dataDir());
        if (System.getProperty(KEY_PROPERTY) == null && System.getenv(KEY_ENV) == null) {
            System.setProperty(KEY_PROPERTY, readOrCreate(dataDir().resolve("session.key")));
        }
        Quarkus.run(args);
    }

    /** The data folder as the configuration will see it: system property, environment, or the default. */
    static Path dataDir() {
        String dir = System.getProperty("simak.data-dir");
        if (dir == null) {
            dir = System.getenv("SIMAK_DATA_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "./data" : dir);
    }

    /**
     * Makes the data folder (database, session key) unreadable by other users of the machine: a new folder is
     * created for its owner only, and an existing one loses what others may do (its group keeps its rights, for
     * a backup account). Without POSIX permissions (Windows) the folder's inherited rights apply.
     */
    static void ownerOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                try {
                    Files.createDirectories(dir,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(dir);
                }
                return;
            }
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
            if (permissions.removeAll(EnumSet.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE))) {
                Files.setPosixFilePermissions(dir, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or protect the data folder " + dir, e);
        }
    }

    /** Reads the key file, or creates it with a fresh random key readable by its owner only. */
    static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (key.length() >= 32) {
                    return key;
                }
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path tmp = Files.createTempFile(dir, "session", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            Files.writeString(tmp, key, StandardCharsets.US_ASCII);
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
