package io.runledger.format.record;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a push-style stream of records (a store's export, an export file being read) into the
 * pull-style iterator an import needs: a producer thread runs the stream and hands records over in
 * chunks through a queue of {@link #QUEUE_CHUNKS} chunks, so at most a few chunks are in memory
 * whatever the size of the store, and reading and parsing on one core overlap with hashing and
 * writing on another. Everything the producer did is visible to the consumer once it has taken the last
 * chunk. Closing the pipe early (a failed import) stops the producer and ends its read transaction.
 */
public final class RecordPipe implements Iterator<LedgerRecord>, AutoCloseable {
    static final int QUEUE_CHUNKS = 2;
    private static final long POLL_MILLIS = 100;
    private static final long JOIN_MILLIS = 60_000;

    /** One hand-over: records, or the end of the export (with its failure, if it failed). */
    private record Chunk(List<LedgerRecord> records, boolean last, RuntimeException failure) {
    }

    /** Thrown inside the producer to abandon an export nobody reads any more. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the import stopped reading", null, false, false);
        }
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
    private final Thread producer;
    private volatile boolean closed;
    private Iterator<LedgerRecord> current = Collections.emptyIterator();
    private boolean ended;

    /** A pipe whose producer thread runs {@code stream}, which hands every record to the sink it is given. */
    public RecordPipe(Consumer<Consumer<LedgerRecord>> stream, int chunkSize) {
        this.producer = new Thread(() -> produce(stream, chunkSize), "runledger-transfer-reader");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Consumer<Consumer<LedgerRecord>> stream, int chunkSize) {
        List<List<LedgerRecord>> chunk = new ArrayList<>(List.of(new ArrayList<>(chunkSize)));
        try {
            stream.accept(record -> {
                chunk.get(0).add(record);
                if (chunk.get(0).size() == chunkSize) {
                    handOver(new Chunk(chunk.get(0), false, null));
                    chunk.set(0, new ArrayList<>(chunkSize));
                }
            });
            handOver(new Chunk(chunk.get(0), true, null));
        } catch (Abandoned e) {
            // the consumer is gone; nothing is waiting for the end
        } catch (RuntimeException e) {
            try {
                handOver(new Chunk(List.of(), true, e));
            } catch (Abandoned gone) {
                // the consumer failed first and reports its own failure
            }
        }
    }

    private void handOver(Chunk chunk) {
        try {
            while (!queue.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Chunk chunk = take();
            if (chunk.failure() != null) {
                ended = true;
                throw chunk.failure();
            }
            ended = chunk.last();
            current = chunk.records().iterator();
        }
        return current.hasNext();
    }

    @Override
    public LedgerRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the source has no more records");
        }
        return current.next();
    }

    /** True once every record of the stream was taken. */
    public boolean drained() {
        return ended && !current.hasNext();
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(ReasonCode.INTERNAL_ERROR, "the transfer was interrupted", e);
        }
    }

    /** Stops the producer (if still reading) and waits for its read transaction to end. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            producer.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
