package io.runledger.http;

/** The ExactNumbers HTTP contract on the PostgreSQL backend. */
class PostgresExactNumbersApiTest extends ExactNumbersApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
