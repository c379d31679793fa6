package io.runledger.storage.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;

/**
 * Writes JSON strings the RFC 8785 way (the escaping the export format's canonical lines use): the
 * two-character escapes, a six-character u00xx escape for other control characters, everything else verbatim.
 */
final class CanonicalText {
    private CanonicalText() {
    }

    static StringBuilder string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !paired(text, i)) {
                        // UTF-8 cannot carry it: the store would read back other text than it acknowledged.
                        throw new StoreException(ReasonCode.VALIDATION_FAILED, "text contains a lone surrogate U+"
                                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ", which JSON text cannot carry");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
