package io.runledger.reliability.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * JSON values a field may be retyped to, as raw literal text (so numbers beyond a double, {@code -0}
 * or lone-surrogate escapes reach the server exactly as written), plus deep nesting and long strings.
 */
final class JsonLiterals {
    private static final List<String> FIXED = List.of("null", "true", "false", "0", "-1", "-0", "1.5",
            "-9223372036854775809", "9223372036854775808", "1e308", "1e309", "-1e400", "1e-400", "2.5E+3",
            "123456789012345678901234567890", "9007199254740993", "-9007199254740993", "0.0000001", "\"\"", "\"x\"", "[]", "{}", "[1,\"a\",null]",
            "{\"a\":{\"b\":[1]}}", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"2026-11-21T10:00:00Z\"",
            "\"running\"", "\"RUNNING\"", "\"info \"", "{\"\":\"\"}", "[[[[[]]]]]");

    private JsonLiterals() {
    }

    /** Any of the literals, a hostile string, a nested value 1..700 deep or a long string. */
    static Arbitrary<String> any() {
        return Arbitraries.oneOf(
                Arbitraries.of(FIXED),
                Arbitraries.of(HostileStrings.ALL).map(text -> TextNode.valueOf(text).toString()),
                Arbitraries.integers().between(1, 700).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(1, 700).map(JsonLiterals::deepObject),
                Arbitraries.integers().between(1, 200_000).map(length -> "\"" + "s".repeat(length) + "\""));
    }

    private static String deepObject(int depth) {
        List<String> parts = new ArrayList<>();
        parts.add("{\"a\":".repeat(depth));
        parts.add("1");
        parts.add("}".repeat(depth));
        return String.join("", parts);
    }
}
