package io.runledger.cli;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.StoreContents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Export files for tests: the shared vector, files written from records, and their lines. */
final class ExportFiles {
    /** The content hash of a store with no records: SHA-256 of nothing. */
    static final String EMPTY_HASH = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private ExportFiles() {
    }

    /** Copies the shared test vector (sample-export.jsonl) to {@code file}. */
    static Path sample(Path file) {
        try (InputStream in = ExportFiles.class.getResourceAsStream("sample-export.jsonl")) {
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code records} (in canonical order) as an export file the way {@code store export} does. */
    static Path write(Path file, List<LedgerRecord> records) {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExportWriter(out, done -> { }).write(new ExportHeader(Instant.parse("2026-11-21T10:00:00Z"), 3, "test"),
                    contents(records));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of a file (gzip decompressed), without line feeds. */
    static List<String> lines(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return lines(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(byte[] text) {
        String all = new String(text, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(all.split("\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** The record lines and the trailer: everything but the header, which carries the export time. */
    static List<String> body(Path file) {
        List<String> lines = lines(file);
        return lines.subList(1, lines.size());
    }

    /** The trailer's content hash. */
    static String trailerHash(Path file) {
        List<String> lines = lines(file);
        String trailer = lines.get(lines.size() - 1);
        int at = trailer.indexOf("sha256:");
        return trailer.substring(at, at + 71);
    }

    /**
     * The lines of an export with the trailer's content hash recomputed over its record lines (SHA-256 of
     * each line and its line feed, FORMAT.md), as someone who edited a record and covered it up would.
     */
    static List<String> rehashed(List<String> lines) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String line : lines.subList(1, lines.size() - 1)) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            List<String> rehashed = new ArrayList<>(lines);
            String trailer = rehashed.get(rehashed.size() - 1);
            rehashed.set(rehashed.size() - 1, trailer.replaceFirst("sha256:[0-9a-f]{64}",
                    "sha256:" + java.util.HexFormat.of().formatHex(digest.digest())));
            return rehashed;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path writeLines(Path file, List<String> lines) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.write(file, out.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file a test wrote, so that the next export may use the name again. */
    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records as a store's contents, for the export writer; read-only. */
    static StoreContents contents(Iterable<LedgerRecord> records) {
        return new StoreContents() {
            @Override
            public void exportTo(Consumer<LedgerRecord> sink) {
                records.forEach(sink);
            }

            @Override
            public long importFrom(Iterator<LedgerRecord> incoming, Optional<ChainLink> anchor) {
                throw new UnsupportedOperationException("read-only test contents");
            }

            @Override
            public boolean isEmpty() {
                return !records.iterator().hasNext();
            }
        };
    }
}
