package io.runledger.storage.json;

import io.runledger.storage.json.journal.JournalEntry;
import java.util.Optional;

/**
 * A write checked against the current content: the journal entry that makes it durable (none when
 * there is nothing to change, e.g. a retried create) and what the port returns once it is.
 */
record Planned<T>(Optional<JournalEntry> entry, T result) {
    static <T> Planned<T> nothing(T result) {
        return new Planned<>(Optional.empty(), result);
    }

    static <T> Planned<T> write(JournalEntry entry, T result) {
        return new Planned<>(Optional.of(entry), result);
    }
}
