package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreStatus;
import java.util.Optional;

/**
 * {@code GET /v1/store}: where the store stands, from one status read — the backend, its persistence
 * mode, the schema version against this binary's head, and {@code ok} or the {@code reason} it is not
 * usable; for a usable store, how many audit prunes it records ({@code prunes}) and the last one
 * ({@code last_prune}, absent when none; both absent for a store that is not usable, and in the
 * doctor's report of {@code GET /v1/store/check}, whose {@code audit_prunes} check names the last prune), and
 * the audit chain ({@code audit_chain}: its head and the server's last verification; absent likewise). No check
 * results and no row counts (counting is a full scan on PostgreSQL); the doctor's
 * checks are {@code GET /v1/store/check}, for the admin role.
 */
@JsonPropertyOrder(alphabetic = true)
public record StoreSummaryView(
        @JsonProperty("ok") boolean ok,
        @JsonProperty("reason") String reason,
        @JsonProperty("store_backend") String storeBackend,
        @JsonProperty("persistence_mode") String persistenceMode,
        @JsonProperty("initialized") boolean initialized,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("schema_head") int schemaHead,
        @JsonProperty("prunes") @JsonInclude(JsonInclude.Include.NON_NULL) Integer prunes,
        @JsonProperty("last_prune") @JsonInclude(JsonInclude.Include.NON_NULL) PruneRecordView lastPrune,
        @JsonProperty("audit_chain") @JsonInclude(JsonInclude.Include.NON_NULL) AuditChainView auditChain) {

    /** The summary without prune information (the doctor's report, or a store that is not usable). */
    public StoreSummaryView(boolean ok, String reason, String storeBackend, String persistenceMode, boolean initialized,
                            int schemaVersion, int schemaHead) {
        this(ok, reason, storeBackend, persistenceMode, initialized, schemaVersion, schemaHead, null, null, null);
    }

    public static StoreSummaryView of(StoreStatus status, Optional<ReasonCode> unusable, Optional<AuditPrunes> pruned,
                                      Optional<AuditChainView> auditChain) {
        return new StoreSummaryView(unusable.isEmpty(), unusable.map(ReasonCode::code).orElse(null), status.backend(),
                status.persistenceMode(), status.initialized(), status.schemaVersion(), status.schemaHead(),
                pruned.map(p -> p.all().size()).orElse(null),
                pruned.flatMap(AuditPrunes::last).map(PruneRecordView::of).orElse(null), auditChain.orElse(null));
    }
}
