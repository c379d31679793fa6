package io.runledger.cli.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress is a plain line at most every interval: amount, rate, and with a total the share and time left. */
class ProgressLinesTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineEveryIntervalWithRateShareAndTimeLeft() {
        long[] now = {100 * SECOND};
        StringWriter text = new StringWriter();
        Progress progress = new ProgressLines(new PrintWriter(text), "store migrate", Progress.Unit.RECORDS,
                OptionalLong.of(10_000), () -> now[0], 5 * SECOND);

        progress.accept(0);
        now[0] += 2 * SECOND;
        progress.accept(1_000);
        now[0] += 3 * SECOND;
        progress.accept(2_500);
        now[0] += SECOND;
        progress.accept(3_000);
        progress.close();

        assertEquals(List.of("store migrate: 2500 records (500 records/s, 25%, about 15 s left)"), text.toString().lines().toList());
    }

    @Test
    void bytesAreShownInMebibytesAndNothingWithoutATotal() {
        long[] now = {0};
        StringWriter text = new StringWriter();
        Progress progress = new ProgressLines(new PrintWriter(text), "store import", Progress.Unit.BYTES,
                OptionalLong.empty(), () -> now[0], SECOND);

        progress.accept(0);
        now[0] += 2 * SECOND;
        progress.accept(4 * 1024 * 1024);

        assertEquals(List.of("store import: 4.0 MiB (2.0 MiB/s)"), text.toString().lines().toList());
    }
}
