package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The audit chain in {@code GET /v1/store}: its {@code head} now, whether the server is verifying it at
 * this moment ({@code verifying}), and the server's last finished verification ({@code last_verification},
 * null until the first one finished). The server verifies by itself — never writing to the store — at
 * start and when a {@code GET /v1/store} finds its last verification older than
 * {@code audit.verify_max_age_ms}, each for at most {@code audit.verify_budget_ms}.
 */
@JsonPropertyOrder(alphabetic = true)
public record AuditChainView(
        @JsonProperty("head") AuditHeadView head,
        @JsonProperty("verifying") boolean verifying,
        @JsonProperty("last_verification") ChainVerificationView lastVerification) {
}
