package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command contract on PostgreSQL ({@code --backend postgres --state <jdbc url>}), and the
 * configuration and connection failures only a server backend has.
 */
class PostgresCommandsTest extends CommandsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
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
            Cli.Result result = on(url, command.split(" "));

            assertEquals(10, result.exitCode(), command + ": " + result);
            assertTrue(result.err().strip().endsWith("(reason: postgres_unavailable)"), command + ": " + result);
            assertFalse(result.toString().contains("s3cret-pw"), command + ": " + result);
            assertTrue(!result.err().contains("password=") || result.err().contains("password=***"), command + ": " + result);
        }
    }
}
