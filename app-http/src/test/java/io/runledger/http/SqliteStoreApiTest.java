package io.runledger.http;

/** The Store HTTP contract on the SQLite backend. */
class SqliteStoreApiTest extends StoreApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
