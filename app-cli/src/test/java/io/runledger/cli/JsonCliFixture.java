package io.runledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON file stores for the CLI contracts; the schema version lives in the snapshot's header. */
final class JsonCliFixture extends FileBackendFixture {
    private static final Pattern VERSION = Pattern.compile("\"schema_version\":(\\d+)");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    /** A JSON store at schema 2 (runs without status or labels): the snapshot of storage-json's v2 fixture. */
    private static final String JSON_V2 = String.join("\n",
            "{\"exported_at\":\"2025-06-02T10:00:00.000000Z\",\"format\":\"runledger-export\",\"format_version\":1,\"schema_version\":2,\"source_backend\":\"json\"}",
            "{\"args\":{\"deploy\":\"v42\",\"ü\":[1,2.5,null]},\"config_hash\":\"4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce\",\"created_at\":\"2025-06-01T12:00:00.123456Z\",\"git_sha\":\"356a192b7913b04c54574d18c28d46e6395428ab\",\"run_id\":\"r-1\",\"type\":\"run\"}",
            "{\"args\":{},\"config_hash\":null,\"created_at\":\"2025-06-02T08:30:00.000001Z\",\"git_sha\":null,\"run_id\":\"r-2\",\"type\":\"run\"}",
            "{\"finished_at\":\"2025-06-01T12:05:00.000000Z\",\"name\":\"build\",\"run_id\":\"r-1\",\"started_at\":\"2025-06-01T12:00:01.000000Z\",\"stats\":{\"files\":12},\"status\":\"succeeded\",\"step_id\":\"s1\",\"type\":\"step\"}",
            "{\"data\":{\"why\":\"first\"},\"event\":\"started\",\"event_id\":\"e1\",\"level\":\"info\",\"message\":\"deploying v42\",\"run_id\":\"r-1\",\"scope\":\"deploy\",\"ts\":\"2025-06-01T12:00:00.200000Z\",\"type\":\"audit\"}",
            "{\"data\":{},\"event\":\"noted\",\"event_id\":\"e2\",\"level\":\"warn\",\"message\":\"line one\\nline two\",\"run_id\":null,\"scope\":\"ops\",\"ts\":\"2025-06-02T09:00:00.000000Z\",\"type\":\"audit\"}",
            "{\"content_hash\":\"sha256:024b9621849c02db7cf624e7b9fb963db9004f5f457290320d0f230f82bd5fa9\",\"counts\":{\"audit\":2,\"runs\":2,\"steps\":1},\"type\":\"trailer\"}",
            "");

    JsonCliFixture(Path dir) {
        super(dir, "state.json");
    }

    @Override
    public String backend() {
        return "json";
    }

    @Override
    public String persistenceMode() {
        return "journal+snapshot";
    }

    @Override
    public String storeOfAnEarlierRelease() {
        return freshLocationHolding(JSON_V2.getBytes(StandardCharsets.UTF_8));
    }

    // Test-only shortcut: a later binary would have written its schema version into the header. The
    // lock file that migrate left is removed too, so that "nothing was written" includes "no lock file".
    @Override
    public void makeSchemaNewer(String location, int version) {
        rewriteHeader(location, current -> version);
        try {
            Files.deleteIfExists(Path.of(file(location) + ".lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forgetLastMigration(String location) {
        rewriteHeader(location, current -> current - 1);
    }

    // Test-only tampering: the audit line is edited in the snapshot (a closed store holds everything
    // there), and the trailer's count and content hash are recomputed, so only the chain can tell.
    @Override
    public void tamperAuditMessage(String location, String eventId, String message) {
        rewriteAuditLines(location, lines -> lines.replaceAll(line -> line.contains("\"event_id\":\"" + eventId + "\"")
                ? line.replaceFirst("\"message\":\"[^\"]*\"", "\"message\":\"" + message + "\"") : line));
    }

    @Override
    public void deleteAuditEvent(String location, String eventId) {
        rewriteAuditLines(location, lines -> lines.removeIf(line -> line.contains("\"event_id\":\"" + eventId + "\"")));
    }

    // Test-only tampering: the prune file has no checksum of its own; its one record's anchor is moved.
    @Override
    public void hideBehindPruneAnchor(String location, String eventId, boolean recount) {
        try {
            String line = Files.readAllLines(file(location), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("\"event_id\":\"" + eventId + "\"")).findFirst().orElseThrow();
            Matcher chain = Pattern.compile("\"chain\":\"([0-9a-f]{64})\"").matcher(line);
            Matcher seq = Pattern.compile("\"seq\":(\\d+)").matcher(line);
            if (!chain.find() || !seq.find()) {
                throw new IllegalStateException("no chain position in " + line);
            }
            Path prunes = Path.of(file(location) + ".prunes");
            String record = Files.readString(prunes, StandardCharsets.UTF_8)
                    .replaceFirst("\"last_chain\":\"[0-9a-f]{64}\",\"last_seq\":\\d+",
                            "\"last_chain\":\"" + chain.group(1) + "\",\"last_seq\":" + seq.group(1));
            Matcher count = Pattern.compile("\"count\":(\\d+)").matcher(record);
            if (recount && count.find()) {
                record = count.replaceFirst("\"count\":" + (Long.parseLong(count.group(1)) + 1));
            }
            Files.writeString(prunes, record, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteAuditEvent(location, eventId);
    }

    /** The JSON store's head is its last event's position: removing the lines moves it back. */
    @Override
    public void cutAuditTail(String location, long keep) {
        rewriteAuditLines(location, lines -> lines.removeIf(line -> {
            Matcher seq = SEQ.matcher(line);
            return seq.find() && Long.parseLong(seq.group(1)) > keep;
        }));
    }

    private void rewriteAuditLines(String location, Consumer<List<String>> edit) {
        Path snapshot = file(location);
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(snapshot, StandardCharsets.UTF_8));
            List<String> records = new ArrayList<>(lines.subList(1, lines.size() - 1));
            edit.accept(records);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            records.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
            long audit = records.stream().filter(r -> r.endsWith("\"type\":\"audit\"}")).count();
            String trailer = lines.get(lines.size() - 1)
                    .replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + HexFormat.of().formatHex(sha.digest()))
                    .replaceFirst("\"audit\":\\d+", "\"audit\":" + audit);
            List<String> rewritten = new ArrayList<>(List.of(lines.get(0)));
            rewritten.addAll(records);
            rewritten.add(trailer);
            Files.write(snapshot, rewritten, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites the snapshot header's schema version (the first one in the file) to {@code version} of the current one. */
    private void rewriteHeader(String location, IntUnaryOperator version) {
        Path snapshot = file(location);
        try {
            String text = Files.readString(snapshot);
            Matcher current = VERSION.matcher(text);
            if (!current.find()) {
                throw new IllegalStateException("the snapshot header names no schema version: " + text.lines().findFirst());
            }
            int rewritten = version.applyAsInt(Integer.parseInt(current.group(1)));
            Files.writeString(snapshot, current.replaceFirst("\"schema_version\":" + rewritten));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
