package io.runledger.domain;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;

/**
 * Upper bounds on the text fields a store keys or sizes, checked before any store sees a write so that
 * every backend gives the same answer (docs/HTTP.md). They come from the strictest backend: PostgreSQL
 * keeps {@code git_sha} in a {@code VARCHAR(255)}, and a B-tree index entry — scope with event id;
 * label name, value and run id — must stay under 2,704 bytes; SQLite and the JSON store would take more.
 */
final class TextLimits {
    static final int GIT_SHA_CHARACTERS = 255;
    static final int SCOPE_BYTES = 1024;
    static final int LABEL_NAME_BYTES = 256;
    static final int LABEL_VALUE_BYTES = 1024;

    private TextLimits() {
    }

    /** Refuses {@code value} when it has more than {@code max} characters (code points). */
    static void requireCharacters(String field, String value, int max) {
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " must be at most " + max
                    + " characters (got " + value.codePointCount(0, value.length()) + ")");
        }
    }

    /** Refuses {@code value} when its UTF-8 encoding is longer than {@code max} bytes. */
    static void requireUtf8Bytes(String field, String value, int max) {
        if (value.length() * 3L <= max) {
            return;
        }
        long bytes = utf8Length(value);
        if (bytes > max) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    field + " must be at most " + max + " bytes of UTF-8 (got " + bytes + ")");
        }
    }

    private static long utf8Length(String value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // A surrogate pair is 4 bytes: 2 for each half.
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
