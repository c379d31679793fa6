package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;

/**
 * The next positions of the audit chain, handed to events in the order a bulk load writes them (the
 * format's {@code AuditChain#append}): the loaders stay free of how a link is computed, and the SQL
 * adapters of the format.
 */
@FunctionalInterface
public interface ChainPositions {
    /** The position and chain value of {@code event}, the next one after the last handed out. */
    ChainLink next(AuditEvent event);
}
