package io.runledger.domain.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.format.record.RecordCounts;
import io.runledger.format.record.RecordPipe;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Transfer: streams source to target, hashes both sides, refuses what it must and leaves the target as it was. */
class TransferTest {
    private static List<LedgerRecord> sampleRecords() throws IOException {
        String text = String.join("\n", SampleExport.lines()) + "\n";
        ExportReader reader = ExportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 3);
        List<LedgerRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        return records;
    }

    private static AuditEvent event(long n) {
        return new AuditEvent(new EventId(String.format("e-%09d", n)), Instant.parse("2024-01-01T00:00:00.000001Z"),
                AuditLevel.INFO, Optional.empty(), "scope", "event", "message " + n, CanonicalJson.EMPTY_OBJECT);
    }

    @Test
    void aMigrationCopiesEveryRecordInOrderAndBothHashesAgree() throws IOException {
        ListContents source = ListContents.of(sampleRecords());
        ListContents target = new ListContents();
        List<Long> progress = new ArrayList<>();

        ExportSummary summary = new Transfer(7, progress::add).copy(source, target);

        assertEquals(source.records, target.records);
        assertEquals(ExportWriter.summarize(source), summary);
        assertEquals(new RecordCounts(12, 30, 60), summary.counts());
        assertEquals(102L, progress.get(progress.size() - 1));
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndKeptAsItWas() throws IOException {
        ListContents target = ListContents.of(List.of(event(1)));

        StoreException failure = assertThrows(StoreException.class,
                () -> new Transfer(10, n -> { }).copy(ListContents.of(sampleRecords()), target));

        assertEquals(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, failure.reason());
        assertEquals(List.of(event(1)), target.records);
    }

    @Test
    void aTargetThatStoresSomethingElseIsAHashMismatch() throws IOException {
        ListContents target = new ListContents(record -> record instanceof AuditEvent e
                ? new AuditEvent(e.eventId(), e.ts(), e.level(), e.runId(), e.scope(), e.event(), e.message() + "!", e.data())
                : record);

        StoreException failure = assertThrows(StoreException.class,
                () -> new Transfer(10, n -> { }).copy(ListContents.of(sampleRecords()), target));

        assertEquals(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, failure.reason());
    }

    @Test
    void aSourceFailingMidwayLeavesTheTargetEmptyAndReportsTheSourcesReason() {
        StoreContents failing = new ListContents() {
            @Override
            public void exportTo(Consumer<LedgerRecord> sink) {
                for (long n = 1; n <= 5_000; n++) {
                    sink.accept(event(n));
                }
                throw new StoreException(ReasonCode.STORE_CORRUPT, "unreadable row");
            }
        };
        ListContents target = new ListContents();

        StoreException failure = assertThrows(StoreException.class, () -> new Transfer(100, n -> { }).copy(failing, target));

        assertEquals(ReasonCode.STORE_CORRUPT, failure.reason());
        assertTrue(target.isEmpty());
    }

    @Test
    void aTargetFailingMidwayStopsTheSourceReader() throws InterruptedException {
        List<Thread> readers = new ArrayList<>();
        StoreContents endless = new ListContents() {
            @Override
            public void exportTo(Consumer<LedgerRecord> sink) {
                readers.add(Thread.currentThread());
                for (long n = 1; ; n++) {
                    sink.accept(event(n));
                }
            }
        };
        StoreException refusal = new StoreException(ReasonCode.STORAGE_FULL, "disk full");
        StoreContents failingTarget = new ListContents() {
            @Override
            public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
                for (int i = 0; i < 10_000; i++) {
                    records.next();
                }
                throw refusal;
            }
        };

        StoreException failure = assertThrows(StoreException.class, () -> new Transfer(100, n -> { }).copy(endless, failingTarget));

        assertSame(refusal, failure);
        readers.get(0).join(5_000);
        assertFalse(readers.get(0).isAlive(), "the source reader stops when the import fails");
    }

    @Test
    void manyRecordsStreamThroughABoundedPipe() {
        long total = 200_000;
        StoreContents big = new ListContents() {
            @Override
            public void exportTo(Consumer<LedgerRecord> sink) {
                for (long n = 1; n <= total; n++) {
                    sink.accept(event(n));
                }
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
        long[] counted = {0};
        StoreContents counting = new ListContents() {
            @Override
            public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
                records.forEachRemaining(record -> counted[0]++);
                return counted[0];
            }
        };
        try (RecordPipe pipe = new RecordPipe(big::exportTo, 500)) {
            assertEquals(total, counting.importFrom(pipe));
            assertTrue(pipe.drained());
        }
    }

    @Test
    void aMissingSourceIsSourceMissingAndANewerOneIsRefused() {
        StoreException missing = assertThrows(StoreException.class, () -> Transfer.requireSource(
                new StoreStatus("sqlite", "wal", "/a.sqlite", false, 0, 3, List.of())));
        assertEquals(ReasonCode.STATE_MIGRATION_SOURCE_MISSING, missing.reason());
        StoreException newer = assertThrows(StoreException.class, () -> Transfer.requireSource(
                new StoreStatus("sqlite", "wal", "/a.sqlite", true, 4, 3, List.of())));
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, newer.reason());
        Transfer.requireSource(new StoreStatus("sqlite", "wal", "/a.sqlite", true, 3, 3, List.of()));
    }

    @Test
    void loadingAFileVerifiesTheTargetAgainstTheTrailer() throws IOException {
        String text = String.join("\n", SampleExport.lines()) + "\n";
        ListContents target = new ListContents();

        ExportSummary summary = new Transfer(10, n -> { }).load(
                ExportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 3), target);

        assertEquals(102, target.records.size());
        assertTrue(text.contains(summary.contentHash()));
    }

    @Test
    void aFileIsHashedAsItIsReadAndATamperedTrailerWritesNothing() throws IOException {
        List<String> lines = new ArrayList<>(SampleExport.lines());
        String good = String.join("\n", lines) + "\n";
        ListContents target = new ListContents();
        ExportSummary summary = new Transfer(10, n -> { }).load(ExportReader.open(
                new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), 3), target);
        assertEquals(102, target.records.size());
        assertTrue(good.contains(summary.contentHash()));

        int trailer = lines.size();
        lines.set(trailer - 1, lines.get(trailer - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "0".repeat(64)));
        String tampered = String.join("\n", lines) + "\n";
        ListContents untouched = new ListContents();
        StoreException refusal = assertThrows(StoreException.class, () -> new Transfer(10, n -> { }).load(ExportReader.open(
                new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)), 3), untouched));
        assertEquals(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, refusal.reason());
        assertTrue(refusal.getMessage().startsWith("line " + trailer + ": the trailer's content_hash sha256:000"),
                refusal.getMessage());
        assertTrue(untouched.isEmpty(), "the import rolled back before it committed");
    }
}
