package io.runledger.http;

/** The OpenApi HTTP contract on the SQLite backend. */
class SqliteOpenApiApiTest extends OpenApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
