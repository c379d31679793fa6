package io.runledger.format.record;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;

/** How many runs, steps and audit events an export, import or transfer carried (the trailer's {@code counts}). */
public record RecordCounts(long runs, long steps, long audit) {
    /** No records at all. */
    public static final RecordCounts NONE = new RecordCounts(0, 0, 0);

    public RecordCounts {
        if (runs < 0 || steps < 0 || audit < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** These counts with one more record of its kind. */
    public RecordCounts plus(LedgerRecord record) {
        if (record instanceof Run) {
            return new RecordCounts(runs + 1, steps, audit);
        }
        if (record instanceof Step) {
            return new RecordCounts(runs, steps + 1, audit);
        }
        if (record instanceof AuditEvent || record instanceof ChainedEvent) {
            return new RecordCounts(runs, steps, audit + 1);
        }
        throw new IllegalArgumentException("unknown record " + record.getClass().getName());
    }

    /** Every record together. */
    public long total() {
        return runs + steps + audit;
    }

    /** For messages, e.g. {@code 12 runs, 30 steps, 60 audit events}. */
    public String describe() {
        return runs + " runs, " + steps + " steps, " + audit + " audit events";
    }
}
