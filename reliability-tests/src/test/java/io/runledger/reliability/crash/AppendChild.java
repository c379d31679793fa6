package io.runledger.reliability.crash;

import io.runledger.reliability.ChildRunledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@code runledger … audit append --print-ids} child fed events on standard input in bursts, its
 * standard output read at the same time: an id counts as acknowledged once its whole line (with the
 * newline) arrived. Each event is recorded as sent before its bytes are written.
 */
final class AppendChild {
    private final Process process;
    private final Path stderr;
    private final Thread writer;
    private final Thread reader;
    private final CountDownLatch firstAcknowledgement = new CountDownLatch(1);
    private volatile boolean stopWriting;

    private AppendChild(Process process, Path stderr, SentLedger ledger, EventSource events, Random random) {
        this.process = process;
        this.stderr = stderr;
        this.writer = new Thread(() -> feed(process.getOutputStream(), ledger, events, random), "append-feed");
        this.reader = new Thread(() -> readAcknowledgements(process.getInputStream(), ledger), "append-acks");
        writer.setDaemon(true);
        reader.setDaemon(true);
        writer.start();
        reader.start();
    }

    static AppendChild start(Path dir, List<String> globalOptions, SentLedger ledger, EventSource events, long seed) {
        List<String> args = new ArrayList<>(globalOptions);
        args.addAll(List.of("audit", "append", "--print-ids"));
        try {
            Path stderr = dir.resolve("append.err");
            Process process = ChildRunledger.builder(dir, Map.of(), List.of("-Xmx512m"), args)
                    .redirectError(stderr.toFile()).start();
            return new AppendChild(process, stderr, ledger, events, new Random(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child acknowledged its first batch; false if it did not within the time. */
    boolean awaitFirstAcknowledgement(long seconds) throws InterruptedException {
        return firstAcknowledgement.await(seconds, TimeUnit.SECONDS);
    }

    /** Whether the child is still running (it never ends on its own while it is fed). */
    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL; returns once the child is gone and every acknowledgement it printed was counted. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        stopWriting = true;
        reader.join(TimeUnit.MINUTES.toMillis(1));
        writer.join(TimeUnit.MINUTES.toMillis(1));
    }

    String errorOutput() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(no standard error: " + e.getMessage() + ")";
        }
    }

    /**
     * Bursts of 1–10 events, then a pause of 5–25 ms (a few hundred events a second, so fifty kills
     * leave a store that every backend's export reads back in seconds), until the pipe breaks.
     */
    private void feed(OutputStream stdin, SentLedger ledger, EventSource events, Random random) {
        try (OutputStream out = stdin) {
            while (!stopWriting) {
                for (int burst = 1 + random.nextInt(10); burst > 0; burst--) {
                    SentEvent event = events.next(random);
                    ledger.sent(event);
                    out.write((EventSource.JSON.writeValueAsString(event.body()) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                Thread.sleep(5 + random.nextInt(21));
            }
        } catch (IOException expected) {
            // the child was killed: the pipe is broken
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts only complete lines: a line cut off by the kill was never acknowledged. */
    private void readAcknowledgements(InputStream stdout, SentLedger ledger) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = stdout) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        ledger.acknowledged(line.toString(StandardCharsets.UTF_8));
                        firstAcknowledgement.countDown();
                        line.reset();
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
