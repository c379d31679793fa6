package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunPoint;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code Runs.stats} in SQL on one connection, in two statements: one pass streams, per selected run,
 * its status (as a number), duration and group-by label value — scalars, never the run — into a
 * {@link RunStatsTally}, which counts and takes the nearest-rank percentiles; a second reads the
 * latest {@code maxPoints} runs for the chart. Sorting the durations in the adapter (a primitive
 * sort) is several times cheaper than a window function over the same rows on either database
 * (docs/PERFORMANCE.md, run aggregates).
 */
public final class RunStatsReading {
    private static final RunStatus[] STATUSES = RunStatus.values();

    private final IdOrder order;

    public RunStatsReading(IdOrder order) {
        this.order = order;
    }

    public RunStats read(Connection connection, RunStatsQuery query) throws SQLException {
        RunStatsStatements statements = new RunStatsStatements(query, order);
        RunStatsTally tally = new RunStatsTally(query);
        boolean grouped = query.groupBy().isPresent();
        rows(connection, statements.tally(), row -> {
            int ordinal = row.getInt(1);
            long duration = row.getLong(2);
            Optional<Long> finished = row.wasNull() ? Optional.empty() : Optional.of(duration);
            if (ordinal < 0) {
                throw new StoreException(ReasonCode.STORE_CORRUPT, "the store holds a run with an unknown status");
            }
            tally.count(grouped ? Optional.ofNullable(row.getString(3)) : Optional.empty(), STATUSES[ordinal], finished);
        });
        List<RunPoint> points = new ArrayList<>(query.maxPoints());
        rows(connection, statements.latest(), row -> points.add(point(row)));
        Collections.reverse(points);
        return tally.result(points);
    }

    private static RunPoint point(ResultSet row) throws SQLException {
        Instant created = JdbcValues.instant(row, 2).orElseThrow();
        Optional<Instant> finished = JdbcValues.instant(row, 4);
        return new RunPoint(new RunId(row.getString(1)), created, status(row.getString(3)),
                finished.map(f -> ChronoUnit.MICROS.between(created, f)));
    }

    private static RunStatus status(String wire) {
        return JdbcValues.wire(wire, RunStatus::fromWire, "run status");
    }

    private static void rows(Connection connection, RunStatsStatements.Bound bound, JdbcRows.Reader reader) throws SQLException {
        JdbcRows.each(connection, bound.sql(), statement -> {
            statement.setFetchSize(1_000);
            bound.bind(statement);
        }, reader);
    }
}
