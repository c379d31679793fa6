package io.runledger.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The least any JVM program does for two of the performance targets, with none of Runledger's code:
 * {@code open FILE} opens a SQLite store through sqlite-jdbc (read-only, as {@code db status} does) and
 * counts its tables, which reads the schema as the first query of {@code db status} must; {@code scan
 * FILE} reads every column of every row an export reads, in the export's order, as bytes, and renders,
 * hashes and writes nothing. bench/floors.sh times both on the CLI's class path and JVM options beside
 * {@code db status}, {@code store export} and {@code sqlite3}'s dump, so that a target below these
 * figures shows as one no change to Runledger's own code can reach (docs/PERFORMANCE.md, "Floors").
 * Prints what it read, so that a run that read nothing shows.
 */
public final class JdbcFloor {
    /** The export's reads (storage-sql's ContentScan): every table it reads, in its order. */
    static final List<String> EXPORT_READS = List.of(
            "SELECT * FROM runs ORDER BY run_id",
            "SELECT * FROM run_labels ORDER BY run_id, name",
            "SELECT * FROM run_steps ORDER BY run_id, step_id",
            "SELECT * FROM audit_log ORDER BY event_id");

    private JdbcFloor() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 2 || !List.of("open", "scan").contains(args[0])) {
            System.err.println("usage: JdbcFloor open|scan SQLITE_FILE");
            System.exit(2);
        }
        try (Connection connection = open(args[1])) {
            System.out.println(args[0].equals("open") ? "tables " + tables(connection) : scan(connection));
        }
    }

    static Connection open(String file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }

    static int tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** "rows N bytes B": the rows of {@link #EXPORT_READS} and the bytes of their non-null columns. */
    static String scan(Connection connection) throws SQLException {
        long rows = 0;
        long bytes = 0;
        try (Statement statement = connection.createStatement()) {
            for (String query : EXPORT_READS) {
                try (ResultSet row = statement.executeQuery(query)) {
                    int columns = row.getMetaData().getColumnCount();
                    while (row.next()) {
                        rows++;
                        for (int column = 1; column <= columns; column++) {
                            byte[] value = row.getBytes(column);
                            bytes += value == null ? 0 : value.length;
                        }
                    }
                }
            }
        }
        return "rows " + rows + " bytes " + bytes;
    }
}
