package io.runledger.http;

/** The audit chain HTTP contract on the SQLite backend. */
class SqliteAuditChainApiTest extends AuditChainApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }
}
