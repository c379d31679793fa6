package io.runledger.http;

/** The audit chain HTTP contract on the PostgreSQL backend. */
class PostgresAuditChainApiTest extends AuditChainApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
