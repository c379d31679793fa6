package io.runledger.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The record lines' timestamps (FORMAT.md TS) written and read without a {@code DateTimeFormatter}:
 * the same text and the same refusals as {@link Timestamps}, which handles every value this class
 * does not accept itself (so its error messages stay the only ones). A bulk transfer formats or
 * parses one or two timestamps per record, and the formatter's generic machinery was a tenth of its
 * time.
 */
final class TimestampText {
    private static final int LENGTH = "2026-11-21T10:00:00.123456Z".length();
    private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long AFTER_LAST_SECOND = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    private TimestampText() {
    }

    /** Appends the timestamp's text, exactly as {@link Timestamps#format} writes it. */
    static void write(Instant instant, StringBuilder out) {
        long second = instant.getEpochSecond();
        int nano = instant.getNano();
        if (nano % 1_000 != 0 || second < FIRST_SECOND || second >= AFTER_LAST_SECOND) {
            out.append(Timestamps.format(instant));
            return;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(second, nano, ZoneOffset.UTC);
        digits(out, time.getYear(), 4).append('-');
        digits(out, time.getMonthValue(), 2).append('-');
        digits(out, time.getDayOfMonth(), 2).append('T');
        digits(out, time.getHour(), 2).append(':');
        digits(out, time.getMinute(), 2).append(':');
        digits(out, time.getSecond(), 2).append('.');
        digits(out, nano / 1_000, 6).append('Z');
    }

    /** The timestamp's text, exactly as {@link Timestamps#format} writes it. */
    static String format(Instant instant) {
        StringBuilder out = new StringBuilder(LENGTH);
        write(instant, out);
        return out.toString();
    }

    /** Reads a timestamp, accepting and refusing exactly what {@link Timestamps#parse} does. */
    static Instant parse(String field, String text) {
        if (text == null || text.length() != LENGTH || !shaped(text)) {
            return Timestamps.parse(field, text);
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                    number(text, 14, 2), number(text, 17, 2), number(text, 20, 6) * 1_000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return Timestamps.parse(field, text);
        }
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

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (int rest = value; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + rest / divisor));
            rest %= divisor;
        }
        return out;
    }
}
