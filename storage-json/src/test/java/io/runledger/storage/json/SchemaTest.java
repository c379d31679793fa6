package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** The schema version in the snapshot's header: newer is refused without writing, older is upgraded by migrate after a copy is kept. */
class SchemaTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    /** The committed schema-2 fixture (see fixtures/README.md), copied to a fresh directory. */
    private StoreDirectory schemaTwoStore() throws IOException {
        StoreDirectory store = StoreDirectory.in(temp.resolve("v2"));
        Files.createDirectories(store.directory());
        for (String name : List.of("state.json", "state.json.journal")) {
            try (InputStream in = SchemaTest.class.getResourceAsStream("/fixtures/v2-store/" + name)) {
                Files.write(store.file(name), in.readAllBytes());
            }
        }
        return store;
    }

    @Test
    void aNewerSchemaIsRefusedByEveryCommandAndNothingIsWritten() {
        StoreDirectory store = StoreDirectory.in(temp.resolve("newer"));
        provider.admin(store.spec()).migrate(false);
        store.write(store.snapshot(), store.read(store.snapshot()).replace("\"schema_version\":" + JsonSchema.HEAD, "\"schema_version\":" + (JsonSchema.HEAD + 1)));
        try {
            Files.delete(store.file("state.json.lock"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> before = store.files();
        StoreAdmin admin = provider.admin(store.spec());

        StoreStatus status = admin.status();
        assertTrue(status.newerThanBinary());
        assertEquals(JsonSchema.HEAD + 1, status.schemaVersion());
        Executable[] attempts = {() -> provider.open(store.spec()), () -> admin.migrate(false), () -> admin.migrate(true),
            admin::check, admin::vacuum};
        for (Executable attempt : attempts) {
            StoreException e = assertThrows(StoreException.class, attempt);
            assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, e.reason());
            assertTrue(e.getMessage().contains("schema version " + (JsonSchema.HEAD + 1)), e.getMessage());
        }
        assertEquals(before, store.files(), "nothing was written");
        assertFalse(Files.exists(store.file("state.json.lock")), "not even a lock file");
    }

    @Test
    void aSchemaTwoStoreReportsItsPendingVersionsAndIsNotOpened() throws IOException {
        StoreDirectory store = schemaTwoStore();
        Map<String, String> before = store.files();
        StoreStatus status = provider.admin(store.spec()).status();

        assertEquals(2, status.schemaVersion());
        assertEquals(JsonSchema.above(2), status.pending());
        assertEquals(ReasonCode.SCHEMA_PENDING, assertThrows(StoreException.class, () -> provider.open(store.spec())).reason());
        MigrationReport dryRun = provider.admin(store.spec()).migrate(true);
        assertEquals(new MigrationReport(2, JsonSchema.HEAD, JsonSchema.above(2), true), dryRun);
        assertTrue(provider.admin(store.spec()).check().stream().allMatch(c -> c.ok()), "the old store checks out as it is");
        assertEquals(before, store.files(), "status, dry run and check write nothing");
    }

    @Test
    void migrateUpgradesASchemaTwoStoreAfterKeepingACopyOfItsFiles() throws IOException {
        StoreDirectory store = schemaTwoStore();
        Map<String, String> old = store.files();

        MigrationReport report = provider.admin(store.spec()).migrate(false);

        assertEquals(new MigrationReport(2, JsonSchema.HEAD, JsonSchema.above(2), false), report);
        Map<String, String> after = store.files();
        String snapshotCopy = after.keySet().stream().filter(n -> n.startsWith("state.json.schema-2-backup-") && !n.endsWith(".journal"))
                .findFirst().orElseThrow();
        assertEquals(old.get("state.json"), after.get(snapshotCopy), "the old snapshot is kept byte for byte");
        assertEquals(old.get("state.json.journal"), after.get(snapshotCopy + ".journal"), "and the old journal");
        assertTrue(provider.admin(store.spec()).status().atHead());
        try (Store upgraded = provider.open(store.spec())) {
            List<Run> runs = upgraded.runs().list(RunFilter.ALL, PageRequest.first(10)).items();
            assertEquals(List.of("r-1", "r-2", "r-3"), runs.stream().map(r -> r.runId().value()).toList());
            runs.forEach(run -> {
                assertEquals(RunStatus.RUNNING, run.status(), "runs from before version 3 are running");
                assertEquals(Optional.empty(), run.finishedAt());
                assertEquals(Map.of(), run.labels());
            });
            assertEquals("{\"deploy\":\"v42\",\"ü\":[1,2.5,null]}", runs.get(0).args().text());
            assertEquals(1, upgraded.steps().list(new RunId("r-1"), PageRequest.first(10)).items().size());
            assertEquals(List.of("e1", "e2", "e3"), upgraded.auditLog().find(AuditFilter.ALL, PageRequest.first(10)).items()
                    .stream().map(e -> e.eventId().value()).toList());
        }
        String snapshot = new String(Files.readAllBytes(store.snapshot()), StandardCharsets.UTF_8);
        assertTrue(snapshot.contains("\"schema_version\":" + JsonSchema.HEAD));
        assertTrue(snapshot.contains("\"labels\":{},\"run_id\":\"r-3\",\"status\":\"running\""), snapshot);
        assertEquals(new MigrationReport(JsonSchema.HEAD, JsonSchema.HEAD, List.of(), false), provider.admin(store.spec()).migrate(false), "migrating again does nothing");
    }
}
