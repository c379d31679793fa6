package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainLinkTest {
    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void aChainHashIsSixtyFourLowercaseHexDigits() {
        assertTrue(ChainLink.isHash(HASH));
        assertTrue(ChainLink.isHash("f".repeat(64)));
        assertEquals(new ChainLink(7, HASH), new ChainLink(7, HASH));
    }

    @Test
    void anythingElseIsNotAChainHash() {
        for (String bad : List.of("", HASH.substring(1), HASH + "0", HASH.toUpperCase(), "g" + HASH.substring(1),
                "/" + HASH.substring(1), ":" + HASH.substring(1), "`" + HASH.substring(1), HASH.substring(1) + "\u0100",
                HASH.substring(1) + "\uff10", HASH.substring(1) + " ")) {
            assertFalse(ChainLink.isHash(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new ChainLink(1, bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new ChainLink(-1, HASH));
    }
}
