package io.runledger.storage.api;

import java.util.Objects;

/**
 * The one unchecked failure that crosses a port. It carries a {@link ReasonCode} and a message
 * meant for the user: one line, saying what is wrong and, where possible, what to do.
 * Adapters translate driver exceptions into this at their boundary.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    public StoreException(ReasonCode reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public StoreException(ReasonCode reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ReasonCode reason() {
        return reason;
    }
}
