package io.runledger.http;

/** The RequestErrors HTTP contract on the JSON file backend. */
class JsonRequestErrorsApiTest extends RequestErrorsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
