package io.runledger.reliability.soak;

import io.runledger.reliability.Scale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The soak's answer-time percentiles per operation, appended beside the Figures tables as
 * target/reliability-figures/soak-latency.md (docs/RELIABILITY.md quotes it).
 */
public final class LatencyTable {
    private static final String HEADER = "| run | operation | answers | p50 ms | p90 ms | p99 ms | max ms | scale | date |\n"
            + "|---|---|---|---|---|---|---|---|---|\n";

    private LatencyTable() {
    }

    /** One row per operation of {@code latencies}, plus one for all of them, labelled {@code run}. */
    public static void record(String run, Latencies latencies) {
        StringBuilder rows = new StringBuilder();
        String tail = " | " + Scale.current().name().toLowerCase(Locale.ROOT) + " | " + Instant.now().toString().substring(0, 10) + " |\n";
        for (Map.Entry<Operation, Percentiles> entry : latencies.percentiles().entrySet()) {
            rows.append("| ").append(run).append(" | ").append(entry.getKey().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(entry.getValue().cells()).append(tail);
        }
        rows.append("| ").append(run).append(" | all | ").append(latencies.overall().cells()).append(tail);
        Path dir = Path.of(System.getProperty("runledger.reliability.figures", "target/reliability-figures"));
        Path file = dir.resolve("soak-latency.md");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER);
            }
            Files.writeString(file, rows, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
