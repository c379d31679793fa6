package io.runledger.storage.json.journal;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import io.runledger.storage.json.files.FormatHeader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The first line of {@code state.json.journal}: which snapshot (by its {@code exported_at}) the
 * entries below continue. A journal continuing an older snapshot was already folded into the current
 * one by a compaction that crashed before replacing the journal, and is ignored.
 */
record JournalHeader(Instant continues) {
    static final String FORMAT = "runledger-json-journal";
    private static final List<String> KEYS = List.of("continues", "format", "format_version");
    private static final int VERSION_NUMBER = 1;
    private static final JsonNumber VERSION = new JsonNumber(VERSION_NUMBER);

    /**
     * Reads the header line; raises a {@code StoreException}: {@code schema_drift} for a header of
     * another format or version, else {@code malformed_json} or {@code validation_failed}.
     */
    static JournalHeader parse(String line) {
        FormatHeader.drift(line, FORMAT, VERSION_NUMBER).ifPresent(problem -> {
            throw new StoreException(ReasonCode.SCHEMA_DRIFT, problem);
        });
        JsonValue value = Json.parse(line);
        JsonFields f = JsonFields.of("the journal header", value).allowOnly(KEYS).requireKeys(KEYS);
        Optional<JsonValue> version = ((JsonValue.JsonObject) value).get("format_version");
        if (!FORMAT.equals(f.string("format")) || !version.equals(Optional.of(VERSION))) {
            throw JsonFields.invalid("not a journal header of format " + FORMAT + " version " + VERSION_NUMBER);
        }
        return new JournalHeader(Timestamps.parse("continues", f.string("continues")));
    }

    String line() {
        return "{\"continues\":\"" + Timestamps.format(continues) + "\",\"format\":\"" + FORMAT + "\",\"format_version\":"
                + VERSION_NUMBER + "}";
    }
}
