package io.runledger.http;

/** The Health HTTP contract on the SQLite backend. */
class SqliteHealthApiTest extends HealthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
