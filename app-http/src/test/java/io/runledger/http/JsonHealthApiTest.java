package io.runledger.http;

/** The Health HTTP contract on the JSON file backend. */
class JsonHealthApiTest extends HealthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
