package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.ContentHash;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shared test vector (sample-export.jsonl, see the README beside it) survives a store byte for
 * byte: every record line comes back identical and in order, and the content hash is the trailer's.
 */
public abstract class ContentHashContract extends StoreContract {
    private static final Pattern TRAILER_HASH = Pattern.compile("\"content_hash\":\"(sha256:[0-9a-f]{64})\"");

    /** The record lines of the vector: every line but the header and the trailer. */
    private static List<String> recordLines() {
        List<String> lines = sampleLines();
        return lines.subList(1, lines.size() - 1);
    }

    private static String trailerHash() {
        List<String> lines = sampleLines();
        Matcher matcher = TRAILER_HASH.matcher(lines.get(lines.size() - 1));
        assertTrue(matcher.find(), "the vector's last line is a trailer with a content_hash");
        return matcher.group(1);
    }

    private static List<String> sampleLines() {
        try (InputStream in = ContentHashContract.class.getResourceAsStream("sample-export.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("sample-export.jsonl is missing from the contract suite's resources");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"), "every line of an export ends in a line feed");
            return List.of(text.substring(0, text.length() - 1).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vector's records, parsed with the domain's codec; line numbers are 1-based file lines. */
    private static List<LedgerRecord> sampleRecords() {
        List<String> lines = recordLines();
        return IntStream.range(0, lines.size()).mapToObj(i -> RecordLines.parse(lines.get(i), i + 2L)).toList();
    }

    private static void assertReproducesTheVector(List<LedgerRecord> exported) {
        List<String> expected = recordLines();
        List<String> actual = exported.stream().map(RecordLines::toLine).toList();
        assertEquals(expected.size(), actual.size(), "one exported record per record line of the vector");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "record line " + (i + 2) + " of sample-export.jsonl");
        }
        ContentHash hash = new ContentHash();
        exported.forEach(hash::add);
        assertEquals(trailerHash(), hash.value());
    }

    @Test
    void theVectorReadsBackAsItself() {
        List<String> lines = recordLines();
        List<LedgerRecord> records = sampleRecords();
        IntStream.range(0, lines.size()).forEach(i ->
                assertEquals(lines.get(i), RecordLines.toLine(records.get(i)), "the codec must round-trip line " + (i + 2)));
    }

    @Test
    void importingTheSampleAndExportingItReproducesEveryRecordLineAndTheContentHash() {
        List<LedgerRecord> records = sampleRecords();
        assertEquals(records.size(), store().contents().importFrom(records.iterator()));
        assertReproducesTheVector(ContentsContract.export(store()));
    }

    @Test
    void theSampleWrittenThroughThePortsInReverseExportsInCanonicalOrderWithTheSameHash() {
        List<LedgerRecord> reversed = new ArrayList<>(sampleRecords());
        Collections.reverse(reversed);
        Store store = store();
        reversed.stream().filter(Run.class::isInstance).map(Run.class::cast).forEach(store.runs()::create);
        reversed.stream().filter(Step.class::isInstance).map(Step.class::cast).forEach(store.steps()::create);
        reversed.stream().filter(AuditEvent.class::isInstance).map(AuditEvent.class::cast)
                .forEach(event -> store.auditLog().append(List.of(event)));
        assertReproducesTheVector(ContentsContract.export(store));
    }

    @Test
    void theSampleSurvivesCloseAndReopen() {
        StoreSpec spec = createdSpec();
        try (Store first = provider().open(spec)) {
            first.contents().importFrom(sampleRecords().iterator());
        }
        assertReproducesTheVector(ContentsContract.export(open(spec)));
    }
}
