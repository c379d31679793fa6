package io.runledger.http;

/** The Steps HTTP contract on the JSON file backend. */
class JsonStepsApiTest extends StepsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
