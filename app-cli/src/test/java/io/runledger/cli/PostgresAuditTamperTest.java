package io.runledger.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Tampering with a PostgreSQL store (the harness's server) through {@code psql} (skipped visibly without it). */
class PostgresAuditTamperTest extends SqlAuditTamperContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }

    @Override
    void runScript(String location, String script) {
        OutsideTool.required("/usr/bin/psql").run(script, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpqUri(location));
    }

    /**
     * The store's JDBC URL as a libpq connection URI ({@code postgresql://host:port/db?user=…&password=…}),
     * keeping only the parameters both understand.
     */
    private static String libpqUri(String jdbcUrl) {
        String url = jdbcUrl.substring("jdbc:".length());
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String credentials = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> p.startsWith("user=") || p.startsWith("password=")).collect(Collectors.joining("&"));
        return url.substring(0, query) + (credentials.isEmpty() ? "" : "?" + credentials);
    }
}
