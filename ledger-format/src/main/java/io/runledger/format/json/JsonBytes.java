package io.runledger.format.json;

import io.runledger.storage.api.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;

/**
 * JSON text written straight into UTF-8 bytes, for the paths that hash or write a canonical line per
 * record (exports, transfers, the audit chain). A {@link StringBuilder}, its {@code toString()} and
 * {@code getBytes} made three copies of every line through many small calls; here it is one buffer and
 * a loop per value, which counts most while the JIT has not yet compiled the loop (docs/PERFORMANCE.md,
 * "Bulk moves"). Strings get exactly the escapes {@link CanonicalWriter} writes. Reusable
 * ({@link #clear()}); not thread-safe.
 */
public final class JsonBytes {
    private byte[] bytes;
    private int length;

    /** An empty buffer with room for {@code capacity} bytes; it grows when a value needs more. */
    public JsonBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** Empties the buffer, keeping its room. */
    public JsonBytes clear() {
        length = 0;
        return this;
    }

    /** One ASCII character (punctuation). */
    public JsonBytes ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /**
     * Text that needs no escaping, as it is (canonical JSON, an id, a wire name), in UTF-8; a lone
     * surrogate becomes {@code ?}, as {@link String#getBytes} writes it.
     */
    public JsonBytes text(String text) {
        int n = text.length();
        room(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            bytes[length++] = (byte) c;
            i++;
        }
        while (i < n) {
            i = character(text, i, false);
        }
        return this;
    }

    /**
     * A JSON string: {@code text} between quotes with the escapes of RFC 8785 ({@link CanonicalWriter#writeString});
     * raises {@link io.runledger.storage.api.ReasonCode#VALIDATION_FAILED} for a lone surrogate.
     */
    public JsonBytes string(String text) {
        int n = text.length();
        room(n + 2);
        bytes[length++] = '"';
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80 || CanonicalWriter.escaped(c)) {
                break;
            }
            bytes[length++] = (byte) c;
            i++;
        }
        while (i < n) {
            i = character(text, i, true);
        }
        return ascii('"');
    }

    /** A whole number's decimal text. */
    public JsonBytes number(long value) {
        return text(Long.toString(value));
    }

    /** A timestamp's text ({@link Timestamps#format}) between quotes, with its refusals. */
    public JsonBytes timestamp(Instant instant) {
        room(Timestamps.LENGTH + 2);
        bytes[length++] = '"';
        length = Timestamps.write(instant, bytes, length);
        bytes[length++] = '"';
        return this;
    }

    /** Adds the bytes written so far to {@code digest}. */
    public void hashInto(MessageDigest digest) {
        digest.update(bytes, 0, length);
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * Writes the character at {@code i}, which the ASCII loops left (not ASCII, or in a string one that
     * needs an escape), and returns the index of the next one.
     */
    private int character(String text, int i, boolean escaping) {
        char c = text.charAt(i);
        room(6);
        if (c >= 0x80) {
            return encoded(text, i, escaping);
        }
        if (escaping && CanonicalWriter.escaped(c)) {
            String escape = CanonicalWriter.escape(c);
            for (int k = 0; k < escape.length(); k++) {
                bytes[length++] = (byte) escape.charAt(k);
            }
        } else {
            bytes[length++] = (byte) c;
        }
        return i + 1;
    }

    /**
     * Writes the character at {@code i}, U+0080 or above, in UTF-8 (a surrogate pair as one code point of
     * four bytes) and returns the index after it. A lone surrogate is refused in a string and written as
     * {@code ?} otherwise.
     */
    private int encoded(String text, int i, boolean escaping) {
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xc0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        } else if (!Character.isSurrogate(c)) {
            bytes[length++] = (byte) (0xe0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int code = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[length++] = (byte) (0xf0 | code >> 18);
            bytes[length++] = (byte) (0x80 | code >> 12 & 0x3f);
            bytes[length++] = (byte) (0x80 | code >> 6 & 0x3f);
            bytes[length++] = (byte) (0x80 | code & 0x3f);
            return i + 2;
        } else if (escaping) {
            CanonicalWriter.requirePaired(text, i);
        } else {
            bytes[length++] = '?';
        }
        return i + 1;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
