package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordLinesTest {
    private static final String STEP = "{\"finished_at\":null,\"name\":\"n\",\"run_id\":\"r1\",\"started_at\":null,"
            + "\"stats\":{},\"status\":\"pending\",\"step_id\":\"s1\",\"type\":\"step\"}";

    @Test
    void validButNonCanonicalRecordsAreAcceptedAndCanonicalised() {
        String messy = "{ \"type\":\"step\", \"step_id\":\"s1\", \"status\":\"pending\", \"stats\":{ },"
                + " \"started_at\":null, \"run_id\":\"r1\", \"name\":\"n\", \"finished_at\":null }";
        assertEquals(STEP, RecordLines.toLine(RecordLines.parse(messy, 2)));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"status\":\"pending\"        | \"status\":\"paused\"                    | line 7: unknown status \"paused\"",
        "\"started_at\":null          | \"started_at\":\"2024-01-01T00:00:00Z\"  | line 7: started_at must be an RFC 3339",
        "\"step_id\":\"s1\"           | \"step_id\":\"s 1\"                      | line 7: step_id must be 1-128 characters",
        "\"name\":\"n\"               | \"name\":1                               | line 7: name must be a string (got number)",
        "\"stats\":{}                 | \"stats\":[]                             | line 7: stats must be a JSON object (got array)",
        "\"finished_at\":null,        | ''                                       | line 7: missing key \"finished_at\"",
        "\"type\":\"step\"            | \"type\":\"step\",\"extra\":1            | line 7: unknown key \"extra\"",
        "\"type\":\"step\"            | \"type\":\"trailer\"                     | line 7: type must be \"run\", \"step\" or \"audit\"",
        "\"type\":\"step\"}           | \"type\":\"step\"} x                     | line 7: malformed JSON: unexpected text",
    })
    void badRecordsAreRefusedWithTheLineNumber(String replace, String with, String expected) {
        String line = STEP.replace(replace.strip(), with.strip());
        StoreException e = assertThrows(StoreException.class, () -> RecordLines.parse(line, 7));
        assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void labelsMustBeStrings() {
        String run = "{\"args\":{},\"config_hash\":null,\"created_at\":\"2024-01-01T00:00:00.000000Z\",\"finished_at\":null,"
                + "\"git_sha\":null,\"labels\":{\"env\":1},\"run_id\":\"r1\",\"status\":\"running\",\"type\":\"run\"}";
        StoreException e = assertThrows(StoreException.class, () -> RecordLines.parse(run, 3));
        assertEquals("line 3: labels.env must be a string (got number)", e.getMessage());
    }

    @Test
    void readGivesWhatParseGivesForCanonicalAndOtherLinesAlike() {
        String messy = STEP.replace(",", " , ");
        assertEquals(RecordLines.parse(STEP, 1), RecordLines.read(STEP, 1));
        assertEquals(RecordLines.parse(messy, 1), RecordLines.read(messy, 1));
        StoreException e = assertThrows(StoreException.class, () -> RecordLines.read(STEP.replace("pending", "paused"), 9));
        assertEquals("line 9: unknown status \"paused\"", e.getMessage());
    }
}
