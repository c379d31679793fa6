package io.runledger.http;

/** The RequestErrors HTTP contract on the SQLite backend. */
class SqliteRequestErrorsApiTest extends RequestErrorsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
