package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /livez}: the process answers ({@code status} is always {@code ok}). */
public record LiveView(@JsonProperty("status") String status) {
}
