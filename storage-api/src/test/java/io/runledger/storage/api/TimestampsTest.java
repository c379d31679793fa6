package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @Test
    void parsesTheOneFormAndWritesItBack() {
        Instant instant = Timestamps.parse("ts", "2026-11-21T10:00:00.123456Z");
        assertEquals(Instant.parse("2026-11-21T10:00:00.123456Z"), instant);
        assertEquals("2026-11-21T10:00:00.123456Z", Timestamps.format(instant));
    }

    @Test
    void formatAlwaysWritesSixFractionDigits() {
        assertEquals("2024-01-01T00:00:00.000000Z", Timestamps.format(Instant.parse("2024-01-01T00:00:00Z")));
        assertEquals("2024-01-01T00:00:00.500000Z", Timestamps.format(Instant.parse("2024-01-01T00:00:00.5Z")));
    }

    @Test
    void formatRefusesSubMicrosecondInstants() {
        assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class,
                () -> Timestamps.format(Instant.parse("2024-01-01T00:00:00.000000001Z"))).reason());
    }

    @Test
    void nowIsTruncatedToMicroseconds() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00.123456789Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2024-01-01T00:00:00.123456Z"), Timestamps.now(clock));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.123Z", "2024-01-01T00:00:00.1234567Z",
        "2024-01-01T00:00:00.123456+00:00", "2024-01-01 00:00:00.123456Z", "2024-01-01t00:00:00.123456z",
        "2024-02-30T00:00:00.000000Z", "2023-02-29T00:00:00.000000Z", "2024-01-01T24:00:00.000000Z",
        "2024-01-01T23:59:60.000000Z", "2024-13-01T00:00:00.000000Z", "+2024-01-01T00:00:00.000000Z",
        " 2024-01-01T00:00:00.000000Z"})
    void everyOtherFormIsRefusedNamingTheField(String text) {
        StoreException e = assertThrows(StoreException.class, () -> Timestamps.parse("created_at", text));
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("created_at must be an RFC 3339 UTC timestamp"), e.getMessage());
    }

    @Test
    void leapDaysAreAcceptedIncludingThoseOfCenturiesDivisibleBy400() {
        for (String text : List.of("2024-02-29T23:59:59.999999Z", "2000-02-29T00:00:00.000000Z", "0000-02-29T12:00:00.000001Z",
                "9996-02-29T00:00:00.000000Z")) {
            assertEquals(text, Timestamps.format(Timestamps.parse("ts", text)));
            assertEquals(Instant.parse(text), Timestamps.parse("ts", text));
        }
    }

    @Test
    void formatWritesWhatTheIsoFormatterWritesAcrossTheWholeRange() {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long afterLast = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        Random random = new Random(11);
        List<Instant> instants = new ArrayList<>(List.of(Instant.ofEpochSecond(first), Instant.ofEpochSecond(afterLast - 1, 999_999_000),
                Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_000), Instant.parse("1900-02-28T23:59:59.000001Z"),
                Instant.parse("2000-02-29T12:00:00.010000Z"), Instant.parse("0004-02-29T00:00:00.100000Z")));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(first + Math.floorMod(random.nextLong(), afterLast - first), random.nextInt(1_000_000) * 1_000));
        }
        instants.forEach(instant -> assertEquals(iso.format(instant), Timestamps.format(instant), instant::toString));
    }

    @Test
    void formatRefusesInstantsOutsideTheYearsTheFormCanHold() {
        assertThrows(StoreException.class, () -> Timestamps.format(Instant.parse("-0001-12-31T23:59:59.999999Z")));
        assertThrows(StoreException.class, () -> Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
