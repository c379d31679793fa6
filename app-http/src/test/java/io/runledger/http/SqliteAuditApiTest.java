package io.runledger.http;

/** The Audit HTTP contract on the SQLite backend. */
class SqliteAuditApiTest extends AuditApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
