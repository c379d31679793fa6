package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
import io.runledger.storage.tck.ChainAssertions;
import io.runledger.storage.tck.ContentHashContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * state.json is an export file: the contract suite's shared test vector, imported into a JSON store,
 * comes out in state.json with every record line identical, byte for byte, its audit lines carrying
 * their chain position as version 2's audit lines do (from schema 6 on).
 */
class SnapshotFormatTest {
    @TempDir
    Path temp;

    private static List<String> sampleLines() throws IOException {
        try (InputStream in = ContentHashContract.class.getResourceAsStream("sample-export.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.substring(0, text.length() - 1).split("\n", -1));
        }
    }

    @Test
    void theSnapshotOfAnImportedExportIsThatExportWithChainPositionsAndANewHeader() throws IOException {
        List<String> sample = sampleLines();
        List<LedgerRecord> records = IntStream.range(1, sample.size() - 1)
                .mapToObj(i -> RecordLines.parse(sample.get(i), i + 1L)).toList();
        StoreDirectory dir = StoreDirectory.in(temp.resolve("store"));
        JsonStorageProvider provider = new JsonStorageProvider();
        provider.admin(dir.spec()).migrate(false);
        try (Store store = provider.open(dir.spec())) {
            store.contents().importFrom(records.iterator());
        }

        String snapshot = dir.read(dir.snapshot());
        List<String> lines = List.of(snapshot.substring(0, snapshot.length() - 1).split("\n", -1));
        List<String> withoutChain = lines.subList(1, lines.size() - 1).stream()
                .map(line -> line.replaceFirst("^\\{\"chain\":\"[0-9a-f]{64}\",", "{").replaceFirst(",\"seq\":\\d+,\"ts\":", ",\"ts\":"))
                .toList();
        assertEquals(sample.subList(1, sample.size() - 1), withoutChain,
                "every record line byte for byte, audit lines with their chain position added");
        try (Store reopened = provider.open(dir.spec())) {
            assertEquals(records.stream().filter(AuditEvent.class::isInstance).toList(),
                    ChainAssertions.verify(reopened.auditHistory()).stream().map(ChainedEvent::event).toList(),
                    "chained in the order they were imported");
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("{\"content_hash\":\"sha256:"), "the trailer hashes the lines as written");
        assertTrue(lines.get(0).matches("\\{\"exported_at\":\"[0-9T:.-]{26}Z\",\"format\":\"runledger-export\","
                + "\"format_version\":1,\"schema_version\":" + JsonSchema.HEAD + ",\"source_backend\":\"json\"}"), lines.get(0));
    }
}
