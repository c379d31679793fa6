package io.runledger.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.runledger.format.json.Json;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.RunId;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Record lines read per second, the work of {@code store import} per line (ADR 0002): the record
 * format's reader ({@code RecordLines.read}: the one-pass path for canonical lines, as every export
 * holds), its full parser ({@code RecordLines.parse}, the path of any other line), and — as the
 * alternative the ADR weighs — jackson-core's streaming parser under the same limits, which only
 * walks the tokens and builds no record, so it is a lower bound of what a Jackson-based reader costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordParsingBenchmark {
    static final int LINES = 10_000;

    private final List<String> lines = new ArrayList<>(LINES);
    private final JsonFactory jackson = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Json.MAX_DEPTH).maxNumberLength(Json.MAX_NUMBER_LENGTH).build())
            .build();

    /** Audit event lines like a busy pipeline's: a run id, a message with an escape, nested data. */
    @Setup
    public void lines() {
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        for (int i = 0; i < LINES; i++) {
            String data = "{\"attempt\":" + (i % 5) + ",\"host\":\"runner-" + (i % 40) + "\",\"stats\":{\"passed\":"
                    + (1000 + i) + ",\"ratio\":0." + (i % 997) + ",\"tags\":[\"ci\",\"nightly\",\"shard-" + (i % 12)
                    + "\"]},\"ok\":" + (i % 3 != 0) + "}";
            AuditEvent event = new AuditEvent(new EventId(String.format("evt-%08d", i)),
                    start.plus(i * 1_337L, ChronoUnit.MICROS), AuditLevel.INFO,
                    Optional.of(new RunId("run-" + (i % 50))), "pipeline.step", "step.finished",
                    i % 10 == 0 ? "step " + i + " finished: \"ok\"" : "step " + i + " finished", Json.canonicalObject(data));
            lines.add(RecordLines.toLine(event));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void formatReader(Blackhole hole) {
        for (int i = 0; i < LINES; i++) {
            hole.consume(RecordLines.read(lines.get(i), i + 2));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void formatFullParser(Blackhole hole) {
        for (int i = 0; i < LINES; i++) {
            hole.consume(RecordLines.parse(lines.get(i), i + 2));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void jacksonTokensOnly(Blackhole hole) throws IOException {
        for (int i = 0; i < LINES; i++) {
            try (JsonParser parser = jackson.createParser(lines.get(i))) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                        hole.consume(parser.getText());
                    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        hole.consume(parser.getDoubleValue());
                    }
                }
            }
        }
    }
}
