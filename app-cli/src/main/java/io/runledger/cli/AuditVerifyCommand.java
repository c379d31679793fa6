package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.ChainView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.Timestamps;
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
                    + "and what broke: content_changed, position_missing, position_repeated or link_broken. "
                    + "Read-only: never creates or changes the store (exit 3 when it does not exist)."})
final class AuditVerifyCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object: seq, chain, ts, verified, from, broken_seq, broken, broken_event_id.")
    private boolean json;

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
                        + "; head seq " + verdict.head().seq() + " chain " + verdict.head().chain()
                        + verdict.headTs().map(ts -> " ts " + Timestamps.format(ts)).orElse(""));
            }
            verdict.requireIntact();
        }
        return 0;
    }
}
