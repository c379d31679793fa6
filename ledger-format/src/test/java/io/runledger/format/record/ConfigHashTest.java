package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.format.json.Json;
import io.runledger.storage.api.CanonicalJson;
import org.junit.jupiter.api.Test;

class ConfigHashTest {

    @Test
    void emptyConfigHashesToTheKnownSha256() {
        assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                ConfigHash.of(CanonicalJson.EMPTY_OBJECT));
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheHash() {
        String hash = ConfigHash.of(Json.canonicalObject("{\"model\":\"m1\",\"retries\":3,\"tags\":[\"a\",\"b\"]}"));
        assertEquals(hash, ConfigHash.of(Json.canonicalObject("{ \"tags\" : [ \"a\", \"b\" ],\n \"retries\": 3.0, \"model\": \"m1\" }")));
        assertEquals(64, hash.length());
    }

    @Test
    void hashIsOfTheUtf8Bytes() {
        // sha256 of the UTF-8 bytes of {"k":"é"}, computed independently with sha256sum
        assertEquals("0ca09f1dffb485d259fc791100d48ad7ae9c17f52a2bb07b608c0e28fbca34a1",
                ConfigHash.of(Json.canonicalObject("{\"k\":\"\\u00e9\"}")));
    }
}
