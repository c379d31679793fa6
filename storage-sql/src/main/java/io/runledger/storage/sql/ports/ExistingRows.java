package io.runledger.storage.sql.ports;

import io.runledger.storage.sql.jdbc.JdbcRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Look-ups and deletes by a list of ids, done in bounded chunks, so that no statement exceeds a driver's parameter limit. */
final class ExistingRows {
    private static final int CHUNK = 500;

    private ExistingRows() {
    }

    /** The subset of {@code runIds} that exist. */
    static Set<String> runIds(Connection connection, List<String> runIds) throws SQLException {
        Set<String> found = new HashSet<>();
        each(connection, "SELECT run_id FROM runs WHERE run_id", runIds, row -> found.add(row.getString(1)));
        return found;
    }

    /**
     * Reads every row of {@code select} (a query ending in the column compared, e.g. {@code … WHERE
     * event_id}) whose column is one of {@code values}, one {@code IN} list per chunk.
     */
    static void each(Connection connection, String select, List<String> values, JdbcRows.Reader reader)
            throws SQLException {
        for (List<String> chunk : chunks(values).toList()) {
            JdbcRows.each(connection, select + in(chunk), statement -> bind(statement, chunk), reader);
        }
    }

    /**
     * Runs {@code delete} (a statement ending in the column compared, e.g. {@code … WHERE event_id})
     * for the rows whose column is one of {@code values}, one {@code IN} list per chunk; returns the
     * rows deleted.
     */
    static long delete(Connection connection, String delete, List<String> values) throws SQLException {
        long deleted = 0;
        for (List<String> chunk : chunks(values).toList()) {
            try (PreparedStatement statement = connection.prepareStatement(delete + in(chunk))) {
                bind(statement, chunk);
                deleted += statement.executeUpdate();
            }
        }
        return deleted;
    }

    private static String in(List<String> chunk) {
        return " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
    }

    private static void bind(PreparedStatement statement, List<String> chunk) throws SQLException {
        for (int i = 0; i < chunk.size(); i++) {
            statement.setString(i + 1, chunk.get(i));
        }
    }

    private static Stream<List<String>> chunks(List<String> values) {
        return IntStream.range(0, (values.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> values.subList(i * CHUNK, Math.min(values.size(), (i + 1) * CHUNK)));
    }
}
