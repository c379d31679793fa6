package io.runledger.domain;

import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.Label;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a client writes for a status, a level or a label filter, read into the domain's values: the
 * HTTP API's bodies and query parameters and the CLI's options read them here, so both accept the same
 * names and refuse the rest with the same {@link ReasonCode#VALIDATION_FAILED} message.
 */
public final class WireNames {
    private WireNames() {
    }

    /** A run status by its wire name ({@code running}, {@code succeeded}, {@code failed}, {@code cancelled}). */
    public static RunStatus runStatus(String name) {
        return read("status", name, RunStatus::fromWire, RunStatus::values);
    }

    /** A step status by its wire name ({@code pending}, {@code running}, {@code succeeded}, {@code failed}, {@code skipped}). */
    public static StepStatus stepStatus(String name) {
        return read("status", name, StepStatus::fromWire, StepStatus::values);
    }

    /** An audit level by its wire name ({@code debug}, {@code info}, {@code warn}, {@code error}). */
    public static AuditLevel auditLevel(String name) {
        return read("level", name, AuditLevel::fromWire, AuditLevel::values);
    }

    /** A label filter, {@code NAME=VALUE} split at the first {@code =}; neither part may be empty. */
    public static Label label(String text) {
        int eq = text.indexOf('=');
        if (eq < 1 || eq == text.length() - 1) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "label must be NAME=VALUE, e.g. env=prod (got \"" + text + "\")");
        }
        return new Label(text.substring(0, eq), text.substring(eq + 1));
    }

    private static <E extends Enum<E>> E read(String field, String name, Function<String, Optional<E>> fromWire,
                                              Supplier<E[]> values) {
        return fromWire.apply(name).orElseThrow(() -> new StoreException(ReasonCode.VALIDATION_FAILED,
                field + " must be one of " + Arrays.stream(values.get()).map(Enum::toString).collect(Collectors.joining(", "))
                        + " (got \"" + name + "\")"));
    }
}
