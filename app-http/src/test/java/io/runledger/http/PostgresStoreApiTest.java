package io.runledger.http;

/** The Store HTTP contract on the PostgreSQL backend. */
class PostgresStoreApiTest extends StoreApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
