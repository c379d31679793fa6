package io.runledger.storage.json;

import io.runledger.storage.api.Timestamps;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.support.DurableFiles;
import io.runledger.storage.support.LockFile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Brings a store at an older schema to the head: copies the old files aside first
 * ({@code state.json.schema-N-backup-<time>} and {@code …journal…}), then reads the store as its own
 * version and writes it again as a new snapshot at the head. Runs from before version 3 become
 * {@code running} with no finish time and no labels, as the SQL migration V3 does.
 */
final class SchemaUpgrade {
    private SchemaUpgrade() {
    }

    static void run(StoreFiles files, JsonOptions options, LockFile lock, int fromVersion) {
        String stamp = "-" + Timestamps.format(Instant.now().truncatedTo(ChronoUnit.MICROS)).replace(':', '-');
        try {
            DurableFiles.copy(files.snapshot(), files.schemaBackup(fromVersion, stamp));
            if (Files.exists(files.journal())) {
                DurableFiles.copy(files.journal(), files.schemaBackup(fromVersion, stamp + ".journal"));
            }
        } catch (IOException e) {
            throw IoFailures.translate("keep a copy of " + files + " before upgrading it (nothing was upgraded)", e);
        }
        JournaledLedger ledger = JournaledLedger.recover(files, options, lock);
        try {
            ledger.compactNow();
        } finally {
            ledger.close();
        }
    }
}
