package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The promise checked after every kill: every acknowledged event is present (exactly once, which the
 * export's duplicate check enforces) with exactly the content sent; anything else present is an event
 * the test sent, whole and identical; no id is unknown; and every unacknowledged request is stored all
 * or none.
 */
final class CrashVerdict {
    private CrashVerdict() {
    }

    /** Throws an assertion error listing the first violations; otherwise returns what was found. */
    static Found judge(SentLedger ledger, Readback readback, String context) {
        List<String> violations = new ArrayList<>(ledger.problems());
        long acknowledgedPresent = 0;
        long unacknowledgedPresent = 0;
        for (Map.Entry<String, JsonNode> stored : readback.auditEvents().entrySet()) {
            SentEvent sent = ledger.get(stored.getKey());
            if (sent == null) {
                violations.add("unknown id in the store: " + stored.getValue());
            } else if (!sent.expectedRecord().equals(stored.getValue())) {
                violations.add("stored differently from what was sent: " + stored.getKey() + "\n  sent   "
                        + sent.expectedRecord() + "\n  stored " + stored.getValue());
            } else if (ledger.isAcknowledged(stored.getKey())) {
                acknowledgedPresent++;
            } else {
                unacknowledgedPresent++;
            }
        }
        for (String id : ledger.acknowledgedIds()) {
            if (!readback.auditEvents().containsKey(id)) {
                violations.add("acknowledged but missing: " + id);
            }
        }
        for (List<String> group : ledger.unacknowledgedGroups()) {
            long present = group.stream().filter(readback.auditEvents()::containsKey).count();
            if (present != 0 && present != group.size()) {
                violations.add("an unacknowledged batch is half-present (" + present + " of " + group.size() + "): " + group);
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(context + ": " + violations.size() + " violation(s), first ones:\n  "
                    + String.join("\n  ", violations.subList(0, Math.min(5, violations.size()))));
        }
        return new Found(acknowledgedPresent, unacknowledgedPresent);
    }
}
