package io.runledger.reliability.disk;

import java.util.ArrayList;
import java.util.List;

/**
 * Audit events of about a kilobyte each (a 4 MiB disk holds a few thousand), with ids
 * {@code prefix-000001…} so that what was acknowledged can be compared with what is stored.
 */
final class DiskEvents {
    private static final String PAD = "0123456789abcdef".repeat(60);

    private final String prefix;
    private int next = 1;

    DiskEvents(String prefix) {
        this.prefix = prefix;
    }

    /** The next {@code count} events, as JSON objects. */
    List<String> next(int count) {
        List<String> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++, next++) {
            events.add(String.format("{\"event_id\":\"%s-%06d\",\"level\":\"info\",\"scope\":\"disk\",\"event\":\"fill\","
                    + "\"message\":\"event %d\",\"data\":{\"n\":%d,\"pad\":\"%s\"}}", prefix, next, next, next, PAD));
        }
        return events;
    }

    /** {@code count} events as JSON Lines, the input of {@code audit append}. */
    String lines(int count) {
        return String.join("\n", next(count)) + "\n";
    }

    /** {@code count} events as the body of {@code POST /v1/audit}. */
    String batch(int count) {
        return "{\"events\":[" + String.join(",", next(count)) + "]}";
    }
}
