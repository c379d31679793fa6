package io.runledger.http;

/** The ExactNumbers HTTP contract on the SQLite backend. */
class SqliteExactNumbersApiTest extends ExactNumbersApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
