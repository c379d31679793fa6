package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How an append writes its new audit events, each at its chain position, and moves the chain's head
 * row ({@link AuditChainHead}) in the caller's write transaction. A database supplies its own where it
 * can do better than the portable {@link BatchedAuditInserts}: on PostgreSQL the head's move and the
 * inserts are one statement, so the chain costs an append no round trip of its own.
 */
public interface ChainedAuditInserts {
    /**
     * The head, read in the caller's write transaction and locked until it ends where writers in other
     * processes could otherwise move it meanwhile.
     */
    ChainLink claim(Connection connection) throws SQLException;

    /** Inserts {@code events} at {@code links} (same order); the caller has moved the head. */
    void insert(Connection connection, List<AuditEvent> events, List<ChainLink> links) throws SQLException;

    /**
     * If the head is still at {@code from}: moves it to the last of {@code links}, holding its row lock
     * until the transaction ends, inserts {@code events} at {@code links} and returns true. Otherwise
     * (another writer moved it since) changes nothing and returns false.
     */
    boolean insertAfter(Connection connection, ChainLink from, List<AuditEvent> events, List<ChainLink> links)
            throws SQLException;
}
