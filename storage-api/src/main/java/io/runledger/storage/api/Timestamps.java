package io.runledger.storage.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one timestamp rule (SPEC S1, FORMAT.md TS): UTC instants with microsecond precision on every
 * backend, written as RFC 3339 UTC with exactly six fractional digits and {@code Z}, e.g.
 * {@code 2026-11-21T10:00:00.123456Z}. Text is written and read digit by digit, without a
 * {@code DateTimeFormatter}: a bulk transfer formats or parses one or two timestamps per record and
 * the formatter's generic machinery was a tenth of its time.
 */
public final class Timestamps {
    /** How many characters (ASCII) a timestamp's text has. */
    public static final int LENGTH = "2026-11-21T10:00:00.123456Z".length();
    private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long AFTER_LAST_SECOND = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    /** The text up to the fraction of one second, e.g. {@code 2026-11-21T10:00:00.}. */
    private record SecondText(long second, String text) {
    }

    /**
     * The second written or read last: records in export order often share their second, and the
     * calendar arithmetic was most of the time spent on a timestamp. Immutable, so threads sharing
     * it at worst compute a second again.
     */
    private static volatile SecondText lastSecond = new SecondText(FIRST_SECOND, secondText(FIRST_SECOND));

    private Timestamps() {
    }

    /**
     * Reads a timestamp; raises {@link ReasonCode#VALIDATION_FAILED} naming {@code field} for any other
     * form, including offsets other than {@code Z}, a missing or different number of fraction digits,
     * and impossible dates or times.
     */
    public static Instant parse(String field, String text) {
        return Optional.ofNullable(text).flatMap(Timestamps::canonical).orElseThrow(() -> new StoreException(
                ReasonCode.VALIDATION_FAILED, field + " must be an RFC 3339 UTC timestamp with six fractional digits,"
                        + " like 2026-11-21T10:00:00.123456Z (got " + quote(text) + ")"));
    }

    /**
     * The instant of a timestamp in the one form, or empty for any other text: for readers that
     * report a refusal their own way.
     */
    public static Optional<Instant> canonical(String text) {
        if (text.length() != LENGTH || !shaped(text)) {
            return Optional.empty();
        }
        int nano = number(text, 20, 6) * 1_000;
        SecondText last = lastSecond;
        if (text.startsWith(last.text())) {
            return Optional.of(Instant.ofEpochSecond(last.second(), nano));
        }
        try {
            Instant instant = LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                    number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nano).toInstant(ZoneOffset.UTC);
            lastSecond = new SecondText(instant.getEpochSecond(), text.substring(0, 20));
            return Optional.of(instant);
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /**
     * Writes a timestamp with exactly six fraction digits. Raises {@link ReasonCode#VALIDATION_FAILED}
     * for an instant finer than a microsecond or outside the years 0000-9999, which the form cannot hold.
     */
    public static String format(Instant instant) {
        byte[] text = new byte[LENGTH];
        write(instant, text, 0);
        return new String(text, StandardCharsets.US_ASCII);
    }

    /**
     * Writes the timestamp's text, as {@link #format} writes it and with the same refusals, as ASCII bytes
     * into {@code out} from {@code at}, which must leave room for {@link #LENGTH} bytes; returns the index
     * after it. Bytes, because the lines that hold timestamps are hashed and written as UTF-8.
     */
    public static int write(Instant instant, byte[] out, int at) {
        long second = instant.getEpochSecond();
        int nano = instant.getNano();
        if (nano % 1_000 != 0 || second < FIRST_SECOND || second >= AFTER_LAST_SECOND) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "timestamp " + instant + " needs microsecond precision and a year from 0000 to 9999");
        }
        SecondText last = lastSecond;
        if (last.second() != second) {
            last = new SecondText(second, secondText(second));
            lastSecond = last;
        }
        String text = last.text();
        int i = at;
        for (int k = 0; k < text.length(); k++) {
            out[i++] = (byte) text.charAt(k);
        }
        int micros = nano / 1_000;
        for (int divisor = 100_000; divisor > 0; divisor /= 10) {
            out[i++] = (byte) ('0' + micros / divisor % 10);
        }
        out[i++] = 'Z';
        return i;
    }

    /** The clock's current time, truncated to microseconds. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static Instant requireMicros(String field, Instant value) {
        if (value == null) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " is required");
        }
        if (value.getNano() % 1_000 != 0) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    field + " must have at most microsecond precision (got " + value + ")");
        }
        return value;
    }

    static Optional<Instant> requireMicros(String field, Optional<Instant> value) {
        if (value == null) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " must be Optional.empty(), not null");
        }
        value.ifPresent(v -> requireMicros(field, v));
        return value;
    }

    private static String secondText(long second) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(LENGTH);
        int year = time.getYear();
        twoDigits(twoDigits(out, year / 100), year % 100).append('-');
        twoDigits(out, time.getMonthValue()).append('-');
        twoDigits(out, time.getDayOfMonth()).append('T');
        twoDigits(out, time.getHour()).append(':');
        twoDigits(out, time.getMinute()).append(':');
        return twoDigits(out, time.getSecond()).append('.').toString();
    }

    private static boolean shaped(String text) {
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == '.';
                case 26 -> c == 'Z';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
