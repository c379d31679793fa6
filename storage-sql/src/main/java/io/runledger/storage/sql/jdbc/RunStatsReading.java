package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunPoint;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
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
 * {@code Runs.stats} in SQL on one connection (one read transaction): one pass streams every selected
 * run as one number (its {@link RunTallyCode}: status and duration — scalars, never the run) into a
 * {@link RunStatsTally}, which counts and takes the nearest-rank percentiles; a last statement reads
 * the latest {@code maxPoints} runs for the chart. A grouped query first reads the label's few values
 * (one index seek each), then passes over the label rows, numbering them; when that pass counted as
 * many runs as the query selects (a count, which reads no column), every selected run carries the label
 * and the groups together are the overall figures, so the runs are not read a second time. Taking the
 * percentiles in the adapter (two ranks selected in a primitive array) is several times cheaper than a
 * window function over the same rows on either database (docs/PERFORMANCE.md, run aggregates).
 */
public final class RunStatsReading {
    private final IdOrder order;

    public RunStatsReading(IdOrder order) {
        this.order = order;
    }

    public RunStats read(Connection connection, RunStatsQuery query) throws SQLException {
        RunStatsStatements statements = new RunStatsStatements(query, order);
        RunStatsTally tally = new RunStatsTally(query);
        Optional<String> groupBy = query.groupBy();
        if (groupBy.isPresent()
                && countInGroups(connection, statements, tally, groupBy.get()) == selected(connection, statements)) {
            tally.countOverallFromGroups();
        } else {
            RunStatsTally.Counter overall = tally.overall();
            rows(connection, statements.overall(), row -> RunTallyCode.count(row.getLong(1), overall));
        }
        List<RunPoint> points = new ArrayList<>(query.maxPoints());
        rows(connection, statements.latest(), row -> points.add(point(row)));
        Collections.reverse(points);
        return tally.result(points);
    }

    /** Counts every selected run that has the group-by label in the group of its value; returns how many. */
    private static long countInGroups(Connection connection, RunStatsStatements statements, RunStatsTally tally,
                                      String label) throws SQLException {
        List<String> numbered = numbered(connection, statements, label);
        // A numbered value's counter is taken at its first run, so that a value without runs in the range
        // makes no group, and then held, so that no run looks its group up by value.
        RunStatsTally.Counter[] counters = new RunStatsTally.Counter[numbered.size()];
        long[] counted = {0};
        rows(connection, statements.grouped(numbered), row -> {
            long code = row.getLong(1);
            int group = RunTallyCode.group(code);
            RunStatsTally.Counter counter;
            if (group == RunTallyCode.UNNUMBERED) {
                counter = tally.inGroup(row.getString(2));
            } else {
                if (counters[group] == null) {
                    counters[group] = tally.inGroup(numbered.get(group));
                }
                counter = counters[group];
            }
            RunTallyCode.count(code, counter);
            counted[0]++;
        });
        return counted[0];
    }

    /** How many runs the query selects: one walk of an index that reads no column beyond the key. */
    private static long selected(Connection connection, RunStatsStatements statements) throws SQLException {
        long[] count = {0};
        rows(connection, statements.count(), row -> count[0] = row.getLong(1));
        return count[0];
    }

    /** The group-by values the grouped pass numbers: all of them when they are few, none otherwise. */
    private static List<String> numbered(Connection connection, RunStatsStatements statements, String label)
            throws SQLException {
        List<String> values = new ArrayList<>();
        rows(connection, statements.groupValues(label), row -> values.add(row.getString(1)));
        return values.size() > RunTallyCode.MAX_NUMBERED ? List.of() : values;
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
