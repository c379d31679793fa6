package io.runledger.storage.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One diagnostic check of a store, e.g. {@code journal_mode} ok with detail {@code wal}. A failed
 * check may name the reason its failure stands for ({@code failure}); without one, the caller judges
 * the failure by the check's name.
 */
public record Check(String name, boolean ok, String detail, Optional<ReasonCode> failure) {
    /** The name of the checks that compare a store's schema with what its recorded version should have. */
    public static final String SCHEMA_DRIFT = "schema_drift";

    public Check {
        Texts.requireText("name", name);
        Texts.requireText("detail", detail);
        Objects.requireNonNull(failure, "failure");
        if (ok && failure.isPresent()) {
            throw new IllegalArgumentException("a check that passed has no failure reason");
        }
    }

    /** A check whose failure the caller judges by its name. */
    public Check(String name, boolean ok, String detail) {
        this(name, ok, detail, Optional.empty());
    }

    /** One difference between a store's schema and its recorded version's: {@link ReasonCode#SCHEMA_DRIFT}. */
    public static Check drift(String difference) {
        return new Check(SCHEMA_DRIFT, false, difference, Optional.of(ReasonCode.SCHEMA_DRIFT));
    }
}
