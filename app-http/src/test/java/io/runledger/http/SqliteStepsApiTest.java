package io.runledger.http;

/** The Steps HTTP contract on the SQLite backend. */
class SqliteStepsApiTest extends StepsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
