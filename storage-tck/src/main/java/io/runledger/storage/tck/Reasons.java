package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on failures crossing a port: always a StoreException, with the right reason and a one-line message. */
public final class Reasons {
    private Reasons() {
    }

    /**
     * Runs {@code action} and asserts it fails with a {@link StoreException} carrying {@code expected}.
     * Any other exception type (a driver's, an IllegalStateException …) escaping the port fails the test;
     * the cause chain may hold anything.
     */
    public static StoreException assertFailsWith(ReasonCode expected, Executable action) {
        Throwable thrown = assertThrows(Throwable.class, action, "expected a StoreException with reason " + expected);
        if (!(thrown instanceof StoreException failure)) {
            return fail("expected StoreException(" + expected + ") but " + thrown.getClass().getName()
                    + " escaped the port: " + thrown.getMessage(), thrown);
        }
        assertEquals(expected, failure.reason(), () -> "wrong reason; message was: " + failure.getMessage());
        String message = failure.getMessage();
        assertNotNull(message, "a StoreException needs a message for the user");
        assertFalse(message.isBlank(), "a StoreException needs a message for the user");
        assertFalse(message.contains("\n"), () -> "the message must be one line: " + message);
        return failure;
    }
}
