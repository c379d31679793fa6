package io.runledger.storage.json.snapshot;

import io.runledger.storage.api.Migration;
import java.util.List;

/**
 * The logical schema versions of a JSON store — the same numbers and descriptions as the SQL
 * migrations, so that status output and exports agree across backends. For the JSON store versions 1
 * and 2 look alike (version 2 only added SQL indexes); version 3 gave runs a status, a finish time and
 * labels; version 4 added prune records, which live beside the snapshot (see {@code StoreFiles#prunes()}),
 * so a version 3 snapshot reads unchanged; version 5 only added SQL indexes, so a version 4 snapshot
 * reads unchanged too.
 */
public final class JsonSchema {
    private static final List<Migration> ALL = List.of(
            new Migration(1, "init"),
            new Migration(2, "indexes"),
            new Migration(3, "run lifecycle"),
            new Migration(4, "audit prunes"),
            new Migration(5, "run stats indexes"));

    /** The version this binary writes: every snapshot it writes states it in its header. */
    public static final int HEAD = 5;

    private JsonSchema() {
    }

    /** The versions above {@code version}: what a store at that version still needs. */
    public static List<Migration> above(int version) {
        return ALL.stream().filter(m -> m.version() > version).toList();
    }
}
