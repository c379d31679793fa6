package io.runledger.http;

/** The observability HTTP contract on the json backend. */
class JsonObservabilityApiTest extends ObservabilityApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
