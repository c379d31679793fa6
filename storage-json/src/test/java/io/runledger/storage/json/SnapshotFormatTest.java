package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
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
 * comes out in state.json with every record line and the trailer identical, byte for byte.
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
    void theSnapshotOfAnImportedExportIsThatExportWithANewHeader() throws IOException {
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
        assertEquals(sample.subList(1, sample.size()), lines.subList(1, lines.size()), "records and trailer, byte for byte");
        assertTrue(lines.get(0).matches("\\{\"exported_at\":\"[0-9T:.-]{26}Z\",\"format\":\"runledger-export\","
                + "\"format_version\":1,\"schema_version\":" + JsonSchema.HEAD + ",\"source_backend\":\"json\"}"), lines.get(0));
    }
}
