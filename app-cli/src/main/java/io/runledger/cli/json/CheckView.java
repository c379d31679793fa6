package io.runledger.cli.json;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Redaction;

/** One diagnostic check in {@code doctor --json}. */
public record CheckView(String name, boolean ok, String detail) {
    public static CheckView of(Check check) {
        return new CheckView(check.name(), check.ok(), Redaction.hideSecrets(check.detail()));
    }
}
