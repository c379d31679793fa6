package io.runledger.reliability.disk;

/** The full-disk contract on PostgreSQL, its tables in a tablespace on the disk. */
class PostgresFullDiskTest extends FullDiskContract {
    @Override
    DiskStore storeOn(Disk disk) {
        return PostgresDiskStore.on(disk);
    }
}
