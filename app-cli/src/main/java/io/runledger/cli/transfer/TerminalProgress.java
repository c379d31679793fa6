package io.runledger.cli.transfer;

import java.io.PrintWriter;
import java.util.OptionalLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar (amount, rate, ETA) drawn on the terminal's error stream with the progressbar library. */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final ProgressBar bar;
    private boolean closed;

    TerminalProgress(PrintWriter err, String task, Unit unit, OptionalLong total) {
        this.err = err;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total.orElse(-1))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                // Drawn through the console's error stream, never System.err directly.
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r');
                    err.print(line);
                    err.flush();
                }, WIDTH));
        if (unit == Unit.BYTES) {
            builder.setUnit(" MiB", 1024 * 1024);
        }
        this.bar = builder.build();
    }

    @Override
    public void accept(long done) {
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        bar.close();
        err.println();
        err.flush();
    }
}
