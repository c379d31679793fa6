package io.runledger.storage.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** The export format's timestamp form: RFC 3339 UTC, exactly six fraction digits, {@code Z}. */
final class Instants {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

    private Instants() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String field, String text) {
        if (SHAPE.matcher(text).matches()) {
            Instant instant = FORMAT.parse(text, Instant::from);
            if (format(instant).equals(text)) {
                return instant;
            }
        }
        throw new IllegalArgumentException(field + " is not a timestamp like 2026-11-21T10:00:00.123456Z (got \"" + text + "\")");
    }
}
