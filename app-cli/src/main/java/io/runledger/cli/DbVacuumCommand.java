package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code runledger db vacuum}: reclaims free space in an existing store. */
@Command(name = "vacuum",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reclaim free space in the store. Needs an existing store (store_not_initialized "
                + "otherwise); refuses one newer than this binary.")
final class DbVacuumCommand implements Callable<Integer> {
    private final CommandContext context;

    DbVacuumCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            StoreAdmin admin = runtime.admin();
            StoreStatus status = admin.status();
            if (!status.initialized() || status.newerThanBinary()) {
                status.requireAtHead();
            }
            admin.vacuum();
            context.console().line("Vacuumed the " + status.backend() + " store at "
                    + runtime.config().displayLocation() + ".");
        }
        return 0;
    }
}
