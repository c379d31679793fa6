package io.runledger.http;

/** The Store HTTP contract on the JSON file backend. */
class JsonStoreApiTest extends StoreApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
