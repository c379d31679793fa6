package io.runledger.http;

/** The OpenApi HTTP contract on the PostgreSQL backend. */
class PostgresOpenApiApiTest extends OpenApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
