package io.runledger.http;

/** The audit chain HTTP contract on the JSON backend. */
class JsonAuditChainApiTest extends AuditChainApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
