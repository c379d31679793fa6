package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page of runs with their labels in plain JDBC, as one statement (and one run by its id,
 * {@link #one}): the page's runs (the filter, ids after the key, {@code limit + 1} of them in byte
 * order) joined with all their labels, one row per label (one with no label columns for a run
 * without labels), in run order. One statement reads one snapshot, so it needs no transaction. Through Hibernate a page was two queries — the second with a
 * 101-value {@code IN} list that Hibernate translated anew on every call — and entity hydration: most
 * of the CPU of a {@code GET /v1/runs} page (docs/PERFORMANCE.md, target 2).
 */
public final class RunListing {
    /** Runs joined with all their labels: one row per label, one with no label columns for a run without labels. */
    private static final String JOINED = "SELECT " + RunRows.COLUMNS.list("r") + ", " + RunLabelRows.LABEL.list("l")
            + " FROM runs r LEFT JOIN run_labels l ON l.run_id = r.run_id";

    private final IdOrder order;

    /** {@code order} names the id columns in byte order in SQL ({@link IdOrder#sql}). */
    public RunListing(IdOrder order) {
        this.order = order;
    }

    /** The runs of the page (up to {@code limit + 1}, for {@link Pages#of}), each with all its labels. */
    public List<Run> read(Connection connection, RunFilter filter, PageRequest page) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(filter, page))) {
            int parameter = 1;
            if (page.after().isPresent()) {
                statement.setString(parameter++, page.after().get());
            }
            if (filter.status().isPresent()) {
                statement.setString(parameter++, filter.status().get().wireName());
            }
            if (filter.label().isPresent()) {
                statement.setString(parameter++, filter.label().get().name());
                statement.setString(parameter, filter.label().get().value());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return runs(rows);
            }
        }
    }

    /** The run with this id and all its labels, read in one statement (one snapshot, without a transaction). */
    public static Optional<Run> one(Connection connection, RunId runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(JOINED + " WHERE r.run_id = ?")) {
            statement.setString(1, runId.value());
            try (ResultSet rows = statement.executeQuery()) {
                return runs(rows).stream().findFirst();
            }
        }
    }

    /**
     * The statement for this filter's shape and limit: a few fixed texts, so drivers can reuse their
     * prepared forms. The limit (a validated int) is part of the text, not a parameter, so that a
     * PostgreSQL generic plan knows the page is small rather than guessing a share of the table.
     */
    private String sql(RunFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        page.after().ifPresent(a -> conditions.add(order.sql("p.run_id") + " > ?"));
        filter.status().ifPresent(s -> conditions.add("p.status = ?"));
        filter.label().ifPresent(l -> conditions.add("EXISTS (SELECT 1 FROM run_labels f"
                + " WHERE f.run_id = p.run_id AND f.name = ? AND f.value = ?)"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return JOINED + " WHERE r.run_id IN (SELECT p.run_id FROM runs p" + where
                + " ORDER BY " + order.sql("p.run_id") + " LIMIT " + Pages.fetchSize(page) + ")"
                + " ORDER BY " + order.sql("r.run_id");
    }

    /** The runs of the rows, each folded with its labels. */
    private static List<Run> runs(ResultSet rows) throws SQLException {
        List<Run> runs = new ArrayList<>();
        RunFold fold = new RunFold(runs::add);
        ColumnReader row = ColumnReader.of(rows);
        while (rows.next()) {
            fold.row(row);
        }
        fold.end();
        return runs;
    }
}
