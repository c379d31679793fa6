package io.runledger.storage.tck.memory;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The content of one memory store, in canonical order; guarded by its own monitor. */
final class MemoryData {
    final TreeMap<String, Run> runs = new TreeMap<>();
    /** Keyed by run id, a NUL, then step id: sorts by run then step for the allowed id characters. */
    final TreeMap<String, Step> steps = new TreeMap<>();
    final TreeMap<String, AuditEvent> events = new TreeMap<>();
    final List<AuditPrune> prunes = new ArrayList<>();
    /** The stored events by chain position, and the chain's head (which a prune leaves where it is). */
    final TreeMap<Long, ChainedEvent> chain = new TreeMap<>();
    ChainLink head = AuditChain.START;

    static String stepKey(String runId, String stepId) {
        return runId + "\u0000" + stepId;
    }

    boolean isEmpty() {
        return runs.isEmpty() && steps.isEmpty() && events.isEmpty();
    }
}
