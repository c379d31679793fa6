package io.runledger.storage.sqlite;

import io.runledger.storage.api.Check;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig.SynchronousMode;

/**
 * The diagnostic checks of {@code db check} and {@code doctor}, on a read-only connection configured
 * exactly like the store's reader pool, so the pragmas shown are the ones the store really runs with.
 */
final class SqliteChecks {
    private SqliteChecks() {
    }

    /** The checks; {@code synchronous} is the level the store is configured with (option {@code synchronous}). */
    static List<Check> run(Connection connection, SynchronousMode synchronousLevel) throws SQLException {
        List<String> integrity = SqliteInspection.integrityProblems(connection);
        List<String> foreignKeys = SqliteInspection.foreignKeyProblems(connection);
        String journalMode = SqliteInspection.pragma(connection, "journal_mode");
        String foreignKeysOn = SqliteInspection.pragma(connection, "foreign_keys");
        String synchronous = SqliteInspection.pragma(connection, "synchronous");
        String busyTimeout = SqliteInspection.pragma(connection, "busy_timeout");
        return List.of(
                new Check("integrity_check", integrity.isEmpty(), integrity.isEmpty() ? "ok" : String.join("; ", integrity)),
                new Check("foreign_key_check", foreignKeys.isEmpty(),
                        foreignKeys.isEmpty() ? "no violations" : foreignKeys.size() + " violation(s): " + foreignKeys.get(0)),
                new Check("journal_mode", journalMode.equalsIgnoreCase("wal"), journalMode),
                new Check("foreign_keys", foreignKeysOn.equals("1"), foreignKeysOn.equals("1") ? "on" : "off"),
                new Check("synchronous", level(synchronous).equals(synchronousLevel.name().toLowerCase(Locale.ROOT)),
                        level(synchronous)),
                new Check("busy_timeout", parse(busyTimeout) > 0, busyTimeout + " ms"));
    }

    /** PRAGMA synchronous answers a number. */
    private static String level(String number) {
        return switch (number) {
            case "0" -> "off";
            case "1" -> "normal";
            case "2" -> "full";
            case "3" -> "extra";
            default -> "level " + number;
        };
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
