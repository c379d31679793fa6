package io.runledger.reliability.disk;

/** The full-disk contract on SQLite in WAL mode. */
class SqliteFullDiskTest extends FullDiskContract {
    @Override
    DiskStore storeOn(Disk disk) {
        return new SqliteDiskStore(disk);
    }
}
