package io.runledger.storage.api;

/** One record of a store's content, as export, import and transfer stream it. */
public sealed interface LedgerRecord permits Run, Step, AuditEvent {
}
