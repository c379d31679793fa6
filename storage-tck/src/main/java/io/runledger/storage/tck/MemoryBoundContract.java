package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.json.Json;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Transient memory to store and read back any accepted input is a small multiple of its size: an
 * audit event whose {@code data}, and a run whose {@code args}, is the deepest or the widest object
 * the JSON limits allow at about 1 MiB (the HTTP body limit) is appended, the store closed and
 * opened again, and the record read back. Everything the calling thread allocates meanwhile is at
 * most {@value #FACTOR} times the object's size, whatever the backend.
 */
public abstract class MemoryBoundContract extends StoreContract {
    /** About the size of the largest HTTP body, less room for the rest of the request. */
    private static final int SIZE = (1 << 20) - 4096;
    /** Bytes the calling thread may allocate per byte of the object: write, reopen and read together. */
    static final long FACTOR = 100;

    /**
     * The deepest object: {@code {"a":{"a":…"xxx…"}}}, its innermost string as deep as
     * {@link Json#MAX_DEPTH} allows inside the record line (the object itself is one level deep).
     */
    static CanonicalJson deepest() {
        int objects = Json.MAX_DEPTH - 1;
        String open = "{\"a\":".repeat(objects);
        String close = "}".repeat(objects);
        return new CanonicalJson(open + '"' + "x".repeat(SIZE - open.length() - close.length() - 2) + '"' + close);
    }

    /** The widest object: one array of one-digit numbers. */
    static CanonicalJson widest() {
        String open = "{\"a\":[";
        return new CanonicalJson(open + "0,".repeat((SIZE - open.length() - 3) / 2) + "0]}");
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    private static AuditEvent event(String id, CanonicalJson data) {
        return new AuditEvent(Records.eventId(id), Records.T0, AuditLevel.INFO, Optional.empty(), "job", "noted",
                "event " + id, data);
    }

    private static Run run(String id, CanonicalJson args) {
        return new Run(Records.runId(id), Records.T0, args, Optional.empty(), Optional.empty(), RunStatus.RUNNING,
                Optional.empty(), Map.of());
    }

    /** Writes the record, closes, opens again and reads it back; returns the bytes allocated meanwhile. */
    private long roundTrip(StoreSpec spec, LedgerRecord record) {
        return allocatedBy(() -> {
            try (Store store = provider().open(spec)) {
                if (record instanceof Run run) {
                    store.runs().create(run);
                } else {
                    store.auditLog().append(List.of((AuditEvent) record));
                }
            }
            try (Store store = provider().open(spec)) {
                LedgerRecord back = record instanceof Run run ? store.runs().find(run.runId()).orElseThrow()
                        : store.auditLog().find(AuditFilter.ALL, PageRequest.first(1)).items().get(0);
                assertEquals(record, back);
            }
        });
    }

    private void bounded(String what, LedgerRecord record, CanonicalJson object) {
        // once with a small record first, so that loading classes is not counted
        roundTrip(createdSpec(), record instanceof Run ? run("run-0", CanonicalJson.EMPTY_OBJECT)
                : event("ev-0", CanonicalJson.EMPTY_OBJECT));
        long bytes = roundTrip(createdSpec(), record);
        long size = object.text().length();
        System.out.printf("memory bound (%s): %s: %d bytes allocated for %d bytes (%dx)%n",
                provider().id(), what, bytes, size, bytes / size);
        assertTrue(bytes <= FACTOR * size, what + ": " + bytes + " bytes allocated for an object of " + size
                + " bytes (" + bytes / size + "x, at most " + FACTOR + "x)");
    }

    @Test
    void anEventWithTheDeepestDataAllowedIsStoredAndReadBackInASmallMultipleOfItsSize() {
        CanonicalJson data = deepest();
        bounded("event with the deepest data", event("ev-1", data), data);
    }

    @Test
    void anEventWithTheWidestDataAllowedIsStoredAndReadBackInASmallMultipleOfItsSize() {
        CanonicalJson data = widest();
        bounded("event with the widest data", event("ev-1", data), data);
    }

    @Test
    void aRunWithTheDeepestArgsAllowedIsStoredAndReadBackInASmallMultipleOfItsSize() {
        CanonicalJson args = deepest();
        bounded("run with the deepest args", run("run-1", args), args);
    }

    @Test
    void aRunWithTheWidestArgsAllowedIsStoredAndReadBackInASmallMultipleOfItsSize() {
        CanonicalJson args = widest();
        bounded("run with the widest args", run("run-1", args), args);
    }
}
