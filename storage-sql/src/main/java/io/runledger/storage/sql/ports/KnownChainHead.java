package io.runledger.storage.sql.ports;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.ChainedAuditInserts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain's head as this store's appends last committed it, so that an append moves the head
 * row from there without reading it first — on PostgreSQL in the same statement as its inserts, so
 * the chain costs no round trip of its own (docs/PERFORMANCE.md, "What the chain costs appends"). The
 * store's row stays the truth: the move names the head it continues from, and when another writer moved
 * the row since (another instance, an import or a restore through this one) it changes nothing, and
 * the append claims the row as a first append does. So a head that is no longer the store's costs a
 * claim, never a wrong link; and only a committed one is remembered.
 */
final class KnownChainHead {
    private final ChainedAuditInserts inserts;
    private volatile Optional<ChainLink> committed = Optional.empty();

    /** {@code inserts}: how this database writes chained events and moves the head ({@link SqlSessions#auditInserts}). */
    KnownChainHead(ChainedAuditInserts inserts) {
        this.inserts = inserts;
    }

    /**
     * Inserts {@code events}, in their order, after the store's head, which this moves to the last of
     * them in {@code connection}'s transaction (holding its row lock until that transaction ends);
     * returns the new head.
     */
    ChainLink extend(Connection connection, List<AuditEvent> events) throws SQLException {
        Optional<ChainLink> known = committed;
        if (known.isPresent()) {
            List<ChainLink> links = links(known.get(), events);
            if (inserts.insertAfter(connection, known.get(), events, links)) {
                return last(links);
            }
        }
        List<ChainLink> links = links(inserts.claim(connection), events);
        AuditChainHead.advance(connection, last(links));
        inserts.insert(connection, events, links);
        return last(links);
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
