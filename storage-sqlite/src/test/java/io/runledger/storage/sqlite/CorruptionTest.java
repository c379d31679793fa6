package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files are refused with a reason code and one line, never a stack trace. */
class CorruptionTest {
    private static final Set<ReasonCode> DAMAGED = Set.of(ReasonCode.INTEGRITY_CHECK_FAILED, ReasonCode.STORE_CORRUPT);

    @TempDir
    Path dir;

    @Test
    void preflightRefusesToMigrateADamagedStore() throws Exception {
        Path file = dir.resolve("v2-store.sqlite");
        try (InputStream in = CorruptionTest.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            Files.copy(in, file);
        }
        damageSecondPage(file);

        StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(Samples.spec(file)).migrate(false));

        assertTrue(DAMAGED.contains(e.reason()), e.reason() + ": " + e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
    }

    @Test
    void checkReportsADamagedStore() throws Exception {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);
        damageSecondPage(file);

        try {
            var integrity = Samples.PROVIDER.admin(spec).check().stream()
                    .filter(c -> c.name().equals("integrity_check")).findFirst().orElseThrow();
            assertEquals(false, integrity.ok(), integrity.detail());
        } catch (StoreException e) {
            assertTrue(DAMAGED.contains(e.reason()), e.reason() + ": " + e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsCorrupt() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Files.writeString(file, "this is not a database, just text that is long enough ".repeat(100), StandardCharsets.UTF_8);

        StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(Samples.spec(file)).status());

        assertEquals(ReasonCode.STORE_CORRUPT, e.reason(), e.getMessage());
        assertNull(e.getMessage().lines().skip(1).findFirst().orElse(null));
    }

    /** Overwrites the middle of page 2 (a b-tree page of the schema) with garbage. */
    private static void damageSecondPage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 8);
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, (byte) 0xFF, (byte) 0xFF, 0x13, 0x37});
            raf.seek(4096 * 2 + 100);
            raf.write("garbage garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
