package io.runledger.domain.transfer;

import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Plural;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code audit verify --archive FILE}: checks a prune's archive against the store's prune records, so
 * that an anchor forged over deleted events is caught by the archive kept elsewhere (docs/AUDIT_CHAIN.md).
 * The file is read to its end (its trailer's counts and content hash verified, memory bounded by a
 * line); some prune record must name its content hash, and that record's count and {@code ts} range must
 * be the file's audit events'. Together with the verifier's check that each anchor lies as many
 * positions after the previous one as its prune removed events, this ties the anchor to the archive.
 */
public final class PrunedArchive {
    private PrunedArchive() {
    }

    /**
     * The prune record of the archive at {@code file}; raises {@code audit_chain_broken} when no record
     * names its content hash or the record does not describe its events, and the reader's own reasons
     * ({@code import_format_invalid}, {@code state_migration_hash_mismatch}) for a file that is no intact export.
     */
    public static AuditPrune match(List<AuditPrune> prunes, Path file, int schemaHead) {
        long events = 0;
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        ExportSummary summary;
        Optional<ChainLink> chainEnd;
        try (InputStream in = FileInput.decoded(FileInput.open(file), n -> { });
             ExportReader reader = ExportReader.open(in, schemaHead)) {
            while (reader.hasNext()) {
                LedgerRecord record = reader.next();
                for (AuditEvent event : record.auditEvent().stream().toList()) {
                    events++;
                    first = event.ts().isBefore(first) ? event.ts() : first;
                    last = event.ts().isAfter(last) ? event.ts() : last;
                }
            }
            summary = reader.trailer().orElseThrow();
            chainEnd = reader.chainHead();
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        String hash = summary.contentHash();
        AuditPrune prune = prunes.stream().filter(p -> p.archiveHash().equals(hash)).findFirst()
                .orElseThrow(() -> broken("no prune record of this store names the content hash " + hash + " of " + file
                        + ": it is not one of the store's prune archives, or the record was changed"));
        if (prune.count() != events || events > 0 && (!prune.firstTs().equals(first) || !prune.lastTs().equals(last))) {
            throw broken("prune " + prune.pruneId() + " records " + Plural.of(prune.count(), "event") + " with ts "
                    + Timestamps.format(prune.firstTs()) + " to " + Timestamps.format(prune.lastTs()) + ", but its archive "
                    + file + " holds " + events + (events > 0 ? " with ts " + Timestamps.format(first) + " to "
                    + Timestamps.format(last) : ""));
        }
        // A version 2 archive holds the pruned events with their positions, verified as it was read:
        // its chain must end where the record's anchor says the prune ended.
        if (events > 0 && chainEnd.isPresent() && prune.last().isPresent() && !chainEnd.equals(prune.last())) {
            throw broken("prune " + prune.pruneId() + " records its anchor at seq " + prune.last().get().seq() + " chain "
                    + prune.last().get().chain() + ", but the chain of its archive " + file + " ends at seq "
                    + chainEnd.get().seq() + " chain " + chainEnd.get().chain());
        }
        return prune;
    }

    private static StoreException broken(String detail) {
        return new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, "anchor_mismatch: " + detail + "; see docs/AUDIT_CHAIN.md");
    }
}
