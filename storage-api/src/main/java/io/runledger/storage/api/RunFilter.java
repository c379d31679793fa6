package io.runledger.storage.api;

import java.util.Objects;
import java.util.Optional;

/** Which runs a listing returns; an empty filter matches every run. */
public record RunFilter(Optional<RunStatus> status, Optional<Label> label) {
    public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty());

    public RunFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(label, "label");
    }
}
