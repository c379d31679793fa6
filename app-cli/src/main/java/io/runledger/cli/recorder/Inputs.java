package io.runledger.cli.recorder;

import io.runledger.format.json.Json;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recorder options that carry content: JSON objects ({@code --args-json}, {@code --config-json},
 * {@code --stats-json}) read by the record format's parser, as the HTTP API reads a body, and
 * {@code NAME=VALUE} pairs ({@code --arg}, {@code --label}). Bad content is what it is in a request:
 * {@code malformed_json} or {@code validation_failed}, naming the option.
 */
final class Inputs {
    private Inputs() {
    }

    /** The canonical form of an option's JSON text, which must be an object ({@code field} names it as the API does). */
    static Optional<CanonicalJson> object(String option, String field, Optional<String> text) {
        return text.map(json -> {
            try {
                return Json.canonicalObject(field, Json.parse(json));
            } catch (StoreException e) {
                throw new StoreException(e.reason(), option + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * {@code NAME=VALUE} pairs, split at the first {@code =}; the value may be empty, the name not, and
     * a name may be given once.
     */
    static Map<String, String> pairs(String option, List<String> pairs) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new StoreException(ReasonCode.VALIDATION_FAILED,
                        option + " must be NAME=VALUE (got \"" + pair + "\")");
            }
            if (out.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                throw new StoreException(ReasonCode.VALIDATION_FAILED,
                        option + " " + pair.substring(0, eq) + " is given more than once");
            }
        }
        return out;
    }
}
