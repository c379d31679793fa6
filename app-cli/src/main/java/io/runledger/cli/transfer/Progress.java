package io.runledger.cli.transfer;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * How long work (export, import, migrate) shows how far it got: a progress bar (amount, rate, ETA) on
 * a terminal, a plain line every few seconds otherwise, nothing with {@code --quiet}. It is told the
 * amount done so far ({@link #accept}); {@link #close()} ends the display.
 */
public interface Progress extends LongConsumer, AutoCloseable {
    /** What the amount counts. */
    enum Unit {
        RECORDS, BYTES;

        String format(long amount) {
            return this == RECORDS ? amount + " records" : String.format(Locale.ROOT, "%.1f MiB", amount / 1048576.0);
        }
    }

    @Override
    void close();

    /** The display for these circumstances; {@code total} gives a bar its end and lines their percentage. */
    static Progress choose(boolean quiet, boolean terminal, PrintWriter err, String task, Unit unit, OptionalLong total) {
        if (quiet) {
            return new Progress() {
                @Override
                public void accept(long done) {
                    // quiet: scripts want the exit code and the result only
                }

                @Override
                public void close() {
                    // nothing was shown
                }
            };
        }
        return terminal ? new TerminalProgress(err, task, unit, total)
                : new ProgressLines(err, task, unit, total, System::nanoTime, ProgressLines.INTERVAL_NANOS);
    }
}
