package io.runledger.cli.transfer;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/** Progress as a plain line every few seconds, for logs and pipes: amount, rate and, with a total, percentage and time left. */
final class ProgressLines implements Progress {
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final String task;
    private final Unit unit;
    private final OptionalLong total;
    private final LongSupplier nanos;
    private final long interval;
    private long start = -1;
    private long lastLine;

    ProgressLines(PrintWriter err, String task, Unit unit, OptionalLong total, LongSupplier nanos, long interval) {
        this.err = err;
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.nanos = nanos;
        this.interval = interval;
    }

    @Override
    public void accept(long done) {
        long now = nanos.getAsLong();
        if (start < 0) {
            // The clock starts with the first progress, not at start-up, so the rate is the transfer's own.
            start = now;
            lastLine = now;
        }
        if (now - lastLine < interval) {
            return;
        }
        lastLine = now;
        double seconds = Math.max(now - start, 1) / 1e9;
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(task).append(": ").append(unit.format(done))
                .append(" (").append(unit.format(Math.round(rate))).append("/s");
        total.ifPresent(all -> {
            if (all > 0) {
                line.append(", ").append(Math.min(100, done * 100 / all)).append('%');
                if (rate > 0 && done < all) {
                    line.append(", about ").append(Math.round((all - done) / rate)).append(" s left");
                }
            }
        });
        err.println(line.append(')'));
        err.flush();
    }

    @Override
    public void close() {
        // the command's own summary line follows
    }
}
