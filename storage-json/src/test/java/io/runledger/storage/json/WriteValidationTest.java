package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store never acknowledges what it could not read back: such writes are refused before they reach the journal. */
class WriteValidationTest {
    @TempDir
    Path temp;

    @Test
    void malformedJsonObjectsAndLoneSurrogatesAreRefusedAndNothingIsJournaled() {
        JsonStorageProvider provider = new JsonStorageProvider();
        StoreDirectory dir = StoreDirectory.in(temp.resolve("store"));
        provider.admin(dir.spec()).migrate(false);
        Map<String, String> before = dir.files();
        Run run = Samples.run("r1");
        AuditEvent event = Events.event("e1");
        try (Store store = provider.open(dir.spec())) {
            List<Runnable> writes = List.of(
                    () -> store.runs().create(new Run(run.runId(), run.createdAt(), new CanonicalJson("{\"a\":}"), run.gitSha(),
                            run.configHash(), run.status(), run.finishedAt(), run.labels())),
                    () -> store.auditLog().append(List.of(new AuditEvent(event.eventId(), event.ts(), event.level(), event.runId(),
                            event.scope(), event.event(), "half a pair \ud83d", event.data()))),
                    () -> store.auditLog().append(List.of(new AuditEvent(event.eventId(), event.ts(), event.level(), event.runId(),
                            event.scope(), event.event(), event.message(), new CanonicalJson("{\"k\":\"\ude00\"}")))));
            for (Runnable write : writes) {
                assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class, write::run).reason());
            }
            assertEquals(List.of(), Events.allIds(store));
            store.auditLog().append(List.of(event));
        }
        try (Store store = provider.open(dir.spec())) {
            assertEquals(List.of("e1"), Events.allIds(store), "the store stays writable and readable");
        }
        assertEquals(before.keySet(), dir.files().keySet());
    }
}
