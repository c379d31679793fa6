package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewAuditEventTest {

    @Test
    void aFullLineIsRead() {
        NewAuditEvent event = NewAuditEvent.fromJson("{\"event_id\":\"ev-1\",\"ts\":\"2024-01-01T00:00:00.000001Z\","
                + "\"level\":\"warn\",\"run_id\":\"run-1\",\"scope\":\"db\",\"event\":\"slow\",\"message\":\"m\","
                + "\"data\":{\"z\":1,\"a\":[true]}}");
        assertEquals(new NewAuditEvent(Optional.of("ev-1"), Optional.of(Instant.parse("2024-01-01T00:00:00.000001Z")),
                AuditLevel.WARN, Optional.of(new RunId("run-1")), "db", "slow", "m",
                new CanonicalJson("{\"a\":[true],\"z\":1}")), event);
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        NewAuditEvent absent = NewAuditEvent.fromJson("{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"\"}");
        NewAuditEvent nulls = NewAuditEvent.fromJson("{\"event_id\":null,\"ts\":null,\"run_id\":null,\"data\":null,"
                + "\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"\"}");
        assertEquals(absent, nulls);
        assertEquals(Optional.empty(), absent.eventId());
        assertEquals(Optional.empty(), absent.ts());
        assertEquals(Optional.empty(), absent.runId());
        assertEquals(CanonicalJson.EMPTY_OBJECT, absent.data());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"type\":\"audit\",                 | unknown key \"type\"",
        "\"extra\":1,                        | unknown key \"extra\"",
        "\"event_id\":\"has space\",         | event_id must be 1-128 characters",
        "\"event_id\":7,                     | event_id must be a string (got number)",
        "\"ts\":\"2024-01-01T00:00:00Z\",    | ts must be an RFC 3339 UTC timestamp",
        "\"run_id\":\"\",                    | run_id must be 1-128 characters",
        "\"data\":[],                        | data must be a JSON object (got array)",
        "\"data\":\"{}\",                    | data must be a JSON object (got string)",
    })
    void badFieldsAreRefusedNamingThem(String extra, String expected) {
        String line = "{" + extra + "\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}";
        StoreException e = assertThrows(StoreException.class, () -> NewAuditEvent.fromJson(line));
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}                  | level is required",
        "{\"level\":null,\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}   | level is required",
        "{\"level\":\"fatal\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"} | level must be one of debug, info, warn, error (got \"fatal\")",
        "{\"level\":1,\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}      | level must be a string (got number)",
        "{\"level\":\"info\",\"event\":\"e\",\"message\":\"m\"}               | scope is required",
        "{\"level\":\"info\",\"scope\":\"s\",\"message\":\"m\"}               | event is required",
        "{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\"}                 | message is required",
        "{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":{}}  | message must be a string (got object)",
        "[]                                                                    | an audit event must be a JSON object (got array)",
    })
    void missingAndIllTypedRequiredFieldsAreRefused(String line, String expected) {
        StoreException e = assertThrows(StoreException.class, () -> NewAuditEvent.fromJson(line));
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertEquals(expected, e.getMessage());
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        assertEquals(ReasonCode.MALFORMED_JSON, assertThrows(StoreException.class,
                () -> NewAuditEvent.fromJson("{\"level\":\"info\",}")).reason());
    }
}
