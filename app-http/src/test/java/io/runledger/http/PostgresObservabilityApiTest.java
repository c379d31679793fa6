package io.runledger.http;

/** The observability HTTP contract on the PostgreSQL backend. */
class PostgresObservabilityApiTest extends ObservabilityApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
