package io.runledger.storage.api;

import java.util.List;
import java.util.Optional;

/**
 * The prune records of a store, oldest first, and how {@code doctor}, {@code db check} and
 * {@code GET /v1/store} summarise them: the last prune (when, range, count, archive and its hash),
 * the audit chain's anchor it left, and how many there were.
 */
public record AuditPrunes(List<AuditPrune> all) {
    /** The name of the check line every backend reports. */
    public static final String CHECK = "audit_prunes";

    public AuditPrunes {
        all = List.copyOf(all);
    }

    /** The latest prune, if any. */
    public Optional<AuditPrune> last() {
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The check line: always ok (a prune is not a fault), naming the last prune. */
    public Check check() {
        return new Check(CHECK, true, last().map(p -> "last prune " + Timestamps.format(p.prunedAt()) + ": "
                + Plural.of(p.count(), "event") + " with ts " + Timestamps.format(p.firstTs()) + " to " + Timestamps.format(p.lastTs()) + " (before "
                + Timestamps.format(p.before()) + ") archived in " + p.archive() + ", content hash " + p.archiveHash()
                + p.last().map(l -> ", the audit chain continues after seq " + l.seq() + " chain " + l.chain()).orElse("")
                + "; " + Plural.of(all.size(), "prune") + " in all")
                .orElse("none: the audit log holds every event ever appended"));
    }
}
