package io.runledger.storage.api;

/**
 * A JSON object (args, stats, data, a config) as RFC 8785 canonical text. The domain produces it;
 * stores keep the text unchanged, so the same content hashes the same on every backend.
 */
public record CanonicalJson(String text) {
    /** The empty object {@code {}}. */
    public static final CanonicalJson EMPTY_OBJECT = new CanonicalJson("{}");

    public CanonicalJson {
        if (text == null || !text.startsWith("{") || !text.endsWith("}")) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "a JSON object is required (got " + Texts.quote(text) + ")");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
