package io.runledger.http;

/** The Auth HTTP contract on the SQLite backend. */
class SqliteAuthApiTest extends AuthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
