package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
    @Test
    void eachTokenHasItsRoleAndTheHighestRoleWins() {
        AccessTokens tokens = AccessTokens.parse("read:r1, write:w1,admin:a1,read:both,write:both", "RUNLEDGER_TOKENS");

        assertEquals(Optional.of(Role.READ), tokens.roleOf("r1"));
        assertEquals(Optional.of(Role.WRITE), tokens.roleOf("w1"));
        assertEquals(Optional.of(Role.ADMIN), tokens.roleOf("a1"));
        assertEquals(Optional.of(Role.WRITE), tokens.roleOf("both"));
        assertEquals(Optional.empty(), tokens.roleOf("r2"));
        assertEquals(Optional.empty(), tokens.roleOf(""));
    }

    @Test
    void aTokenMayBeGivenAsItsSha256() {
        String hex = HexFormat.of().formatHex(AccessTokens.sha256("s3cret"));

        AccessTokens tokens = AccessTokens.parse("admin:sha256:" + hex.toUpperCase(java.util.Locale.ROOT), "file");

        assertEquals(Optional.of(Role.ADMIN), tokens.roleOf("s3cret"));
        assertEquals(Optional.empty(), tokens.roleOf("sha256:" + hex));
    }

    @Test
    void badEntriesAreRefusedWithoutShowingTheToken() {
        for (String list : List.of("s3cret-value", "root:s3cret-value", "read:", "read:s3cret value", "read:a,,write:s3cret-value")) {
            StoreException e = assertThrows(StoreException.class, () -> AccessTokens.parse(list, "RUNLEDGER_TOKENS"));
            assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
            assertTrue(e.getMessage().contains("RUNLEDGER_TOKENS"), e.getMessage());
        }
    }

    @Test
    void rolesAreOrdered() {
        assertTrue(Role.ADMIN.allows(Role.WRITE));
        assertTrue(Role.WRITE.allows(Role.READ));
        assertFalse(Role.READ.allows(Role.WRITE));
        assertFalse(AccessTokens.parse("read:x", "t").toString().contains("x]"));
    }
}
