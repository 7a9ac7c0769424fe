package id.simak.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimakMainTest {

    @TempDir
    Path dir;

    @Test
    void theKeyIsGeneratedOnceAndKeptAcrossRestarts() throws Exception {
        Path file = dir.resolve("data/session.key");
        String first = SimakMain.readOrCreate(file);
        assertTrue(first.length() >= 32, "a key long enough for AES-256");
        assertTrue(Files.exists(file));
        assertEquals(first, SimakMain.readOrCreate(file), "a restart reads the same key");
        assertNotEquals(first, SimakMain.readOrCreate(dir.resolve("other/session.key")), "keys are random");
    }

    @Test
    void theDataFolderIsCreatedForItsOwnerOnlyAndAnOpenOneIsClosedToOthers() throws Exception {
        Path fresh = dir.resolve("data");
        SimakMain.ownerOnly(fresh);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(open.resolve("simak.mv.db"), "x");
        SimakMain.ownerOnly(open);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)),
                "others can no longer list the folder or reach the database file in it");
    }
}
