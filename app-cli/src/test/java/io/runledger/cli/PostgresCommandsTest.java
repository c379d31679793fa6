package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" on PostgreSQL, in-process: {@code --backend postgres --state <jdbc url>}
 * with doctor, db migrate, db status and audit append, and the configuration and connection failures.
 */
class PostgresCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    private Cli.Result run(String url, String... command) {
        return runWithInput(url, "", command);
    }

    private Cli.Result runWithInput(String url, String stdin, String... command) {
        List<String> args = new ArrayList<>(List.of("--backend", "postgres", "--state", url));
        args.addAll(List.of(command));
        return new Cli(dir).runWithInput(stdin, args.toArray(String[]::new));
    }

    @Test
    void doctorOnAnEmptyDatabaseIsNotInitializedYetAndCreatesNothing() throws Exception {
        String database = databases.fresh();

        Cli.Result doctor = run(databases.url(database), "doctor");

        assertEquals(3, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("not initialized yet"), doctor.toString());
        assertEquals(1, doctor.errLines().size(), doctor.toString());
        assertTrue(doctor.err().strip().endsWith("(reason: store_not_initialized)"), doctor.toString());
        assertEquals(List.of(), databases.tables(database), "doctor must not create anything");
    }

    @Test
    void afterMigrateDoctorReportsAHealthyServerStoreAtHead() throws Exception {
        String url = databases.freshUrl();
        assertEquals(3, run(url, "doctor").exitCode());

        Cli.Result migrate = run(url, "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());

        Cli.Result doctor = run(url, "doctor", "--json");
        assertEquals(0, doctor.exitCode(), doctor.toString());
        assertEquals("", doctor.err());
        JsonNode report = JSON.readTree(doctor.out());
        assertTrue(report.get("ok").asBoolean(), report.toString());
        assertEquals("postgres", report.get("store_backend").asText());
        assertEquals("server", report.get("persistence_mode").asText());
        assertTrue(report.get("initialized").asBoolean());
        assertEquals(report.get("schema_head").asInt(), report.get("schema_version").asInt());
        for (JsonNode check : report.get("checks")) {
            assertTrue(check.get("ok").asBoolean(), check.toString());
        }
    }

    @Test
    void statusJsonReportsThePostgresStoreAtHead() throws Exception {
        String url = databases.freshUrl();
        Cli.Result missing = run(url, "db", "status", "--json");
        assertEquals(3, missing.exitCode(), missing.toString());
        assertFalse(JSON.readTree(missing.out()).get("initialized").asBoolean());
        assertEquals(0, run(url, "db", "migrate").exitCode());

        Cli.Result result = run(url, "db", "status", "--json");

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode status = JSON.readTree(result.out());
        assertEquals(Set.of("store_backend", "location", "initialized", "schema_version", "schema_head", "pending"),
                DoctorTest.keys(status));
        assertEquals("postgres", status.get("store_backend").asText());
        assertTrue(status.get("location").asText().startsWith("jdbc:postgresql://"), status.toString());
        assertTrue(status.get("initialized").asBoolean());
        assertEquals(status.get("schema_head").asInt(), status.get("schema_version").asInt());
        assertTrue(status.get("pending").isEmpty(), status.toString());
    }

    @Test
    void auditAppendPrintsTheIdsOfWhatIsStored() throws Exception {
        String database = databases.fresh();
        String input = "{\"event_id\":\"ev-given\",\"level\":\"info\",\"scope\":\"deploy\",\"event\":\"started\",\"message\":\"v42\"}\n"
                + "{\"level\":\"warn\",\"scope\":\"deploy\",\"event\":\"slow\",\"message\":\"40s\",\"data\":{\"s\":40}}\n";

        Cli.Result appended = runWithInput(databases.url(database), input, "audit", "append", "--print-ids");

        assertEquals(0, appended.exitCode(), appended.toString());
        List<String> printed = appended.outLines();
        assertEquals(2, printed.size(), appended.toString());
        assertEquals("ev-given", printed.get(0));
        List<String> stored = databases.column(database, "SELECT event_id FROM audit_log ORDER BY event_id");
        assertEquals(printed.stream().sorted().toList(), stored);
    }

    @Test
    void withoutAUrlEveryCommandSaysToSetRunledgerPostgresUrl() {
        for (String command : List.of("doctor", "db migrate", "db status", "audit append")) {
            List<String> args = new ArrayList<>(List.of("--backend", "postgres"));
            args.addAll(List.of(command.split(" ")));

            Cli.Result result = new Cli(dir, Map.of()).run(args.toArray(String[]::new));

            assertEquals(2, result.exitCode(), result.toString());
            assertTrue(result.err().contains("RUNLEDGER_POSTGRES_URL"), result.toString());
            assertTrue(result.err().strip().endsWith("(reason: config_invalid)"), result.toString());
        }
    }

    @Test
    void anUnreachableServerIsPostgresUnavailableWithThePasswordHidden() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/ledger?user=runledger&password=s3cret-pw&connectTimeout=2";

        for (String command : List.of("doctor", "db migrate", "db status", "audit append", "store hash")) {
            Cli.Result result = run(url, command.split(" "));

            assertEquals(10, result.exitCode(), command + ": " + result);
            assertTrue(result.err().strip().endsWith("(reason: postgres_unavailable)"), command + ": " + result);
            assertFalse(result.toString().contains("s3cret-pw"), command + ": " + result);
            assertTrue(!result.err().contains("password=") || result.err().contains("password=***"), command + ": " + result);
        }
    }
}
