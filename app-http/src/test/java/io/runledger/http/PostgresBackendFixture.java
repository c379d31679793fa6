package io.runledger.http;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.bootstrap.RunledgerConfig;
import io.runledger.testing.postgres.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL backend found through the installed providers, exactly as {@code runledger serve
 * --backend postgres --state jdbc:…} finds it: each fresh store is a new, empty database on the test
 * JVM's one server (postgres-harness); closing drops the databases it made.
 */
class PostgresBackendFixture implements HttpBackendFixture {
    private final TestServer server = TestServer.get();
    private final List<String> databases = new ArrayList<>();

    @Override
    public String backend() {
        return "postgres";
    }

    @Override
    public LedgerRuntime freshRuntime() {
        String database = server.createDatabase();
        databases.add(database);
        ProviderRegistry registry = ProviderRegistry.installed();
        RunledgerConfig config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend()), Optional.of(server.url(database)), Optional.empty()),
                Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
        return LedgerRuntime.start(config, registry);
    }

    /** The name of the database the newest {@link #freshRuntime()} made. */
    String newestDatabase() {
        return databases.get(databases.size() - 1);
    }

    /** The test JVM's server, for tests that look at it from outside the store. */
    TestServer server() {
        return server;
    }

    @Override
    public void close() {
        databases.forEach(server::dropDatabase);
        databases.clear();
    }
}
