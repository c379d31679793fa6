package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runledger.reliability.ChildRunledger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads a store back only through the public interface, in child processes: {@code db check} (must
 * pass, exit 0) and {@code store export} to standard output (must succeed; its JSON Lines are parsed
 * with Jackson). Both run at once; the export streams to a file, so a large store is never held as
 * one string.
 */
final class StoreReader {
    private final Path dir;
    private final List<String> globalOptions;

    StoreReader(Path dir, List<String> globalOptions) {
        this.dir = dir;
        this.globalOptions = List.copyOf(globalOptions);
    }

    /** Checks the store and its audit chain and exports it; an assertion error (starting with {@code context}) says what was wrong. */
    Readback checkAndExport(String context) {
        Path checkOut = dir.resolve("check.out");
        Path verifyOut = dir.resolve("verify.out");
        Path exportOut = dir.resolve("export.jsonl");
        Path exportErr = dir.resolve("export.err");
        try {
            Process check = start(List.of("db", "check"), checkOut, checkOut);
            Process verify = start(List.of("audit", "verify"), verifyOut, verifyOut);
            Process export = start(List.of("store", "export", "--quiet"), exportOut, exportErr);
            int checkExit = finish(check, "db check");
            int verifyExit = finish(verify, "audit verify");
            int exportExit = finish(export, "store export");
            if (checkExit != 0) {
                throw new AssertionError(context + ": db check failed (exit " + checkExit + "):\n" + Files.readString(checkOut));
            }
            if (verifyExit != 0) {
                throw new AssertionError(context + ": the audit chain does not verify (exit " + verifyExit + "):\n"
                        + Files.readString(verifyOut));
            }
            if (exportExit != 0) {
                throw new AssertionError(context + ": store export failed (exit " + exportExit + "):\n" + Files.readString(exportErr));
            }
            return parse(exportOut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process start(List<String> command, Path out, Path err) throws IOException {
        List<String> args = new ArrayList<>(globalOptions);
        args.addAll(command);
        ProcessBuilder builder = ChildRunledger.builder(dir, Map.of(), List.of("-Xmx512m"), args)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile());
        if (out.equals(err)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        return builder.start();
    }

    private static int finish(Process process, String what) {
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(what + " did not finish in three minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Readback parse(Path export) throws IOException {
        Map<String, JsonNode> audit = new HashMap<>();
        JsonNode last = null;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            JsonNode header = EventSource.JSON.readTree(lines.readLine());
            if (!"runledger-export".equals(header.path("format").asText())) {
                throw new AssertionError("the export does not start with its header: " + header);
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = EventSource.JSON.readTree(line);
                String type = last.path("type").asText();
                if (type.equals("audit")) {
                    // The content as sent: the event's chain position is the store's (checked by audit verify).
                    ((ObjectNode) last).remove(List.of("seq", "chain"));
                    String id = last.path("event_id").asText();
                    if (audit.put(id, last) != null) {
                        throw new AssertionError("the export holds " + id + " twice");
                    }
                }
            }
        }
        if (last == null || !"trailer".equals(last.path("type").asText())) {
            throw new AssertionError("the export does not end with its trailer");
        }
        long counted = last.path("counts").path("audit").asLong(-1);
        if (counted != audit.size()) {
            throw new AssertionError("the trailer counts " + counted + " audit events, the export holds " + audit.size());
        }
        return new Readback(Map.copyOf(audit));
    }
}
