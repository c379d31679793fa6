package io.runledger.http;

/** The ExactNumbers HTTP contract on the JSON file backend. */
class JsonExactNumbersApiTest extends ExactNumbersApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
