package io.runledger.storage.sql.ports;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain's head as this store's appends last committed it, so that an append moves the head
 * row with one conditional update instead of reading it first (on PostgreSQL one round trip fewer per
 * transaction: docs/PERFORMANCE.md, "What the chain costs appends"). The store's row stays the truth:
 * the update names the head it continues from, and when another writer moved the row since (another
 * instance, an import or a restore through this one) it changes nothing, and the append claims the row
 * as a first append does. So a head that is no longer the store's costs a claim, never a wrong link;
 * and only a committed one is remembered.
 */
final class KnownChainHead {
    private final Optional<String> rowLock;
    private volatile Optional<ChainLink> committed = Optional.empty();

    /** {@code rowLock}: the clause with which a claim locks the head row ({@link SqlSessions#chainHeadLock}). */
    KnownChainHead(Optional<String> rowLock) {
        this.rowLock = rowLock;
    }

    /**
     * The links of {@code events}, in their order, after the store's head, which this moves to the
     * last of them in {@code connection}'s transaction (holding its row lock until that transaction ends).
     */
    List<ChainLink> extend(Connection connection, List<AuditEvent> events) throws SQLException {
        Optional<ChainLink> known = committed;
        if (known.isPresent()) {
            List<ChainLink> links = links(known.get(), events);
            if (AuditChainHead.move(connection, known.get(), last(links))) {
                return links;
            }
        }
        List<ChainLink> links = links(AuditChainHead.claim(connection, rowLock), events);
        AuditChainHead.advance(connection, last(links));
        return links;
    }

    /** Remembers {@code head}, to which a transaction that has committed moved the chain. */
    void committed(ChainLink head) {
        committed = Optional.of(head);
    }

    private static List<ChainLink> links(ChainLink head, List<AuditEvent> events) {
        AuditChain chain = AuditChain.after(head);
        List<ChainLink> links = new ArrayList<>(events.size());
        events.forEach(event -> links.add(chain.append(event)));
        return links;
    }

    private static ChainLink last(List<ChainLink> links) {
        return links.get(links.size() - 1);
    }
}
