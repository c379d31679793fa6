package io.runledger.http;

import io.runledger.storage.api.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of list responses: base64url (no padding) of the last id of the page.
 * Clients must not build or read cursors; the encoding may change. A cursor that does not decode to
 * an id is a {@code validation_failed}.
 */
final class Cursor {
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private Cursor() {
    }

    static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<String> decode(Optional<String> cursor) {
        return cursor.map(Cursor::decode);
    }

    private static String decode(String cursor) {
        if (BASE64URL.matcher(cursor).matches()) {
            try {
                String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                if (Ids.valid(id)) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below: the cause does not matter to the client
            }
        }
        throw ApiFailure.invalid("cursor is not a cursor this API returned; pass next_cursor unchanged");
    }
}
