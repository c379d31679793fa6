package io.runledger.storage.json;

/** A JSON number as its source text; the store reads only small whole numbers (versions, counts) from it. */
record JsonNumber(String text) {
    /** The number as a non-negative {@code long}; anything else is refused. */
    long wholeNumber() {
        if (!text.matches("0|[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("a whole number was expected (got " + text + ")");
        }
        return Long.parseLong(text);
    }
}
