package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fuzzed endpoint list is the served OpenAPI document's, so a new endpoint cannot escape the fuzz. */
class EndpointCoverageTest {

    @Test
    void theFuzzedEndpointsAreExactlyThoseOfTheServedOpenApiDocument() {
        RawReply reply = HostileServer.of(Backend.SQLITE).send(RawRequest.of("GET", "/openapi.json"));
        assertEquals(200, reply.status(), reply::abbreviated);
        Set<String> documented = new TreeSet<>();
        JsonNode paths = reply.json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));

        Set<String> fuzzed = Arrays.stream(Endpoint.values()).map(endpoint -> endpoint.method() + " " + endpoint.template())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(documented, fuzzed);
    }
}
