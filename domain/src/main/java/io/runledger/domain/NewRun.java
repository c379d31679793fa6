package io.runledger.domain;

import io.runledger.storage.api.CanonicalJson;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A run as a client asks to create it. {@code runId} is optional (generated when absent); give
 * {@code config} to have its hash computed, or {@code configHash} alone when only the hash is known.
 */
public record NewRun(Optional<String> runId, CanonicalJson args, Optional<String> gitSha,
                     Optional<CanonicalJson> config, Optional<String> configHash, Map<String, String> labels) {
    public NewRun {
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(gitSha, "git_sha");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configHash, "config_hash");
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(labels, "labels")));
    }

    /** A run with these args and nothing else set. */
    public static NewRun of(CanonicalJson args) {
        return new NewRun(Optional.empty(), args, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
