package io.runledger.storage.sql.schema;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.schema.SchemaObject.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison behind {@code doctor}'s and {@code db check}'s {@value Check#SCHEMA_DRIFT} checks,
 * written once for every SQL backend: a store's live catalog against the catalog its recorded schema
 * version should have, and its applied migrations against the files this binary ships. Each difference
 * is one failed check ({@link Check#drift}): an object missing, changed, or not part of that version —
 * a table an operator added counts too, since a store's schema is Runledger's own. The one difference
 * that is only shown, as a passed check, is an extra index: it changes no row and refuses no write.
 */
public final class SchemaDrift {
    private SchemaDrift() {
    }

    /**
     * The checks for a store at schema {@code version}: one per difference between {@code expected} and
     * {@code live}, one per changed migration in {@code changedMigrations}; a single passed check when
     * there is none.
     */
    public static List<Check> report(int version, List<String> changedMigrations, SchemaCatalog expected,
                                     SchemaCatalog live) {
        List<Check> checks = new ArrayList<>();
        changedMigrations.forEach(change -> checks.add(Check.drift(change)));
        String at = "schema version " + version;
        for (SchemaObject wanted : expected.objects().values()) {
            SchemaObject found = live.objects().get(wanted.key());
            if (found == null) {
                if (wanted.kind() == Kind.TABLE || live.hasTable(wanted.table())) {
                    checks.add(Check.drift(wanted.described() + " is missing (" + at + " has it)"));
                }
            } else if (!found.definition().equals(wanted.definition())) {
                checks.add(Check.drift(wanted.described() + " is " + found.definition() + " where " + at + " has "
                        + wanted.definition()));
            }
        }
        for (SchemaObject extra : live.objects().values()) {
            if (expected.objects().containsKey(extra.key())
                    || extra.kind() != Kind.TABLE && !expected.hasTable(extra.table())) {
                continue;
            }
            String difference = extra.described() + (extra.kind() == Kind.INDEX ? " " + extra.definition() : "")
                    + " is not part of " + at;
            checks.add(extra.kind() == Kind.INDEX
                    ? new Check(Check.SCHEMA_DRIFT, true, difference + " (an extra index is allowed: it changes no row)")
                    : Check.drift(difference));
        }
        if (checks.stream().allMatch(Check::ok)) {
            checks.add(0, new Check(Check.SCHEMA_DRIFT, true, "none: the tables, columns, keys, constraints and indexes"
                    + " are those of " + at + ", and every applied migration matches its file"));
        }
        return checks;
    }

    /** Reads a catalog: the live store's, or a scratch place's built by {@link ExpectedSchema}. */
    @FunctionalInterface
    public interface CatalogSource {
        SchemaCatalog read() throws SQLException;
    }

    /**
     * The checks of a store whose status is {@code status}: {@link #report} against the catalog of its
     * recorded version. A store newer than this binary (admitted by its compatibility floor) has a
     * schema this binary does not ship, so only its migrations up to this binary's head are judged.
     */
    public static List<Check> check(StoreStatus status, List<String> changedMigrations, CatalogSource expected,
                                    CatalogSource live) throws SQLException {
        if (status.newerThanBinary()) {
            return notCompared(changedMigrations, "schema version " + status.schemaVersion()
                    + " is newer than this runledger's head " + status.schemaHead());
        }
        return report(status.schemaVersion(), changedMigrations, expected.read(), live.read());
    }

    /** The checks when only the applied migrations can be judged, and the catalog not compared, because {@code why}. */
    public static List<Check> notCompared(List<String> changedMigrations, String why) {
        List<Check> checks = new ArrayList<>();
        changedMigrations.forEach(change -> checks.add(Check.drift(change)));
        checks.add(new Check(Check.SCHEMA_DRIFT, true, "tables, columns, constraints and indexes not compared: " + why));
        return checks;
    }
}
