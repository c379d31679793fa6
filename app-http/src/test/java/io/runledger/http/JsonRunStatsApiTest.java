package io.runledger.http;

/** The run aggregates HTTP contract on the JSON file backend. */
class JsonRunStatsApiTest extends RunStatsApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("json", "state.json");
    }
}
