package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;

/** The parser's limits, stated as constants, hold exactly at their edges. */
class JsonLimitsTest {

    private static StoreException refused(String json) {
        StoreException e = assertThrows(StoreException.class, () -> Json.parse(json));
        assertEquals(ReasonCode.MALFORMED_JSON, e.reason(), e.getMessage());
        return e;
    }

    private static String nestedArrays(int levels, String inner) {
        return "[".repeat(levels) + inner + "]".repeat(levels);
    }

    @Test
    void valuesMaySitMaxDepthLevelsInsideTheOutermostAndNoDeeper() {
        Json.parse(nestedArrays(Json.MAX_DEPTH, "1"));
        Json.parse(nestedArrays(Json.MAX_DEPTH + 1, ""));
        assertTrue(refused(nestedArrays(Json.MAX_DEPTH + 1, "1")).getMessage()
                .contains("nesting deeper than " + Json.MAX_DEPTH + " levels"));
        refused(nestedArrays(Json.MAX_DEPTH + 2, ""));
        refused("{\"a\":".repeat(Json.MAX_DEPTH + 1) + "1" + "}".repeat(Json.MAX_DEPTH + 1));
    }

    @Test
    void numbersUpToMaxNumberLengthAreReadWhileTheyFitADouble() {
        assertEquals(new JsonValue.JsonNumber(Double.MAX_VALUE), Json.parse("1.7976931348623157e308"));
        String longest = "1." + "0".repeat(Json.MAX_NUMBER_LENGTH - 2);
        assertEquals(new JsonValue.JsonNumber(1), Json.parse(longest));
        assertEquals(new JsonValue.JsonNumber(-1), Json.parse("-1." + "0".repeat(Json.MAX_NUMBER_LENGTH - 3)));
        assertTrue(refused(longest + "0").getMessage().contains("longer than " + Json.MAX_NUMBER_LENGTH + " characters"));
        assertTrue(refused("[0," + longest + "0]").getMessage().contains("at line 1 column 4"));
        assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class, () -> Json.parse("1e-400")).reason(),
                "a non-zero number that would read back as 0 is refused, not rounded");
        refused("1.8e308");
        refused("1" + "0".repeat(400));
    }

    @Test
    void unicodeEscapesTakeOnlyAsciiHexDigits() {
        assertEquals(new JsonValue.JsonString("A"), Json.parse("\"\\u0041\""));
        assertEquals(new JsonValue.JsonString("\u00ff"), Json.parse("\"\\u00fF\""));
        for (String digits : new String[] {"\uff10\uff10\uff14\uff11", "\u0660\u0660\u0664\u0661", "00\uff21\uff21"}) {
            assertTrue(refused("\"\\u" + digits + "\"").getMessage().contains("\\u must be followed by four hex digits"),
                    digits);
        }
    }
}
