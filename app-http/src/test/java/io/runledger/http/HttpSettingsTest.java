package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {
    @Test
    void withoutTokensOnlyLoopbackAddressesAreAllowed() {
        assertFalse(new HttpSettings("127.0.0.1", 0, 10, AccessTokens.none()).authenticated());
        new HttpSettings("localhost", 0, 10, AccessTokens.none());
        new HttpSettings("::1", 0, 10, AccessTokens.none());

        StoreException refused = assertThrows(StoreException.class,
                () -> new HttpSettings("0.0.0.0", 8080, 10, AccessTokens.none()));
        assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
        assertTrue(refused.getMessage().contains("RUNLEDGER_TOKENS"));
    }

    @Test
    void withTokensAnyAddressIsAllowed() {
        assertTrue(new HttpSettings("0.0.0.0", 8080, 10, AccessTokens.parse("read:a-read-token-0001", "test")).authenticated());
    }

    @Test
    void aPortOutsideTheRangeIsAUsageError() {
        assertEquals(ReasonCode.USAGE_ERROR, assertThrows(StoreException.class,
                () -> new HttpSettings("127.0.0.1", 70_000, 10, AccessTokens.none())).reason());
    }

    @Test
    void aBodyLimitBeyondItsRangeIsConfigInvalid() {
        for (long limit : new long[] {0, (1L << 30) + 1, Long.MAX_VALUE}) {
            assertEquals(ReasonCode.CONFIG_INVALID, assertThrows(StoreException.class,
                    () -> new HttpSettings("127.0.0.1", 0, limit, AccessTokens.none())).reason());
        }
    }
}
