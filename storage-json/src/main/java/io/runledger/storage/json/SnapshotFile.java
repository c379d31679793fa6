package io.runledger.storage.json;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * {@code state.json}: a header, the records in canonical order, and a trailer with the counts and the
 * content hash — byte for byte what {@code store export} writes. Reading verifies everything (order,
 * references, counts, hash) and reports damage as {@code store_corrupt} with the line.
 */
final class SnapshotFile {
    private static final Set<String> TRAILER_KEYS = Set.of("content_hash", "counts", "type");
    private static final Set<String> COUNT_KEYS = Set.of("audit", "runs", "steps");

    private SnapshotFile() {
    }

    /** The header alone, without reading further; empty when the file does not exist. */
    static Optional<SnapshotHeader> readHeader(Path file) {
        try (Lines lines = new Lines(Files.newInputStream(file))) {
            Lines.Line first = lines.next().orElseThrow(() -> IoFailures.corrupt(file, 1, "the file is empty"));
            return Optional.of(header(file, first));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw IoFailures.translate("read " + file, e);
        }
    }

    static LoadedSnapshot read(Path file) {
        try (Lines lines = new Lines(Files.newInputStream(file))) {
            return read(file, lines);
        } catch (IOException e) {
            throw IoFailures.translate("read " + file, e);
        }
    }

    private static LoadedSnapshot read(Path file, Lines lines) throws IOException {
        Lines.Line first = lines.next().orElseThrow(() -> IoFailures.corrupt(file, 1, "the file is empty"));
        SnapshotHeader header = header(file, first);
        MessageDigest digest = sha256();
        Ledger ledger = new Ledger();
        long bytes = first.bytes() + 1L;
        CanonicalOrder order = new CanonicalOrder();
        long lineNumber = 1;
        while (true) {
            long missing = ++lineNumber;
            Lines.Line line = lines.next().orElseThrow(() -> IoFailures.corrupt(file, missing,
                    "the trailer is missing: the file is truncated"));
            bytes += line.bytes() + (line.terminated() ? 1 : 0);
            JsonObject object = object(file, line);
            if ("trailer".equals(object.members().get("type"))) {
                String hash = "sha256:" + HexFormat.of().formatHex(digest.digest());
                verifyTrailer(file, line, object, ledger.counts(), hash);
                if (lines.next().isPresent()) {
                    throw IoFailures.corrupt(file, line.number() + 1, "text after the trailer");
                }
                return new LoadedSnapshot(header, ledger, bytes, hash);
            }
            try {
                LedgerRecord record = RecordJson.read(object, header.schemaVersion());
                order.require(record);
                ledger.put(record);
            } catch (IllegalArgumentException | StoreException e) {
                throw IoFailures.corrupt(file, line.number(), e.getMessage());
            }
            digest.update(line.text().orElseThrow().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
    }

    private static SnapshotHeader header(Path file, Lines.Line line) {
        try {
            return SnapshotHeader.parse(requireText(file, line));
        } catch (IllegalArgumentException e) {
            throw IoFailures.corrupt(file, line.number(), "bad header: " + e.getMessage());
        }
    }

    private static JsonObject object(Path file, Lines.Line line) {
        try {
            return JsonReader.parseObject(requireText(file, line));
        } catch (IllegalArgumentException e) {
            throw IoFailures.corrupt(file, line.number(), e.getMessage());
        }
    }

    private static String requireText(Path file, Lines.Line line) {
        if (!line.terminated()) {
            throw IoFailures.corrupt(file, line.number(), "the last line has no line feed: the file is truncated");
        }
        return line.text().orElseThrow(() -> IoFailures.corrupt(file, line.number(), "not valid UTF-8"));
    }

    private static void verifyTrailer(Path file, Lines.Line line, JsonObject trailer, Counts counts, String hash) {
        try {
            Fields f = new Fields(trailer).exactly(TRAILER_KEYS);
            Fields c = new Fields(f.object("counts")).exactly(COUNT_KEYS);
            Counts stated = new Counts(c.number("runs"), c.number("steps"), c.number("audit"));
            if (!stated.equals(counts)) {
                throw new IllegalArgumentException("the trailer's counts " + stated + " do not match the records " + counts);
            }
            if (!hash.equals(f.string("content_hash"))) {
                throw new IllegalArgumentException("the trailer's content_hash " + f.string("content_hash")
                        + " does not match the records (" + hash + ")");
            }
        } catch (IllegalArgumentException e) {
            throw IoFailures.corrupt(file, line.number(), e.getMessage());
        }
    }

    /** Writes {@code ledger} as a new snapshot durably (temporary file, fsync, rename, fsync directory); returns its size. */
    static long write(StoreFiles files, Ledger ledger, SnapshotHeader header) throws IOException {
        long[] size = new long[1];
        DurableFiles.replace(files.snapshot(), files.snapshotTemp(), out -> size[0] = writeTo(out, ledger, header));
        return size[0];
    }

    private static long writeTo(OutputStream out, Ledger ledger, SnapshotHeader header) throws IOException {
        MessageDigest digest = sha256();
        long[] size = {0};
        size[0] += writeLine(out, header.line(), null);
        StringBuilder line = new StringBuilder(1024);
        try {
            ledger.forEach(record -> {
                line.setLength(0);
                try {
                    size[0] += writeLine(out, RecordJson.write(record, line).toString(), digest);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Counts counts = ledger.counts();
        String trailer = "{\"content_hash\":\"sha256:" + HexFormat.of().formatHex(digest.digest()) + "\",\"counts\":{\"audit\":"
                + counts.audit() + ",\"runs\":" + counts.runs() + ",\"steps\":" + counts.steps() + "},\"type\":\"trailer\"}";
        size[0] += writeLine(out, trailer, null);
        return size[0];
    }

    private static int writeLine(OutputStream out, String line, MessageDigest digest) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        if (digest != null) {
            digest.update(bytes);
        }
        return bytes.length;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The canonical order of records in a snapshot: runs, then steps by run and step id, then events, each strictly ascending. */
    private static final class CanonicalOrder {
        private int section;
        private String last = "";

        void require(LedgerRecord record) {
            int kind = record instanceof Run ? 0 : record instanceof Step ? 1 : 2;
            String key = record instanceof Run run ? run.runId().value()
                    : record instanceof Step step ? step.runId().value() + "\u0000" + step.stepId().value()
                    : ((AuditEvent) record).eventId().value();
            if (kind < section || (kind == section && key.compareTo(last) <= 0)) {
                throw new IllegalArgumentException("records are out of canonical order (or duplicated) at " + key.replace('\u0000', '/'));
            }
            if (kind > section) {
                section = kind;
            }
            last = key;
        }
    }
}
