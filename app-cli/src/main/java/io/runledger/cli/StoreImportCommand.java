package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.transfer.Progress;
import io.runledger.domain.transfer.FileInput;
import io.runledger.domain.transfer.Transfer;
import io.runledger.domain.transfer.TransferTarget;
import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger store import}: an export file into the configured, empty store. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Load an export file (docs/FORMAT.md; gzip is recognised) into the configured store, which "
                    + "must be empty (exit 8, state_migration_target_exists); a missing store is created at "
                    + "the head schema.",
            "The file is checked as it is read - header, every record, order, run references, and the "
                    + "trailer's counts and content hash - and the import commits only if all of it is valid "
                    + "(exit 9 naming the line, exit 7 for a trailer that does not match). Afterwards the "
                    + "store's own content hash must equal the trailer's."})
final class StoreImportCommand implements Callable<Integer> {
    /** Records handed from the file's reader thread to the store's writer at a time. */
    private static final int IMPORT_CHUNK = 500;

    private final CommandContext context;

    @Option(names = "--in", paramLabel = "FILE", required = true,
            description = "The export file; - reads standard input.")
    private String in;

    @Option(names = "--quiet", description = "No progress and no summary on standard error.")
    private boolean quiet;

    StoreImportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.console();
        boolean stdin = in.equals("-");
        Path file = stdin ? null : context.resolve(Path.of(in));
        try (InputStream raw = stdin ? console.in() : FileInput.open(file);
             LedgerRuntime runtime = context.openRuntime()) {
            long started = System.nanoTime();
            ExportSummary summary;
            try (Progress progress = Progress.choose(quiet, console.terminal(), console.err(), "store import",
                    Progress.Unit.BYTES, stdin ? OptionalLong.empty() : OptionalLong.of(size(file)));
                 // The header is checked before the store is touched: a foreign file creates nothing.
                 ExportReader reader = ExportReader.open(FileInput.decoded(raw, progress),
                         runtime.admin().status().schemaHead())) {
                // A store this import created and could not fill is removed, not left empty and valid.
                summary = TransferTarget.fill(runtime.admin(), runtime::storeForWriting, store -> {
                    TransferReport.requireEmpty(store, runtime.config().backend().value() + " store at "
                            + runtime.config().displayLocation());
                    return new Transfer(IMPORT_CHUNK, done -> { }).load(reader, store.contents());
                });
            }
            if (!quiet) {
                console.diagnostic("Imported " + summary.counts().describe() + " from " + (stdin ? "standard input" : in)
                        + " into the " + runtime.config().backend().value() + " store at "
                        + runtime.config().displayLocation() + TransferReport.pace(summary, started) + "; content hash "
                        + summary.contentHash() + " verified.");
            }
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot close " + in + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
