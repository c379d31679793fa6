package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One selected run as the run aggregates read it — status, duration once finished, and the number of
 * its group-by value — packed by the database into one integer, so that a single column crosses the
 * driver per run: with 100,000 runs, each further column read cost SQLite's driver about as much as
 * the database's whole walk of the index (docs/PERFORMANCE.md, run aggregates). Layout, from the low
 * bits: status ordinal (3 bits), group number (5 bits), a finished flag (1 bit), then the duration in
 * microseconds (signed: a clock may put a finish before its start); 2^54 microseconds are 570 years.
 */
final class RunTallyCode {
    /** The group number of a value that is not among the numbered ones: read the value column. */
    static final int UNNUMBERED = 31;
    /** At most this many group-by values are numbered (0 … 15); a number is cheaper than a text per row. */
    static final int MAX_NUMBERED = 16;

    private static final RunStatus[] STATUSES = RunStatus.values();
    /**
     * The order in which the code's CASE compares a status: a CASE compares in turn, and most runs have
     * succeeded, so that one comparison settles most runs instead of two (about 3 % of PostgreSQL's
     * grouped pass at 100,000 runs).
     */
    private static final List<RunStatus> CASE_ORDER = Stream.concat(Stream.of(RunStatus.SUCCEEDED),
            Arrays.stream(STATUSES).filter(status -> status != RunStatus.SUCCEEDED)).toList();
    private static final int UNKNOWN_STATUS = 7;
    private static final int FINISHED = 256;
    private static final int DURATION_UNIT = 512;

    private RunTallyCode() {
    }

    /**
     * The SQL expression of the code over the columns that hold a run's creation time, status and
     * finish time, with {@code group} the SQL of its group number ({@code 0} when not grouped).
     */
    static String sql(String createdAt, String status, String finishedAt, String group) {
        StringBuilder sql = new StringBuilder("COALESCE((").append(finishedAt).append(" - ").append(createdAt)
                .append(") * ").append(DURATION_UNIT).append(" + ").append(FINISHED).append(", 0) + (")
                .append(group).append(") * 8 + CASE ").append(status);
        for (RunStatus each : CASE_ORDER) {
            sql.append(" WHEN '").append(each.wireName()).append("' THEN ").append(each.ordinal());
        }
        return sql.append(" ELSE ").append(UNKNOWN_STATUS).append(" END").toString();
    }

    /** Counts the run of this code on {@code counter}: its status and, once finished, its duration. */
    static void count(long code, RunStatsTally.Counter counter) {
        RunStatus status = status(code);
        if ((code & FINISHED) == 0) {
            counter.count(status);
        } else {
            counter.countFinished(status, code >> 9);
        }
    }

    static int group(long code) {
        return (int) ((code >> 3) & 31);
    }

    private static RunStatus status(long code) {
        int ordinal = (int) (code & 7);
        if (ordinal >= STATUSES.length) {
            throw new StoreException(ReasonCode.STORE_CORRUPT, "the store holds a run with an unknown status");
        }
        return STATUSES[ordinal];
    }
}
