package io.runledger.storage.json.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the committed fixture {@code src/test/resources/fixtures/v2-store/}: a JSON store at schema
 * version 2, whose runs have no status, finish time or labels. There never was a JSON store binary at
 * version 2, so the files are written line by line here, with a real content hash and real journal
 * checksums. Run: {@code java -cp <test class path> io.runledger.storage.json.journal.SchemaTwoFixture DIR}.
 */
public final class SchemaTwoFixture {
    static final List<String> RECORDS = List.of(
            "{\"args\":{\"deploy\":\"v42\",\"ü\":[1,2.5,null]},\"config_hash\":\"4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce\","
                    + "\"created_at\":\"2025-06-01T12:00:00.123456Z\",\"git_sha\":\"356a192b7913b04c54574d18c28d46e6395428ab\",\"run_id\":\"r-1\",\"type\":\"run\"}",
            "{\"args\":{},\"config_hash\":null,\"created_at\":\"2025-06-02T08:30:00.000001Z\",\"git_sha\":null,\"run_id\":\"r-2\",\"type\":\"run\"}",
            "{\"finished_at\":\"2025-06-01T12:05:00.000000Z\",\"name\":\"build\",\"run_id\":\"r-1\",\"started_at\":\"2025-06-01T12:00:01.000000Z\","
                    + "\"stats\":{\"files\":12},\"status\":\"succeeded\",\"step_id\":\"s1\",\"type\":\"step\"}",
            "{\"data\":{\"why\":\"first\"},\"event\":\"started\",\"event_id\":\"e1\",\"level\":\"info\",\"message\":\"deploying v42\","
                    + "\"run_id\":\"r-1\",\"scope\":\"deploy\",\"ts\":\"2025-06-01T12:00:00.200000Z\",\"type\":\"audit\"}",
            "{\"data\":{},\"event\":\"noted\",\"event_id\":\"e2\",\"level\":\"warn\",\"message\":\"line one\\nline two\","
                    + "\"run_id\":null,\"scope\":\"ops\",\"ts\":\"2025-06-02T09:00:00.000000Z\",\"type\":\"audit\"}");
    static final String EXPORTED_AT = "2025-06-02T10:00:00.000000Z";
    static final List<String> JOURNAL_ENTRIES = List.of(
            "{\"op\":\"run_create\",\"records\":[{\"args\":{\"n\":3},\"config_hash\":null,\"created_at\":\"2025-06-03T07:00:00.000000Z\","
                    + "\"git_sha\":null,\"run_id\":\"r-3\",\"type\":\"run\"}]}",
            "{\"op\":\"append\",\"records\":[{\"data\":{},\"event\":\"started\",\"event_id\":\"e3\",\"level\":\"debug\",\"message\":\"in the journal\","
                    + "\"run_id\":\"r-3\",\"scope\":\"deploy\",\"ts\":\"2025-06-03T07:00:01.000000Z\",\"type\":\"audit\"}]}");

    private SchemaTwoFixture() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        MessageDigest digest = sha256();
        StringBuilder snapshot = new StringBuilder("{\"exported_at\":\"" + EXPORTED_AT
                + "\",\"format\":\"runledger-export\",\"format_version\":1,\"schema_version\":2,\"source_backend\":\"json\"}\n");
        for (String record : RECORDS) {
            snapshot.append(record).append('\n');
            digest.update((record + "\n").getBytes(StandardCharsets.UTF_8));
        }
        snapshot.append("{\"content_hash\":\"sha256:").append(HexFormat.of().formatHex(digest.digest()))
                .append("\",\"counts\":{\"audit\":2,\"runs\":2,\"steps\":1},\"type\":\"trailer\"}\n");
        Files.writeString(dir.resolve("state.json"), snapshot, StandardCharsets.UTF_8);
        StringBuilder journal = new StringBuilder(new JournalHeader(java.time.Instant.parse(EXPORTED_AT)).line()).append('\n');
        JOURNAL_ENTRIES.forEach(entry -> journal.append(JournalLine.frame(entry)).append('\n'));
        Files.writeString(dir.resolve("state.json.journal"), journal, StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
