package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.Label;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;

class WireNamesTest {
    @Test
    void wireNamesReadAsTheirValues() {
        assertEquals(RunStatus.CANCELLED, WireNames.runStatus("cancelled"));
        assertEquals(StepStatus.SKIPPED, WireNames.stepStatus("skipped"));
        assertEquals(AuditLevel.WARN, WireNames.auditLevel("warn"));
        assertEquals(new Label("env", "a=b"), WireNames.label("env=a=b"));
    }

    @Test
    void anythingElseIsValidationFailedListingTheNames() {
        assertEquals("status must be one of running, succeeded, failed, cancelled (got \"done\")",
                refused(() -> WireNames.runStatus("done")));
        assertEquals("status must be one of pending, running, succeeded, failed, skipped (got \"RUNNING\")",
                refused(() -> WireNames.stepStatus("RUNNING")));
        assertEquals("level must be one of debug, info, warn, error (got \"fatal\")",
                refused(() -> WireNames.auditLevel("fatal")));
        for (String label : new String[] {"env", "=prod", "env=", ""}) {
            assertEquals("label must be NAME=VALUE, e.g. env=prod (got \"" + label + "\")",
                    refused(() -> WireNames.label(label)));
        }
    }

    private static String refused(Runnable read) {
        StoreException failure = assertThrows(StoreException.class, read::run);
        assertEquals(ReasonCode.VALIDATION_FAILED, failure.reason());
        return failure.getMessage();
    }
}
