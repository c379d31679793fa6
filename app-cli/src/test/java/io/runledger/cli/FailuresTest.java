package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailuresTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Failures failures = new Failures(new CommandContext(
            new Console(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err), Map.of(), Path.of("")));

    @Test
    void aBugIsAnInternalErrorWithACorrelationIdAndNoStackTrace() {
        int exitCode = failures.handleExecutionException(new IllegalStateException("boom"), null, null);

        assertEquals(1, exitCode);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.matches("runledger: internal error [0-9A-Z]{26}: .*boom.*--verbose.*\\(reason: internal_error\\)\\R"),
                text);
        assertFalse(text.contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void aStoreFailureIsItsMessageAndReasonOnOneLineWithSecretsHidden() {
        int exitCode = failures.report(new StoreException(ReasonCode.POSTGRES_UNAVAILABLE,
                "cannot reach jdbc:postgresql://app:s3cret@db/ledger\nconnection refused"));

        assertEquals(10, exitCode);
        assertEquals("runledger: cannot reach jdbc:postgresql://app:***@db/ledger; connection refused "
                + "(reason: postgres_unavailable)\n", err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
