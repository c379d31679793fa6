package io.runledger.http;

/** The run aggregates HTTP contract on the PostgreSQL backend. */
class PostgresRunStatsApiTest extends RunStatsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
