package io.runledger.http;

/** The Audit HTTP contract on the PostgreSQL backend. */
class PostgresAuditApiTest extends AuditApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }
}
