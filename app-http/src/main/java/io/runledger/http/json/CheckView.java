package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.Redaction;

/** One check of {@code GET /v1/store/check}, e.g. {@code journal_mode} ok with detail {@code wal}; the detail never shows a password. */
@JsonPropertyOrder(alphabetic = true)
public record CheckView(
        @JsonProperty("name") String name,
        @JsonProperty("ok") boolean ok,
        @JsonProperty("detail") String detail) {

    public static CheckView of(Check check) {
        return new CheckView(check.name(), check.ok(), Redaction.hideSecrets(check.detail()));
    }
}
