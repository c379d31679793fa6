package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store acknowledged is there after closing it and opening it again at the same spec, and after
 * the process writing it was killed with SIGKILL in the middle of its writes ({@link AppendingChild}),
 * with the audit chain whole.
 */
public abstract class DurabilityContract extends StoreContract {
    /** How many acknowledged writes the child reports before it is killed, in the middle of its stream of writes. */
    private static final int KILLED_AFTER = 200;

    private static List<LedgerRecord> everything(Store store) {
        List<LedgerRecord> records = new ArrayList<>(store.runs().list(RunFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        for (LedgerRecord record : List.copyOf(records)) {
            records.addAll(store.steps().list(((Run) record).runId(), PageRequest.first(PageRequest.MAX_LIMIT)).items());
        }
        records.addAll(store.auditLog().find(AuditFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)).items());
        return records;
    }

    @Test
    void everythingWrittenIsThereAfterCloseAndReopen() {
        StoreSpec spec = createdSpec();
        Run rich = Records.richRun("run-1");
        Run plain = Records.run("run-2", RunStatus.RUNNING, Map.of("env", "ci"));
        Run finished = plain.withStatus(RunStatus.SUCCEEDED, Optional.of(at(50, 5))).withLabels(Map.of("env", "prod"));
        Step richStep = Records.richStep("run-1", "s1");
        Step pending = Records.step("run-2", "s1");
        Step running = pending.with(StepStatus.RUNNING, Optional.of(at(1, 1)), Optional.empty(), json("{\"n\":1}"));
        AuditEvent richEvent = Records.richEvent("ev-2", "run-1");
        AuditEvent detached = Records.event("ev-1");

        Store first = provider().open(spec);
        try {
            first.runs().create(rich);
            first.runs().create(plain);
            first.steps().create(richStep);
            first.steps().create(pending);
            first.auditLog().append(List.of(richEvent, detached));
            first.runs().update(finished, RunStatus.RUNNING);
            first.steps().update(running, StepStatus.PENDING);
        } finally {
            first.close();
        }

        List<LedgerRecord> expected = List.of(rich, finished, richStep, running, detached, richEvent);
        try (Store reopened = provider().open(spec)) {
            assertEquals(expected, everything(reopened));
        }
        try (Store again = provider().open(spec)) {
            assertEquals(expected, everything(again), "a second open sees the same and changed nothing");
        }
    }

    @Test
    void everyWriteAcknowledgedBeforeTheWritingProcessIsKilledIsThereAfterwards(@TempDir Path dir) {
        requireCapability(Capability.OUTLIVES_ITS_PROCESS);
        StoreSpec spec = createdSpec();
        List<String> acknowledged;
        try (ChildJvm child = AppendingChild.start(dir, provider(), spec)) {
            child.awaitOutput("the child acknowledged " + KILLED_AFTER + " writes",
                    lines -> AppendingChild.acknowledged(lines).size() >= KILLED_AFTER);
            child.kill();
            acknowledged = AppendingChild.acknowledged(child.outputLines());
        }

        Set<String> stored = new HashSet<>();
        try (Store reopened = provider().open(spec)) {
            reopened.contents().exportTo(record -> stored.add(idOf(record)));
            ChainAssertions.verify(reopened.auditHistory());
        }
        List<String> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
        System.out.println("figure: " + provider().id() + " kept " + (acknowledged.size() - lost.size()) + " of "
                + acknowledged.size() + " writes acknowledged before SIGKILL");
        assertEquals(List.of(), lost, "acknowledged, then lost with the killed process");
        assertTrue(stored.size() <= acknowledged.size() + 1,
                "beyond the acknowledged writes, at most the one in flight at the kill: " + stored.size() + " stored, "
                        + acknowledged.size() + " acknowledged");
    }

    private static String idOf(LedgerRecord record) {
        if (record instanceof Run run) {
            return run.runId().value();
        }
        if (record instanceof Step step) {
            return step.stepId().value();
        }
        return record.auditEvent().orElseThrow().eventId().value();
    }

    @Test
    void aStoreClosedWithoutWritesReopensEmptyAtHead() {
        StoreSpec spec = createdSpec();
        provider().open(spec).close();
        try (Store reopened = provider().open(spec)) {
            assertEquals(List.of(), everything(reopened));
            assertTrue(reopened.contents().isEmpty());
        }
        assertFalse(admin(spec).status().pending().iterator().hasNext(), "no migration is pending after reopening");
    }

    @Test
    void closingTwiceIsHarmless() {
        Store store = provider().open(createdSpec());
        store.runs().create(Records.run("run-1"));
        store.close();
        store.close();
    }
}
