package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ChainLink;

/**
 * The positions of the audit chain, handed to events in the order a bulk load writes them (the
 * format's {@code ImportPositions}: an event that carries its position keeps it, one without takes the
 * next): the loaders stay free of how a link is computed, and the SQL adapters of the format.
 */
@FunctionalInterface
public interface ChainPositions {
    /** The position and chain value of {@code audit}, an {@code AuditEvent} or a {@code ChainedEvent}. */
    ChainLink next(LedgerRecord audit);
}
