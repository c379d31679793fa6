package io.runledger.cli;

/**
 * A SQL backend for the CLI contracts, with test-only shortcuts that change a store's schema from
 * outside Runledger, as an operator's hand would.
 */
interface SqlCliFixture extends CliBackendFixture {
    /** Runs one statement on the store at {@code location}. */
    void execute(String location, String statement);

    @Override
    default void tamperAuditMessage(String location, String eventId, String message) {
        execute(location, "UPDATE audit_log SET message = '" + message + "' WHERE event_id = '" + eventId + "'");
    }

    @Override
    default void deleteAuditEvent(String location, String eventId) {
        execute(location, "DELETE FROM audit_log WHERE event_id = '" + eventId + "'");
    }

    @Override
    default void hideBehindPruneAnchor(String location, String eventId, boolean recount) {
        execute(location, "UPDATE audit_prunes SET last_seq = (SELECT seq FROM audit_log WHERE event_id = '" + eventId
                + "'), last_chain = (SELECT chain FROM audit_log WHERE event_id = '" + eventId + "')"
                + (recount ? ", event_count = event_count + 1" : ""));
        deleteAuditEvent(location, eventId);
    }

    @Override
    default void cutAuditTail(String location, long keep) {
        execute(location, "DELETE FROM audit_log WHERE seq > " + keep);
        execute(location, "UPDATE audit_chain_head SET seq = " + keep + ", chain = (SELECT chain FROM audit_log WHERE seq = "
                + keep + ") WHERE id = 1");
    }

    /** Gives {@code table.column} the declared type {@code type} (SQLite cannot alter a column: it rebuilds the table). */
    void changeColumnType(String location, String table, String column, String type);

    /** Drops the CHECK constraint on {@code table.column} (SQLite rebuilds the table without it). */
    void dropCheckConstraint(String location, String table, String column);
}
