package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.event;
import static io.runledger.storage.tck.Records.run;
import static io.runledger.storage.tck.Records.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link io.runledger.storage.api.StoreContents}: export streams records in canonical order, import
 * loads an empty store all or nothing, a store that holds anything is never imported into, and a
 * replace swaps the whole content in one unit.
 */
public abstract class ContentsContract extends StoreContract {
    /** Runs by id, steps by run then step id, events by id — the canonical order of FORMAT.md. */
    private static final List<LedgerRecord> CANONICAL = List.of(
            Records.richRun("r-a"), run("r-b"), run("r-c", RunStatus.CANCELLED, Map.of("env", "ci")),
            Records.richStep("r-a", "s1"), step("r-a", "s2"), step("r-c", "s1"),
            event("e-1", "r-c"), Records.richEvent("e-2", "r-a"), event("e-3"));

    /**
     * The records the store streams, each audit event without its chain position (as a version 1 export
     * holds it): what these contracts compare. The positions are {@link ChainedContentsContract}'s.
     */
    static List<LedgerRecord> export(Store store) {
        List<LedgerRecord> records = new ArrayList<>();
        store.contents().exportTo(record -> records.add(record instanceof ChainedEvent chained ? chained.event() : record));
        return records;
    }

    @Test
    void aFreshStoreIsEmptyAndAnyRecordMakesItNonEmpty() {
        assertTrue(store().contents().isEmpty());
        assertEquals(List.of(), export(store()));
        store().runs().create(run("r-1"));
        assertFalse(store().contents().isEmpty());

        Store eventsOnly = open(createdSpec());
        eventsOnly.auditLog().append(List.of(event("e-1")));
        assertFalse(eventsOnly.contents().isEmpty(), "an audit event alone makes a store non-empty");
    }

    @Test
    void exportIsInCanonicalOrderWhateverTheWriteOrder() {
        Store store = store();
        store.runs().create((Run) CANONICAL.get(2));
        store.runs().create((Run) CANONICAL.get(0));
        store.auditLog().append(List.of((AuditEvent) CANONICAL.get(8)));
        store.runs().create(run("r-b", RunStatus.RUNNING, Map.of()));
        store.steps().create((Step) CANONICAL.get(5));
        store.steps().create(step("r-a", "s2").with(StepStatus.RUNNING, Optional.empty(), Optional.empty(), Records.json("{}")));
        store.steps().create((Step) CANONICAL.get(3));
        store.auditLog().append(List.of((AuditEvent) CANONICAL.get(7),
                (AuditEvent) CANONICAL.get(6)));
        store.steps().update((Step) CANONICAL.get(4), StepStatus.RUNNING);

        assertEquals(CANONICAL, export(store));
    }

    @Test
    void importedRecordsAreExportedAgainUnchangedAndInOrder() {
        assertEquals(CANONICAL.size(), store().contents().importFrom(CANONICAL.iterator()));
        assertEquals(CANONICAL, export(store()));
        assertEquals(Optional.of(CANONICAL.get(0)), store().runs().find(Records.runId("r-a")), "imported records are visible through the ports");
    }

    @Test
    void importIntoANonEmptyStoreIsTargetExistsAndChangesNothing() {
        store().auditLog().append(List.of(event("e-0")));
        List<LedgerRecord> before = export(store());

        Reasons.assertFailsWith(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, () -> store().contents().importFrom(CANONICAL.iterator()));

        assertEquals(before, export(store()));
    }

    @Test
    void anImportFailingMidStreamLeavesTheStoreEmptyAndUsable() {
        Iterator<LedgerRecord> failing = failingAfter(5, CANONICAL);

        Reasons.assertFailsWith(ReasonCode.IMPORT_FORMAT_INVALID, () -> store().contents().importFrom(failing));

        assertTrue(store().contents().isEmpty(), "none of the records read before the failure may stay");
        assertEquals(List.of(), export(store()));
        assertEquals(CANONICAL.size(), store().contents().importFrom(CANONICAL.iterator()), "a second attempt succeeds");
    }

    /**
     * A bulk load sends what it has read in pieces of about a megabyte (PostgreSQL's {@code COPY}),
     * and may take indexes off while it loads: a failure after more than a megabyte reached the store
     * still leaves it empty, with its schema as it was before, and usable.
     */
    @Test
    void anImportFailingAfterMegabytesWereWrittenLeavesTheStoreEmptyAndItsSchemaWhole() {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        List<LedgerRecord> many = new ArrayList<>(List.of(run("r-a")));
        for (int i = 0; i < 1_100; i++) {
            many.add(new AuditEvent(Records.eventId(String.format("e-%05d", i)), Records.T0, AuditLevel.INFO,
                    Optional.of(Records.runId("r-a")), "job", "noted", "x".repeat(1_000), CanonicalJson.EMPTY_OBJECT));
        }
        List<Check> schemaBefore = schemaChecks(spec);

        Reasons.assertFailsWith(ReasonCode.IMPORT_FORMAT_INVALID,
                () -> store.contents().importFrom(failingAfter(many.size() - 1, many)));

        assertTrue(store.contents().isEmpty(), "none of the records sent before the failure may stay");
        assertEquals(schemaBefore, schemaChecks(spec), "the schema is the one the store had");
        assertEquals(many.size() - 1, store.contents().importFrom(many.subList(0, many.size() - 1).iterator()));
        assertEquals(PageRequest.MAX_LIMIT, store.auditLog().find(AuditFilter.ofRun(Records.runId("r-a")),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().size(), "the events are found through their run");
        assertEquals(schemaBefore, schemaChecks(spec), "a load that succeeds leaves the same schema too");
    }

    /**
     * A load of megabytes in every table — runs with their labels, then steps, then events — which
     * PostgreSQL's {@code COPY} sends in statements of about a megabyte while several tables have rows
     * and streams into statements of a few megabytes while one table's rows arrive alone, holds every
     * record exactly; a replace, which keeps the foreign keys while it loads, finds every parent first.
     */
    @Test
    void aLoadOfMegabytesInEveryTableHoldsEveryRecordExactly() {
        String note = "n".repeat(1_000);
        List<LedgerRecord> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(run(String.format("r-%05d", i), RunStatus.SUCCEEDED, Map.of("env", "ci", "note", note + i)));
        }
        for (int i = 0; i < 2_000; i++) {
            Step step = step(String.format("r-%05d", i), "s1");
            many.add(step.with(StepStatus.SUCCEEDED, Optional.of(Records.T0), Optional.of(Records.T0),
                    Records.json("{\"note\":\"" + note + "\"}")));
        }
        for (int i = 0; i < 6_000; i++) {
            many.add(new AuditEvent(Records.eventId(String.format("e-%05d", i)), Records.T0, AuditLevel.INFO,
                    Optional.of(Records.runId(String.format("r-%05d", i % 2_000))), "job", "noted", note, CanonicalJson.EMPTY_OBJECT));
        }

        assertEquals(many.size(), store().contents().importFrom(many.iterator()));
        assertEquals(many, export(store()), "the import");
        assertEquals(many.size(), store().contents().replaceWith(many.iterator()));
        assertEquals(many, export(store()), "the replace");
    }

    /**
     * A load sends its rows in batches (of a thousand records in JDBC): with counts that fill no batch
     * evenly — runs with none to three labels, steps, events of a run and of none, each table's rows
     * ending inside a batch — every record is held exactly, and again after a replace.
     */
    @Test
    void aLoadWhoseRowsFillNoBatchEvenlyHoldsEveryRecordExactly() {
        List<LedgerRecord> many = new ArrayList<>();
        for (int i = 0; i < 1_013; i++) {
            Map<String, String> labels = new TreeMap<>();
            for (int label = 0; label < i % 4; label++) {
                labels.put("k" + label, "v" + i);
            }
            many.add(run(String.format("r-%05d", i), RunStatus.SUCCEEDED, labels));
        }
        for (int i = 0; i < 1_007; i++) {
            many.add(step(String.format("r-%05d", i), "s" + i));
        }
        for (int i = 0; i < 2_011; i++) {
            many.add(i % 7 == 0 ? event(String.format("e-%05d", i)) : event(String.format("e-%05d", i), String.format("r-%05d", i % 1_013)));
        }

        assertEquals(many.size(), store().contents().importFrom(many.iterator()));
        assertEquals(many, export(store()), "the import");
        assertEquals(many.size(), store().contents().replaceWith(many.iterator()));
        assertEquals(many, export(store()), "the replace");
    }

    private List<Check> schemaChecks(StoreSpec spec) {
        return admin(spec).check().stream().filter(c -> c.name().equals(Check.SCHEMA_DRIFT)).toList();
    }

    @Test
    void anImportedStepOfAMissingRunIsRunNotFoundAndLeavesTheStoreEmpty() {
        List<LedgerRecord> orphan = List.of(run("r-a"), step("r-b", "s1"));

        Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND, () -> store().contents().importFrom(orphan.iterator()));

        assertTrue(store().contents().isEmpty());
    }

    @Test
    void aReplaceSwapsTheWholeContentForTheNewRecords() {
        store().runs().create(run("r-old"));
        store().auditLog().append(List.of(event("e-old", "r-old")));

        assertEquals(CANONICAL.size(), store().contents().replaceWith(CANONICAL.iterator()));

        assertEquals(CANONICAL, export(store()));
        assertEquals(Optional.empty(), store().runs().find(Records.runId("r-old")), "nothing of the old content stays");
    }

    @Test
    void aReplaceFailingMidStreamLeavesTheOldContentWhole() {
        store().runs().create(run("r-old"));
        store().auditLog().append(List.of(event("e-old", "r-old")));
        List<LedgerRecord> before = export(store());

        Reasons.assertFailsWith(ReasonCode.IMPORT_FORMAT_INVALID, () -> store().contents().replaceWith(failingAfter(5, CANONICAL)));

        assertEquals(before, export(store()), "the old content, all of it and nothing else");
        store().runs().create(run("r-after"));
        assertTrue(store().runs().find(Records.runId("r-after")).isPresent(), "the store is still usable");
    }

    /** Yields the first {@code count} records, then fails the way a parser of a bad file does. */
    private static Iterator<LedgerRecord> failingAfter(int count, List<LedgerRecord> records) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public LedgerRecord next() {
                if (next == count) {
                    throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + (next + 2) + ": not a record");
                }
                if (next >= records.size()) {
                    throw new NoSuchElementException();
                }
                return records.get(next++);
            }
        };
    }
}
