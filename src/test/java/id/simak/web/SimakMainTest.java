package id.simak.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
