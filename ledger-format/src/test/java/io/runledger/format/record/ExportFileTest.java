package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** ExportWriter and ExportReader against the shared test vector and every kind of bad file FORMAT.md names. */
class ExportFileTest {
    private static final int HEAD = 3;
    /** Lines of the vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int FIRST_STEP = 14;
    private static final int FIRST_EVENT = 44;
    private static final int TRAILER = 104;

    private static List<String> sample() throws IOException {
        return new ArrayList<>(SampleExportTest.lines());
    }

    static String file(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Every record of an export file's text, which must end with its trailer. */
    static List<LedgerRecord> readAll(String text) {
        ExportReader reader = ExportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HEAD);
        List<LedgerRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        assertTrue(reader.trailer().isPresent());
        return records;
    }

    private static void refused(ReasonCode reason, int line, String text) {
        StoreException failure = assertThrows(StoreException.class, () -> readAll(text));
        assertEquals(reason, failure.reason(), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("line " + line + ": "), failure.getMessage());
    }

    private static void refusedAfterEdit(ReasonCode reason, int line, Consumer<List<String>> edit) throws IOException {
        List<String> lines = sample();
        edit.accept(lines);
        refused(reason, line, file(lines));
    }

    @Test
    void writingTheVectorsRecordsReproducesTheVectorByteForByte() throws IOException {
        String vector = file(sample());
        RecordList store = new RecordList(readAll(vector));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();

        ExportSummary summary = new ExportWriter(out, progress::add)
                .write(new ExportHeader(Instant.parse("2026-11-21T10:00:00Z"), 3, "json"), store);

        assertEquals(vector, out.toString(StandardCharsets.UTF_8));
        assertEquals(new RecordCounts(12, 30, 60), summary.counts());
        assertEquals(102L, progress.get(progress.size() - 1));
        assertEquals(summary, ExportWriter.summarize(store));
    }

    @Test
    void recordsThatAreValidButNotCanonicalAreAcceptedAndHashCanonically() throws IOException {
        List<String> lines = sample();
        lines.set(2, "  " + lines.get(2).replace("\"args\":{}", "\"args\":{ }").replace(",\"type\":\"run\"}", " , \"type\" : \"run\" }"));
        assertEquals(readAll(file(sample())), readAll(file(lines)));
    }

    @Test
    void anEmptyFileOrAnotherFirstLineIsRefusedAtLineOne() throws IOException {
        refused(ReasonCode.IMPORT_FORMAT_INVALID, 1, "");
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1, lines -> lines.remove(0));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1, lines -> lines.set(0, "not json"));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1,
                lines -> lines.set(0, lines.get(0).replace("runledger-export", "other-export")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1,
                lines -> lines.set(0, lines.get(0).replace("\"source_backend\"", "\"extra\":1,\"source_backend\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1,
                lines -> lines.set(0, lines.get(0).replace("10:00:00.000000Z", "10:00:00Z")));
    }

    @Test
    void anUnknownFormatVersionIsRefusedAtLineOne() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 1,
                lines -> lines.set(0, lines.get(0).replace("\"format_version\":1", "\"format_version\":3")));
    }

    @Test
    void aSchemaNewerThanTheBinaryIsSchemaNewerThanBinary() throws IOException {
        refusedAfterEdit(ReasonCode.SCHEMA_NEWER_THAN_BINARY, 1,
                lines -> lines.set(0, lines.get(0).replace("\"schema_version\":3", "\"schema_version\":4")));
    }

    @Test
    void anOlderSchemaVersionIsTheSameFormatAndIsRead() throws IOException {
        List<String> lines = sample();
        lines.set(0, lines.get(0).replace("\"schema_version\":3", "\"schema_version\":1"));
        assertEquals(102, readAll(file(lines)).size());
    }

    @Test
    void aBadRecordIsRefusedNamingItsLine() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 5, lines -> lines.set(4, lines.get(4).replace(",\"type\":\"run\"", ",\"extra\":1,\"type\":\"run\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 5, lines -> lines.set(4, lines.get(4).replace("\"labels\"", "\"labelz\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 20, lines -> lines.set(19, lines.get(19).replaceFirst("\"status\":\"[a-z]+\"", "\"status\":\"paused\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 50, lines -> lines.set(49, lines.get(49).replaceFirst("\"ts\":\"([^\"]+)\\.\\d{6}Z\"", "\"ts\":\"$1Z\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 50, lines -> lines.set(49, lines.get(49).replaceFirst("\"event_id\":\"[^\"]+\"", "\"event_id\":\"bad id\"")));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 7, lines -> lines.set(6, ""));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 7, lines -> lines.set(6, "{\"type\":\"run\""));
    }

    @Test
    void recordsOutOfOrderOrDuplicatedAreRefusedNamingTheLine() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 4, lines -> swap(lines, 2, 3));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, 4, lines -> lines.set(3, lines.get(2)));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, FIRST_STEP + 1, lines -> lines.set(FIRST_STEP, lines.get(FIRST_STEP - 1)));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, FIRST_EVENT + 1, lines -> swap(lines, FIRST_EVENT - 1, FIRST_EVENT));
    }

    @Test
    void sectionsComeInTheOrderRunsStepsAuditEvents() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, FIRST_STEP, lines -> swap(lines, FIRST_STEP - 2, FIRST_STEP - 1));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, FIRST_EVENT, lines -> swap(lines, FIRST_EVENT - 2, FIRST_EVENT - 1));
    }

    @Test
    void aStepOrEventOfAnUnknownRunIsRefusedNamingTheLine() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, FIRST_STEP,
                lines -> lines.set(FIRST_STEP - 1, lines.get(FIRST_STEP - 1).replaceFirst("\"run_id\":\"[^\"]+\"", "\"run_id\":\"0-no-such-run\"")));
        int withRun = firstEventWithRun(sample());
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, withRun + 1,
                lines -> lines.set(withRun, lines.get(withRun).replaceFirst("\"run_id\":\"[^\"]+\"", "\"run_id\":\"no-such-run\"")));
    }

    @Test
    void aTruncatedFileHasNoTrailerAndIsRefused() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, TRAILER, lines -> lines.remove(TRAILER - 1));
        String whole = file(sample());
        refused(ReasonCode.IMPORT_FORMAT_INVALID, TRAILER, whole.substring(0, whole.length() - 1));
        refused(ReasonCode.IMPORT_FORMAT_INVALID, 30, whole.substring(0, indexOfLine(whole, 30) + 10));
    }

    @Test
    void textAfterTheTrailerIsRefused() throws IOException {
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, TRAILER + 1, lines -> lines.add(lines.get(TRAILER - 1)));
    }

    @Test
    void aTrailerThatDoesNotMatchTheRecordsIsAHashMismatch() throws IOException {
        refusedAfterEdit(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, TRAILER,
                lines -> lines.set(TRAILER - 1, lines.get(TRAILER - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "0".repeat(64))));
        refusedAfterEdit(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, TRAILER,
                lines -> lines.set(TRAILER - 1, lines.get(TRAILER - 1).replace("\"runs\":12", "\"runs\":13")));
        refusedAfterEdit(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, TRAILER - 1, lines -> lines.remove(TRAILER - 2));
        refusedAfterEdit(ReasonCode.IMPORT_FORMAT_INVALID, TRAILER,
                lines -> lines.set(TRAILER - 1, lines.get(TRAILER - 1).replace("\"runs\":12", "\"runs\":-1")));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheLine() throws IOException {
        byte[] good = file(sample()).getBytes(StandardCharsets.UTF_8);
        int third = indexOfLine(new String(good, StandardCharsets.ISO_8859_1), 3);
        byte[] bad = good.clone();
        bad[third + 3] = (byte) 0xC3;
        bad[third + 4] = (byte) 0x28;
        StoreException failure = assertThrows(StoreException.class, () -> {
            ExportReader reader = ExportReader.open(new ByteArrayInputStream(bad), HEAD);
            reader.forEachRemaining(record -> { });
        });
        assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, failure.reason());
        assertTrue(failure.getMessage().startsWith("line 3: "), failure.getMessage());
    }

    private static int indexOfLine(String text, int line) {
        int index = 0;
        for (int i = 1; i < line; i++) {
            index = text.indexOf('\n', index) + 1;
        }
        return index;
    }

    private static int firstEventWithRun(List<String> lines) {
        for (int i = FIRST_EVENT - 1; i < TRAILER - 1; i++) {
            if (!lines.get(i).contains("\"run_id\":null")) {
                return i;
            }
        }
        throw new IllegalStateException("the vector has an event with a run");
    }

    private static void swap(List<String> lines, int a, int b) {
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
    }
}
