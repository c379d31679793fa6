package io.runledger.http;

/** The Runs HTTP contract on the PostgreSQL backend. */
class PostgresRunsApiTest extends RunsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
