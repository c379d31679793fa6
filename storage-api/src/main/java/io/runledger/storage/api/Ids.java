package io.runledger.storage.api;

/**
 * The one rule every id follows (FORMAT.md): 1–128 characters of {@code A–Z a–z 0–9 . _ : -}. The id
 * records ({@link RunId}, {@link StepId}, {@link EventId}) enforce it; code that must tell an id from
 * other text without building one (a page cursor) asks {@link #valid(String)}.
 */
public final class Ids {
    private static final int MAX_LENGTH = 128;

    private Ids() {
    }

    static String require(String kind, String value) {
        if (!valid(value)) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    kind + " must be 1-128 characters of A-Z a-z 0-9 . _ : - (got " + Texts.quote(value) + ")");
        }
        return value;
    }

    // A plain loop rather than a regular expression: every record of a bulk transfer checks one to
    // three ids, and the matcher was several percent of a million-event import.
    /** Whether {@code value} is a well-formed id of any kind. */
    public static boolean valid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
