package io.runledger.storage.json.snapshot;

import io.runledger.storage.api.Migration;
import java.util.List;

/**
 * The logical schema versions of a JSON store — the same numbers and descriptions as the SQL
 * migrations, so that status output and exports agree across backends. For the JSON store versions 1
 * and 2 look alike (version 2 only added SQL indexes); version 3 gave runs a status, a finish time and
 * labels; version 4 added prune records, which live beside the snapshot (see {@code StoreFiles#prunes()}),
 * so a version 3 snapshot reads unchanged; version 5 only added SQL indexes, so a version 4 snapshot
 * reads unchanged too; version 6 gave every audit event its chain position, which
 * its lines in the snapshot and the journal carry from then on (events of an older store are chained
 * in ({@code ts}, {@code event_id}) order when it is read, as the SQL migration V6 does); version 7
 * only copied run columns onto SQL label rows, so a version 6 snapshot reads unchanged; version 8 gave
 * prune records the chain's anchor ({@code last_seq}, {@code last_chain} in the prune file), which older
 * binaries would refuse as damage, so they are told the store is newer than they are instead. A
 * version 6 or 7 store reads unchanged: its prune records have no anchor.
 */
public final class JsonSchema {
    private static final List<Migration> ALL = List.of(
            new Migration(1, "init"),
            new Migration(2, "indexes"),
            new Migration(3, "run lifecycle"),
            new Migration(4, "audit prunes"),
            new Migration(5, "run stats indexes"),
            new Migration(6, "audit chain"),
            new Migration(7, "run label stats"),
            new Migration(8, "audit chain anchor"));

    /** The version this binary writes: every snapshot it writes states it in its header. */
    public static final int HEAD = 8;

    /** The first version whose audit lines carry their chain position ({@code seq}, {@code chain}). */
    public static final int CHAINED = 6;

    private JsonSchema() {
    }

    /** The versions above {@code version}: what a store at that version still needs. */
    public static List<Migration> above(int version) {
        return ALL.stream().filter(m -> m.version() > version).toList();
    }
}
