package io.runledger.cli;

import io.runledger.domain.ChainVerifier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tampering of {@link AuditTamperContract} on a SQL store, as statements for the database's own
 * client (the same SQL runs in {@code sqlite3} and {@code psql}).
 */
abstract class SqlAuditTamperContract extends AuditTamperContract {
    /** Runs {@code script} (statements ending in {@code ;}) on the store with the database's own client. */
    abstract void runScript(String location, String script);

    @Override
    void editMessage(String location, long seq, String message) {
        runScript(location, "UPDATE audit_log SET message = '" + message.replace("'", "''") + "' WHERE seq = " + seq + ";");
    }

    @Override
    void deleteEvent(String location, long seq) {
        runScript(location, "DELETE FROM audit_log WHERE seq = " + seq + ";");
    }

    /** The rows trade {@code seq} (through negative values: it is unique), then take back their position's chain value. */
    @Override
    void swapEvents(String location, long a, long b) {
        runScript(location, String.join("\n",
                "BEGIN;",
                "CREATE TEMP TABLE kept_links AS SELECT seq, chain FROM audit_log WHERE seq IN (" + a + ", " + b + ");",
                "UPDATE audit_log SET seq = -seq WHERE seq IN (" + a + ", " + b + ");",
                "UPDATE audit_log SET seq = " + (a + b) + " + seq WHERE seq IN (-" + a + ", -" + b + ");",
                "UPDATE audit_log SET chain = (SELECT k.chain FROM kept_links k WHERE k.seq = audit_log.seq)"
                        + " WHERE seq IN (" + a + ", " + b + ");",
                "COMMIT;"));
    }

    @Override
    void cutTail(String location, long keep) {
        runScript(location, "DELETE FROM audit_log WHERE seq > " + keep + ";");
    }

    @Override
    void rewindHead(String location, long keep) {
        runScript(location, "UPDATE audit_chain_head SET seq = " + keep + ", chain = (SELECT chain FROM audit_log WHERE seq = "
                + keep + ") WHERE id = 1;");
    }

    @Override
    boolean recordsHeadApart() {
        return true;
    }

    /**
     * {@code audit verify} walks a long chain on several threads, a stretch of positions each: a deletion in the
     * third stretch is found there, and once an event of the second stretch is edited too, that edit is the break
     * reported, with the positions before it verified — as one walk from the start finds them.
     */
    @Test
    void aLongChainWalkedInStretchesReportsItsFirstBreak() throws Exception {
        String location = migratedStore();
        int events = (int) (2 * ChainVerifier.STRETCH + 1_000);
        ok(onWithInput(location, IntStream.rangeClosed(1, events).mapToObj(AuditTamperContract::event).collect(Collectors.joining()),
                "audit", "append"));
        long deleted = 2 * ChainVerifier.STRETCH + 10;
        long edited = ChainVerifier.STRETCH + 500;

        deleteEvent(location, deleted);
        assertBroken(location, deleted, "position_missing", "e" + (deleted + 1), deleted - 1);
        editMessage(location, edited, "edited");
        assertBroken(location, edited, "content_changed", "e" + edited, edited - 1);
    }
}
