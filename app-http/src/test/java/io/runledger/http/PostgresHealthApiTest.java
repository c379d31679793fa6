package io.runledger.http;

/** The Health HTTP contract on the PostgreSQL backend. */
class PostgresHealthApiTest extends HealthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
