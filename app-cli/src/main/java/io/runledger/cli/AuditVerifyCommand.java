package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.ChainView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.domain.transfer.PrunedArchive;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger audit verify}: walks the audit chain and reports its head, or the first broken position. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Verify the audit log's hash chain (docs/AUDIT_CHAIN.md): read every event in seq order, recompute "
                    + "each chain from the previous position and the event's canonical line, and compare the last "
                    + "with the head the store records. Prints the head (seq, chain, ts of the event there) and how "
                    + "many events were checked.",
            "On the first position that does not verify, exits 7 (audit_chain_broken) naming the seq, the event id "
                    + "and what broke: content_changed, position_missing, position_repeated, link_broken or "
                    + "anchor_mismatch. After a prune the check starts from its anchor (the last pruned seq and its "
                    + "chain), which it prints. Read-only: never creates or changes the store (exit 3 when it does "
                    + "not exist)."})
final class AuditVerifyCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object: seq, chain, ts, verified, from, broken_seq, broken, "
            + "broken_event_id, anchor_chain, anchor_archive_hash.")
    private boolean json;

    @Option(names = "--archive", paramLabel = "FILE", description = "Also check this prune archive (repeatable): some "
            + "prune record must name its content hash, count and time range (exit 7, anchor_mismatch, if not).")
    private List<Path> archives = List.of();

    AuditVerifyCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            Store store = runtime.store();
            ChainVerdict verdict = new ChainVerifier(store.auditHistory(), store.auditRetention()).verify();
            if (json) {
                context.console().line(JsonOutput.write(ChainView.of(verdict)));
            } else if (verdict.broken().isEmpty()) {
                context.console().line("audit chain intact: " + verdict.verified() + " events verified"
                        + (verdict.from() > 0 ? " after position " + verdict.from() + " (the ones before were pruned)" : "")
                        + verdict.anchor().map(a -> ", from the prune anchor seq " + a.seq() + " chain " + a.chain()
                                + " (archive content hash " + a.archiveHash() + ")").orElse("")
                        + "; head seq " + verdict.head().seq() + " chain " + verdict.head().chain()
                        + verdict.headTs().map(ts -> " ts " + Timestamps.format(ts)).orElse(""));
            }
            verdict.requireIntact();
            for (Path archive : archives) {
                AuditPrune prune = PrunedArchive.match(store.auditRetention().prunes(), context.resolve(archive),
                        runtime.admin().status().schemaHead());
                if (!json) {
                    context.console().line("archive " + archive + " matches prune " + prune.pruneId() + " (" + prune.count()
                            + " events" + prune.last().map(l -> " up to seq " + l.seq()).orElse("") + ")");
                }
            }
        }
        return 0;
    }
}
