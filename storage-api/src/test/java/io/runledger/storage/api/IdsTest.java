package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void anIdIsOneTo128CharactersOfTheFormatsAlphabet() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
        assertEquals(alphabet, new RunId(alphabet).value());
        assertEquals("x".repeat(128), new EventId("x".repeat(128)).value());
        assertEquals("a", new StepId("a").value());
    }

    @Test
    void anythingElseIsRefusedNamingTheKind() {
        for (String bad : List.of("", "x".repeat(129), "a b", "a/b", "é", "a\n", "ａ", "a+b", "a@b", "[a]", "a`")) {
            StoreException refusal = assertThrows(StoreException.class, () -> new RunId(bad), bad);
            assertEquals(ReasonCode.VALIDATION_FAILED, refusal.reason());
        }
        assertThrows(StoreException.class, () -> new EventId(null));
    }
}
