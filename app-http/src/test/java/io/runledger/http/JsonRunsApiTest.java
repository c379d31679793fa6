package io.runledger.http;

/** The Runs HTTP contract on the JSON file backend. */
class JsonRunsApiTest extends RunsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
