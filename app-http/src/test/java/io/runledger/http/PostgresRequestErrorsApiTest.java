package io.runledger.http;

/** The RequestErrors HTTP contract on the PostgreSQL backend. */
class PostgresRequestErrorsApiTest extends RequestErrorsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
