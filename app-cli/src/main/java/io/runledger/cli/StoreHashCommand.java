package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.format.record.ExportWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code runledger store hash}: the content hash of the configured store, read-only. */
@Command(name = "hash",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the content hash of the configured store (sha256:<hex>, as in an export's trailer) "
                    + "without writing any file. The same content hashes the same on every backend.",
            "It is the hash of format version 2, which covers every audit event's chain position and hash: "
                    + "two stores agree only when they hold the same events at the same positions.",
            "Read-only: never creates or changes the store (exit 3 when it does not exist)."})
final class StoreHashCommand implements Callable<Integer> {
    private final CommandContext context;

    StoreHashCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            context.console().line(ExportWriter.summarize(runtime.store().contents()).contentHash());
        }
        return 0;
    }
}
