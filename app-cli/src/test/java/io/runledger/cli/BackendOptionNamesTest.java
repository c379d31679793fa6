package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Backend options are checked against the names each backend declares: a misspelt one in the config
 * file ({@code sqlite.busy_timout_ms}) is {@code config_invalid} (exit 2) naming it and listing the
 * backend's options — for every command, before any store is created — and the declared ones work.
 */
class BackendOptionNamesTest {
    private static final Map<String, List<String>> DECLARED = Map.of(
            "sqlite", List.of("busy_timeout_ms", "lock_timeout_ms", "synchronous"),
            "json", List.of("compact_after_bytes", "lock_timeout_ms"),
            "postgres", List.of("connect_timeout_ms", "lock_lease_ms", "lock_timeout_ms", "pool_size", "socket_timeout_ms",
                    "statement_timeout_ms", "tcp_keepalive"));
    private static final Map<String, String> TYPOS = Map.of(
            "sqlite", "sqlite.busy_timout_ms", "json", "json.lock_timout_ms", "postgres", "postgres.pool_sise");
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}\n";

    @TempDir
    Path dir;

    private final PostgresDatabases databases = new PostgresDatabases();
    private String database = "";

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "json", "postgres"})
    void aMisspeltOptionIsRefusedNamingTheKnownOnesAndNothingIsCreated(String backend) throws Exception {
        String typo = TYPOS.get(backend);
        Path config = config(backend, typo + "=5000\n");

        for (Cli.Result result : List.of(
                cli().run("--config", config.toString(), "db", "migrate"),
                cli().runWithInput(EVENT, "--config", config.toString(), "audit", "append"),
                cli().run("--config", config.toString(), "serve", "--port", "0"))) {
            assertEquals(2, result.exitCode(), result.toString());
            String line = result.err().strip();
            assertTrue(line.endsWith("(reason: config_invalid)") && line.lines().count() == 1, result.toString());
            assertTrue(line.contains("\"" + typo + "\""), result.toString());
            String known = String.join(", ", DECLARED.get(backend).stream().map(name -> backend + "." + name).toList());
            assertTrue(line.contains("known options of the " + backend + " backend: " + known), result.toString());
        }
        assertNothingCreated(backend);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "json", "postgres"})
    void theAppVersionRunledgerSetsItselfIsNotAnOption(String backend) throws Exception {
        Path config = config(backend, backend + ".app_version=0.0.1\n");

        Cli.Result result = cli().run("--config", config.toString(), "db", "migrate");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("\"" + backend + ".app_version\"") && result.err().contains("(reason: config_invalid)"),
                result.toString());
        assertNothingCreated(backend);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "json", "postgres"})
    void everyOptionABackendDeclaresIsAccepted(String backend) throws Exception {
        StringBuilder options = new StringBuilder();
        DECLARED.get(backend).forEach(name -> options.append(backend).append('.').append(name)
                .append(switch (name) {
                    case "pool_size" -> "=2\n";
                    case "tcp_keepalive" -> "=true\n";
                    case "synchronous" -> "=full\n";
                    default -> "=5000\n";
                }));

        Cli.Result result = cli().run("--config", config(backend, options.toString()).toString(), "db", "migrate");

        assertEquals(0, result.exitCode(), result.toString());
    }

    private Path config(String backend, String options) throws IOException {
        String state = switch (backend) {
            case "sqlite" -> dir.resolve("store").resolve("s.sqlite").toString();
            case "json" -> dir.resolve("store").resolve("s.json").toString();
            default -> {
                database = databases.fresh();
                yield databases.url(database);
            }
        };
        return Files.writeString(dir.resolve("runledger.properties"), "backend=" + backend + "\nstate=" + state + "\n" + options);
    }

    private void assertNothingCreated(String backend) throws IOException, SQLException {
        if (backend.equals("postgres")) {
            assertEquals(List.of(), databases.tables(database), "no table was created");
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(dir.resolve("runledger.properties")), files.toList(), "nothing beside the config file");
            }
        }
    }

    private Cli cli() {
        return new Cli(dir);
    }
}
