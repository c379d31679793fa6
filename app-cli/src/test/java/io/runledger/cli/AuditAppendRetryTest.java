package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.PageRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code audit append} follows the same retry rule as {@code POST /v1/audit}: a line retried with the
 * same {@code event_id} and content (and no {@code ts}) is stored once and printed again; the same id
 * with other content is a {@code duplicate_id}.
 */
class AuditAppendRetryTest {
    @TempDir
    Path dir;

    private static String line(String id, String message) {
        return "{\"event_id\":\"" + id + "\",\"level\":\"info\",\"scope\":\"ci\",\"event\":\"step\",\"message\":\""
                + message + "\"}\n";
    }

    private Cli.Result append(String backend, String state, String input) {
        return new Cli(dir).runWithInput(input, "--backend", backend, "--state", state, "audit", "append", "--print-ids");
    }

    @ParameterizedTest
    @CsvSource({"sqlite, s.sqlite", "json, j/state.json"})
    void aRetriedLineIsStoredOnceAndPrintedAgain(String backend, String state) {
        assertEquals(List.of("job-1"), append(backend, state, line("job-1", "built")).outLines());
        List<AuditEvent> first = stored(backend, state);

        Cli.Result retry = append(backend, state, line("job-0", "new") + line("job-1", "built"));

        assertEquals(0, retry.exitCode(), retry.toString());
        assertEquals(List.of("job-0", "job-1"), retry.outLines());
        List<AuditEvent> after = stored(backend, state);
        assertEquals(2, after.size(), after.toString());
        assertEquals(first.get(0), after.get(1), "the retried event is the one stored first, timestamp included");
    }

    @ParameterizedTest
    @CsvSource({"sqlite, s.sqlite", "json, j/state.json"})
    void theSameIdWithOtherContentIsADuplicateAndStoresNothingOfItsBatch(String backend, String state) {
        append(backend, state, line("job-1", "built"));

        Cli.Result clash = append(backend, state, line("job-2", "new") + line("job-1", "failed"));

        assertEquals(14, clash.exitCode(), clash.toString());
        assertTrue(clash.err().strip().endsWith("(reason: duplicate_id)"), clash.toString());
        assertEquals(List.of(), clash.outLines());
        assertEquals(1, stored(backend, state).size());
    }

    private List<AuditEvent> stored(String backend, String state) {
        ProviderRegistry registry = ProviderRegistry.installed();
        var config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend), Optional.of(state), Optional.empty()), Map.of(), dir);
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.store();
            return runtime.auditTrail().find(AuditFilter.ALL, PageRequest.first(1000)).items();
        }
    }
}
