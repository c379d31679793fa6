package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The text limits every backend can hold (PostgreSQL's are the strictest): a git_sha of at most 255
 * characters, a scope of at most 1,024 bytes of UTF-8, a label name of at most 256 and a value of at
 * most 1,024 bytes. Up to the limit is accepted, one more is {@code validation_failed} naming the field.
 */
class TextLimitsTest {
    /** Four bytes of UTF-8, two Java chars. */
    private static final String ROCKET = "🚀";

    @Test
    void aGitShaMayHave255CharactersCountedAsCodePoints() {
        assertDoesNotThrow(() -> run("x".repeat(255), Map.of()));
        assertDoesNotThrow(() -> run(ROCKET.repeat(255), Map.of()));
        refused("git_sha", () -> run("x".repeat(256), Map.of()));
    }

    @Test
    void aLabelNameMayHave256BytesAndAValue1024() {
        assertDoesNotThrow(() -> run("abc", Map.of("n".repeat(256), ROCKET.repeat(256))));
        refused("label name", () -> run("abc", Map.of(ROCKET.repeat(64) + "n", "v")));
        refused("label value", () -> run("abc", Map.of("n", "é".repeat(512) + "v")));
    }

    @Test
    void aScopeMayHave1024Bytes() {
        assertDoesNotThrow(() -> event("s".repeat(1024)));
        assertDoesNotThrow(() -> event(ROCKET.repeat(256)));
        refused("scope", () -> event("s".repeat(1025)));
        refused("scope", () -> event("€".repeat(342)));
    }

    private static NewRun run(String gitSha, Map<String, String> labels) {
        return new NewRun(Optional.empty(), CanonicalJson.EMPTY_OBJECT, Optional.of(gitSha), Optional.empty(),
                Optional.empty(), labels);
    }

    private static NewAuditEvent event(String scope) {
        return new NewAuditEvent(Optional.empty(), Optional.empty(), AuditLevel.INFO, Optional.empty(), scope, "e", "m",
                CanonicalJson.EMPTY_OBJECT);
    }

    private static void refused(String field, Executable creation) {
        StoreException e = assertThrows(StoreException.class, creation);
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith(field + " must be at most"), e.getMessage());
    }
}
