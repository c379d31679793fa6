package io.runledger.cli.json;

import io.runledger.bootstrap.Redaction;
import io.runledger.storage.api.Check;

/** One diagnostic check in {@code doctor --json}. */
public record CheckJson(String name, boolean ok, String detail) {
    public static CheckJson of(Check check) {
        return new CheckJson(check.name(), check.ok(), Redaction.hideSecrets(check.detail()));
    }
}
