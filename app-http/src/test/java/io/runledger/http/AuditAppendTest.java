package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditAppendTest {
    @Test
    void theKeyJustBeforeAnIdSortsBeforeItAndAfterEveryOtherSmallerId() {
        String key = AuditAppend.justBefore("ab").orElseThrow();

        assertEquals(128, key.length());
        assertTrue(key.compareTo("ab") < 0);
        assertTrue(key.compareTo("aa" + "z".repeat(126)) >= 0);
        assertTrue(key.startsWith("aaz"));
    }

    @Test
    void anIdEndingInTheLowestCharacterHasItsPrefixBeforeIt() {
        assertEquals(Optional.of("ab"), AuditAppend.justBefore("ab-"));
        assertEquals(Optional.empty(), AuditAppend.justBefore("-"));
    }
}
