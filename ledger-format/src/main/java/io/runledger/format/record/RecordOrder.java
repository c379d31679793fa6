package io.runledger.format.record;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StoreException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The order rules of an export file (FORMAT.md): runs, then steps, then audit events; each section
 * strictly ascending by its ids (so a duplicate id is caught as a repeat of the previous one); a step
 * or event names only a run seen before it. The run ids are remembered — one set entry per run, the
 * only part of an import whose memory grows with the file.
 */
final class RecordOrder {
    private static final String[] SECTIONS = {"runs", "steps", "audit events"};

    private final Set<String> runIds = new HashSet<>();
    private int section;
    private String previousKey = "";
    private boolean first = true;

    /** Accepts the record on line {@code lineNumber} or raises {@link ReasonCode#IMPORT_FORMAT_INVALID}. */
    void check(LedgerRecord record, long lineNumber) {
        int kind = sectionOf(record);
        if (kind < section) {
            throw invalid(lineNumber, "a record of " + SECTIONS[kind] + " after " + SECTIONS[section]
                    + "; an export holds runs, then steps, then audit events");
        }
        String key = key(record);
        if (kind == section && !first) {
            int order = key.compareTo(previousKey);
            if (order == 0) {
                throw invalid(lineNumber, "duplicate " + describe(record));
            }
            if (order < 0) {
                throw invalid(lineNumber, describe(record) + " is out of order; " + SECTIONS[kind]
                        + " are sorted by " + (kind == 1 ? "run_id, then step_id" : kind == 0 ? "run_id" : "event_id"));
            }
        }
        runReference(record).filter(runId -> !runIds.contains(runId)).ifPresent(runId -> {
            throw invalid(lineNumber, "run_id \"" + runId + "\" names no run of this file");
        });
        if (record instanceof Run run) {
            runIds.add(run.runId().value());
        }
        section = kind;
        previousKey = key;
        first = false;
    }

    private static int sectionOf(LedgerRecord record) {
        return record instanceof Run ? 0 : record instanceof Step ? 1 : 2;
    }

    /** The sort key: ids are ASCII, so a NUL separator sorts (run, step) pairs exactly like the pairs. */
    private static String key(LedgerRecord record) {
        if (record instanceof Run run) {
            return run.runId().value();
        }
        if (record instanceof Step step) {
            return step.runId().value() + '\0' + step.stepId().value();
        }
        return record.auditEvent().orElseThrow().eventId().value();
    }

    private static String describe(LedgerRecord record) {
        if (record instanceof Run run) {
            return "run_id \"" + run.runId().value() + "\"";
        }
        if (record instanceof Step step) {
            return "step_id \"" + step.stepId().value() + "\" of run_id \"" + step.runId().value() + "\"";
        }
        return "event_id \"" + record.auditEvent().orElseThrow().eventId().value() + "\"";
    }

    private static Optional<String> runReference(LedgerRecord record) {
        if (record instanceof Step step) {
            return Optional.of(step.runId().value());
        }
        return record.auditEvent().flatMap(event -> event.runId().map(RunId::value));
    }

    private static StoreException invalid(long lineNumber, String problem) {
        return new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + problem);
    }
}
