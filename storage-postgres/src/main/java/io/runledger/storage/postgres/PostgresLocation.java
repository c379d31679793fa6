package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store's place on a server: the JDBC URL, and the schema its tables live in ({@code currentSchema}
 * of the URL, default {@code public}). {@link #toString()} hides the password, so a location can be
 * put in any message or log line.
 */
record PostgresLocation(String url, String schema) {
    static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]*)");

    static PostgresLocation of(String url) {
        String trimmed = url.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the postgres backend needs a JDBC URL such as"
                    + " jdbc:postgresql://host:5432/db?user=app (got '" + Redaction.hideSecrets(trimmed) + "')");
        }
        Matcher schema = CURRENT_SCHEMA.matcher(trimmed);
        String name = schema.find() ? URLDecoder.decode(schema.group(1), StandardCharsets.UTF_8).split(",")[0].strip() : "";
        // The server folds an unquoted search_path entry to lower case; the store's schema is that name.
        return new PostgresLocation(trimmed, name.isEmpty() ? "public" : name.toLowerCase(Locale.ROOT));
    }

    /** The schema as an SQL identifier, quoted. */
    String quotedSchema() {
        return "\"" + schema.replace("\"", "\"\"") + "\"";
    }

    /**
     * The location for a message: the URL without secrets and the schema. The URL is followed by a
     * space, never by punctuation, so that a second masking pass (a password runs up to a space) cannot
     * swallow the sentence around it.
     */
    String described() {
        return Redaction.hideSecrets(url) + " (schema " + schema + ")";
    }

    @Override
    public String toString() {
        return Redaction.hideSecrets(url);
    }
}
