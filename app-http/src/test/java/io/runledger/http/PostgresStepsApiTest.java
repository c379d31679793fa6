package io.runledger.http;

/** The Steps HTTP contract on the PostgreSQL backend. */
class PostgresStepsApiTest extends StepsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
