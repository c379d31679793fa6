package io.runledger.http;

/** The run aggregates HTTP contract on the SQLite backend. */
class SqliteRunStatsApiTest extends RunStatsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
