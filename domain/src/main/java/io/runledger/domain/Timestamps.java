package io.runledger.domain;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The one timestamp form (FORMAT.md TS): RFC 3339 UTC with exactly six fractional digits and
 * {@code Z}, e.g. {@code 2026-11-21T10:00:00.123456Z}. Timestamps carry microseconds end to end.
 */
public final class Timestamps {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private Timestamps() {
    }

    /**
     * Reads a timestamp; raises {@link ReasonCode#VALIDATION_FAILED} naming {@code field} for any other
     * form, including offsets other than {@code Z}, a missing or different number of fraction digits,
     * and impossible dates or times.
     */
    public static Instant parse(String field, String text) {
        if (text != null && SHAPE.matcher(text).matches()) {
            try {
                Instant instant = FORMAT.parse(text, Instant::from);
                if (format(instant).equals(text)) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // falls through to the one error below: the message is the same whatever the cause
            }
        }
        throw new StoreException(ReasonCode.VALIDATION_FAILED, field
                + " must be an RFC 3339 UTC timestamp with six fractional digits, like 2026-11-21T10:00:00.123456Z (got "
                + quote(text) + ")");
    }

    /**
     * Writes a timestamp with exactly six fraction digits. Raises {@link ReasonCode#VALIDATION_FAILED}
     * for an instant finer than a microsecond or outside the years 0000-9999, which the form cannot hold.
     */
    public static String format(Instant instant) {
        if (instant.getNano() % 1_000 != 0 || instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "timestamp " + instant + " needs microsecond precision and a year from 0000 to 9999");
        }
        // Written digit by digit (TimestampText): DateTimeFormatter's generic machinery was a seventh of
        // the CPU of a GET /v1/runs page (two timestamps per run).
        return TimestampText.format(instant);
    }

    /** The clock's current time, truncated to microseconds. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
