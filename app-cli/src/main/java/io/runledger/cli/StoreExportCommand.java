package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.transfer.Progress;
import io.runledger.domain.transfer.PublishedFile;
import io.runledger.domain.transfer.Transfer;
import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger store export}: the configured store as an export file. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write the configured store as an export file (docs/FORMAT.md): a header, every run, step and "
                    + "audit event in canonical order, and a trailer with the counts and content hash.",
            "Format version 2 (the default): every audit line carries its chain position (seq) and chain "
                    + "hash, covered by the content hash, and after a prune the header names the chain's anchor; "
                    + "an import checks the chain and keeps it (docs/AUDIT_CHAIN.md). --format-version 1 "
                    + "writes the lines without them, for older readers, and so without the proof.",
            "Without --out the export goes to standard output. --out FILE never overwrites (exit 8, "
                    + "backup_target_exists); FILE appears only once complete. A name ending in .gz is gzip.",
            "Read-only: a missing store is state_migration_source_missing (exit 8) and nothing is created."})
final class StoreExportCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--quiet", description = "No progress and no summary on standard error.")
    private boolean quiet;

    @Option(names = "--format-version", paramLabel = "N", defaultValue = "2",
            description = "The export format version to write: 2 (default, audit lines with seq and chain) or 1.")
    private int formatVersion;

    StoreExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (formatVersion != ExportHeader.FORMAT_VERSION && formatVersion != ExportHeader.CHAINED_VERSION) {
            throw new StoreException(ReasonCode.USAGE_ERROR, "--format-version must be 1 or 2 (got " + formatVersion + ")");
        }
        Console console = context.console();
        try (LedgerRuntime runtime = context.openRuntime()) {
            StoreStatus status = runtime.admin().status();
            Transfer.requireSource(status);
            Store store = runtime.store();
            ExportHeader header = ExportHeader.chained(Timestamps.now(Clock.systemUTC()), status.schemaVersion(),
                    runtime.config().backend().value(), store.contents().chainAnchor()).inVersion(formatVersion);
            long started = System.nanoTime();
            ExportSummary summary;
            try (Progress progress = Progress.choose(quiet, console.terminal() && out != null, console.err(),
                    "store export", Progress.Unit.RECORDS, OptionalLong.empty())) {
                summary = out == null ? toStandardOutput(header, store, progress) : toFile(header, store, progress);
            }
            if (!quiet) {
                console.diagnostic("Exported " + summary.counts().describe() + " from the " + status.backend()
                        + " store at " + runtime.config().displayLocation() + " to "
                        + (out == null ? "standard output" : out.toString()) + TransferReport.pace(summary, started)
                        + " (content hash " + summary.contentHash() + ").");
            }
        }
        return 0;
    }

    private ExportSummary toStandardOutput(ExportHeader header, Store store, Progress progress) {
        return new ExportWriter(context.console().binaryOut(), progress).write(header, store.contents());
    }

    private ExportSummary toFile(ExportHeader header, Store store, Progress progress) {
        try (PublishedFile file = PublishedFile.create(context.resolve(out))) {
            ExportSummary summary = new ExportWriter(file.stream(), progress).write(header, store.contents());
            file.commit();
            return summary;
        }
    }
}
