package io.runledger.storage.json.journal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The framing of one journal line: {@code {"crc32c":"<8 hex>","entry":<entry>}}, the CRC-32C taken
 * over the UTF-8 bytes of the entry text exactly as written. A line torn or garbled by a crash or by
 * the disk fails the check.
 */
final class JournalLine {
    private static final String PREFIX = "{\"crc32c\":\"";
    private static final String MIDDLE = "\",\"entry\":";
    private static final int ENTRY_START = PREFIX.length() + 8 + MIDDLE.length();

    private JournalLine() {
    }

    static String frame(String entryJson) {
        return PREFIX + String.format("%08x", crc(entryJson)) + MIDDLE + entryJson + "}";
    }

    /** The entry text of a well-framed line whose checksum matches; otherwise an {@link IllegalArgumentException}. */
    static String unframe(String line) {
        if (!line.startsWith(PREFIX) || line.length() < ENTRY_START + 1 || !line.startsWith(MIDDLE, PREFIX.length() + 8)
                || !line.endsWith("}")) {
            throw new IllegalArgumentException("not a journal line ({\"crc32c\":…,\"entry\":…})");
        }
        String entry = line.substring(ENTRY_START, line.length() - 1);
        String stated = line.substring(PREFIX.length(), PREFIX.length() + 8);
        String actual = String.format("%08x", crc(entry));
        if (!actual.equals(stated)) {
            throw new IllegalArgumentException("checksum mismatch (line says " + stated + ", content has " + actual + ")");
        }
        return entry;
    }

    private static long crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
