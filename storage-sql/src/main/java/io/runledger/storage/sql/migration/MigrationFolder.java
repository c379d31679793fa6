package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import java.util.List;

/**
 * Where some of a set's migrations live: a resource folder, read through a class of the module (or
 * class path) that holds it, and the migrations whose files are there, oldest first.
 *
 * @param path       the resource folder, e.g. {@code db/migration}
 * @param anchor     a class of the module that holds the folder (resources are read through it)
 * @param migrations the migrations whose files are in this folder, oldest first
 */
public record MigrationFolder(String path, Class<?> anchor, List<Migration> migrations) {
    public MigrationFolder {
        migrations = List.copyOf(migrations);
    }
}
