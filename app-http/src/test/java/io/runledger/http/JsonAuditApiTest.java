package io.runledger.http;

/** The Audit HTTP contract on the JSON file backend. */
class JsonAuditApiTest extends AuditApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
