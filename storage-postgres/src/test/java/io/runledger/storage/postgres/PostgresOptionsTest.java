package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Reasons;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeouts that bound a silent partition have documented defaults and ranges; outside them is config_invalid. */
class PostgresOptionsTest {
    private static PostgresOptions given(Map<String, String> options) {
        return PostgresOptions.from(new StoreSpec("jdbc:postgresql://db/ledger", options).optionsOf(PostgresStorageProvider.ID));
    }

    @Test
    void theDefaultsBoundEveryWait() {
        PostgresOptions defaults = given(Map.of());
        assertEquals(20_000, defaults.socketTimeoutMs());
        assertEquals(15_000, defaults.statementTimeoutMs());
        assertTrue(defaults.tcpKeepAlive());
        assertEquals(30_000, defaults.lockLeaseMs());
        assertEquals(20_000, defaults.poolWaitMs(), "the pool waits no longer than one answer may take");
    }

    @Test
    void givenValuesAreTakenAndThePoolWaitOutlastsOneConnectAttempt() {
        PostgresOptions options = given(Map.of("socket_timeout_ms", "1500", "statement_timeout_ms", "0",
                "tcp_keepalive", "FALSE", "lock_lease_ms", "3000", "connect_timeout_ms", "2500"));
        assertEquals(2, options.socketTimeoutSeconds());
        assertEquals(0, options.statementTimeoutMs());
        assertEquals(false, options.tcpKeepAlive());
        assertEquals(3_000, options.lockLeaseMs());
        assertEquals(4_000, options.poolWaitMs());
    }

    @ParameterizedTest
    @CsvSource({"socket_timeout_ms,999", "socket_timeout_ms,3600001", "statement_timeout_ms,-1",
            "statement_timeout_ms,3600001", "lock_lease_ms,2999", "lock_lease_ms,3600001", "tcp_keepalive,yes",
            "tcp_keepalive,''"})
    void aValueOutsideItsRangeIsConfigInvalidNamingTheOption(String name, String value) {
        var refused = Reasons.assertFailsWith(ReasonCode.CONFIG_INVALID, () -> given(Map.of(name, value)));
        assertTrue(refused.getMessage().contains("postgres option " + name), refused.getMessage());
    }
}
