package io.runledger.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

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

    /** The text up to the fraction of one second, e.g. {@code 2026-11-21T10:00:00.}. */
    private record SecondText(long second, String text) {
    }

    /**
     * The second written last: records in export order often share their second, and the calendar
     * arithmetic was most of the time spent writing a timestamp. Immutable, so threads sharing it
     * at worst compute a second again.
     */
    private static volatile SecondText lastSecond = new SecondText(FIRST_SECOND, secondText(FIRST_SECOND));

    private TimestampText() {
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

    /** Appends the timestamp's text, exactly as {@link Timestamps#format} writes it. */
    static void write(Instant instant, StringBuilder out) {
        long second = instant.getEpochSecond();
        int nano = instant.getNano();
        if (nano % 1_000 != 0 || second < FIRST_SECOND || second >= AFTER_LAST_SECOND) {
            out.append(Timestamps.format(instant));
            return;
        }
        SecondText last = lastSecond;
        if (last.second() != second) {
            last = new SecondText(second, secondText(second));
            lastSecond = last;
        }
        out.append(last.text());
        int micros = nano / 1_000;
        twoDigits(twoDigits(twoDigits(out, micros / 10_000), micros / 100 % 100), micros % 100).append('Z');
    }

    /** The timestamp's text, exactly as {@link Timestamps#format} writes it. */
    static String format(Instant instant) {
        StringBuilder out = new StringBuilder(LENGTH);
        write(instant, out);
        return out.toString();
    }

    /** Reads a timestamp, accepting and refusing exactly what {@link Timestamps#parse} does. */
    static Instant parse(String field, String text) {
        return text == null ? Timestamps.parse(field, null) : canonical(text).orElseGet(() -> Timestamps.parse(field, text));
    }

    /**
     * The instant of a timestamp written exactly as {@link #write} writes it, or empty for any other
     * text (which {@link #parse} then accepts or refuses with its message).
     */
    static Optional<Instant> canonical(String text) {
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
}
