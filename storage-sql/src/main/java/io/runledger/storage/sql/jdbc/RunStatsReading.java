package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunPoint;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsGroup;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code Runs.stats} in SQL, on one connection: counts per status, the nearest-rank percentiles
 * (window functions, so the database sorts and only two numbers per group come back) and the chart's
 * points, overall and per label value. Only aggregates and at most {@code maxPoints} rows leave the
 * database. docs/PERFORMANCE.md has the figures at 100,000 runs.
 */
public final class RunStatsReading {
    private final IdOrder order;

    public RunStatsReading(IdOrder order) {
        this.order = order;
    }

    public RunStats read(Connection connection, RunStatsQuery query) throws SQLException {
        RunStatsStatements overall = new RunStatsStatements(query, false, order);
        Map<RunStatus, Long> overallCounts = new EnumMap<>(RunStatus.class);
        rows(connection, overall.counts(), row -> overallCounts.put(status(row.getString(1)), row.getLong(2)));
        long[] overallPercentiles = new long[2];
        boolean[] finished = {false};
        rows(connection, overall.percentiles(), row -> {
            overallPercentiles[0] = row.getLong(1);
            finished[0] = !row.wasNull();
            overallPercentiles[1] = row.getLong(2);
        });
        RunStatsGroup all = new RunStatsGroup(Optional.empty(), overallCounts,
                finished[0] ? Optional.of(overallPercentiles[0]) : Optional.empty(),
                finished[0] ? Optional.of(overallPercentiles[1]) : Optional.empty());
        long stride = RunStats.stride(all.total(), query.maxPoints());
        List<RunPoint> points = new ArrayList<>();
        rows(connection, overall.points(stride, query.maxPoints()), row -> points.add(point(row)));
        return new RunStats(all, groups(connection, query), points, stride);
    }

    private List<RunStatsGroup> groups(Connection connection, RunStatsQuery query) throws SQLException {
        if (query.groupBy().isEmpty()) {
            return List.of();
        }
        RunStatsStatements grouped = new RunStatsStatements(query, true, order);
        Map<String, Map<RunStatus, Long>> counts = new HashMap<>();
        rows(connection, grouped.counts(), row -> counts.computeIfAbsent(row.getString(1), v -> new EnumMap<>(RunStatus.class))
                .put(status(row.getString(2)), row.getLong(3)));
        Map<String, long[]> percentiles = new HashMap<>();
        rows(connection, grouped.percentiles(), row -> percentiles.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}));
        List<RunStatsGroup> groups = new ArrayList<>();
        for (String value : new TreeSet<>(counts.keySet())) {
            Optional<long[]> p = Optional.ofNullable(percentiles.get(value));
            groups.add(new RunStatsGroup(Optional.of(value), counts.get(value), p.map(v -> v[0]), p.map(v -> v[1])));
        }
        return groups;
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

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void rows(Connection connection, RunStatsStatements.Bound bound, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(bound.sql())) {
            bound.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
