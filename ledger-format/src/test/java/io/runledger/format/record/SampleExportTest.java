package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared test vector (testdata/sample-export.jsonl): canonical record lines and their content hash. */
class SampleExportTest {

    static List<String> lines() throws IOException {
        try (InputStream in = SampleExportTest.class.getResourceAsStream("/sample-export.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n", -1)).subList(0, (int) text.chars().filter(c -> c == '\n').count());
        }
    }

    private static List<String> records() throws IOException {
        List<String> lines = lines();
        return lines.subList(1, lines.size() - 1);
    }

    @Test
    void everyRecordLineIsAlreadyCanonical() throws IOException {
        for (String line : records()) {
            assertEquals(line, Json.canonical(Json.parse(line)));
        }
    }

    @Test
    void everyRecordLineRoundTripsThroughTheRecordCodecByteForByte() throws IOException {
        List<String> records = records();
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i), RecordLines.toLine(RecordLines.parse(records.get(i), i + 2)));
        }
    }

    @Test
    void contentHashAndCountsMatchTheTrailer() throws IOException {
        List<String> lines = lines();
        JsonObject trailer = (JsonObject) Json.parse(lines.get(lines.size() - 1));
        ContentHash hash = new ContentHash();
        int runs = 0;
        int steps = 0;
        int audit = 0;
        List<String> records = records();
        for (int i = 0; i < records.size(); i++) {
            LedgerRecord record = RecordLines.parse(records.get(i), i + 2);
            hash.add(record);
            runs += record instanceof Run ? 1 : 0;
            steps += record instanceof Step ? 1 : 0;
            audit += record instanceof AuditEvent ? 1 : 0;
        }
        assertEquals(((JsonString) trailer.members().get("content_hash")).value(), hash.value());
        JsonObject counts = (JsonObject) trailer.members().get("counts");
        assertEquals(((JsonNumber) counts.members().get("runs")).value(), runs);
        assertEquals(((JsonNumber) counts.members().get("steps")).value(), steps);
        assertEquals(((JsonNumber) counts.members().get("audit")).value(), audit);
        assertEquals(records.size(), hash.records());
    }
}
