package io.runledger.http;

/** The Auth HTTP contract on the PostgreSQL backend. */
class PostgresAuthApiTest extends AuthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
