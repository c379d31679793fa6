package io.runledger.http;

/** The Auth HTTP contract on the JSON file backend. */
class JsonAuthApiTest extends AuthApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
