package io.runledger.storage.sqlite;

import io.runledger.storage.tck.SqlSchemaFixture;
import io.runledger.storage.tck.WriteWindowContract;

/** The write-window contract on SQLite: a later binary migrates the file from another JVM. */
class SqliteWriteWindowTest extends WriteWindowContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
