package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.Check;

/** One check of {@code GET /v1/store}, e.g. {@code journal_mode} ok with detail {@code wal}. */
@JsonPropertyOrder(alphabetic = true)
public record CheckView(
        @JsonProperty("name") String name,
        @JsonProperty("ok") boolean ok,
        @JsonProperty("detail") String detail) {

    public static CheckView of(Check check) {
        return new CheckView(check.name(), check.ok(), check.detail());
    }
}
