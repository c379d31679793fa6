package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    private static StoreException refused(String json) {
        StoreException e = assertThrows(StoreException.class, () -> Json.parse(json));
        assertEquals(ReasonCode.MALFORMED_JSON, e.reason(), e.getMessage());
        return e;
    }

    @Test
    void trailingGarbageIsRefusedWithItsPosition() {
        assertTrue(refused("{} x").getMessage().endsWith("unexpected text after the JSON value at line 1 column 4"));
    }

    @Test
    void positionCountsLinesAndColumns() {
        assertTrue(refused("{\n  \"a\": tru }").getMessage().endsWith("at line 2 column 8"));
    }

    @Test
    void duplicateKeysAreRefusedAtTheSecondKey() {
        assertTrue(refused("{\"a\":1,\"a\":1}").getMessage().endsWith("duplicate key \"a\" at line 1 column 8"));
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertTrue(refused("\"\\ud83d\"").getMessage().contains("high surrogate \\ud83d is not followed by a low surrogate"));
        assertTrue(refused("\"\\ude00x\"").getMessage().contains("lone low surrogate \\ude00"));
        assertTrue(refused("\"\\ud83d\\u0041\"").getMessage().contains("not followed by a low surrogate"));
        refused("\"\uD83D\"");
        refused("\"\uDE00\"");
    }

    @Test
    void numbersOutsideTheDoubleRangeAreRefused() {
        assertTrue(refused("[1e309]").getMessage().contains("outside the range of an IEEE 754 double at line 1 column 2"));
        refused("-1e309");
    }

    @Test
    void nestingIsBounded() {
        refused("[".repeat(10_000) + "]".repeat(10_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "-", "1.", ".5", "1e",
        "+1", "NaN", "Infinity", "'a'", "\"tab\there\"", "\"a", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "tru", "nul",
        "[1 2]", "{\"a\":1}{}", "\uFEFF{}", "TRUE", "0x10", "[1,,2]", "\"\\\""})
    void malformedTextIsRefused(String json) {
        assertTrue(refused(json).getMessage().contains(" at "));
    }

    @Test
    void everyJsonTypeIsRead() {
        JsonValue.JsonObject object = (JsonValue.JsonObject) Json.parse(
                "{\"o\":{},\"a\":[],\"s\":\"x\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null}");
        assertEquals(new JsonValue.JsonObject(java.util.Map.of()), object.members().get("o"));
        assertEquals(new JsonValue.JsonArray(java.util.List.of()), object.members().get("a"));
        assertEquals(new JsonValue.JsonString("x"), object.members().get("s"));
        assertEquals(new JsonValue.JsonNumber(-1500), object.members().get("n"));
        assertEquals(new JsonValue.JsonBoolean(true), object.members().get("t"));
        assertEquals(new JsonValue.JsonBoolean(false), object.members().get("f"));
        assertEquals(JsonValue.JsonNull.INSTANCE, object.members().get("z"));
    }
}
