package io.runledger.domain.transfer;

import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.time.Clock;

/** How backups Runledger takes by itself are named: beside the store, or on a {@link BackupShelf}. */
final class BackupNames {
    private BackupNames() {
    }

    /** The UTC time to the microsecond, as a file name part: {@code 20261206T161455.123456Z}. */
    static String stamp(Clock clock) {
        return Timestamps.format(Timestamps.now(clock)).replace(":", "").replace("-", "");
    }

    /** The UTC time to the second, as a file name part: {@code 20261206T161455Z}. */
    static String seconds(Clock clock) {
        return stamp(clock).replaceAll("\\.\\d+", "");
    }

    /** A backup beside {@code store}: {@code <store>.<label>-<time><suffix>}. */
    static Path beside(Path store, String label, String time, String suffix) {
        return store.resolveSibling(store.getFileName() + "." + label + "-" + time + suffix);
    }
}
