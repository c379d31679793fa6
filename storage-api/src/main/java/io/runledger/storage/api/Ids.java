package io.runledger.storage.api;

import java.util.regex.Pattern;

/** The one rule every id follows (FORMAT.md): 1–128 characters of {@code A–Z a–z 0–9 . _ : -}. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private Ids() {
    }

    static String require(String kind, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    kind + " must be 1-128 characters of A-Z a-z 0-9 . _ : - (got " + Texts.quote(value) + ")");
        }
        return value;
    }
}
