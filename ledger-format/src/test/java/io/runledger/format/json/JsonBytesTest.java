package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
    /** Every kind of character a value can hold: controls, the escaped two, one to four UTF-8 bytes, pairs. */
    private static final List<String> SAMPLES = List.of("", "plain ascii", "\u0000\u0001\u001f", "\b\f\n\r\t",
            "say \"hi\"", "back\\slash", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "\u2028 and \u2029", "\uffff",
            "\uD83D\uDE80", "rocket \uD83D\uDE80 then \"quote\"\n", "é\u0000é", "中文 text",
            "\uDBFF\uDFFF last code point", "ascii then é then ascii");

    @Test
    void aStringIsWhatTheCanonicalWriterWritesInUtf8() {
        for (String text : SAMPLES) {
            assertArrayEquals(canonical(text), new JsonBytes(1).string(text).toByteArray(), text);
        }
    }

    @Test
    void textIsTheUtf8ThatStringGetBytesGives() {
        for (String text : SAMPLES) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), new JsonBytes(1).text(text).toByteArray(), text);
        }
        // a lone surrogate cannot be UTF-8: text writes "?" as getBytes does (canonical JSON never holds one)
        for (String lone : List.of("\uD83D", "a\uDE80b", "\uDE80\uD83D")) {
            assertArrayEquals(lone.getBytes(StandardCharsets.UTF_8), new JsonBytes(4).text(lone).toByteArray(), lone);
        }
    }

    @Test
    void randomTextsWriteAsTheReferenceDoes() {
        Random random = new Random(20261207);
        char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '\n', '\u0001', '\u007f', 'é', '\u07ff', '中', '\uffff'};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(10) == 0) {
                    text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                } else {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            String value = text.toString();
            JsonBytes both = new JsonBytes(2).string(value).text(value);
            byte[] expected = (new String(canonical(value), StandardCharsets.UTF_8) + value).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, both.toByteArray(), value);
        }
    }

    @Test
    void aLoneSurrogateInAStringIsRefusedAsTheCanonicalWriterRefusesIt() {
        for (String lone : List.of("\uD83D", "a\uDE80b", "\uDE80\uD83D", "é\uD83D")) {
            StoreException expected = assertThrows(StoreException.class, () -> canonical(lone));
            StoreException refused = assertThrows(StoreException.class, () -> new JsonBytes(8).string(lone));
            assertEquals(ReasonCode.VALIDATION_FAILED, refused.reason());
            assertEquals(expected.getMessage(), refused.getMessage());
        }
    }

    @Test
    void timestampsAndNumbersAreWrittenAsTheirTextSays() {
        Instant instant = Instant.parse("2026-11-21T10:00:00.123456Z");
        assertEquals("\"" + Timestamps.format(instant) + "\"", new JsonBytes(1).timestamp(instant).toString());
        assertEquals("-9223372036854775808,0", new JsonBytes(1).number(Long.MIN_VALUE).ascii(',').number(0).toString());
        StoreException refused = assertThrows(StoreException.class,
                () -> new JsonBytes(1).timestamp(Instant.parse("2026-11-21T10:00:00.123456789Z")));
        assertEquals(ReasonCode.VALIDATION_FAILED, refused.reason());
    }

    @Test
    void everyViewGivesTheBytesWrittenSinceTheLastClear() {
        JsonBytes line = new JsonBytes(4).string("first line, longer than the room it had");
        line.clear().ascii('{').string("k").ascii(':').text("é").ascii('}');
        byte[] expected = "{\"k\":é}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, line.toByteArray());
        assertEquals("{\"k\":é}", line.toString());
        MessageDigest digest = sha256();
        line.hashInto(digest);
        assertArrayEquals(sha256().digest(expected), digest.digest());
    }

    private static byte[] canonical(String text) {
        StringBuilder out = new StringBuilder();
        CanonicalWriter.writeString(text, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
