package io.runledger.http;

/** The Runs HTTP contract on the SQLite backend. */
class SqliteRunsApiTest extends RunsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
