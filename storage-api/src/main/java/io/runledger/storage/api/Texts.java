package io.runledger.storage.api;

/** Small text rules shared by the value records. */
final class Texts {
    private static final int SHOWN = 40;

    private Texts() {
    }

    /** A short, printable rendering of user input for error messages. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    static String requireText(String field, String value) {
        if (value == null) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " is required");
        }
        return value;
    }
}
