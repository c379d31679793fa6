package io.runledger.http;

/** The OpenApi HTTP contract on the JSON file backend. */
class JsonOpenApiApiTest extends OpenApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
