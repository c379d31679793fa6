package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * ExportWriter reads a store on a thread of its own while it renders, hashes and writes: the file is
 * the same as one written record by record, and when either end fails the other stops.
 */
class ExportWriterTest {
    private static final ExportHeader HEADER = new ExportHeader(Instant.parse("2026-11-21T10:00:00Z"), 3, "json");

    /** The shared vector's records streamed {@code rounds} times, failing after {@code failAfter} records if given. */
    private static final class RepeatingStore implements StoreContents {
        private final List<LedgerRecord> records;
        private final long rounds;
        private final Optional<RuntimeException> failure;
        private final long failAfter;
        private final AtomicLong streamed = new AtomicLong();
        private final AtomicBoolean ended = new AtomicBoolean();

        RepeatingStore(long rounds, Optional<RuntimeException> failure, long failAfter) throws IOException {
            this.records = ExportFileTest.readAll(ExportFileTest.file(SampleExportTest.lines()));
            this.rounds = rounds;
            this.failure = failure;
            this.failAfter = failAfter;
        }

        @Override
        public void exportTo(Consumer<LedgerRecord> sink) {
            try {
                for (long round = 0; round < rounds; round++) {
                    for (LedgerRecord record : records) {
                        if (failure.isPresent() && streamed.get() == failAfter) {
                            throw failure.get();
                        }
                        sink.accept(record);
                        streamed.incrementAndGet();
                    }
                }
            } finally {
                ended.set(true);
            }
        }

        long total() {
            return rounds * records.size();
        }

        @Override
        public long importFrom(Iterator<LedgerRecord> incoming, Optional<ChainLink> anchor) {
            throw new UnsupportedOperationException("an export-only fixture");
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /** An output that accepts {@code capacity} bytes and then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private long room;

        FullDisk(long capacity) {
            this.room = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > room) {
                throw new IOException("No space left on device");
            }
            room -= length;
        }
    }

    @Test
    void aStoreReadOnItsOwnThreadIsWrittenExactlyAsRecordByRecordInItsOrder() throws IOException {
        RepeatingStore store = new RepeatingStore(60, Optional.empty(), 0);
        ByteArrayOutputStream piped = new ByteArrayOutputStream();
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();

        ExportSummary summary = new ExportWriter(piped, progress::add).write(HEADER, store);
        ExportSummary expected = new ExportWriter(direct, n -> { }).write(HEADER, store::exportTo);

        assertArrayEquals(direct.toByteArray(), piped.toByteArray());
        assertEquals(expected, summary);
        assertEquals(store.total(), summary.counts().total());
        assertEquals(store.total(), progress.get(progress.size() - 1));
    }

    @Test
    void aFullDiskIsStorageFullAndTheStoreReadStopsBeforeTheWriterReturns() throws IOException {
        RepeatingStore store = new RepeatingStore(100_000, Optional.empty(), 0);

        StoreException failure = assertThrows(StoreException.class,
                () -> new ExportWriter(new FullDisk(256 * 1024), n -> { }).write(HEADER, store));

        assertEquals(ReasonCode.STORAGE_FULL, failure.reason(), failure.getMessage());
        assertTrue(store.ended.get(), "the store's read ended before write returned");
        assertTrue(store.streamed.get() < store.total(), "the store stopped streaming: " + store.streamed.get());
    }

    @Test
    void aStoreThatFailsMidwayRaisesItsOwnFailure() throws IOException {
        StoreException lost = new StoreException(ReasonCode.STORE_UNAVAILABLE, "the server went away");
        RepeatingStore store = new RepeatingStore(100, Optional.of(lost), 5_000);

        StoreException failure = assertThrows(StoreException.class,
                () -> new ExportWriter(new ByteArrayOutputStream(), n -> { }).write(HEADER, store));

        assertSame(lost, failure);
        assertEquals(5_000, store.streamed.get());
    }
}
