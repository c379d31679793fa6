package io.runledger.storage.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A run of some automation. {@code configHash} is the SHA-256 (lowercase hex) of the run's config in
 * canonical JSON; labels are kept sorted by name so that equal runs compare equal.
 */
public record Run(RunId runId, Instant createdAt, CanonicalJson args, Optional<String> gitSha,
                  Optional<String> configHash, RunStatus status, Optional<Instant> finishedAt,
                  Map<String, String> labels) implements LedgerRecord {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Run {
        Objects.requireNonNull(runId, "run_id");
        Timestamps.requireMicros("created_at", createdAt);
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(gitSha, "git_sha");
        Objects.requireNonNull(configHash, "config_hash");
        configHash.filter(h -> !SHA256_HEX.matcher(h).matches()).ifPresent(h -> {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "config_hash must be 64 lowercase hex characters (got " + Texts.quote(h) + ")");
        });
        Objects.requireNonNull(status, "status");
        Timestamps.requireMicros("finished_at", finishedAt);
        Objects.requireNonNull(labels, "labels");
        labels.forEach((name, value) -> {
            Texts.requireText("label name", name);
            Texts.requireText("label value", value);
        });
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** This run with another status and finish time; everything else unchanged. */
    public Run withStatus(RunStatus newStatus, Optional<Instant> newFinishedAt) {
        return new Run(runId, createdAt, args, gitSha, configHash, newStatus, newFinishedAt, labels);
    }

    /** The same run with other labels. */
    public Run withLabels(Map<String, String> newLabels) {
        return new Run(runId, createdAt, args, gitSha, configHash, status, finishedAt, newLabels);
    }
}
