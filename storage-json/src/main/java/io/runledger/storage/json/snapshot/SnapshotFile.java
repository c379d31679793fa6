package io.runledger.storage.json.snapshot;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.json.files.FormatHeader;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.support.DurableFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code state.json} is an export file (FORMAT.md), written and read by the record format's
 * {@link ExportWriter} and {@link ExportReader}: a header, the records in canonical order, and a
 * trailer with the counts and the content hash. Reading verifies everything (order, references,
 * counts, hash) and reports damage as {@code store_corrupt} naming the line, and a header of another
 * format or version as {@code schema_drift}. A snapshot of a schema before 3 reads its runs with
 * {@link EarlyRunLines}; from schema 6 on its audit lines carry their chain position ({@code seq},
 * {@code chain}: format version 2's audit line), hashed as written, under a header that still states
 * format version 1, so that an older binary refuses the store as newer than itself.
 */
public final class SnapshotFile {
    /** A header line is far shorter; a longer first line is not one. */
    private static final int HEADER_LIMIT = 4096;

    private SnapshotFile() {
    }

    /** The header alone, without reading further; empty when the file does not exist. */
    public static Optional<ExportHeader> readHeader(Path file) {
        // any schema: whether this binary can open it is the caller's question
        try (InputStream in = Files.newInputStream(file); ExportReader reader = ExportReader.open(in, Integer.MAX_VALUE)) {
            return Optional.of(reader.header());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw IoFailures.translate("read " + file, e);
        } catch (StoreException e) {
            throw refusal(file, e);
        }
    }

    /**
     * Reads and verifies the whole snapshot, handing each record to {@code sink} in canonical order,
     * with its chain position for an audit event of a snapshot at schema 6 or later.
     */
    public static SnapshotScan read(Path file, BiConsumer<LedgerRecord, Optional<ChainLink>> sink) {
        // the size of the file opened, even if a compaction renames another over the path meanwhile
        try (FileChannel channel = FileChannel.open(file); InputStream in = Channels.newInputStream(channel);
             ExportReader reader = ExportReader.open(in, JsonSchema.HEAD, EarlyRunLines::read,
                     version -> version >= JsonSchema.CHAINED)) {
            long bytes = channel.size();
            while (reader.hasNext()) {
                LedgerRecord record = reader.next();
                if (record instanceof ChainedEvent chained) {
                    sink.accept(chained.event(), Optional.of(chained.link()));
                } else {
                    sink.accept(record, Optional.empty());
                }
            }
            return new SnapshotScan(reader.header(), bytes, reader.trailer().orElseThrow().contentHash());
        } catch (IOException e) {
            throw IoFailures.translate("read " + file, e);
        } catch (StoreException e) {
            throw refusal(file, e);
        }
    }

    /**
     * How the store reports the format's refusal of the snapshot: a header of another format or version
     * is {@code schema_drift}, anything else as {@link IoFailures#corrupt(Object, StoreException)} says.
     */
    private static StoreException refusal(Path file, StoreException refused) {
        if (refused.reason() == ReasonCode.IMPORT_FORMAT_INVALID && refused.getMessage().startsWith("line 1:")) {
            Optional<String> drift = firstLine(file)
                    .flatMap(line -> FormatHeader.drift(line, ExportHeader.FORMAT, ExportHeader.FORMAT_VERSION));
            if (drift.isPresent()) {
                return IoFailures.drift(file, 1, drift.get());
            }
        }
        return IoFailures.corrupt(file, refused);
    }

    /** The file's first line, read no further than {@link #HEADER_LIMIT} characters; empty if unreadable. */
    private static Optional<String> firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] text = new char[HEADER_LIMIT];
            int length = reader.read(text);
            String start = length < 0 ? "" : new String(text, 0, length);
            int newline = start.indexOf('\n');
            return newline < 0 ? Optional.empty() : Optional.of(start.substring(0, newline));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the records {@code records} hands on, in canonical order, as a new snapshot durably
     * (temporary file, fsync, rename, fsync directory), each audit event's line with its chain
     * position as {@code links} gives it; returns its size.
     */
    public static long write(StoreFiles files, ExportHeader header, Consumer<Consumer<LedgerRecord>> records,
                             Function<AuditEvent, ChainLink> links) throws IOException {
        DurableFiles.replace(files.snapshot(), files.snapshotTemp(), out -> {
            try {
                new ExportWriter(out, written -> { }).writeChained(header, records, links);
            } catch (StoreException e) {
                // the writer's own translation of an I/O failure; the store translates it its way
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        });
        return Files.size(files.snapshot());
    }
}
