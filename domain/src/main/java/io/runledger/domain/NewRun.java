package io.runledger.domain;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run as a client asks to create it. {@code runId} is optional (generated when absent); give
 * {@code config} to have its hash computed, or {@code configHash} alone when only the hash is known.
 * Raises {@link io.runledger.storage.api.ReasonCode#VALIDATION_FAILED} for a {@code git_sha} over 255
 * characters, a label name over 256 or a label value over 1,024 bytes of UTF-8 (every backend can hold
 * what passes), and for a {@code runId} that is {@linkplain #RESERVED_RUN_IDS reserved}.
 */
public record NewRun(Optional<String> runId, CanonicalJson args, Optional<String> gitSha,
                     Optional<CanonicalJson> config, Optional<String> configHash, Map<String, String> labels) {
    /**
     * Ids a new run may not take: {@code GET /v1/runs/stats} answers the run aggregates, so a run with
     * that id could not be read at {@code GET /v1/runs/{run_id}} (docs/HTTP.md). Runs stored with such
     * an id before stay as they are: listed, counted, exported, finished; only creating one is refused.
     */
    public static final Set<String> RESERVED_RUN_IDS = Set.of("stats");

    public NewRun {
        Objects.requireNonNull(runId, "run_id");
        runId.filter(RESERVED_RUN_IDS::contains).ifPresent(id -> {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "run_id \"" + id + "\" is reserved: GET /v1/runs/"
                    + id + " answers the run aggregates, so the run could not be read by its id; choose another id");
        });
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(gitSha, "git_sha");
        gitSha.ifPresent(sha -> TextLimits.requireCharacters("git_sha", sha, TextLimits.GIT_SHA_CHARACTERS));
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configHash, "config_hash");
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(labels, "labels")));
        labels.forEach((name, value) -> {
            TextLimits.requireUtf8Bytes("label name", name, TextLimits.LABEL_NAME_BYTES);
            TextLimits.requireUtf8Bytes("label value", Objects.requireNonNull(value, "label value"),
                    TextLimits.LABEL_VALUE_BYTES);
        });
    }

    /** A run with these args and nothing else set. */
    public static NewRun of(CanonicalJson args) {
        return new NewRun(Optional.empty(), args, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
