package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backend options are read with their types; a bad value is config_invalid naming the backend, option and value. */
class StoreOptionsTest {
    private static StoreOptions given(String name, String value) {
        return new StoreSpec("x", Map.of(name, value)).optionsOf("sqlite");
    }

    @Test
    void anAbsentOptionTakesItsDefaultAndAGivenOneItsValue() {
        StoreOptions none = StoreSpec.at("x").optionsOf("sqlite");
        assertEquals(5, none.intOption("pool_size", 5, 1, 100, "connections"));
        assertEquals(Duration.ofSeconds(10), none.durationOption("lock_timeout_ms", Duration.ofSeconds(10), Duration.ofDays(1)));
        assertEquals(Optional.empty(), none.option("pool_size"));
        assertEquals("unknown", none.appVersion());

        assertEquals(7, given("pool_size", " 7 ").intOption("pool_size", 5, 1, 100, "connections"));
        assertEquals(Duration.ofMillis(300), given("lock_timeout_ms", "300")
                .durationOption("lock_timeout_ms", Duration.ofSeconds(10), Duration.ofDays(1)));
        assertEquals(1L << 40, given("compact_after_bytes", String.valueOf(1L << 40))
                .longOption("compact_after_bytes", 1, 1, Long.MAX_VALUE, "bytes"));
        assertEquals("1.2.3", given(StoreSpec.APP_VERSION, "1.2.3").appVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "five", "", "1.5", "99999999999999999999"})
    void aValueOutsideTheRangeOrNotAWholeNumberIsConfigInvalidNamingIt(String value) {
        StoreException refused = assertThrows(StoreException.class,
                () -> given("pool_size", value).intOption("pool_size", 5, 1, 100, "connections"));
        assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
        assertEquals("sqlite option pool_size must be a whole number of connections from 1 to 100 (got '" + value + "')",
                refused.getMessage());
    }

    @Test
    void aDurationIsWholeMillisecondsFromOneToItsMaximum() {
        StoreException refused = assertThrows(StoreException.class, () -> given("lock_timeout_ms", "0")
                .durationOption("lock_timeout_ms", Duration.ofSeconds(10), Duration.ofMinutes(10)));
        assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
        assertEquals("sqlite option lock_timeout_ms must be a whole number of milliseconds from 1 to 600000 (got '0')",
                refused.getMessage());
    }

    @Test
    void aChoiceIsOneOfItsNamesInAnyCaseAndAbsentIsTheDefault() {
        ChoiceSetting levels = new ChoiceSetting("synchronous", "normal", List.of("normal", "full"));
        assertEquals("normal", given("other", "x").read(levels));
        assertEquals("full", given("synchronous", " full ").read(levels));
        assertEquals("full", given("synchronous", "FULL").read(levels));

        StoreException refused = assertThrows(StoreException.class, () -> given("synchronous", "Extra").read(levels));
        assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
        assertEquals("sqlite option synchronous must be one of normal, full (got 'Extra')", refused.getMessage());
    }
}
