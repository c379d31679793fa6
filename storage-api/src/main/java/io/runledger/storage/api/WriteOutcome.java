package io.runledger.storage.api;

/** What an idempotent create did: stored a new record, or found the identical record already there. */
public enum WriteOutcome {
    CREATED,
    ALREADY_PRESENT
}
