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
        AccessTokens tokens = AccessTokens.parse("read:reader-token-0001, write:writer-token-0001,admin:admin-token-00001,"
                + "read:both-roles-token-1,write:both-roles-token-1", "RUNLEDGER_TOKENS");

        assertEquals(Optional.of(Role.READ), tokens.roleOf("reader-token-0001"));
        assertEquals(Optional.of(Role.WRITE), tokens.roleOf("writer-token-0001"));
        assertEquals(Optional.of(Role.ADMIN), tokens.roleOf("admin-token-00001"));
        assertEquals(Optional.of(Role.WRITE), tokens.roleOf("both-roles-token-1"));
        assertEquals(Optional.empty(), tokens.roleOf("reader-token-0002"));
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
    void aTokenShorterThan16CharactersIsRefusedWithoutShowingIt() {
        AccessTokens.parse("read:exactly-16-chars", "t");
        for (String list : List.of("read:s3cret", "admin:s3cret-15-chars", "write:s3cret-Z8/=")) {
            StoreException e = assertThrows(StoreException.class, () -> AccessTokens.parse(list, "config file x: http.tokens"));
            assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
            assertTrue(e.getMessage().contains("entry 1 of the token list from config file x: http.tokens"), e.getMessage());
            assertTrue(e.getMessage().contains("16 characters"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        }
    }

    @Test
    void rolesAreOrdered() {
        assertTrue(Role.ADMIN.allows(Role.WRITE));
        assertTrue(Role.WRITE.allows(Role.READ));
        assertFalse(Role.READ.allows(Role.WRITE));
        assertFalse(AccessTokens.parse("read:secret-in-the-list", "t").toString().contains("secret"));
    }
}
