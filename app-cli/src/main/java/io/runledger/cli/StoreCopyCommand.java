package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.StoreAddress;
import io.runledger.cli.transfer.Progress;
import io.runledger.domain.transfer.Transfer;
import io.runledger.domain.transfer.TransferTarget;
import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.Store;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code runledger store migrate}: copies one store's content into another, any backend to any backend. The
 * class is named for what it does (a copy), apart from {@code db migrate}, which upgrades a schema.
 */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Copy every run, step and audit event of one store into another, e.g. "
                    + "--from json:./a/state.json --to sqlite:./b.sqlite, or --to postgres:jdbc:postgresql://host/db.",
            "Records stream in canonical order with bounded memory; the source is hashed as it is read, "
                    + "the target after the copy, and the two must agree (exit 7 otherwise).",
            "The target must be empty (exit 8, state_migration_target_exists) and is created at the head "
                    + "schema when missing; the copy commits as one unit, so a failed or killed migration "
                    + "leaves it empty. A missing source is exit 8 (state_migration_source_missing).",
            "--backend and --state do not apply: both ends are named here. --config supplies backend options."})
final class StoreCopyCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "BACKEND:LOCATION", required = true, description = "The source store.")
    private String from;

    @Option(names = "--to", paramLabel = "BACKEND:LOCATION", required = true, description = "The target store (empty or missing).")
    private String to;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Records handed from the reader to the writer at a time; memory holds a few batches "
                    + "(default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--quiet", description = "No progress and no summary on standard error.")
    private boolean quiet;

    StoreCopyCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1 (got " + batch + ")");
        }
        StoreAddress source = StoreAddress.parse(from, "--from");
        StoreAddress target = StoreAddress.parse(to, "--to");
        Console console = context.console();
        try (LedgerRuntime sourceRuntime = context.openRuntimeAt(source);
             LedgerRuntime targetRuntime = context.openRuntimeAt(target)) {
            Transfer.requireSource(sourceRuntime.admin().status());
            Store sourceStore = sourceRuntime.store();
            long started = System.nanoTime();
            // A target this migration created and could not fill is removed, not left empty and valid.
            ExportSummary summary = TransferTarget.fill(targetRuntime.admin(), targetRuntime::storeForWriting, targetStore -> {
                TransferReport.requireEmpty(targetStore, target.display());
                boolean bar = console.terminal() && !quiet;
                try (Progress progress = Progress.choose(quiet, bar, console.err(), "store migrate", Progress.Unit.RECORDS,
                        bar ? OptionalLong.of(count(sourceStore)) : OptionalLong.empty())) {
                    return new Transfer(batch, progress).copy(sourceStore.contents(), targetStore.contents());
                }
            });
            if (!quiet) {
                console.diagnostic("Migrated " + summary.counts().describe() + " from " + source.display() + " to "
                        + target.display() + TransferReport.pace(summary, started) + "; content hash "
                        + summary.contentHash() + " verified on both sides.");
            }
        }
        return 0;
    }

    /** The number of records, for the progress bar's end: one cheap pass over the source first. */
    private static long count(Store store) {
        long[] records = {0};
        store.contents().exportTo(record -> records[0]++);
        return records[0];
    }
}
