package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCanonicalizationTest {

    private static String canonical(String json) {
        return Json.canonical(Json.parse(json));
    }

    @Test
    void rfc8785MainExampleIsReproduced() {
        // the RFC's 333333333.33333329 has more digits than a double keeps: refused (ExactNumbersTest), so its canonical value here
        String input = "{\n  \"numbers\": [333333333.3333333, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", canonical(input));
    }

    @Test
    void keysSortByUtf16CodeUnitsAsInRfc8785() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Dalet\",\"1\":\"One\","
                + "\"\\ud83d\\ude00\":\"Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"o umlaut\"}";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"o umlaut\","
                + "\"€\":\"Euro Sign\",\"\uD83D\uDE00\":\"Grinning Face\",\"\uFB33\":\"Dalet\"}", canonical(input));
    }

    @Test
    void nestedObjectsAreSortedAndWhitespaceIsDropped() {
        assertEquals("{\"a\":[{\"x\":1,\"y\":{\"b\":null,\"c\":true}}],\"b\":\"\"}",
                canonical(" { \"b\" : \"\" ,\r\n\t\"a\" : [ { \"y\" : { \"c\" : true , \"b\" : null } , \"x\" : 1.0 } ] } "));
    }

    @Test
    void stringsUseOnlyMinimalEscapes() {
        assertEquals("\"\\u0000\\u001f\\b\\f\\n\\r\\t\u007f\u2028/é\\\"\\\\\"",
                canonical("\"\\u0000\\u001F\\b\\f\\n\\r\\t\\u007f\\u2028\\/\\u00e9\\\"\\\\\""));
    }

    @Test
    void escapedSurrogatePairBecomesOneLiteralCharacter() {
        assertEquals("\"\uD83D\uDE80\"", canonical("\"\\uD83D\\uDE80\""));
        assertEquals("\"\uD83D\uDE80\"", canonical("\"\uD83D\uDE80\""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "0x0000000000000000; 0",
        "0x8000000000000000; 0",
        "0x0000000000000001; 5e-324",
        "0x8000000000000001; -5e-324",
        "0x7fefffffffffffff; 1.7976931348623157e+308",
        "0xffefffffffffffff; -1.7976931348623157e+308",
        "0x4340000000000000; 9007199254740992",
        "0xc340000000000000; -9007199254740992",
        "0x4430000000000000; 295147905179352830000",
        "0x44b52d02c7e14af5; 9.999999999999997e+22",
        "0x44b52d02c7e14af6; 1e+23",
        "0x44b52d02c7e14af7; 1.0000000000000001e+23",
        "0x444b1ae4d6e2ef4e; 999999999999999700000",
        "0x444b1ae4d6e2ef4f; 999999999999999900000",
        "0x444b1ae4d6e2ef50; 1e+21",
        "0x3eb0c6f7a0b5ed8c; 9.999999999999997e-7",
        "0x3eb0c6f7a0b5ed8d; 0.000001",
        "0x41b3de4355555553; 333333333.3333332",
        "0x41b3de4355555554; 333333333.33333325",
        "0x41b3de4355555555; 333333333.3333333",
        "0x41b3de4355555556; 333333333.3333334",
        "0x41b3de4355555557; 333333333.33333343",
        "0xbecbf647612f3696; -0.0000033333333333333333",
        "0x43143ff3c1cb0959; 1424953923781206.2",
    })
    void rfc8785NumberExamples(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits.substring(2), 16));
        assertEquals(expected, Json.canonical(new JsonValue.JsonNumber(value)));
        assertEquals(expected, canonical(expected), "reading the canonical text back changes nothing");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "-0; 0", "-0.0e5; 0", "1e-7; 1e-7", "1e21; 1e+21", "1e20; 100000000000000000000", "2e23; 2e+23",
        "0.1; 0.1", "1.5e-6; 0.0000015", "123456.789; 123456.789", "9007199254740991; 9007199254740991",
        "-9007199254740991; -9007199254740991", "5e-324; 5e-324",
        "100; 100", "1e2; 100", "0.0001; 0.0001", "0e-400; 0",
    })
    void numbersPrintInEcmaScriptForm(String input, String expected) {
        assertEquals(expected, canonical(input));
    }

    @Test
    void randomDoublesPrintNoLongerThanJavaAndReadBackExactly() {
        java.util.Random random = new java.util.Random(8785);
        for (int i = 0; i < 100_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = EcmaNumber.format(value);
            assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text), text);
            assertTrue(significantDigits(text) <= significantDigits(Double.toString(value)), text + " vs " + value);
        }
    }

    private static int significantDigits(String number) {
        String mantissa = number.split("[eE]")[0].replace("-", "").replace(".", "");
        return mantissa.replaceAll("^0+", "").replaceAll("0+$", "").length();
    }

    @Test
    void canonicalObjectRequiresAnObject() {
        assertEquals("{\"a\":1}", Json.canonicalObject("{ \"a\" : 1 }").text());
        StoreException e = assertThrows(StoreException.class, () -> Json.canonicalObject("[1]"));
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertEquals("value must be a JSON object (got array)", e.getMessage());
    }

    @Test
    void canonicalTextReadsBackAsTheSameObject() {
        var json = Json.canonicalObject("{\"b\":[1,2],\"a\":{\"c\":\"d\"}}");
        assertEquals(json.text(), Json.canonical(Json.object(json)));
    }
}
