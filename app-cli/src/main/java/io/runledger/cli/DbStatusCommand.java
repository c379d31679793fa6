package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.JsonOutput;
import io.runledger.cli.json.StatusView;
import io.runledger.storage.api.StoreStatus;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger db status}: where the store's schema stands; read-only. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show the store's schema version, this binary's head and the pending migrations. Read-only: "
                    + "never creates or changes anything.",
            "Exit code 0 when the store exists and is not newer than this binary (pending migrations "
                    + "included); 3 (store_not_initialized) when it does not exist yet; 4 "
                    + "(schema_newer_than_binary) when it is newer. The report is printed in every case."})
final class DbStatusCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object: store_backend, location, initialized, "
            + "schema_version, schema_head, pending (list of {version, description}).")
    private boolean json;

    DbStatusCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            StoreStatus status = runtime.admin().status();
            String location = runtime.config().displayLocation();
            if (json) {
                context.console().line(JsonOutput.write(StatusView.of(status, location)));
            } else {
                printText(status, location);
            }
            if (!status.initialized() || status.newerThanBinary()) {
                // Raises not-initialized (exit 3) or newer-than-binary (exit 4), after the report.
                status.requireAtHead();
            }
        }
        return 0;
    }

    private void printText(StoreStatus status, String location) {
        Console console = context.console();
        console.line(String.format("store_backend   %s", status.backend()));
        console.line(String.format("location        %s", location));
        console.line(String.format("initialized     %s", status.initialized() ? "yes" : "no (not initialized yet)"));
        console.line(String.format("schema_version  %d", status.schemaVersion()));
        console.line(String.format("schema_head     %d", status.schemaHead()));
        console.line(String.format("pending         %s", status.pending().isEmpty() ? "none"
                : status.pending().stream().map(m -> m.version() + " " + m.description())
                        .collect(Collectors.joining(", "))));
        if (status.repairPending()) {
            console.line("repair          the store's records lag its schema (a migration was interrupted after "
                    + "applying); the next write, `serve` or `db migrate` repairs them");
        }
    }
}
