package io.runledger.http;

import io.runledger.bootstrap.LedgerRuntime;

/**
 * A backend for the HTTP contract suite, like the storage TCK's fixture: each call gives a runtime
 * over a fresh store of this backend that does not exist yet. Closing removes what it made.
 */
interface HttpBackendFixture extends AutoCloseable {
    /** The backend id, e.g. {@code sqlite}, as {@code /health} reports it. */
    String backend();

    /** A runtime over a new, not yet existing store; the caller closes it. */
    LedgerRuntime freshRuntime();

    @Override
    void close();
}
