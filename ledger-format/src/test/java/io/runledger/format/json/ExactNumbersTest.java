package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ledger does not change what it was given: a number is accepted only if its canonical text
 * denotes the same decimal value as the text it came in, else refused as validation_failed naming
 * its JSON path.
 */
class ExactNumbersTest {

    private static StoreException refused(String json) {
        StoreException e = assertThrows(StoreException.class, () -> Json.parse(json), json);
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason(), e::getMessage);
        return e;
    }

    @ParameterizedTest(name = "{0} reads back as {1}")
    @CsvSource(delimiter = ';', value = {
        "1.50; 1.5", "1e2; 100", "0.1; 0.1", "18014398509481984; 18014398509481984", "1e29; 1e+29", "-0; 0",
        "-0.0e5; 0", "0e-999; 0", "9007199254740992; 9007199254740992", "-9007199254740992; -9007199254740992",
        "5e-324; 5e-324", "1.7976931348623157e308; 1.7976931348623157e+308", "1e23; 1e+23",
        "333333333.3333333; 333333333.3333333", "1.2345678901234568e-300; 1.2345678901234568e-300",
        "0.000001000; 0.000001", "1234567890000000000000e-10; 123456789000",
    })
    void numbersWhoseCanonicalTextHasTheSameValueAreAccepted(String input, String canonical) {
        assertEquals(canonical, Json.canonical(Json.parse(input)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9007199254740993", "-9007199254740993", "18014398509481985", "1.00000000000000000001",
        "3.141592653589793238", "1e-400", "-1e-400", "4.9e-324", "333333333.33333329", "0.30000000000000000001",
        "12345678901234567890"})
    void numbersThatWouldReadBackAsAnotherValueAreRefused(String input) {
        StoreException e = refused(input);
        assertTrue(e.getMessage().contains("number " + input + " at $ cannot be stored exactly"), e::getMessage);
    }

    @Test
    void theRefusalNamesTheNumbersJsonPath() {
        assertTrue(refused("{\"data\":{\"n\":9007199254740993}}").getMessage().contains(" at $.data.n "));
        assertTrue(refused("{\"args\":{\"items\":[1,2,3,9007199254740993]}}").getMessage().contains(" at $.args.items[3] "));
        assertTrue(refused("{\"a b\":[{\"x\":1e-400}]}").getMessage().contains(" at $[\"a b\"][0].x "));
        assertTrue(refused("[[], {\"k\": [0.5, 2e-400]}]").getMessage().contains(" at $[1].k[1] "));
    }

    /** The oracle: the decimal value of the text and of its canonical form, compared as BigDecimal. */
    @Test
    void randomDecimalsAreAcceptedExactlyWhenTheirCanonicalTextHasTheSameValue() {
        SplittableRandom random = new SplittableRandom();
        for (int i = 0; i < 50_000; i++) {
            String token = decimal(random);
            BigDecimal given = new BigDecimal(token);
            try {
                String canonical = Json.canonical(Json.parse(token));
                assertEquals(0, given.compareTo(new BigDecimal(canonical)), token + " was accepted as " + canonical);
            } catch (StoreException e) {
                if (Double.isInfinite(Double.parseDouble(token))) {
                    assertEquals(ReasonCode.MALFORMED_JSON, e.reason(), token + ": " + e.getMessage());
                    continue;
                }
                assertEquals(ReasonCode.VALIDATION_FAILED, e.reason(), token + ": " + e.getMessage());
                String wouldBe = EcmaNumber.format(Double.parseDouble(token));
                assertTrue(given.compareTo(new BigDecimal(wouldBe)) != 0, token + " was refused though it reads back as " + wouldBe);
            }
        }
    }

    private static String decimal(SplittableRandom random) {
        StringBuilder digits = new StringBuilder();
        int length = 1 + random.nextInt(random.nextBoolean() ? 17 : 22);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            digits.setLength(Math.max(1, digits.length() - random.nextInt(digits.length())));
            digits.append("0".repeat(random.nextInt(4)));
        }
        String number = digits.toString().replaceFirst("^0+(?=\\d)", "");
        if (random.nextBoolean() && number.length() > 1) {
            int point = 1 + random.nextInt(number.length() - 1);
            number = number.substring(0, point) + "." + number.substring(point);
        }
        String exponent = random.nextBoolean() ? "" : "e" + random.nextInt(-330, 300);
        return (random.nextInt(4) == 0 ? "-" : "") + number + exponent;
    }
}
