package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.tck.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON store below the head read as `db migrate` will leave it (what `db migrate --backup` exports):
 * exactly what the upgraded store holds, and no file changed by the reading.
 */
class MigratedContentsTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    @Test
    void theSchemaTwoFixtureReadAsMigratedHoldsExactlyWhatTheUpgradedStoreHolds() throws IOException {
        StoreDirectory store = schemaTwoStore();
        Map<String, String> files = store.files();

        List<LedgerRecord> before = export(provider.admin(store.spec()).contentsAsMigrated().orElseThrow());

        assertEquals(files, store.files(), "the reading wrote nothing");
        assertEquals(2, provider.admin(store.spec()).status().schemaVersion());
        provider.admin(store.spec()).migrate(false);
        try (var opened = provider.open(store.spec())) {
            assertEquals(export(opened.contents()), before);
        }
        assertFalse(before.isEmpty());
    }

    @Test
    void aMissingStoreIsNotInitializedAndImportIsRefused() {
        StoreDirectory store = StoreDirectory.in(temp.resolve("missing"));
        StoreContents contents = provider.admin(store.spec()).contentsAsMigrated().orElseThrow();
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> contents.exportTo(record -> { }));
        Reasons.assertFailsWith(ReasonCode.INTERNAL_ERROR, () -> contents.importFrom(List.<LedgerRecord>of().iterator()));
        assertFalse(Files.exists(store.directory()), "reading created nothing");
    }

    private StoreDirectory schemaTwoStore() throws IOException {
        StoreDirectory store = StoreDirectory.in(temp.resolve("v2"));
        Files.createDirectories(store.directory());
        for (String name : List.of("state.json", "state.json.journal")) {
            try (InputStream in = MigratedContentsTest.class.getResourceAsStream("/fixtures/v2-store/" + name)) {
                Files.write(store.file(name), in.readAllBytes());
            }
        }
        return store;
    }

    private static List<LedgerRecord> export(StoreContents contents) {
        List<LedgerRecord> records = new ArrayList<>();
        contents.exportTo(record -> records.add(record.auditEvent().<LedgerRecord>map(event -> event).orElse(record)));
        return records;
    }
}
