package io.runledger.storage.json;

/** The JSON {@code null} literal, as a parsed value (a Java null would be ambiguous with "absent"). */
enum JsonNull {
    NULL
}
