package io.runledger.format.json;

/**
 * Where the value being parsed sits, as a JSON path ({@code $.data.items[3]}): one slot per depth
 * (a key, or an index when the key is null), overwritten as the parser moves and turned into text
 * only for a message, so tracking it costs no allocation per value.
 */
final class ValuePath {
    private final String[] keys = new String[Json.MAX_DEPTH + 2];
    private final int[] indexes = new int[Json.MAX_DEPTH + 2];

    /** The value at {@code depth} is the member {@code key} of the object above it. */
    void key(int depth, String key) {
        keys[depth] = key;
    }

    /** The value at {@code depth} is element {@code index} of the array above it. */
    void index(int depth, int index) {
        keys[depth] = null;
        indexes[depth] = index;
    }

    /** The path of the value at {@code depth}: {@code $}, then {@code .key}, {@code ["odd key"]} or {@code [i]} per level. */
    String render(int depth) {
        StringBuilder out = new StringBuilder("$");
        for (int d = 1; d <= depth; d++) {
            String key = keys[d];
            if (key == null) {
                out.append('[').append(indexes[d]).append(']');
            } else if (plain(key)) {
                out.append('.').append(key);
            } else {
                out.append('[');
                CanonicalWriter.writeString(key, out);
                out.append(']');
            }
        }
        return out.toString();
    }

    private static boolean plain(String key) {
        if (key.isEmpty() || Character.isDigit(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
