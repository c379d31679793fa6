package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code audit query --follow} in a child JVM (the packaged CLI) while this JVM, another process,
 * appends: the tail prints the new event, ends cleanly on SIGTERM (store closed, no trace, the
 * signal's status) and when its standard output is closed (status 0). Written once, run per backend.
 */
@LaunchesPackagedCli
abstract class AuditFollowProcessContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(90);

    private static String event(String id) {
        return "{\"event_id\":\"" + id + "\",\"level\":\"info\",\"scope\":\"ci\",\"event\":\"e\",\"message\":\"m\"}\n";
    }

    private Process follow(Path log, String store, boolean pipe) {
        String[] command = args(store, "audit", "query", "--follow", "--json", "--poll-ms", "100");
        return pipe ? ChildCli.startWritingToPipe(dir, log, List.of(), command) : ChildCli.start(dir, log, List.of(), command);
    }

    @Test
    void aTailInAChildProcessPrintsAnEventAnotherProcessAppendsAndEndsCleanlyOnSigterm() throws Exception {
        String store = migratedStore();
        ok(onWithInput(store, event("e1"), "audit", "append"));
        Path log = dir.resolve("follow.log");
        Process tail = follow(log, store, false);

        await("the tail prints the stored event").atMost(START)
                .failFast("the tail ended", () -> assertTrue(tail.isAlive(), () -> ChildCli.output(log)))
                .until(() -> ChildCli.output(log).contains("\"e1\""));
        ok(onWithInput(store, event("e2"), "audit", "append"));
        await("the tail prints the event another process appended").atMost(Duration.ofSeconds(30))
                .failFast("the tail ended", () -> assertTrue(tail.isAlive(), () -> ChildCli.output(log)))
                .until(() -> ChildCli.output(log).contains("\"e2\""));

        tail.destroy();
        assertTrue(tail.waitFor(30, TimeUnit.SECONDS), "SIGTERM ends the tail");
        assertEquals(143, tail.exitValue(), ChildCli.output(log));
        List<String> lines = ChildCli.output(log).lines().toList();
        assertEquals(List.of("e1", "e2"), lines.stream().map(line -> {
            try {
                return JSON.readTree(line).get("event_id").asText();
            } catch (java.io.IOException e) {
                throw new AssertionError("not a JSON line (nothing but events is printed): " + line, e);
            }
        }).toList());
        ok(onWithInput(store, event("e3"), "audit", "append"));
    }

    @Test
    void aTailWhoseOutputIsClosedEndsWithStatus0() throws Exception {
        String store = migratedStore();
        ok(onWithInput(store, event("e1"), "audit", "append"));
        Path errors = dir.resolve("follow-errors.log");
        Process tail = follow(errors, store, true);
        BufferedReader out = new BufferedReader(new InputStreamReader(tail.getInputStream(), StandardCharsets.UTF_8));

        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).get(START.toSeconds(), TimeUnit.SECONDS);
        assertTrue(first.contains("\"e1\""), first);
        out.close();
        ok(onWithInput(store, event("e2"), "audit", "append"));

        assertTrue(tail.waitFor(60, TimeUnit.SECONDS), "a tail with nobody reading ends: " + ChildCli.output(errors));
        assertEquals(0, tail.exitValue(), ChildCli.output(errors));
        assertFalse(ChildCli.output(errors).contains("Exception"), ChildCli.output(errors));
    }
}
