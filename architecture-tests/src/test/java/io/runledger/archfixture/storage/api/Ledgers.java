package io.runledger.archfixture.storage.api;

/** Fixture port. */
public interface Ledgers {
    String id();
}
