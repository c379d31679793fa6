package io.runledger.http;

/** The observability HTTP contract on the sqlite backend. */
class SqliteObservabilityApiTest extends ObservabilityApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
