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
 * {@code Runs.stats} in SQL on one connection: one pass streams, per selected run, its status and
 * group-by value (as numbers where it can) and duration — scalars, never the run — into a
 * {@link RunStatsTally}, which counts and takes the nearest-rank percentiles; a second statement reads
 * the latest {@code maxPoints} runs for the chart; a grouped query first reads the label's few values
 * (one index seek each) so that the pass can number them. Sorting the durations in the adapter (a
 * primitive sort) is several times cheaper than a window function over the same rows on either
 * database (docs/PERFORMANCE.md, run aggregates).
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
        List<String> numbered = numbered(connection, statements, query);
        boolean grouped = query.groupBy().isPresent();
        rows(connection, statements.tally(numbered), row -> {
            int ordinal = row.getInt(1);
            long duration = row.getLong(2);
            Optional<Long> finished = row.wasNull() ? Optional.empty() : Optional.of(duration);
            if (ordinal < 0) {
                throw new StoreException(ReasonCode.STORE_CORRUPT, "the store holds a run with an unknown status");
            }
            tally.count(grouped ? group(row, numbered) : Optional.empty(), STATUSES[ordinal], finished);
        });
        List<RunPoint> points = new ArrayList<>(query.maxPoints());
        rows(connection, statements.latest(), row -> points.add(point(row)));
        Collections.reverse(points);
        return tally.result(points);
    }

    /** The group-by values the tally numbers: all of them when they are few, none otherwise. */
    private static List<String> numbered(Connection connection, RunStatsStatements statements, RunStatsQuery query)
            throws SQLException {
        if (query.groupBy().isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        rows(connection, statements.groupValues(query.groupBy().get()), row -> values.add(row.getString(1)));
        return values.size() > RunStatsStatements.MAX_NUMBERED ? List.of() : values;
    }

    private static Optional<String> group(ResultSet row, List<String> numbered) throws SQLException {
        int number = row.getInt(3);
        return switch (number) {
            case RunStatsStatements.NO_GROUP -> Optional.empty();
            case RunStatsStatements.UNNUMBERED -> Optional.of(row.getString(4));
            default -> Optional.of(numbered.get(number));
        };
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
