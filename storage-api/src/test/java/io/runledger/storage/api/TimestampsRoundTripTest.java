package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digit-by-digit text of {@link Timestamps} against the JDK's formatter, across the range and its cached second. */
class TimestampsRoundTripTest {
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

    @Test
    void writesAndReadsEveryInstantAsTheIsoFormatterDoes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(FIRST, AFTER_LAST), random.nextInt(1_000_000) * 1_000);
            String expected = ISO.format(instant);
            assertEquals(expected, Timestamps.format(instant));
            assertEquals(instant, Timestamps.parse("ts", expected));
        }
        for (Instant edge : List.of(Instant.ofEpochSecond(FIRST), Instant.ofEpochSecond(AFTER_LAST - 1, 999_999_000),
                Instant.EPOCH, Instant.parse("2024-02-29T23:59:59.000001Z"))) {
            assertEquals(ISO.format(edge), Timestamps.format(edge));
        }
    }

    @Test
    void runsOfTimestampsInOneSecondAndAcrossSecondsReadAndWriteAsTheIsoFormatterDoes() {
        SplittableRandom random = new SplittableRandom(7);
        Instant instant = Instant.parse("2024-12-31T23:59:58.999990Z");
        for (int i = 0; i < 100_000; i++) {
            // mostly a few microseconds on, now and then a jump, sometimes back: the cached second must follow
            long step = random.nextInt(20) == 0 ? random.nextLong(-100_000_000_000L, 100_000_000_000L) : random.nextInt(3);
            instant = instant.plusNanos(step * 1_000);
            String expected = ISO.format(instant);
            assertEquals(expected, Timestamps.format(instant));
            assertEquals(instant, Timestamps.parse("ts", expected));
            Instant other = instant.plusSeconds(random.nextInt(3) - 1);
            assertEquals(other, Timestamps.parse("ts", ISO.format(other)), "reading another second between writes");
        }
    }

    @Test
    void refusesImpossibleDatesAndOtherShapesWithOneMessage() {
        for (String text : List.of("2024-02-30T00:00:00.000000Z", "2023-02-29T00:00:00.000000Z", "1900-02-29T00:00:00.000000Z",
                "2024-04-31T00:00:00.000000Z", "2024-11-31T00:00:00.000000Z", "2024-00-10T00:00:00.000000Z",
                "2024-01-00T00:00:00.000000Z", "2024-01-32T00:00:00.000000Z", "2024-01-01T00:60:00.000000Z", "2024-01-01T24:00:00.000000Z",
                "2024-01-01T23:59:60.000000Z", "2024-13-01T00:00:00.000000Z", "2024-01-01T00:00:00.000000+", "2024-01-01 00:00:00.000000Z",
                "2024-01-01T00:00:00.00000Z", "2024-01-01T00:00:00.0000000Z", "2024-01-01T00:00:00.000000z", "２024-01-01T00:00:00.000000Z",
                "")) {
            StoreException refused = assertThrows(StoreException.class, () -> Timestamps.parse("ts", text), text);
            assertEquals(ReasonCode.VALIDATION_FAILED, refused.reason());
            assertEquals("ts must be an RFC 3339 UTC timestamp with six fractional digits, like 2026-11-21T10:00:00.123456Z (got \""
                    + text + "\")", refused.getMessage());
        }
        for (Instant unwritable : List.of(Instant.ofEpochSecond(FIRST - 1), Instant.ofEpochSecond(AFTER_LAST), Instant.ofEpochSecond(0, 1))) {
            assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class, () -> Timestamps.format(unwritable)).reason());
        }
    }
}
